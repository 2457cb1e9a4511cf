"""The one analyzer: text to search tokens, the same way at index time and at query time.

Steps, for a document and for a query alike:

1. NFKC.
2. Split into runs: CJK runs (kanji/hanzi and kana) and word runs (Latin and other
   alphabets, digits).
3. Word runs: lower-cased, Latin diacritics removed, a few English stop words dropped.
4. CJK runs: a run with kana is Japanese (SudachiPy, split mode A, normalised form,
   particles and auxiliaries dropped). A run of Han characters only is Japanese on a
   Japanese document, Chinese (jieba, ``cut_for_search``) on a Chinese document, and
   both when the language is unknown. Queries analyse Han-only runs both ways and
   accept either reading, because two or three characters do not say their language.
5. Folding (``kouryu.core.folding.fold``, shared with the gazetteer's name keys): every
   CJK character goes to one representative of its Japanese/Simplified/Traditional
   variants (戸, 户 and 戶 meet as 户), character by character, so a token's folded form
   never depends on its context.

Tokens only ever contain letters and digits, so FTS5's ``unicode61`` tokenizer and
PostgreSQL's ``simple`` parser each see exactly one word per token.
"""

import logging
import re
import threading
import unicodedata
import warnings
from dataclasses import dataclass
from functools import cache

from kouryu.core.folding import fold, fold_table

MAX_TOKEN_LENGTH = 64
# Sudachi refuses inputs over ~48 KB; CJK runs end at every punctuation mark, so only
# unpunctuated text gets near this, and it is cut into pieces.
_SUDACHI_CHUNK = 4000

_CJK_CHARS = (
    "\u3005-\u3007"  # 々 〆 〇
    "\u3021-\u3029\u3031-\u3035\u303b"  # Suzhou numerals, kana repeat marks, 〻
    "\u3041-\u309f"  # hiragana
    "\u30a0-\u30ff"  # katakana, including ー and ・
    "\u31f0-\u31ff"  # katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0003134f"  # CJK extensions B–H
)
_RUNS = re.compile(rf"(?P<cjk>[{_CJK_CHARS}]+)|(?P<word>[^\W_{_CJK_CHARS}]+)")
_KANA = re.compile("[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fd\u30fe\u31f0-\u31ff]")
_WORD_PART = re.compile(r"[^\W_]+")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")

# Kept small on purpose: every word a query can only find by itself stays findable.
ENGLISH_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "with",
    ]
)
CHINESE_STOP_WORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "或",
        "在",
        "是",
        "之",
        "于",
        "而",
        "也",
        "就",
        "都",
        "等",
        "着",
        "把",
        "被",
        "为",
        "对",
        "从",
        "以",
    ]
)
# Sudachi part-of-speech heads that carry no searchable meaning.
JAPANESE_STOP_POS = frozenset({"助詞", "助動詞", "補助記号", "空白"})


def normalize(text: str) -> str:
    """NFKC: full-width Latin and digits to ASCII, half-width kana to full-width."""
    return unicodedata.normalize("NFKC", text)


@cache
def _match_char(char: str) -> str:
    compatible = unicodedata.normalize("NFKC", char)
    folded = fold(compatible if len(compatible) == 1 else char)
    lower = folded.lower()
    if len(lower) != 1:
        lower = folded
    if not lower.isascii():
        base = unicodedata.normalize("NFD", lower)[0]
        if base.isascii() and base.isalnum():
            lower = base
    return lower


def match_view(text: str) -> str:
    """``text`` folded, lower-cased and stripped of Latin diacritics, keeping its length.

    Highlighting looks for query tokens in this view and marks the same offsets in
    the original text.
    """
    return "".join(map(_match_char, text))


# ---------------------------------------------------------------------------
# Segmenters (lazily built, once per process; Sudachi's tokenizer once per thread)
# ---------------------------------------------------------------------------

_lock = threading.Lock()
_local = threading.local()
_sudachi_dictionary = None
_jieba_tokenizer = None


