"""Staff keep the registry in the admin: the CSV upload with its preview, and history."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kouryu.partnerships.models import Partnership

pytestmark = pytest.mark.django_db

GOOD = (
    "japan_prefecture,japan_local_gov,partner_country,partner_province,partner_local_gov,agreement_date\n"
    "北海道,稚内市,CN,西藏自治区,拉萨市,1995-11\n"
)
BAD = GOOD + ",中央区,CN,,天津市,1990\n"


def upload(client, text: str, name="p.csv"):
    return client.post(
        "/admin/registry/import/",
        {"file": SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")},
    )


def checked(client, text: str):
    """Upload, read the streamed check with its progress updates, open the result page."""
    response = upload(client, text)
    assert response.streaming
    stream = b"".join(response.streaming_content).decode()
    assert '<progress id="import-progress"' in stream
    updates = re.findall(r"kouryuProgress\((\d+), (\d+)\)", stream)
    assert updates and updates[-1][0] == updates[-1][1]  # the bar reaches the end
    url = re.search(r'location\.replace\("([^"]+)"\)', stream).group(1)
    return client.get(url)


def test_a_large_file_is_checked_with_a_progress_bar(admin_client):
    rows = "".join(f",神戸市,FI,,Partner-{n},,{1990 + n % 30}\n" for n in range(300))
    stream = b"".join(
        upload(
            admin_client,
            "japan_prefecture,japan_local_gov,partner_country,partner_province,partner_local_gov,kind,agreement_date\n"
            + rows,
        ).streaming_content
    ).decode()
    updates = re.findall(r"kouryuProgress\((\d+), (\d+)\)", stream)
    assert len(updates) == 101  # one update per percent, from 0 % to 100 %
    assert updates[-1] == ("300", "300")


def test_preview_then_apply_once(admin_client):
    before = Partnership.objects.count()
    response = checked(admin_client, GOOD)
    assert response.status_code == 200
    token = response.context["token"]
    assert token and Partnership.objects.count() == before  # the preview writes nothing
    [row] = response.context["preview"]
    assert (row["line"], row["action"], row["country"]) == (2, "create", "CN")
    assert row["partner"] in ("拉薩市", "拉萨市", "Lhasa")

    response = admin_client.post("/admin/registry/import/apply/", {"token": token}, follow=True)
    assert Partnership.objects.count() == before + 1
    assert [str(m) for m in response.context["messages"]][-1].count("1") >= 1

    # A double submit of the same confirmation changes nothing and says why.
    response = admin_client.post("/admin/registry/import/apply/", {"token": token}, follow=True)
    assert Partnership.objects.count() == before + 1
    assert response.redirect_chain[-1][0] == "/admin/registry/import/"


def test_a_bad_file_shows_line_numbers_and_offers_no_import(admin_client):
    response = checked(admin_client, BAD)
    html = response.content.decode()
    assert response.context["token"] == ""
    problems = response.context["report"]["problems"]
    assert [p["line"] for p in problems] == [3]
    assert "import/apply" not in html


def test_non_utf8_and_oversized_files_are_refused_clearly(admin_client, settings):
    sjis = "japan_local_gov,partner_local_gov\n神戸市,天津市\n".encode("shift_jis")
    response = admin_client.post(
        "/admin/registry/import/",
        {"file": SimpleUploadedFile("p.csv", sjis, content_type="text/csv")},
    )
    assert "UTF-8" in response.content.decode()
    settings.KOURYU_IMPORT_MAX_BYTES = 10
    response = upload(admin_client, GOOD)
    assert response.context["form"].errors["file"]
    settings.KOURYU_IMPORT_MAX_BYTES = 10_000
    response = upload(admin_client, "japan,partner\nx,y\n")  # a bad header is answered at once
    assert not response.streaming and response.context["form"].errors["file"]


def test_editors_cannot_import(client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("ed", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Content editors"))
    client.login(username="ed", password="x")
    before = Partnership.objects.count()
    response = upload(client, GOOD)
    # Wagtail answers a denied admin page by sending the user back to the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert Partnership.objects.count() == before


def test_history_records_who_changed_what(admin_client, admin_user):
    from kouryu.partnerships.services import partnership_import_csv

    partnership_import_csv(text=GOOD, user=admin_user)
    p = Partnership.objects.get(japan_side__name_ja="稚内市", partner__name_zh="拉萨市")
    response = admin_client.get(f"/admin/snippets/partnerships/partnership/history/{p.pk}/")
    assert response.status_code == 200
    assert admin_user.get_username() in response.content.decode()
    assert p.revisions.count() == 1 and p.revisions.get().user == admin_user


def test_admin_form_reports_constraint_violations_clearly(admin_client):
    p = Partnership.objects.get(japan_side__code="281000", partner__code="120000")
    response = admin_client.get("/admin/snippets/partnerships/partnership/add/")
    assert response.status_code == 200
    data = {
        "japan_side": p.japan_side_id,
        "partner": p.partner_id,
        "kind": p.kind,
        "agreed_on": "2999-01-01",
        "date_precision": "day",
        "date_basis": "",
        "status": "active",
        "ends_on": "",
        "background_ja": "",
        "background_zh": "",
        "background_en": "",
        "sources-TOTAL_FORMS": "1",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "1",
        "sources-MAX_NUM_FORMS": "1000",
        "sources-0-kind": "other",
        "sources-0-title": "note",
        "sources-0-url": "",
        "sources-0-licence": "",
        "sources-0-note": "",
        "sources-0-ORDER": "1",
    }
    before = Partnership.objects.count()
    response = admin_client.post(
        "/admin/snippets/partnerships/partnership/add/", data, headers={"accept-language": "en"}
    )
    html = response.content.decode()
    assert Partnership.objects.count() == before
    assert "cannot lie in the future" in html
