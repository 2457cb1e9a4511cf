"""Writes for requests: memberships, cases, their status, assignment and messages.

Every status change goes through ``case_transition``; every staff change names the case
version it was made on, and a change made on an older version raises CaseConflict
instead of overwriting what the other person did.
"""

import datetime
import io
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kouryu.cases.models import (
    Attachment,
    CarBooking,
    Case,
    CaseEvent,
    Category,
    Membership,
    Message,
    Organisation,
    Status,
)
from kouryu.cases.selectors import (
    is_case_staff,
    may_handle_cases,
    membership_active,
    routing_assignee,
)
from kouryu.cases.workdays import working_day_add

# The status changes staff may make. A requester may only reopen a resolved case within
# REOPEN_DAYS, and their message on a case waiting for them sets it back in progress.
TRANSITIONS: dict[str, set[str]] = {
    Status.NEW: {
        Status.ACKNOWLEDGED,
        Status.IN_PROGRESS,
        Status.WAITING,
        Status.RESOLVED,
        Status.CLOSED,
    },
    Status.ACKNOWLEDGED: {Status.IN_PROGRESS, Status.WAITING, Status.RESOLVED, Status.CLOSED},
    Status.IN_PROGRESS: {Status.WAITING, Status.RESOLVED, Status.CLOSED},
    Status.WAITING: {Status.IN_PROGRESS, Status.RESOLVED, Status.CLOSED},
    Status.RESOLVED: {Status.REOPENED, Status.CLOSED},
    Status.REOPENED: {
        Status.ACKNOWLEDGED,
        Status.IN_PROGRESS,
        Status.WAITING,
        Status.RESOLVED,
        Status.CLOSED,
    },
    Status.CLOSED: set(),
}
REQUESTER_TRANSITIONS = {(Status.RESOLVED, Status.REOPENED), (Status.WAITING, Status.IN_PROGRESS)}
REOPEN_DAYS = 14

MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_FILES = 5

# The years the office's dates may fall in (the car's bookings, the calendar's weeks):
# anything outside is a typing slip, and the far ends overflow the time-zone arithmetic.
FIRST_DATE = datetime.date(2000, 1, 1)
LAST_DATE = datetime.date(2100, 12, 31)
# A booking longer than this holds the one car from everyone else.
MAX_BOOKING_DAYS = 14


class CaseConflict(Exception):
    """The case changed since the form was opened; ``case`` is as it is now."""

    def __init__(self, case: Case):
        super().__init__("case changed")
        self.case = case

    @property
    def message(self) -> str:
        who = self.case.updated_by.get_username() if self.case.updated_by else _("someone")
        return _(
            "%(who)s changed this request while you were editing it (status: %(status)s, "
            "assigned to: %(assignee)s). Your change was not saved; check theirs and try again."
        ) % {
            "who": who,
            "status": self.case.get_status_display(),
            "assignee": self.case.assignee or _("nobody"),
        }


class TransitionRefused(ValidationError):
    pass


# Memberships and organisations ---------------------------------------------------------


def membership_request(*, user, organisation: Organisation, language: str = "ja") -> Membership:
    """Ask to join an organisation; staff approve before the first request."""
    try:
        with transaction.atomic():
            return Membership.objects.create(
                user=user, organisation=organisation, language=language
            )
    except IntegrityError as error:
        raise ValidationError(_("This login already belongs to an organisation.")) from error


def organisation_propose(*, user, name: str, language: str = "ja") -> Membership:
    """Propose an organisation not yet known; staff confirm it against the gazetteer.
    A name already proposed (in any letter case) is the same organisation: the login asks
    to join that one."""
    column = "name_zh" if language.startswith("zh") else "name_ja"
    with transaction.atomic():
        organisation = Organisation.objects.filter(**{f"{column}__iexact": name}).first()
        if organisation is None:
            organisation = Organisation(proposed_by=user, **{column: name})
            organisation.full_clean()
            try:
                with transaction.atomic():
                    organisation.save()
            except IntegrityError as error:  # proposed by someone else at the same moment
                raise ValidationError(
                    _("This organisation has just been proposed; choose it or try again.")
                ) from error
        return membership_request(user=user, organisation=organisation, language=language)


def organisation_confirm(*, organisation: Organisation, place, by) -> Organisation:
    organisation.place = place
    organisation.confirmed = True
    organisation.full_clean()
    organisation.save(update_fields=["place", "confirmed"])
    return organisation