def _sudachi():
    global _sudachi_dictionary
    tokenizer = getattr(_local, "sudachi", None)
    if tokenizer is None:
        from sudachipy import Dictionary, SplitMode

        with _lock:
            if _sudachi_dictionary is None:
                _sudachi_dictionary = Dictionary(dict="core")
        tokenizer = _sudachi_dictionary.tokenizer(
            mode=SplitMode.A, fields={"pos", "normalized_form"}
        )
        _local.sudachi = tokenizer
    return tokenizer


def _jieba():
    global _jieba_tokenizer
    if _jieba_tokenizer is None:
        with _lock:
            if _jieba_tokenizer is None:
                with warnings.catch_warnings():
                    # jieba 0.42 has invalid escapes in its regexes (a SyntaxWarning on
                    # first compile); it is the current release.
                    warnings.simplefilter("ignore", SyntaxWarning)
                    import jieba
                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                _jieba_tokenizer = tokenizer
    return _jieba_tokenizer


def warm_up() -> None:
    """Load the dictionaries now rather than on the first request."""
    fold_table()
    _sudachi()
    _jieba()


# ---------------------------------------------------------------------------
# Token producers
# ---------------------------------------------------------------------------


def _clean(token: str) -> list[str]:
    """A segmenter's token, folded, cut to letters and digits, lower-cased."""
    return [
        part.lower() for part in _WORD_PART.findall(fold(token)) if len(part) <= MAX_TOKEN_LENGTH
    ]


def _word_token(word: str) -> str | None:
    word = word.lower()
    if not word.isascii():
        stripped = "".join(
            c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn"
        )
        word = unicodedata.normalize("NFC", stripped)
    if word in ENGLISH_STOP_WORDS or len(word) > MAX_TOKEN_LENGTH:
        return None
    return word


def _japanese(run: str) -> list[tuple[str, str]]:
    """(surface, token) pairs from SudachiPy, mode A, normalised forms."""
    return [(surface, token) for surface, token, _pos in _japanese_morphemes(run) if surface]


def _japanese_morphemes(run: str) -> list[tuple[str, str, str]]:
    """(surface, token, part of speech) of the run's content morphemes, in order; a
    dropped morpheme (a particle…) leaves an empty surface as a gap."""
    tokenizer = _sudachi()
    found = []
    for start in range(0, len(run), _SUDACHI_CHUNK):
        for morpheme in tokenizer.tokenize(run[start : start + _SUDACHI_CHUNK]):
            pos = morpheme.part_of_speech()[0]
            if pos in JAPANESE_STOP_POS:
                found.append(("", "", pos))
                continue
            surface = morpheme.surface()
            found += [(surface, token, pos) for token in _clean(morpheme.normalized_form())]
    return found


@cache
def _dictionary_word(surface: str) -> str | None:
    """The normalised form of ``surface`` when Sudachi's dictionary holds it as one word."""
    _sudachi()
    found = _sudachi_dictionary.lookup(surface)
    return found[0].normalized_form() if len(found) else None


def _is_han(text: str) -> bool:
    return bool(text) and all(_HAN.match(char) for char in text)


def _japanese_document(run: str) -> list[str]:
    """A Japanese run's tokens for the index: Sudachi's, and the same word in its other
    cut. Sudachi cuts by context: 淡路島 alone is one word, in 淡路島の観光 it is
    淡路 + 島. So two neighbouring Han tokens that make a dictionary word are also
    indexed joined (淡路 島 → 淡路島), and a Han word of three characters or more that
    Sudachi kept whole is also indexed as its two dictionary parts (淡路島 → 淡路 島):
    a query finds the text whichever way either was cut."""
    morphemes = _japanese_morphemes(run)
    tokens = []
    previous = ""
    for surface, token, _pos in morphemes:
        if not surface:
            previous = ""
            continue
        tokens.append(token)
        if _is_han(surface):
            if previous and len(previous) + len(surface) <= 6:
                joined = _dictionary_word(previous + surface)
                if joined:
                    tokens += _clean(joined)
            if len(surface) >= 3:
                tokens += _parts(surface)
            previous = surface
        else:
            previous = ""
    return tokens


