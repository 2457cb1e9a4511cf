"""The staff groups, and what each may do in the admin.

The groups and their rights over Wagtail's own objects (pages, images and documents,
users, locales, redirects, translations) are defined here. Each app declares what the
groups may do with its own models through the GROUP_PERMISSIONS hook
(kouryu.core.hooks); ``groups_ensure`` gathers them.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from kouryu.core import hooks

# Group names are data (stored in the database), shown as they are in every admin language:
# in the office's working language, which its Chinese staff read too. The staff manual gives
# them in each language.
OFFICE_MANAGERS = "管理職"
STAFF = "職員"
EDITORS = "編集者"
# Earlier names, renamed in place by groups_ensure (their members and rights stay).
FORMER_GROUP_NAMES = {
    "Office managers": OFFICE_MANAGERS,
    "Office staff": STAFF,
    "Content editors": EDITORS,
}
# Wagtail's installer creates these groups and a workflow for them; no office role uses them.
WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

PAGE_PERMISSIONS = {
    OFFICE_MANAGERS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    STAFF: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    EDITORS: ["add_page", "change_page"],
}

COLLECTION_PERMISSIONS = {
    OFFICE_MANAGERS: ["add", "change", "choose", "delete"],
    STAFF: ["add", "change", "choose"],
    EDITORS: ["add", "choose"],
}

# Wagtail's own models; the apps add theirs through the GROUP_PERMISSIONS hook.
PLATFORM_PERMISSIONS = {
    OFFICE_MANAGERS: {
        "wagtailredirects": ["add", "change", "delete"],
        "auth": ["add_user", "change_user", "view_user"],
        "wagtailcore": ["add_locale", "change_locale", "view_locale"],
        "wagtail_localize": ["submit_translation"],
        # Outgoing emails hold the addresses of requesters and registrants.
        "core": ["view_outboundemail"],
    },
    STAFF: {
        "wagtailredirects": ["add", "change"],
        "wagtail_localize": ["submit_translation"],
        "core": ["view_outboundemail"],
    },
    EDITORS: {
        "wagtail_localize": ["submit_translation"],
    },
}


# The office's approval: editors submit, managers and staff (who publish) approve. Workflow
# and task names are data, shown as they are in every admin language: in the office's
# working language, which its Chinese staff read too.
WORKFLOW_NAME = "事務所の承認"
TASK_NAME = "管理職・職員による承認"
APPROVERS = [OFFICE_MANAGERS, STAFF]


def staff_group_names() -> list[str]:
    """The office's staff groups, which office managers may give to users."""
    return [OFFICE_MANAGERS, STAFF, EDITORS]


def model_permissions() -> dict[str, dict[str, list[str]]]:
    """What each group may do with models: the platform's grants and every app's."""
    merged = {
        group: {k: list(v) for k, v in spec.items()} for group, spec in PLATFORM_PERMISSIONS.items()
    }
    for group, spec in hooks.group_permissions().items():
        for app_label, actions in spec.items():
            merged.setdefault(group, {}).setdefault(app_label, [])
            merged[group][app_label] += actions
    return merged


def _model_permissions(spec: dict[str, list[str]]) -> list[Permission]:
    perms = []
    for app_label, actions in spec.items():
        qs = Permission.objects.filter(content_type__app_label=app_label)
        for action in actions:
            if "_" in action:  # a full codename
                perms += list(qs.filter(codename=action))
            else:
                perms += list(qs.filter(codename__startswith=f"{action}_"))
    return perms


@transaction.atomic
def groups_ensure() -> list[Group]:
    """Create or update the three staff groups. Safe to run any number of times."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    grants = model_permissions()
    for former, name in FORMER_GROUP_NAMES.items():
        if not Group.objects.filter(name=name).exists():
            Group.objects.filter(name=former).update(name=name)
    groups = []
    for name in staff_group_names():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([access_admin, *_model_permissions(grants.get(name, {}))])
        if root_page is not None:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
        if root_collection is not None:
            for action in COLLECTION_PERMISSIONS[name]:
                for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=Permission.objects.get(
                            content_type__app_label=app_label, codename=f"{action}_{model}"
                        ),
                    )
        groups.append(group)
    if root_page is not None:
        workflow_ensure(root_page)
    return groups


def workflow_ensure(root_page: Page) -> Workflow:
    """The office's approval workflow on every page, in place of Wagtail's "Moderators
    approval" (whose Moderators group no office role belongs to)."""
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set(Group.objects.filter(name__in=APPROVERS))
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    # Wagtail's default workflow stays in the database (its history refers to it) but is off.
    Workflow.objects.exclude(pk=workflow.pk).filter(name="Moderators approval", active=True).update(
        active=False
    )
    return workflow


def may_delete_pages(user) -> bool:
    """Only office managers delete pages (the staff manual gives the others create, edit and
    publish); Wagtail would let anyone who may edit a page delete it."""
    return user.is_superuser or user.groups.filter(name=OFFICE_MANAGERS).exists()
