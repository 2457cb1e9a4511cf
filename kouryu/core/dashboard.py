"""The admin dashboard's "needs your attention" panel, filled by every app's DASHBOARD hook,
and the platform's own items: submissions waiting for the user, pages scheduled this week."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, TaskState

from kouryu.core.hooks import AttentionItem, attention_items

EXAMPLES = 5


class AttentionPanel(Component):
    name = "kouryu_attention"
    template_name = "core/admin/attention_panel.html"
    order = 50  # before Wagtail's own panels

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {"items": attention_items(request), "request": request}


def submissions_waiting(request) -> list[AttentionItem]:
    """Pages (and snippets) in a workflow task that the user may approve."""
    states = (
        TaskState.objects.reviewable_by(request.user)
        .select_related("revision")
        .order_by("started_at")
    )
    count = states.count()
    examples = []
    for state in states[:EXAMPLES]:
        obj = state.revision.content_object if state.revision else None
        if isinstance(obj, Page):
            examples.append(
                (obj.get_admin_display_title(), reverse("wagtailadmin_pages:edit", args=[obj.pk]))
            )
    return [
        AttentionItem(
            label=_("Submissions waiting for your approval"),
            count=count,
            url=reverse("wagtailadmin_home") + "#workflow-objects-to-moderate",
            order=10,
            urgent=True,
            examples=tuple(examples),
        )
    ]


def pages_scheduled(request, *, days: int = 7) -> list[AttentionItem]:
    """Pages that go live (an approved, scheduled revision) in the coming week."""
    now = timezone.now()
    revisions = (
        Revision.page_revisions.filter(
            approved_go_live_at__gte=now,
            approved_go_live_at__lt=now + datetime.timedelta(days=days),
        )
        .order_by("approved_go_live_at")
        .select_related("content_type")
    )
    examples = []
    pages = Page.objects.in_bulk([int(r.object_id) for r in revisions[:EXAMPLES]])
    for revision in revisions[:EXAMPLES]:
        page = pages.get(int(revision.object_id))
        if page is not None:
            when = timezone.localtime(revision.approved_go_live_at).strftime("%Y-%m-%d %H:%M")
            examples.append(
                (
                    f"{when} {page.get_admin_display_title()}",
                    reverse("wagtailadmin_pages:edit", args=[page.pk]),
                )
            )
    return [
        AttentionItem(
            label=_("Pages scheduled to go live this week"),
            count=revisions.count(),
            url=reverse("wagtailadmin_reports:site_history"),
            order=60,
            examples=tuple(examples),
        )
    ]
