"""Build the registry's shipped seed files, in the importer's CSV format, from the raw data.

Run by hand when the sources change:
    .venv/bin/python kouryu/partnerships/data/build_demo.py ../shared/data/raw/partnerships
It writes, beside this script:
- jp_cn_enwiki.csv: the 187 Japan–China pairs from English Wikipedia (no dates);
- jp_cn_dated.csv: the hand-compiled harvest of dated Japan–China records;
- jp_world_enwiki.csv: Japan's pairs with every other country (not China, not Japan itself).
SOURCES.md beside this script gives origins and licences.
"""

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIKI_URL = "https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Japan"
WIKI_TITLE = (
    "English Wikipedia: List of twin towns and sister cities in Japan (via Hekman/twincities)"
)
FIELDS = [
    "japan_prefecture",
    "japan_local_gov",
    "partner_country",
    "partner_province",
    "partner_local_gov",
    "kind",
    "agreement_date",
    "date_basis",
    "source_kind",
    "source_url",
    "source_title",
]


def _write(name: str, rows: list[dict]) -> None:
    with (HERE / name).open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def _wiki_row(japan: str, country: str, partner: str) -> dict:
    return {
        "japan_local_gov": japan,
        "partner_country": country,
        "partner_local_gov": partner,
        "kind": "unspecified",
        "source_kind": "wikipedia",
        "source_url": WIKI_URL,
        "source_title": WIKI_TITLE,
    }


def main(raw: Path) -> None:
    with (raw / "jp_cn_pairs_from_enwiki.csv").open(encoding="utf-8") as f:
        _write(
            "jp_cn_enwiki.csv",
            [_wiki_row(r["japan_side_en"], "China", r["china_side_en"]) for r in csv.DictReader(f)],
        )
    with (raw / "jp_cn_dated_harvest.csv").open(encoding="utf-8-sig") as f:
        rows = []
        for r in csv.DictReader(f):
            rows.append(
                {
                    "japan_prefecture": r["japan_prefecture"],
                    "japan_local_gov": r["japan_local_gov"],
                    "partner_country": "China",
                    "partner_province": r["china_province"],
                    "partner_local_gov": r["china_local_gov"],
                    "kind": "",
                    "agreement_date": r["agreement_date"],
                    "date_basis": r["date_basis"],
                    "source_url": r["source_url"],
                    "source_title": "",
                }
            )
        _write("jp_cn_dated.csv", rows)
    with (raw / "twin_cities_raw.csv").open(encoding="utf-8") as f:
        rows, seen = [], set()
        for r in csv.DictReader(f):
            if r["country1"] == "Japan" and r["country2"] not in ("Japan", "China"):
                japan, country, partner = r["city1"], r["country2"], r["city2"]
            elif r["country2"] == "Japan" and r["country1"] not in ("Japan", "China"):
                japan, country, partner = r["city2"], r["country1"], r["city1"]
            else:
                continue
            if (japan, country, partner) not in seen:
                seen.add((japan, country, partner))
                rows.append(_wiki_row(japan, country, partner))
        _write("jp_world_enwiki.csv", rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
