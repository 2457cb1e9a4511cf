"""Normalised keys for place names, so that one name written in any script meets itself."""

# A key is what the resolver compares: NFKC, case-folded, tone marks and macrons
# removed, katakana folded to hiragana, and every CJK character folded one character at
# a time by kouryu.core.folding, the platform's one folding of Japanese, Simplified and
# Traditional forms (the search analyzer uses the same). Folding one character at a time
# keeps the key of a name independent of its context, so the stem of 神戸市 and the key
# of 神戸 agree.
#
# Nothing here imports Django: the data build script uses the same functions.

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from kouryu.core.folding import fold, is_cjk

# Separators and marks that carry no meaning in a name: Minami-Alps, Xi'an, 南アルプス・…
SEPARATORS = re.compile(r"[\s\-‐‑‒–—―'’‘`´.·・･,、。]+")

_KANA_SMALL_KE = str.maketrans({"ヶ": "け", "ケ": "け", "ゖ": "け", "ヵ": "か", "ゕ": "か"})


def fold_char(char: str) -> str:
    """One CJK character in its folded form; other characters unchanged."""
    return fold(char) if is_cjk(char) else char


def strip_marks(text: str) -> str:
    """Latin diacritics removed (Kōbe → Kobe, Tiānjīn → Tianjin, Lǚliang → Luliang).

    Only combining marks of the Latin block go, so kana dakuten survive.
    """
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not 0x0300 <= ord(c) <= 0x036F)
    return unicodedata.normalize("NFC", kept)


def _kana_to_hiragana(text: str) -> str:
    text = text.translate(_KANA_SMALL_KE)
    return "".join(chr(ord(c) - 0x60) if 0x30A1 <= ord(c) <= 0x30F6 else c for c in text)


def prepare(text: str) -> str:
    """NFKC, case-folded, marks stripped, kana and CJK folded; separators kept."""
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = strip_marks(text)
    text = _kana_to_hiragana(text)
    return fold(text)


def name_key(text: str) -> str:
    """The comparison key of a name: prepare() and then every separator removed."""
    return SEPARATORS.sub("", prepare(text))


def is_latin(key: str) -> bool:
    return bool(key) and key.isascii()


def is_kana(key: str) -> bool:
    return bool(key) and all(0x3041 <= ord(c) <= 0x309F or c == "ー" for c in key)


def romaji_key(key: str) -> str:
    """A Latin key with Japanese romanisation variants folded (Koube/Kōbe/Kohbe → kobe).

    Long vowels written ou/oo/uu/oh collapse, m before b/p/m becomes n (Gumma →
    gunma), cch becomes tch and jy/chy/shy lose the y before o/u/a. Chinese pinyin
    is stored unfolded, so folding a query never turns it into a different pinyin.
    """
    key = re.sub(r"oh(?=[^aeiouy]|$)", "o", key)
    key = key.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    key = re.sub(r"m(?=[bpm])", "n", key)
    key = key.replace("cch", "tch")
    return re.sub(r"(j|ch|sh)y(?=[aou])", r"\1", key)


# --- Administrative suffixes -------------------------------------------------------

# Suffix classes. A query's suffix must agree with the place's (see compatible()).
CITY = "city"  # 市
WARD = "ward"  # 区 / 區, and 新区, 林区, 特区
TOWN = "town"  # 町
VILLAGE = "village"  # 村
KEN_XIAN = "ken_xian"  # 県 (Japan) and 县 (China) fold to the same character, 縣
FU_TO = "fu_to"  # 府, 都
PROVINCE = "province"  # 省
AUTONOMOUS_REGION = "autonomous_region"  # 自治区
SAR = "sar"  # 特别行政区
AUTONOMOUS_PREFECTURE = "autonomous_prefecture"  # 自治州
REGION = "region"  # 地区
LEAGUE = "league"  # 盟
AUTONOMOUS_COUNTY = "autonomous_county"  # 自治县
BANNER = "banner"  # 旗, 自治旗
# Classes only a Latin query can carry.
PREFECTURE_EN = "prefecture_en"  # Prefecture: a Japanese prefecture or a Chinese 自治州/地区/盟
PROVINCE_EN = "province_en"  # Province: any Chinese province-level division but a city
COUNTY_EN = "county_en"  # County: a Chinese 县, 自治县 or 旗

