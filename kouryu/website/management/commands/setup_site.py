"""Prepare a migrated database: staff groups, and with --demo the demo content and users."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand

from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF, groups_ensure
from kouryu.partnerships.models import Partnership
from kouryu.partnerships.services import partnerships_load_seed
from kouryu.places.services import places_load
from kouryu.website.demo.loader import demo_load

DEMO_USERS = [
    ("admin", None, True),
    ("manager", OFFICE_MANAGERS, False),
    ("staff", STAFF, False),
    ("editor", EDITORS, False),
]


class Command(BaseCommand):
    help = "Create the staff groups; with --demo, load the demo content into an empty site."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo", action="store_true", help="Load demo content if the site is empty."
        )

    def handle(self, *args, demo=False, **options):
        groups_ensure()
        self.stdout.write("Staff groups are in place.")
        report = places_load(only_if_empty=True)
        if not report.skipped:
            self.stdout.write(f"Gazetteer loaded: {report.places}.")
            # Places are bulk-loaded, past the signals that keep the search index in step.
            call_command("search_rebuild", verbosity=0)
        if not demo:
            return
        if demo_load():
            self.stdout.write(self.style.SUCCESS("Demo content loaded in ja, zh-hans and en."))
        else:
            self.stdout.write("The site already has content; demo content was not loaded again.")
        if not Partnership.objects.exists():
            for name, result in partnerships_load_seed().items():
                self.stdout.write(
                    f"Registry seed {name}: {result.created} created, {result.updated} merged, "
                    f"{len(result.skipped_lines)} rows skipped (names not resolved)."
                )
        if settings.DEBUG:
            self._demo_users()

    def _demo_users(self):
        User = get_user_model()
        password = "kouryu-demo"
        for username, group, superuser in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    # Only the superuser is staff: no role needs Django's own admin.
                    "is_staff": superuser,
                    "is_superuser": superuser,
                    "email": f"{username}@localhost",
                },
            )
            if created:
                user.set_password(password)
                user.save()
                # The address is the login's own: allauth asks for no confirmation mail.
                EmailAddress.objects.get_or_create(
                    user=user, email=user.email, defaults={"verified": True, "primary": True}
                )
            if group:
                user.groups.add(Group.objects.get(name=group))
        self.stdout.write(
            f"Demo logins (DEBUG only): admin, manager, staff, editor; password '{password}'."
        )
