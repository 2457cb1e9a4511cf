"""Emails about requests, each in its recipient's language, sent as tasks (kouryu.core.mail).

A reply goes to every current member of the organisation; a requester's message (and a
new request) goes to the assignee. An internal note is never emailed.
"""

from django.conf import settings
from django.urls import reverse

from kouryu.cases.models import Case, Membership, Message
from kouryu.core.mail import absolute_url, email_queue, language_url


def _staff_language(user) -> str:
    from wagtail.users.models import UserProfile

    language = UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE
    codes = [code for code, _ in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


def notify_members(*, case: Case, message: Message) -> int:
    if message.kind != Message.Kind.REPLY:
        return 0
    members = Membership.objects.filter(
        organisation=case.organisation, status=Membership.Status.APPROVED, left_at__isnull=True
    ).select_related("user")
    sent = 0
    for membership in members:
        if not membership.user.email or not membership.user.is_active:
            continue
        email_queue(
            to=membership.user.email,
            language=membership.language,
            template="cases/email/reply",
            context={
                "case": case,
                "message": message,
                "url": language_url(membership.language, "cases:case", case_id=case.pk),
            },
            category="case-reply",
            reference=case.reference,
        )
        sent += 1
    return sent


def notify_assignee(*, case: Case, message: Message, new_case: bool = False) -> int:
    if message.kind != Message.Kind.REQUESTER or case.assignee is None:
        return 0
    user = case.assignee.user
    if not user.is_active or not user.has_perm("cases.change_case"):
        return 0  # someone who may not read the request is never sent it
    if not user.email:
        return 0
    email_queue(
        to=user.email,
        language=_staff_language(user),
        template="cases/email/new_case" if new_case else "cases/email/requester_message",
        context={
            "case": case,
            "message": message,
            "url": absolute_url(reverse("cases_staff_case", args=[case.pk])),
        },
        category="case-new" if new_case else "case-message",
        reference=case.reference,
    )
    return 1
