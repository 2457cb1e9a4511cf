"""Staff keep the registry in the admin: the CSV upload with its preview, and history."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kouryu.partnerships import imports
from kouryu.partnerships.models import Partnership, RegistryImport

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


def checked(client, run_tasks, text: str):
    """Upload, let the background check run, and open the page that shows its result."""
    response = run_tasks(upload, client, text)
    assert response.status_code == 302, response.context["form"].errors
    return client.get(response["Location"])


def apply(client, run_tasks, registry_import):
    """Confirm the import, let the background import run, and open the page after it."""
    response = run_tasks(
        client.post, reverse("partnerships_import_apply", args=[registry_import.pk])
    )
    assert response.status_code == 302
    return client.get(response["Location"])


def test_the_check_runs_in_the_background_with_its_progress(client, admin_user):
    # Without the worker, the upload is kept and the page shows the check's progress.
    client.force_login(admin_user)
    rows = "".join(f",神戸市,FI,,Partner-{n},,{1990 + n % 30}\n" for n in range(300))
    header = "japan_prefecture,japan_local_gov,partner_country,partner_province,partner_local_gov,kind,agreement_date\n"
    response = upload(client, header + rows)
    registry_import = RegistryImport.objects.get()
    assert response["Location"] == reverse("partnerships_import_result", args=[registry_import.pk])
    assert registry_import.status == "checking" and registry_import.uploaded_by == admin_user
    page = client.get(response["Location"]).content.decode()
    assert 'id="import-progress"' in page and "partnerships/import.js" in page
    status = client.get(reverse("partnerships_import_status", args=[registry_import.pk])).json()
    assert status == {"status": "checking", "done": 0, "total": 0, "running": True}

    imports.registry_import_check(import_id=registry_import.pk)
    registry_import.refresh_from_db()
    assert (registry_import.status, registry_import.done, registry_import.total) == (
        "checked",
        300,
        300,
    )
    status = client.get(reverse("partnerships_import_status", args=[registry_import.pk])).json()
    assert status["running"] is False
    assert registry_import.report["created"] == 300


def test_preview_then_apply_once(admin_client, run_tasks):
    before = Partnership.objects.count()
    response = checked(admin_client, run_tasks, GOOD)
    registry_import = response.context["registry_import"]
    assert registry_import.can_apply and Partnership.objects.count() == before
    [row] = response.context["preview"]
    assert (row["line"], row["action"], row["country"]) == (2, "create", "CN")
    assert row["partner"] in ("拉薩市", "拉萨市", "Lhasa")

    response = apply(admin_client, run_tasks, registry_import)
    assert Partnership.objects.count() == before + 1
    created = Partnership.objects.get(japan_side__name_ja="稚内市", partner__name_zh="拉萨市")
    assert response.context["touched"] == [created]
    edit = reverse("wagtailsnippets_partnerships_partnership:edit", args=[created.pk])
    assert edit in response.content.decode()

    # A double submit of the same confirmation changes nothing and says why.
    response = apply(admin_client, run_tasks, registry_import)
    assert Partnership.objects.count() == before + 1
    assert [str(m) for m in response.context["messages"]] == [
        "この取り込みはすでに反映されています。"
    ]


def test_a_bad_file_shows_line_numbers_and_offers_no_import(admin_client, run_tasks):
    response = checked(admin_client, run_tasks, BAD)
    html = response.content.decode()
    assert not response.context["registry_import"].can_apply
    problems = response.context["report"]["problems"]
    assert [p["line"] for p in problems] == [3]
    assert "/apply/" not in html


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # The end date comes before the agreement date.
        (",稚内市,CN,,拉萨市,friendship,2001-05-01,,ended,1999-01-01,,,", "終了日が提携日より前"),
        # The same place on both sides.
        (",稚内市,JP,,稚内市,friendship,1990,,,,,,", "同じ地名どうし"),
        # A government source without an address.
        (
            ",稚内市,CN,,拉萨市,friendship,1990,,,,,市のページ,government",
            "行政機関のウェブページを出典とする場合は",
        ),
    ],
    ids=["end-before-start", "same-place", "government-source-without-address"],
)
def test_what_the_database_refuses_is_found_by_the_check(admin_client, run_tasks, row, expected):
    header = (
        "japan_prefecture,japan_local_gov,partner_country,partner_province,partner_local_gov,"
        "kind,agreement_date,date_basis,status,ends_on,source_url,source_title,source_kind\n"
    )
    response = checked(admin_client, run_tasks, header + row + "\n")
    assert response.status_code == 200
    problems = response.context["report"]["problems"]
    assert problems and expected in problems[0]["message"], problems
    assert not response.context["registry_import"].can_apply


def test_a_refused_import_keeps_the_upload_and_says_why(admin_client, run_tasks, monkeypatch):
    from django.db import IntegrityError

    from kouryu.partnerships import services

    response = checked(admin_client, run_tasks, GOOD)
    registry_import = response.context["registry_import"]
    before = Partnership.objects.count()

    def refuse(**kwargs):
        raise IntegrityError("simulated refusal")

    monkeypatch.setattr(services, "partnership_save", refuse)
    response = apply(admin_client, run_tasks, registry_import)
    assert response.status_code == 200
    assert Partnership.objects.count() == before
    registry_import.refresh_from_db()
    assert registry_import.status == "checked" and registry_import.text == GOOD
    assert "simulated refusal" in response.content.decode()
    # Once the cause is gone, the same upload imports without uploading it again.
    monkeypatch.undo()
    apply(admin_client, run_tasks, registry_import)
    assert Partnership.objects.count() == before + 1


def test_an_overlong_field_is_a_clear_message(admin_client, run_tasks):
    text = "japan_local_gov,partner_local_gov,date_basis\n神戸市,天津市," + "x" * 200_000 + "\n"
    response = run_tasks(upload, admin_client, text)
    assert response.status_code == 200
    assert "131072" in str(response.context["form"].errors["file"])


def test_an_import_is_private_to_its_uploader_and_expires(client, admin_client, run_tasks):
    from django.utils import timezone

    from kouryu.core.tests.factories import StaffUserFactory

    response = checked(admin_client, run_tasks, GOOD)
    registry_import = response.context["registry_import"]
    url = reverse("partnerships_import_result", args=[registry_import.pk])

    client.force_login(StaffUserFactory(group="職員"))
    response = client.get(url, follow=True)
    assert "別の担当者がアップロード" in response.content.decode()
    assert "Partner" not in response.context.get("preview", [])
    before = Partnership.objects.count()
    apply(client, run_tasks, registry_import)
    assert Partnership.objects.count() == before

    RegistryImport.objects.filter(pk=registry_import.pk).update(expires_at=timezone.now())
    response = admin_client.get(url, follow=True)
    assert "有効期限が切れ" in response.content.decode()
    assert imports.registry_imports_expire() == 1
    assert not RegistryImport.objects.exists()


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
    assert response.context["form"].errors["file"]
    assert not RegistryImport.objects.exists()


def test_editors_cannot_import(client):
    from kouryu.core.tests.factories import StaffUserFactory

    client.force_login(StaffUserFactory(group="編集者"))
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


def test_admin_form_reports_constraint_violations_clearly(admin_client, kobe_tianjin):
    p = kobe_tianjin
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


def test_the_database_worker_runs_the_check(admin_client, run_tasks, settings, monkeypatch):
    """As `make run` and production run it: the task waits in the database for db_worker."""
    from django.core.management import call_command
    from django_tasks_db.management.commands import db_worker
    from django_tasks_db.models import DBTaskResult

    # The worker closes stale connections between tasks; here its connection is the
    # test's own, whose transaction is rolled back at the end.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    response = run_tasks(upload, admin_client, GOOD)
    registry_import = RegistryImport.objects.get()
    assert registry_import.status == "checking"
    [queued] = DBTaskResult.objects.all()
    assert queued.task_path == "kouryu.partnerships.tasks.registry_import_check_task"
    assert queued.args_kwargs["args"] == [str(registry_import.pk)]

    call_command("db_worker", batch=True, verbosity=0)
    registry_import.refresh_from_db()
    assert registry_import.status == "checked" and registry_import.can_apply
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    page = admin_client.get(response["Location"])
    assert page.context["preview"][0]["action"] == "create"