def _pending(membership: Membership) -> Membership:
    """The membership as it is now, locked; only one waiting for approval is decided."""
    current = (
        Membership.objects.select_for_update().select_related("organisation").get(pk=membership.pk)
    )
    if current.status != Membership.Status.PENDING or current.left_at is not None:
        raise ValidationError(
            _("This membership is already %(status)s; only one waiting for approval is decided.")
            % {"status": current.get_status_display()}
        )
    return current


@transaction.atomic
def membership_approve(*, membership: Membership, by) -> Membership:
    membership = _pending(membership)
    if not membership.organisation.confirmed:
        raise ValidationError(_("Confirm the organisation against the gazetteer first."))
    membership.status = Membership.Status.APPROVED
    membership.decided_at = timezone.now()
    membership.decided_by = by
    membership.save(update_fields=["status", "decided_at", "decided_by"])
    return membership


@transaction.atomic
def membership_refuse(*, membership: Membership, by) -> Membership:
    membership = _pending(membership)
    membership.status = Membership.Status.REFUSED
    membership.decided_at = timezone.now()
    membership.decided_by = by
    membership.save(update_fields=["status", "decided_at", "decided_by"])
    return membership


def membership_end(*, membership: Membership, at: datetime.datetime | None = None) -> Membership:
    """The official has left: from now on they see none of the organisation's cases."""
    membership.left_at = at or timezone.now()
    membership.save(update_fields=["left_at"])
    return membership


# Attachments -----------------------------------------------------------------------------

ALLOWED_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "txt": "text/plain",
    "csv": "text/csv",
}
_OFFICE_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
_TEXT_ENCODINGS = ("utf-8", "gb18030", "shift_jis")