@cache
def _parts(word: str) -> tuple[str, ...]:
    """A Han word as two dictionary words (淡路島 → 淡路, 島), longest first part first."""
    for cut in range(len(word) - 1, 1, -1):
        head, tail = word[:cut], word[cut:]
        head_word = _dictionary_word(head)
        tail_word = _dictionary_word(tail)
        if head_word and tail_word:
            return (*_clean(head_word), *_clean(tail_word))
    return ()


_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_KANA_ONLY = re.compile("[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc\u30fd\u30fe]+")
# Readings of the suffixes that end place names (神戸市 こうべし, 青森県 あおもりけん).
_SUFFIX_READINGS = ("ちょう", "まち", "むら", "そん", "けん", "し", "ふ", "と", "く")


def hiragana(text: str) -> str:
    return text.translate(_KATAKANA_TO_HIRAGANA)


def _kana_reading(run: str) -> list[str]:
    """A reading in kana as one token in hiragana (コウベ and こうべ meet), and again
    without a place suffix's reading (こうべし → こうべし, こうべ)."""
    whole = hiragana(run)
    tokens = [whole]
    for suffix in _SUFFIX_READINGS:
        if whole.endswith(suffix) and len(whole) - len(suffix) >= 2:
            tokens.append(whole[: -len(suffix)])
            break
    return tokens


def _chinese(run: str) -> list[str]:
    """jieba's ``cut_for_search`` of the folded run: words and the shorter words in them."""
    return [
        token
        for word in _jieba().cut_for_search(fold(run))
        if word not in CHINESE_STOP_WORDS
        for token in _clean(word)
    ]


def _chinese_words(run: str) -> list[tuple[str, list[str]]]:
    """For queries: each word jieba cuts from the run, with the shorter words inside it."""
    jieba = _jieba()
    words = []
    for word in jieba.cut(fold(run)):
        if word in CHINESE_STOP_WORDS:
            continue
        tokens = _clean(word)
        if len(tokens) != 1:
            words += [(token, []) for token in tokens]
            continue
        parts = [
            token
            for part in jieba.cut_for_search(word)
            if part != word and part not in CHINESE_STOP_WORDS
            for token in _clean(part)
        ]
        words.append((tokens[0], parts))
    return words


def language_family(language: str | None) -> str | None:
    """'ja', 'zh' or None from a language code such as 'ja', 'zh-hans' or 'en'."""
    if not language:
        return None
    language = language.lower()
    if language == "ja" or language.startswith("ja-"):
        return "ja"
    if language.startswith("zh"):
        return "zh"
    return None


def analyze(text: str, *, language: str | None = None, reading: bool = False) -> list[str]:
    """The tokens of a document's text, in order.

    ``language`` is the document's (or field's) language code; it decides how runs of
    Han characters without kana are read. A ``reading`` (a name's kana or Pinyin, an
    alias) keeps a kana run whole, in hiragana, and joins its Latin words too
    (běi jīng → bei, jing, beijing).
    """
    family = language_family(language)
    tokens: list[str] = []
    words: list[str] = []
    for match in _RUNS.finditer(normalize(text)):
        if word := match["word"]:
            if token := _word_token(word):
                tokens.append(token)
                words.append(token)
            continue
        run = match["cjk"]
        if reading and _KANA_ONLY.fullmatch(run):
            tokens += _kana_reading(run)
        elif _KANA.search(run) or family == "ja":
            tokens += _japanese_document(run)
        elif family == "zh":
            tokens += _chinese(run)
        else:
            japanese = _japanese_document(run)
            seen = set(japanese)
            tokens += japanese + [t for t in _chinese(run) if t not in seen]
    if reading and len(words) > 1 and len("".join(words)) <= MAX_TOKEN_LENGTH:
        tokens.append("".join(words))
    return tokens


