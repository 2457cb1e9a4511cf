"""The gettext catalogues are complete: no untranslated or fuzzy entry, and compiled files in step."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CATALOGUES = ["ja", "zh_Hans", "en"]


@pytest.mark.parametrize("locale", CATALOGUES)
def test_catalogue_is_complete(locale):
    po = polib.pofile(str(LOCALE_DIR / locale / "LC_MESSAGES" / "django.po"))
    assert len(po) > 50, "the catalogue looks empty: run make messages"
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{locale}: untranslated {untranslated[:10]}"
    assert not fuzzy, f"{locale}: fuzzy {fuzzy[:10]}"


@pytest.mark.parametrize("locale", CATALOGUES)
def test_compiled_catalogue_matches_source(locale):
    folder = LOCALE_DIR / locale / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    mo = polib.mofile(str(folder / "django.mo"))

    def entries(catalogue):
        return {
            (e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
            for e in catalogue
            if not e.obsolete and "fuzzy" not in e.flags and (e.msgstr or e.msgstr_plural)
        }

    assert entries(po) == entries(mo), f"{locale}: run make messages to recompile"


def test_catalogue_check_catches_gaps(tmp_path):
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Hello", msgstr=""))
    po.append(polib.POEntry(msgid="World", msgstr="世界", flags=["fuzzy"]))
    assert [e.msgid for e in po.untranslated_entries()] == ["Hello"]
    assert [e.msgid for e in po.fuzzy_entries()] == ["World"]