def _content_matches(extension: str, head: bytes, data: bytes) -> bool:
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if extension in ("jpg", "jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    if extension in _OFFICE_FOLDERS:
        if not head.startswith(b"PK\x03\x04"):
            return False
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return False
        return "[Content_Types].xml" in names and any(
            n.startswith(_OFFICE_FOLDERS[extension]) for n in names
        )
    if extension in ("txt", "csv"):
        if b"\x00" in data:
            return False
        for encoding in _TEXT_ENCODINGS:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return True
        return False
    return False


MAX_NAME_LENGTH = 200  # Attachment.name


def _shortened(name: str, extension: str) -> str:
    """The name cut to MAX_NAME_LENGTH, keeping its extension."""
    if len(name) <= MAX_NAME_LENGTH:
        return name
    if not extension or len(extension) > 10:
        return name[:MAX_NAME_LENGTH]
    stem = name[: -(len(extension) + 1)]
    return f"{stem[: MAX_NAME_LENGTH - len(extension) - 1]}.{extension}"


def attachment_check(file: UploadedFile) -> tuple[str, str]:
    """(name, content type) of an acceptable upload, or a ValidationError saying why not.

    The type is the one its extension names, and its content must be of that type: a
    program renamed to .pdf is refused. The browser's own claim is not trusted.
    """
    name = (file.name or "file").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    name = _shortened(name, extension)
    if extension not in ALLOWED_TYPES:
        raise ValidationError(
            _("%(name)s: this type of file is not accepted. Accepted: %(types)s.")
            % {"name": name, "types": ", ".join(sorted(ALLOWED_TYPES))}
        )
    if file.size is None or file.size > MAX_FILE_SIZE:
        raise ValidationError(
            _("%(name)s is larger than %(limit)d MB.")
            % {"name": name, "limit": MAX_FILE_SIZE // (1024 * 1024)}
        )
    if file.size == 0:
        raise ValidationError(_("%(name)s is empty.") % {"name": name})
    file.seek(0)
    data = file.read()
    file.seek(0)
    if not _content_matches(extension, data[:16], data):
        raise ValidationError(
            _("%(name)s is not the kind of file its name says (.%(ext)s).")
            % {"name": name, "ext": extension}
        )
    return name, ALLOWED_TYPES[extension]


def files_check(files: Iterable[UploadedFile]) -> list[UploadedFile]:
    files = [f for f in files if f]
    if len(files) > MAX_FILES:
        raise ValidationError(_("Attach at most %(count)d files.") % {"count": MAX_FILES})
    errors = []
    for file in files:
        try:
            attachment_check(file)
        except ValidationError as error:
            errors.extend(error.messages)
    if errors:
        raise ValidationError(errors)
    return files


def _attach(message: Message, files: Iterable[UploadedFile]) -> None:
    for file in files:
        name, content_type = attachment_check(file)
        Attachment.objects.create(
            message=message, file=file, name=name, content_type=content_type, size=file.size or 0
        )


# Cases -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFields:
    visit_start: datetime.date | None = None
    visit_end: datetime.date | None = None
    cities: str = ""
    delegates: int | None = None
    interpreter: bool = False
    car: bool = False
    research_question: str = ""
    research_deadline: datetime.date | None = None


def _due_dates(category: Category, received: datetime.datetime) -> tuple:
    day = timezone.localdate(received)
    return (
        working_day_add(day, category.first_response_days, category.calendar),
        working_day_add(day, category.resolution_days, category.calendar),
    )


def case_create(
    *,
    user,
    category: Category,
    title: str,
    description: str,
    language: str,
    fields: CaseFields | None = None,
    files: Iterable[UploadedFile] = (),
    submission_key: uuid.UUID | None = None,
) -> tuple[Case, bool]:
    """A new case of the login's organisation, routed and with its due dates; (case,
    created). The same submission key a second time returns the first case."""
    membership = membership_active(user=user)
    if membership is None:
        raise PermissionDenied(_("Your membership must be approved before you can send a request."))
    files = files_check(files)
    title = " ".join(title.splitlines()).strip()  # a subject is one line, whatever was pasted
    key = submission_key or uuid.uuid4()
    existing = Case.objects.filter(requester=user, submission_key=key).first()
    if existing is not None:
        return existing, False
    fields = fields or CaseFields()
    kept = {name: getattr(fields, name) for name in category.fields}
    now = timezone.now()
    first_due, resolution_due = _due_dates(category, now)
    assignee = routing_assignee(organisation=membership.organisation, category=category)
    try:
        with transaction.atomic():
            case = Case(
                organisation=membership.organisation,
                requester=user,
                category=category,
                title=title,
                description=description,
                language=language,
                assignee=assignee,
                created_at=now,
                updated_at=now,
                updated_by=user,
                first_response_due=first_due,
                resolution_due=resolution_due,
                submission_key=key,
                **kept,
            )
            case.full_clean(exclude=["submission_key"])
            case.save()
            CaseEvent.objects.create(
                case=case, kind=CaseEvent.Kind.CREATED, to_status=Status.NEW, by=user, at=now
            )
            if assignee is not None:
                CaseEvent.objects.create(
                    case=case, kind=CaseEvent.Kind.ASSIGNED, assignee=assignee, by=None, at=now
                )
            message = Message.objects.create(
                case=case,
                kind=Message.Kind.REQUESTER,
                author=user,
                body=description,
                created_at=now,
            )
            _attach(message, files)
    except IntegrityError:
        # Two submits of one form at the same moment: the other one made the case.
        return Case.objects.get(requester=user, submission_key=key), False
    from kouryu.cases.notifications import notify_assignee

    notify_assignee(case=case, message=message, new_case=True)
    return case, True


def _locked(case: Case, version: int | None) -> Case:
    current = Case.objects.select_for_update().get(pk=case.pk)
    if version is not None and current.version != version:
        raise CaseConflict(current)
    return current


def _touch(case: Case, by, update_fields: list[str]) -> None:
    case.version += 1
    case.updated_at = timezone.now()
    case.updated_by = by
    case.save(update_fields=[*update_fields, "version", "updated_at", "updated_by"])


def _is_requester(user, case: Case) -> bool:
    membership = membership_active(user=user)
    return membership is not None and membership.organisation_id == case.organisation_id


def _check_transition(case: Case, to: str, by, now: datetime.datetime) -> None:
    if to not in TRANSITIONS.get(case.status, set()):
        raise TransitionRefused(
            _("A request that is %(from)s cannot become %(to)s.")
            % {"from": case.get_status_display(), "to": Status(to).label}
        )
    if is_case_staff(by):
        return
    if not _is_requester(by, case) or (case.status, to) not in REQUESTER_TRANSITIONS:
        raise PermissionDenied
    if to == Status.REOPENED and (
        case.resolved_at is None or now - case.resolved_at > datetime.timedelta(days=REOPEN_DAYS)
    ):
        raise TransitionRefused(
            _("A request can be reopened within %(days)d days of its resolution.")
            % {"days": REOPEN_DAYS}
        )


@transaction.atomic
def case_transition(*, case: Case, to: str, by, version: int | None = None) -> Case:
    """The one place a case's status changes: checks the move and who makes it, records
    it in the history, and keeps the dates the reports count."""
    case = _locked(case, version)
    now = timezone.now()
    _check_transition(case, to, by, now)
    before = case.status
    case.status = to
    fields = ["status"]
    if is_case_staff(by) and case.first_responded_at is None and to != Status.NEW:
        case.first_responded_at = now
        fields.append("first_responded_at")
    if to == Status.RESOLVED:
        case.resolved_at = now
        fields.append("resolved_at")
    elif to == Status.CLOSED:
        case.closed_at = now
        fields.append("closed_at")
    elif to == Status.REOPENED:
        case.resolved_at = None
        fields.append("resolved_at")
    _touch(case, by, fields)
    CaseEvent.objects.create(
        case=case, kind=CaseEvent.Kind.STATUS, from_status=before, to_status=to, by=by, at=now
    )
    return case


def transitions_allowed(*, case: Case) -> list[str]:
    return [s for s in Status.values if s in TRANSITIONS.get(case.status, set())]


@transaction.atomic
def case_assign(*, case: Case, assignee, by, version: int | None = None) -> Case:
    """Assign (or, with None, send back to the queue); recorded with who and when."""
    if not is_case_staff(by):
        raise PermissionDenied
    if assignee is not None and not may_handle_cases(assignee):
        raise ValidationError(_("This login may not handle requests; choose another."))
    case = _locked(case, version)
    if case.assignee_id == (assignee.pk if assignee else None):
        return case
    case.assignee = assignee
    _touch(case, by, ["assignee"])
    CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.ASSIGNED, assignee=assignee, by=by)
    return case


def message_add(
    *,
    case: Case,
    by,
    body: str,
    kind: str | None = None,
    files: Iterable[UploadedFile] = (),
    version: int | None = None,
    submission_key: uuid.UUID | None = None,
) -> Message:
    """A message on a case. Staff write replies (emailed to the organisation) or internal
    notes (seen by staff only); a requester writes to the office (emailed to the assignee).
    The same submission key a second time returns the first message, and sends nothing."""
    files = files_check(files)
    staff = is_case_staff(by)
    if staff:
        if kind not in (Message.Kind.REPLY, Message.Kind.NOTE):
            raise ValidationError(_("Choose a reply or an internal note."))
    elif _is_requester(by, case):
        kind = Message.Kind.REQUESTER
    else:
        raise PermissionDenied
    with transaction.atomic():
        locked = _locked(case, version if staff else None)
        if submission_key is not None:
            # Checked on the locked case: a double submit waits here for the first.
            existing = Message.objects.filter(
                case=locked, author=by, submission_key=submission_key
            ).first()
            if existing is not None:
                return existing
        if not staff and not locked.is_open:
            raise TransitionRefused(_("This request is no longer open; reopen it first."))
        message = Message.objects.create(
            case=locked, kind=kind, author=by, body=body, submission_key=submission_key
        )
        _attach(message, files)
        if kind == Message.Kind.REPLY and locked.first_responded_at is None:
            locked.first_responded_at = message.created_at
            _touch(locked, by, ["first_responded_at"])
        elif staff:
            _touch(locked, by, [])
        # Decided on the locked row, with the message: of two messages sent at once, the
        # first sets the case back in progress and the second finds it so.
        if kind == Message.Kind.REQUESTER and locked.status == Status.WAITING:
            locked = case_transition(case=locked, to=Status.IN_PROGRESS, by=by)
        transaction.on_commit(lambda: _message_notify(case=locked, message=message))
    return message


def _message_notify(*, case: Case, message: Message) -> None:
    from kouryu.cases import notifications

    if message.kind == Message.Kind.REPLY:
        notifications.notify_members(case=case, message=message)
    elif message.kind == Message.Kind.REQUESTER:
        notifications.notify_assignee(case=case, message=message)


def cases_close_resolved(*, now: datetime.datetime | None = None) -> int:
    """Close the cases resolved longer ago than the requester may reopen them."""
    now = now or timezone.now()
    count = 0
    stale = Case.objects.filter(
        status=Status.RESOLVED, resolved_at__lt=now - datetime.timedelta(days=REOPEN_DAYS)
    )
    for case in stale:
        with transaction.atomic():
            case = Case.objects.select_for_update().get(pk=case.pk)
            if case.status != Status.RESOLVED:
                continue
            case.status = Status.CLOSED
            case.closed_at = now
            _touch(case, None, ["status", "closed_at"])
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.STATUS,
                from_status=Status.RESOLVED,
                to_status=Status.CLOSED,
                at=now,
            )
            count += 1
    return count


