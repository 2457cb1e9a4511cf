"""A source's address is a web address (http or https), wherever it comes from and wherever shown.

A javascript: or data: address rendered as a link runs in the reader's browser when
clicked; the model, the database, the admin, the CSV import and the page each refuse it.
"""

import csv
import importlib
import io
from contextlib import contextmanager

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import translation

from kouryu.partnerships.csv_import import parse_file
from kouryu.partnerships.models import Partnership, PartnershipSource
from kouryu.partnerships.services import partnership_import_csv

pytestmark = pytest.mark.django_db

BAD = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://ftp.example.org/partners.txt",
    "vbscript:msgbox(1)",
    "//evil.example/x",
]
GOOD = [
    "https://www.city.kobe.lg.jp/",
    "http://www.clair.or.jp/j/exchange/",
    "HTTPS://EXAMPLE.ORG/",
]
CONSTRAINT = "partnerships_source_url_http"
HEADER = "japan_local_gov,partner_country,partner_local_gov,kind,agreement_date,source_url\n"


def csv_line(values: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values)
    return out.getvalue()


@contextmanager
def constraint_lifted():
    """Let a bad address into the table, as a row older than the constraint could be there."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA ignore_check_constraints = ON")
            try:
                yield
            finally:
                cursor.execute("PRAGMA ignore_check_constraints = OFF")
        else:
            # Dropped inside the test's transaction, so back when it is rolled back. The
            # foreign-key checks of the rows the test made are deferred to the commit, and
            # PostgreSQL alters no table with checks pending: they run now instead.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(
                f"ALTER TABLE {PartnershipSource._meta.db_table} "
                f'DROP CONSTRAINT IF EXISTS "{CONSTRAINT}"'
            )
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            yield


@pytest.mark.parametrize("url", BAD)
def test_model_validation_refuses_an_address_that_is_not_http_or_https(url, kobe_tianjin):
    source = PartnershipSource(partnership=kobe_tianjin, kind="other", url=url)

    with pytest.raises(ValidationError) as refused:
        source.full_clean()

    assert "url" in refused.value.error_dict


@pytest.mark.parametrize("url", [*GOOD, ""])
def test_model_validation_accepts_web_addresses(url, kobe_tianjin):
    PartnershipSource(partnership=kobe_tianjin, kind="other", title="t", url=url).full_clean()


@pytest.mark.parametrize("url", BAD)
def test_database_refuses_it_past_validation(url, kobe_tianjin):
    p = kobe_tianjin

    with pytest.raises(IntegrityError), transaction.atomic():
        PartnershipSource.objects.create(partnership=p, kind="other", url=url)
    with pytest.raises(IntegrityError), transaction.atomic():
        p.sources.filter(kind="wikipedia").update(url=url)

    assert not PartnershipSource.objects.filter(url=url).exists()


def test_database_accepts_web_addresses_and_none(kobe_tianjin):
    p = kobe_tianjin
    for n, url in enumerate([*GOOD, ""]):
        PartnershipSource.objects.create(partnership=p, kind="other", title=str(n), url=url)


def admin_data(p: Partnership, url: str) -> dict:
    return {
        "japan_side": p.japan_side_id,
        "partner": p.partner_id,
        "kind": "sister",
        "agreed_on": "",
        "date_precision": "unknown",
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
        "sources-0-title": "Source",
        "sources-0-url": url,
        "sources-0-licence": "",
        "sources-0-note": "",
        "sources-0-ORDER": "1",
    }


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://ftp.example.org/partners.txt"])
def test_admin_form_refuses_it_and_saves_nothing(admin_client, url, kobe_tianjin):
    p = kobe_tianjin
    before = (Partnership.objects.count(), PartnershipSource.objects.count())

    response = admin_client.post(
        "/admin/snippets/partnerships/partnership/add/",
        admin_data(p, url),
        headers={"accept-language": "en"},
    )

    assert response.status_code == 200  # the form again, with the error
    assert (Partnership.objects.count(), PartnershipSource.objects.count()) == before
    formset = response.context["form"].formsets["sources"]
    assert formset.forms[0].errors["url"]


def test_admin_form_saves_a_web_address(admin_client, kobe_tianjin):
    p = kobe_tianjin

    response = admin_client.post(
        "/admin/snippets/partnerships/partnership/add/", admin_data(p, "https://example.org/a")
    )

    assert response.status_code == 302
    assert Partnership.objects.get(japan_side=p.japan_side, partner=p.partner, kind="sister")


@pytest.mark.parametrize("url", BAD)
def test_import_reports_the_row_and_writes_nothing(url):
    text = HEADER + csv_line(["神戸市", "CN", "天津市", "sister", "1973", url])
    before = (Partnership.objects.count(), PartnershipSource.objects.count())

    with translation.override("en"):
        parsed = parse_file(text)
        report = partnership_import_csv(text=text)

    [problem] = parsed.problems
    assert (problem.line, problem.column) == (2, "source_url")
    assert "http://" in problem.message and "https://" in problem.message
    assert parsed.rows == []
    assert not report.applied
    assert (Partnership.objects.count(), PartnershipSource.objects.count()) == before


def test_import_reports_an_address_too_long_to_store():
    url = "https://example.org/" + "x" * 500
    text = HEADER + f"神戸市,CN,天津市,sister,1973,{url}\n"

    with translation.override("en"):
        [problem] = parse_file(text).problems

    assert (problem.line, problem.column) == (2, "source_url")
    assert "500" in problem.message


def test_import_skipping_problem_rows_leaves_the_record_alone(kobe_tianjin):
    # The row matches Kobe–Tianjin: it must not change the record, nor add its source.
    p = kobe_tianjin
    sources = sorted(p.sources.values_list("url", flat=True))
    text = HEADER + "神戸市,CN,天津市,sister,1973,javascript:alert(1)\n"

    report = partnership_import_csv(text=text, skip_problem_rows=True)

    assert report.skipped_lines == [2] and (report.created, report.updated) == (0, 0)
    p.refresh_from_db()
    assert p.kind == "unspecified"
    assert sorted(p.sources.values_list("url", flat=True)) == sources


def test_import_takes_web_addresses_as_before():
    text = HEADER + "稚内市,CN,拉萨市,friendship,1995,https://www.city.wakkanai.hokkaido.jp/x\n"

    report = partnership_import_csv(text=text)

    assert report.ok and report.created == 1
    p = Partnership.objects.get(japan_side__name_ja="稚内市", partner__name_zh="拉萨市")
    assert p.sources.get().url == "https://www.city.wakkanai.hokkaido.jp/x"


def test_detail_page_never_links_to_a_non_web_address(client, kobe_tianjin):
    # Defence in depth: even a row that got past everything is never a link.
    p = kobe_tianjin
    with constraint_lifted():
        for n, url in enumerate(BAD):
            PartnershipSource.objects.create(partnership=p, kind="other", title=f"T{n}", url=url)

    html = client.get(f"/en/registry/{p.pk}/").content.decode()

    hrefs = [a["href"] for a in BeautifulSoup(html, "html.parser").select(".sources a")]
    assert 'href="javascript:' not in html.lower()
    assert hrefs and all(h.lower().startswith(("http://", "https://")) for h in hrefs)
    assert "T0" in html  # the source is still listed, by its title


def test_migration_moves_bad_addresses_out_of_the_way(kobe_tianjin):
    # The constraint cannot be added while such a row exists: the migration clears it first.
    migration = importlib.import_module("kouryu.partnerships.migrations.0002_source_url_http")
    p = kobe_tianjin
    before = {s.pk: s.url for s in p.sources.all()}
    with constraint_lifted():
        bad = PartnershipSource.objects.create(
            partnership=p, kind="government", url="javascript:alert(1)", note="seen 2024"
        )
        twin = PartnershipSource.objects.create(partnership=p, kind="other", url="data:x,1")
        ftp = PartnershipSource.objects.create(partnership=p, kind="other", url="ftp://x.org/")

        migration.clear_non_web_addresses(apps, None)

    remaining = {s.pk: s for s in PartnershipSource.objects.filter(partnership=p)}
    assert {pk: remaining[pk].url for pk in before} == before
    assert all(s.url == "" or s.url.startswith(("http://", "https://")) for s in remaining.values())
    bad = remaining[bad.pk]
    assert (bad.url, bad.kind) == ("", "other")  # a government source needs an address
    assert "seen 2024" in bad.note and "javascript:alert(1)" in bad.note
    # Blank, the three would break the unique constraint (partnership, kind, address):
    # one is kept, with a note of what each held.
    blank = [s for s in remaining.values() if s.url == ""]
    assert [s.pk for s in blank] == [bad.pk] and not {twin.pk, ftp.pk} & set(remaining)
    assert all(u in bad.note for u in ("data:x,1", "ftp://x.org/"))
    assert len(remaining) == len(before) + 1  # the sources it had, untouched, and this one
