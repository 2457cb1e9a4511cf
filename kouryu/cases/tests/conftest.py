import pytest


@pytest.fixture(autouse=True)
def _private_files(settings, tmp_path):
    # Attachments of a test go to its own folder, never to the site's.
    settings.KOURYU_PRIVATE_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Many tests make several logins; the site's real hasher is slow on purpose.
    # The site's own hashers stay listed, so that passwords set with them still check.
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        *settings.PASSWORD_HASHERS,
    ]