def _booking_clash_message(other) -> str:
    start = timezone.localtime(other.starts_at)
    end = timezone.localtime(other.ends_at)
    return _(
        "The office car is already booked from %(start)s to %(end)s (%(reference)s). "
        "Choose another time."
    ) % {
        "start": f"{start:%Y-%m-%d %H:%M}",
        "end": f"{end:%Y-%m-%d %H:%M}",
        "reference": other.case.reference,
    }


def car_booking_create(
    *,
    case: Case,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    by,
    with_driver: bool = True,
    note: str = "",
) -> CarBooking:
    """Book the office car (and its driver) for a case; a clash is refused with a clear
    message. The database refuses it too on PostgreSQL, for bookings made at once."""
    if not is_case_staff(by):
        raise PermissionDenied
    for moment in (starts_at, ends_at):
        # Compared as written, before any conversion: year 1 or 9999 cannot be converted.
        if not FIRST_DATE <= moment.date() <= LAST_DATE:
            raise ValidationError(
                _("A booking must fall between %(first)s and %(last)s.")
                % {"first": FIRST_DATE.isoformat(), "last": LAST_DATE.isoformat()}
            )
    if ends_at <= starts_at:
        raise ValidationError(_("A booking ends after it starts."))
    if ends_at - starts_at > datetime.timedelta(days=MAX_BOOKING_DAYS):
        raise ValidationError(
            _("A booking lasts at most %(days)d days; book a longer visit in parts.")
            % {"days": MAX_BOOKING_DAYS}
        )
    booking = CarBooking(
        case=case,
        starts_at=starts_at,
        ends_at=ends_at,
        with_driver=with_driver,
        note=note,
        created_by=by,
    )
    try:
        with transaction.atomic():
            other = (
                CarBooking.objects.select_related("case")
                .filter(starts_at__lt=ends_at, ends_at__gt=starts_at)
                .first()
            )
            if other is not None:
                raise ValidationError(_booking_clash_message(other))
            booking.save()
    except IntegrityError as error:
        other = (
            CarBooking.objects.select_related("case")
            .filter(starts_at__lt=ends_at, ends_at__gt=starts_at)
            .first()
        )
        raise ValidationError(
            _booking_clash_message(other) if other else _("The office car is already booked.")
        ) from error
    return booking


