"""The requester's portal under /<lang>/portal/: the organisation's cases and new requests."""

from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from kouryu.cases import selectors, services
from kouryu.cases.forms import CaseForm, JoinForm, RequesterMessageForm
from kouryu.core.throttle import HOUR, throttle_allow
from kouryu.core.views import localized_file, markdown_html


def _language() -> str:
    language = get_language() or "ja"
    return "zh-hans" if language.startswith("zh") else language


# A login's messages on its organisation's cases, all cases together.
MESSAGES_PER_HOUR = 30

# An organisation's correspondence is kept by no shared cache, nor by the browser.
private_page = cache_control(private=True, no_store=True)

GUIDE_DIR = Path(__file__).resolve().parent.parent / "manual"


def portal_guide(request):
    """How to send a request, in the reader's language; open to everyone."""
    guide = localized_file(GUIDE_DIR, "requester", _language())
    html = markdown_html(guide.read_text(encoding="utf-8"))
    return render(request, "cases/portal/guide.html", {"guide": mark_safe(html)})  # noqa: S308 - our own text


@private_page
@login_required
def portal_home(request):
    membership = selectors.membership_current(user=request.user)
    if membership is None:
        return redirect("cases:join")
    cases = selectors.case_list_for_requester(user=request.user)
    return render(
        request,
        "cases/portal/home.html",
        {"membership": membership, "cases": cases if membership.is_active else []},
    )


@private_page
@login_required
def portal_join(request):
    if selectors.membership_current(user=request.user) is not None:
        return redirect("cases:home")
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["organisation"]:
                services.membership_request(
                    user=request.user,
                    organisation=form.cleaned_data["organisation"],
                    language=_language(),
                )
            else:
                services.organisation_propose(
                    user=request.user,
                    name=form.cleaned_data["proposed_name"].strip(),
                    language=_language(),
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. The office will approve your membership."))
            return redirect("cases:home")
    return render(request, "cases/portal/join.html", {"form": form})


@private_page
@login_required
def case_new(request):
    if selectors.membership_active(user=request.user) is None:
        messages.error(
            request, _("Your membership must be approved before you can send a request.")
        )
        return redirect("cases:home")
    form = CaseForm(request.POST or None, request.FILES or None, language=_language())
    if request.method == "POST" and form.is_valid():
        if not throttle_allow("case-create", str(request.user.pk), limit=20, per=HOUR):
            form.add_error(None, _("Too many requests in one hour; please try again later."))
        else:
            data = form.cleaned_data
            try:
                case, _created = services.case_create(
                    user=request.user,
                    category=data["category"],
                    title=data["title"],
                    description=data["description"],
                    language=data["language"],
                    fields=form.case_fields(),
                    files=data["files"],
                    submission_key=data["submission_key"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            except PermissionDenied:
                return redirect("cases:home")
            else:
                messages.success(request, _("Your request has been sent."))
                return redirect("cases:case", case_id=case.pk)
    return render(request, "cases/portal/new.html", {"form": form})


@private_page
@login_required
def case_detail(request, case_id: int):
    case = selectors.case_get_for_requester(case_id=case_id, user=request.user)
    form = RequesterMessageForm()
    return _case_page(request, case, form)


def _case_page(request, case, form, status=200):
    from kouryu.cases.services import REOPEN_DAYS

    return render(
        request,
        "cases/portal/case.html",
        {
            "case": case,
            "messages_list": selectors.case_messages_for_requester(case=case),
            "history": selectors.case_status_history(case=case),
            "form": form,
            "can_reopen": case.status == "resolved",
            "reopen_days": REOPEN_DAYS,
        },
        status=status,
    )


@private_page
@login_required
@require_POST
def case_message(request, case_id: int):
    case = selectors.case_get_for_requester(case_id=case_id, user=request.user)
    form = RequesterMessageForm(request.POST, request.FILES)
    if form.is_valid() and not throttle_allow(
        "case-message", str(request.user.pk), limit=MESSAGES_PER_HOUR, per=HOUR
    ):
        form.add_error(None, _("Too many messages in one hour; please try again later."))
    elif form.is_valid():
        try:
            services.message_add(
                case=case,
                by=request.user,
                body=form.cleaned_data["body"],
                files=form.cleaned_data["files"],
                submission_key=form.cleaned_data["submission_key"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your message has been sent to the office."))
            return redirect("cases:case", case_id=case.pk)
    return _case_page(request, case, form, status=400)


@private_page
@login_required
@require_POST
def case_reopen(request, case_id: int):
    case = selectors.case_get_for_requester(case_id=case_id, user=request.user)
    try:
        services.case_transition(case=case, to="reopened", by=request.user)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        messages.success(request, _("The request is open again."))
    return redirect("cases:case", case_id=case.pk)


@login_required
def attachment_download(request, attachment_id: int):
    attachment = selectors.attachment_get_for_user(attachment_id=attachment_id, user=request.user)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=attachment.name, content_type=attachment.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
