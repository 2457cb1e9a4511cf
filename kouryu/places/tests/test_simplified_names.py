"""The Chinese name of every Japanese place is written in Simplified characters (吴市, not
呉市), keeping the forms Chinese writes alike in Japanese names (栃木, 新潟)."""

import csv
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "jp_places.csv"
JAPANESE_ONLY_FORMS = set("呉姫澁渋鄕萠倶舎郞嶋竝脇値氷筿苅戸県広沢豊")


def rows():
    with DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_no_chinese_name_of_a_japanese_place_keeps_a_japanese_only_form():
    left = {r["name_zh"] for r in rows() if set(r["name_zh"]) & JAPANESE_ONLY_FORMS}
    assert left == set()


@pytest.mark.parametrize(
    ("japanese", "chinese"),
    [
        ("呉市", "吴市"),
        ("神戸市", "神户市"),
        ("姫路市", "姬路市"),
        ("広島県", "广岛县"),
        ("栃木県", "栃木县"),
    ],
)
def test_known_names(japanese, chinese):
    assert {r["name_ja"]: r["name_zh"] for r in rows()}[japanese] == chinese