def car_booking_cancel(*, booking: CarBooking, by) -> None:
    if not is_case_staff(by):
        raise PermissionDenied
    booking.delete()


CATEGORY_SEED = [
    # slug, kind, ja, zh, en, first response, resolution, calendar
    (
        "activity",
        "activity",
        "中国での活動支援",
        "在华活动支持",
        "Activity support in China",
        2,
        15,
        "cn",
    ),
    (
        "research",
        "research",
        "中国事情の調査",
        "中国国情调查",
        "Research on Chinese conditions",
        2,
        20,
        "cn",
    ),
    (
        "partner",
        "partner",
        "交流先の紹介",
        "寻找友好交流城市",
        "Finding a partner city",
        3,
        30,
        "both",
    ),
    (
        "visit",
        "visit",
        "訪問支援（公用車）",
        "访问支持（公务车）",
        "Visit support (office car)",
        2,
        10,
        "cn",
    ),
    ("information", "information", "情報提供", "信息提供", "Information", 2, 5, "cn"),
]


def categories_ensure() -> int:
    """The office's kinds of request, with their targets; existing ones are left as staff
    set them."""
    made = 0
    for order, (slug, kind, ja, zh, en, first, resolution, calendar) in enumerate(CATEGORY_SEED):
        _, created = Category.objects.get_or_create(
            slug=slug,
            defaults={
                "kind": kind,
                "name_ja": ja,
                "name_zh": zh,
                "name_en": en,
                "first_response_days": first,
                "resolution_days": resolution,
                "calendar": calendar,
                "sort_order": order,
            },
        )
        made += created
    return made
