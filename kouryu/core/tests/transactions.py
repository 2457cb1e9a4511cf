"""Data shared by the tests of a module, loaded once and rolled back after them."""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def rolled_back(django_db_blocker):
    """A transaction around a module's tests: what is made in it is gone afterwards.

    Each test inside runs in its own savepoint and rolls back its own changes.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