# Ethnic groups named in the autonomous areas' names. Single characters must be
# followed by 族 (长白朝鲜族自治县 keeps its 白); the longer names may stand alone
# (新疆维吾尔自治区, 伊犁哈萨克自治州). A stem has at least two characters, so that
# 内蒙古自治区 keeps its 蒙古.
# 各族 (all peoples) and the katakana names are how 隆林各族自治县 and Japanese write them.
_PEOPLES_WITH_ZU = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 "
    "傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 "
    "仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 "
    "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各 "
    "チワン"
)
_ETHNIC_WITH_ZU = tuple(_PEOPLES_WITH_ZU.split())
_PEOPLES_ALONE = "维吾尔 蒙古 哈萨克 柯尔克孜 鄂温克 达斡尔 鄂伦春 塔吉克 锡伯 ウイグル モンゴル"
_ETHNIC_ALONE = tuple(_PEOPLES_ALONE.split())

# (suffix, class), longest first; written in Simplified/Japanese forms and folded once.
_CJK_SUFFIXES = (
    ("特别行政区", SAR),
    ("地区", REGION),
    ("省", PROVINCE),
    ("市", CITY),
    ("区", WARD),
    ("县", KEN_XIAN),
    ("県", KEN_XIAN),
    ("府", FU_TO),
    ("都", FU_TO),
    ("町", TOWN),
    ("村", VILLAGE),
    ("盟", LEAGUE),
    ("旗", BANNER),
)
# Suffixes that are also the end of ordinary names (碑林区, 清新区): a query may be
# read with them, but a place's own suffix is split by them only when the data says so.
_CJK_QUERY_SUFFIXES = (("新区", WARD), ("林区", WARD), ("特区", WARD))
_AUTONOMOUS = {
    "区": AUTONOMOUS_REGION,
    "州": AUTONOMOUS_PREFECTURE,
    "县": AUTONOMOUS_COUNTY,
    "旗": BANNER,
}

# Latin suffix words, written after a space or hyphen: "Jilin City", "Kobe-shi".
_LATIN_SUFFIXES = {
    "city": CITY,
    "shi": CITY,
    "ward": WARD,
    "ku": WARD,
    "district": WARD,
    "qu": WARD,
    "town": TOWN,
    "machi": TOWN,
    "cho": TOWN,
    "village": VILLAGE,
    "mura": VILLAGE,
    "son": VILLAGE,
    "prefecture": PREFECTURE_EN,
    "ken": KEN_XIAN,
    "fu": FU_TO,
    "to": FU_TO,
    "metropolis": FU_TO,
    "province": PROVINCE_EN,
    "sheng": PROVINCE_EN,
    "autonomous region": AUTONOMOUS_REGION,
    "zizhiqu": AUTONOMOUS_REGION,
    "special administrative region": SAR,
    "sar": SAR,
    "autonomous prefecture": AUTONOMOUS_PREFECTURE,
    "autonomous county": AUTONOMOUS_COUNTY,
    "county": COUNTY_EN,
    "xian": COUNTY_EN,
    "league": LEAGUE,
    "banner": BANNER,
}
_LATIN_SUFFIX_RE = re.compile(
    r"^(?P<stem>.*?[^\s\-])[\s\-]+(?P<suffix>"
    + "|".join(sorted((re.escape(w) for w in _LATIN_SUFFIXES), key=len, reverse=True))
    + r")$"
)

# Kana endings of the readings of each suffix (こうべし → こうべ).
_KANA_SUFFIXES = (
    ("ちょう", TOWN),
    ("まち", TOWN),
    ("むら", VILLAGE),
    ("そん", VILLAGE),
    ("けん", KEN_XIAN),
    ("し", CITY),
    ("く", WARD),
    ("ふ", FU_TO),
    ("と", FU_TO),
)
KANA_OF_SUFFIX = {
    "市": ("し",),
    "区": ("く",),
    "町": ("ちょう", "まち"),
    "村": ("むら", "そん"),
    "県": ("けん",),
    "府": ("ふ",),
    "都": ("と",),
}


@dataclass(frozen=True)
class SuffixSplit:
    stem: str
    suffix: str
    suffix_class: str


@cache
def _cjk_patterns(extended: bool) -> tuple[tuple[str, str], ...]:
    suffixes = _CJK_QUERY_SUFFIXES + _CJK_SUFFIXES if extended else _CJK_SUFFIXES
    return tuple(dict.fromkeys((name_key(s), cls) for s, cls in suffixes))


