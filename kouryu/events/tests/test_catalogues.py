"""The events app's own catalogues are complete and compiled."""

from pathlib import Path

import polib
import pytest

from kouryu.core.tests.test_catalogues import catalogue_gaps

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("locale", ["ja", "zh_Hans", "en"])
def test_catalogue_is_complete_and_compiled(locale):
    folder = LOCALE_DIR / locale / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    assert len(po) > 100
    gaps = {kind: ids[:10] for kind, ids in catalogue_gaps(po).items() if ids}
    assert not gaps, f"{locale}: {gaps}"
    mo = polib.mofile(str(folder / "django.mo"))
    assert {e.msgid: e.msgstr or e.msgstr_plural for e in po if e.translated()} == {
        e.msgid: e.msgstr or e.msgstr_plural for e in mo
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"),
    [("ja", "イベントを運営する"), ("zh-hans", "举办活动"), ("en", "Run an event")],
)
def test_the_staff_manual_has_the_events_chapter(client, language, heading):
    from kouryu.core.tests.factories import StaffUserFactory

    client.force_login(StaffUserFactory(group="職員"))
    html = client.get("/admin/manual/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert f"<h2>{heading}</h2>" in html
