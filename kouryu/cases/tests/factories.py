"""Factories for requests: organisations, members, staff logins and cases made through
the services, as the portal makes them."""

import io
import zipfile

import factory
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from kouryu.cases import services
from kouryu.cases.models import Category, Membership, Organisation
from kouryu.core.permissions import STAFF
from kouryu.core.tests.factories import UserFactory
from kouryu.offices.tests.factories import StaffAccountFactory
from kouryu.places.tests.factories import gazetteer_place

HYOGO, EHIME, KOCHI, FUKUOKA, TOKYO = "280003", "380008", "390003", "400009", "130001"
KOBE = "281000"
TIANJIN = "120000"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_ja = factory.Sequence(lambda n: f"自治体{n}")
    name_zh = factory.LazyAttribute(lambda o: o.name_ja)
    place = factory.LazyFunction(lambda: gazetteer_place(HYOGO))
    confirmed = True


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = Membership.Status.APPROVED
    language = "ja"


def requester(organisation=None, *, language: str = "ja", **kwargs):
    """A login that is an approved member of ``organisation`` (a new one by default)."""
    organisation = organisation or OrganisationFactory()
    return MembershipFactory(organisation=organisation, language=language, **kwargs).user


def staff_account(**kwargs):
    """A staff login in the office staff group, linked to the staff directory."""
    account = StaffAccountFactory(**kwargs)
    account.user.groups.add(Group.objects.get(name=STAFF))
    return account


def category(slug: str = "information") -> Category:
    """One of the seeded categories (activity, research, partner, visit, information)."""
    return Category.objects.get(slug=slug)


def case_make(user, *, slug: str = "information", files=(), **kwargs):
    fields = {
        k: kwargs.pop(k) for k in list(kwargs) if k in services.CaseFields.__dataclass_fields__
    }
    case, _ = services.case_create(
        user=user,
        category=category(slug),
        title=kwargs.pop("title", "訪問の相談"),
        description=kwargs.pop("description", "よろしくお願いします。"),
        language=kwargs.pop("language", "ja"),
        fields=services.CaseFields(**fields),
        files=files,
        **kwargs,
    )
    return case


def pdf_file(name: str = "plan.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "application/pdf")


def docx_file(name: str = "plan.docx") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile(name, buffer.getvalue(), "application/msword")
