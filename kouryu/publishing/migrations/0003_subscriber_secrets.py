import uuid

from django.db import migrations, models


def fresh_confirmation_secrets(apps, schema_editor):
    # Pending sign-ups were sent links with the shared token; those links stop working,
    # and a new sign-up sends a link with a secret of its own.
    Subscriber = apps.get_model("publishing", "Subscriber")
    for subscriber in Subscriber.objects.filter(status="pending"):
        subscriber.confirm_token = uuid.uuid4()
        subscriber.confirmation_sent_at = None
        subscriber.save(update_fields=["confirm_token", "confirmation_sent_at"])


class Migration(migrations.Migration):
    dependencies = [("publishing", "0002_newsletter")]

    operations = [
        migrations.RenameField("subscriber", "token", "unsubscribe_token"),
        migrations.AlterField(
            model_name="subscriber",
            name="unsubscribe_token",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="unsubscribe token"
            ),
        ),
        migrations.AddField(
            model_name="subscriber",
            name="confirm_token",
            field=models.UUIDField(
                blank=True, editable=False, null=True, unique=True, verbose_name="confirmation token"
            ),
        ),
        migrations.RunPython(fresh_confirmation_secrets, migrations.RunPython.noop),
    ]
