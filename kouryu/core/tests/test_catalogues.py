"""The gettext catalogues are complete: no untranslated or fuzzy entry, and compiled files in step."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CATALOGUES = ["ja", "zh_Hans", "en"]


def catalogue_gaps(po: polib.POFile) -> dict[str, list[str]]:
    """Entries a reader would see in English: untranslated, fuzzy, or a plural form left
    empty. Obsolete entries (no longer in the code) do not count."""
    live = [e for e in po if not e.obsolete]
    partly = {e.msgid for e in live if e.msgid_plural and any(e.msgstr_plural.values())}
    return {
        "untranslated": [
            e.msgid
            for e in live
            if not e.translated() and "fuzzy" not in e.flags and e.msgid not in partly
        ],
        "fuzzy": [e.msgid for e in live if "fuzzy" in e.flags],
        "empty plural": [
            e.msgid for e in live if e.msgid_plural and not all(e.msgstr_plural.values())
        ],
    }


@pytest.mark.parametrize("locale", CATALOGUES)
def test_catalogue_is_complete(locale):
    po = polib.pofile(str(LOCALE_DIR / locale / "LC_MESSAGES" / "django.po"))
    assert len(po) > 50, "the catalogue looks empty: run make messages"
    gaps = {kind: ids[:10] for kind, ids in catalogue_gaps(po).items() if ids}
    assert not gaps, f"{locale}: {gaps}"


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


def test_the_completeness_check_finds_every_kind_of_gap():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Hello", msgstr=""))
    po.append(polib.POEntry(msgid="World", msgstr="世界", flags=["fuzzy"]))
    po.append(
        polib.POEntry(
            msgid="%(n)d row", msgid_plural="%(n)d rows", msgstr_plural={0: "%(n)d 行", 1: ""}
        )
    )
    po.append(polib.POEntry(msgid="Gone", msgstr="", obsolete=True))
    po.append(polib.POEntry(msgid="Done", msgstr="完了"))
    assert catalogue_gaps(po) == {
        "untranslated": ["Hello"],
        "fuzzy": ["World"],
        "empty plural": ["%(n)d row"],
    }
