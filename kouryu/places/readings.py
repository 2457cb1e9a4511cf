"""Readings of place names: Hepburn romaji from kana, Hanyu Pinyin from Chinese characters."""

# Used by the data build script; the site itself reads the readings from the shipped CSVs.

import itertools
import re
import unicodedata
from functools import cache

import pykakasi
from pypinyin import Style, pinyin

_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("uu", "u"))

# Characters read one way in place names, where pypinyin's everyday reading differs
# (朝阳 is Cháoyáng, not zhāoyáng; 丰都 is Fēngdū), and the names that break the rule.
_PLACE_CHAR_READINGS = {"朝": "cháo", "长": "cháng", "都": "dū", "乐": "lè"}
_PLACE_NAME_READINGS = {
    "长子": ["zhǎng", "zǐ"],
    "乐清": ["yuè", "qīng"],
    "乐亭": ["lào", "tíng"],
    "六合": ["lù", "hé"],
}


@cache
def _kakasi() -> pykakasi.kakasi:
    return pykakasi.kakasi()


def romanise_kana(kana: str) -> str:
    """Simplified Hepburn, as Japanese local governments write their names in English.

    こうべ → Kobe, はちおうじ → Hachioji, おおいた → Oita: long vowels without macrons.
    """
    romaji = "".join(part["hepburn"] for part in _kakasi().convert(kana))
    romaji = re.sub(r"[^a-z]", "", romaji.lower())
    for long, short in _LONG_VOWELS:
        romaji = romaji.replace(long, short)
    return romaji[:1].upper() + romaji[1:]


def _syllables_plain(syllables: list[str]) -> list[str]:
    return [
        unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", s) if c.isascii())
        )
        for s in syllables
    ]


def _with_apostrophes(syllables: list[str]) -> str:
    """Join syllables the way Pinyin is written: Xi'an, Tai'an, Ma'anshan."""
    out = ""
    for index, syllable in enumerate(syllables):
        if index and syllable[:1].lower() in "aeoāáǎàēéěèōóǒò":
            out += "'"
        out += syllable
    return out


def chinese_pinyin(name: str, *, hint: str = "") -> tuple[str, str]:
    """(reading with tones, name in plain Pinyin) for a Chinese name without its suffix.

    天津 → ("tiān jīn", "Tianjin"). pypinyin reads most place names right; a few
    characters take their place-name reading; and where a hint (another source's
    toneless Pinyin, e.g. GeoNames' "Minhang" for 闵行) disagrees, the character
    readings that spell the hint are chosen among each character's alternatives.
    """
    toned = [s[0] for s in pinyin(name, style=Style.TONE, v_to_u=True)]
    if len(toned) == len(name):
        toned = [_PLACE_CHAR_READINGS.get(c, s) for c, s in zip(name, toned, strict=True)]
    toned = _PLACE_NAME_READINGS.get(name, toned)
    if hint:
        target = re.sub(r"[^a-z]", "", hint.lower().replace("ü", "v"))
        plain = "".join(_syllables_plain(toned)).replace("ü", "v")
        if plain != target:
            options = pinyin(name, style=Style.TONE, heteronym=True, v_to_u=True)
            if len(options) == len(name):
                for choice in itertools.islice(itertools.product(*options), 256):
                    spelled = "".join(_syllables_plain(list(choice))).replace("ü", "v")
                    if spelled == target:
                        toned = list(choice)
                        break
    plain = _with_apostrophes(_syllables_plain(toned)).replace("ü", "u")
    return " ".join(toned), plain[:1].upper() + plain[1:]