# ---------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One token; ``prefix`` matches any token that starts with it (autocomplete)."""

    token: str
    prefix: bool = False


@dataclass(frozen=True)
class AllOf:
    """Every part must match."""

    parts: tuple


@dataclass(frozen=True)
class AnyOf:
    """At least one part must match."""

    parts: tuple


def _flatten(parts, kind) -> tuple:
    flat = []
    for part in parts:
        flat += part.parts if isinstance(part, kind) else [part]
    return tuple(dict.fromkeys(flat))


def _all(parts) -> Term | AllOf | AnyOf | None:
    unique = _flatten((p for p in parts if p is not None), AllOf)
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else AllOf(unique)


def _any(parts) -> Term | AllOf | AnyOf | None:
    parts = list(parts)
    if any(p is None for p in parts):
        # One reading needs nothing (all its words were stop words): so does the group.
        return None
    unique = _flatten(parts, AnyOf)
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else AnyOf(unique)


@dataclass(frozen=True)
class Query:
    """An analysed query: the expression the stores compile, and words to highlight."""

    text: str
    expression: Term | AllOf | AnyOf | None
    highlight_terms: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return self.expression is None

    def tokens(self) -> list[str]:
        found = []

        def walk(node):
            if isinstance(node, Term):
                found.append(node.token)
            elif node is not None:
                for part in node.parts:
                    walk(part)

        walk(self.expression)
        return list(dict.fromkeys(found))


def analyze_query(
    text: str, *, language: str | None = None, prefix: bool = False, max_groups: int = 32
) -> Query:
    """A query analysed as documents are, combined so that every run must match.

    Each run of the query is one group, and all groups must match. A kana run is read
    by Sudachi; a Han-only run both by Sudachi and by jieba, either reading being
    enough (so 神户 finds 神戸 and 神戸 finds 神户). In jieba's reading a word may
    also match as the shorter words inside it (友好城市 finds 友好 … 城市). With
    ``prefix``, the last Latin word also matches longer words (autocomplete).
    ``language`` is accepted for symmetry with ``analyze``: a query's script is no
    reliable sign of its language, so Han-only runs are always read both ways.
    """
    groups = []
    highlights: list[str] = []
    last_word_group = None
    for match in _RUNS.finditer(normalize(text)):
        if len(groups) >= max_groups:
            break
        if word := match["word"]:
            token = _word_token(word)
            if token:
                last_word_group = len(groups)
                groups.append(Term(token))
                highlights.append(token)
            continue
        run = match["cjk"]
        folded_run = match_view(run)
        japanese = _japanese(run)
        readings = [_all(Term(token) for _surface, token in japanese)]
        highlights.append(folded_run)
        highlights += [match_view(surface) for surface, _token in japanese]
        highlights += [token for _surface, token in japanese]
        if not _KANA.search(run):
            words = _chinese_words(run)
            readings.append(
                _all(
                    _any([Term(token), _all(Term(part) for part in parts)])
                    if parts
                    else Term(token)
                    for token, parts in words
                )
            )
            highlights += [t for token, parts in words for t in (token, *parts)]
        if _KANA_ONLY.fullmatch(run):
            # A name typed in kana meets the readings (こうべ, コウベ → こうべし's こうべ).
            readings.append(Term(hiragana(run)))
        group = _any(readings)
        if group is not None:
            groups.append(group)
    if prefix and last_word_group is not None and last_word_group == len(groups) - 1:
        groups[-1] = Term(groups[-1].token, prefix=True)
    # A lone character marks every occurrence on the page; keep those only when the
    # query's own run is one character long.
    terms = [t for t in dict.fromkeys(highlights) if t and (len(t) > 1 or _is_whole_run(t, text))]
    return Query(text=text, expression=_all(groups), highlight_terms=tuple(terms))


def _is_whole_run(term: str, text: str) -> bool:
    return any(match_view(m["cjk"] or m["word"]) == term for m in _RUNS.finditer(normalize(text)))


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))
