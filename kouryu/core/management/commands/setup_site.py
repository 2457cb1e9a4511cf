"""Prepare a migrated database: staff groups and each app's seed data; with --demo, the demo.

What is loaded comes from the apps (the SEED and DEMO hooks of kouryu.core.hooks); this
command names none of them. Safe to run any number of times.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from kouryu.core import hooks
from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF, groups_ensure

DEMO_PASSWORD = "kouryu-demo"
DEMO_USERS = [
    ("admin", None, True),
    ("manager", OFFICE_MANAGERS, False),
    ("staff", STAFF, False),
    ("editor", EDITORS, False),
]


class Command(BaseCommand):
    help = (
        "Create the staff groups and the seed data; with --demo, load the demo into an empty site."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo", action="store_true", help="Load demo content if the site is empty."
        )

    def handle(self, *args, demo=False, **options):
        groups_ensure()
        self.stdout.write("Staff groups are in place.")
        hooks.run_seed(self.stdout)
        if not demo:
            return
        hooks.run_demo(self.stdout)
        if settings.DEBUG:
            self._demo_users()

    def _demo_users(self):
        User = get_user_model()
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
                user.set_password(DEMO_PASSWORD)
                user.save()
                # The address is the login's own: allauth asks for no confirmation mail.
                EmailAddress.objects.get_or_create(
                    user=user, email=user.email, defaults={"verified": True, "primary": True}
                )
            if group:
                user.groups.add(Group.objects.get(name=group))
        self.stdout.write(
            f"Demo logins (DEBUG only): admin, manager, staff, editor; password '{DEMO_PASSWORD}'."
        )
