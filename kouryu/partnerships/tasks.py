"""The registry's background work (Django's tasks API): import checks, imports, clean-up."""

from crontask import cron
from django.tasks import task

from kouryu.partnerships import imports


@task()
def registry_import_check_task(import_id: str) -> None:
    imports.registry_import_check(import_id=import_id)


@task()
def registry_import_apply_task(import_id: str, user_id: int) -> None:
    imports.registry_import_apply(import_id=import_id, user_id=user_id)


@cron("17 * * * *")  # hourly
@task()
def registry_imports_expire_task() -> int:
    return imports.registry_imports_expire()
