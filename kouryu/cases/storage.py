"""Private file storage for attachments: outside MEDIA_ROOT, never given a public address."""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(FileSystemStorage):
    """Files next to the media folder, not in it, so that no web server serves them.

    They are read only through the case's permission-checking view. The folder follows
    settings.KOURYU_PRIVATE_ROOT when set (tests use a temporary one).
    """

    def __init__(self):
        super().__init__()

    @property
    def base_location(self):  # type: ignore[override]
        configured = getattr(settings, "KOURYU_PRIVATE_ROOT", None)
        return str(configured or Path(str(settings.MEDIA_ROOT)).parent / "private")

    @property
    def location(self):  # type: ignore[override]
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public address.")


private_storage = PrivateStorage()