@cache
def _autonomous_re() -> re.Pattern:
    with_zu = "|".join(
        re.escape(name_key(e)) for e in sorted(_ETHNIC_WITH_ZU, key=len, reverse=True)
    )
    alone = "|".join(re.escape(name_key(e)) for e in sorted(_ETHNIC_ALONE, key=len, reverse=True))
    zu, zizhi = name_key("族"), name_key("自治")
    ends = "|".join(re.escape(name_key(e)) for e in _AUTONOMOUS)
    return re.compile(
        rf"^(?P<stem>..+?)(?P<suffix>(?:(?:{with_zu}){zu}|(?:{alone}))*{zizhi}(?P<end>{ends}))$"
    )


def cjk_suffix_splits(key: str, *, extended: bool = True) -> list[SuffixSplit]:
    """Every way to read a folded CJK key as stem + administrative suffix, longest first.

    extended also reads 新区/林区/特区 as suffixes, which only queries should do.
    """
    splits = []
    match = _autonomous_re().match(key)
    if match:
        end = {name_key(k): v for k, v in _AUTONOMOUS.items()}[match["end"]]
        splits.append(SuffixSplit(match["stem"], match["suffix"], end))
    for suffix, cls in _cjk_patterns(extended):
        if key.endswith(suffix) and len(key) > len(suffix):
            splits.append(SuffixSplit(key[: -len(suffix)], suffix, cls))
    return splits


def kana_suffix_splits(key: str) -> list[SuffixSplit]:
    return [
        SuffixSplit(key[: -len(kana)], kana, cls)
        for kana, cls in _KANA_SUFFIXES
        if key.endswith(kana) and len(key) > len(kana)
    ]


def latin_suffix_split(text: str) -> SuffixSplit | None:
    """'Jilin City' → (jilin, city); the suffix word must follow a space or hyphen."""
    prepared = prepare(text)
    match = _LATIN_SUFFIX_RE.match(prepared)
    if not match or not prepared.isascii():
        return None
    suffix = re.sub(r"[\s\-]+", " ", match["suffix"])
    return SuffixSplit(SEPARATORS.sub("", match["stem"]), suffix, _LATIN_SUFFIXES[suffix])


def split_name(name: str, *, suffix: str = "") -> tuple[str, str]:
    """A CJK name split into its stem and suffix in the name's own script.

    神戸市 → (神戸, 市); 大理白族自治州 → (大理, 白族自治州); 北海道 → (北海道, '').
    A suffix given explicitly (浦东新区: 新区) is taken when the name ends with it.
    The fold keeps one character for one character, so the split found on the key
    cuts the original name at the same place.
    """
    if suffix and name.endswith(suffix) and len(name) > len(suffix):
        return name[: -len(suffix)], suffix
    key = name_key(name)
    splits = cjk_suffix_splits(key, extended=False)
    if not splits or len(key) != len(name):
        return name, ""
    cut = len(splits[0].stem)
    return name[:cut], name[cut:]


def suffix_class(suffix: str) -> str:
    """The class of a place's own suffix as stored (市 → city, 白族自治州 → autonomous_prefecture)."""
    if not suffix:
        return ""
    splits = cjk_suffix_splits("x" + name_key(suffix))
    return splits[0].suffix_class if splits else ""


@dataclass(frozen=True)
class QueryKey:
    """One reading of a query: a key to look up and the suffix class the query wrote, if any."""

    key: str
    suffix_class: str = ""


def query_keys(text: str) -> list[QueryKey]:
    """Every key under which a written name may be stored, with the suffix it carried."""
    key = name_key(text)
    if not key:
        return []
    readings = [QueryKey(key)]
    if is_latin(key):
        latin = latin_suffix_split(text)
        if latin and latin.stem:
            readings.append(QueryKey(latin.stem, latin.suffix_class))
        readings += [QueryKey(romaji_key(r.key), r.suffix_class) for r in readings]
    elif is_kana(key):
        readings += [QueryKey(s.stem, s.suffix_class) for s in kana_suffix_splits(key)]
    else:
        readings += [QueryKey(s.stem, s.suffix_class) for s in cjk_suffix_splits(key)]
    unique = []
    for reading in readings:
        if reading not in unique:
            unique.append(reading)
    return unique
