"""The analyzer: Japanese, Chinese and Latin text to tokens, and folding across scripts."""

import re

import pytest

from kouryu.search.analyzer import (
    AllOf,
    AnyOf,
    Term,
    analyze,
    analyze_query,
    fold,
    match_view,
)
from kouryu.search.stores import PostgresStore, SQLiteStore

WORD = re.compile(r"^[^\W_]+$")


def test_japanese_is_split_by_sudachi_and_particles_dropped():
    tokens = analyze("神戸市と天津市が友好都市提携を結んだ", language="ja")
    assert fold("神戸") in tokens
    assert {"市", "天津", "友好", "都市", "提携"} <= set(tokens)
    assert "と" not in tokens and "が" not in tokens and "を" not in tokens


def test_japanese_uses_normalised_forms():
    # Sudachi's normalised form joins spelling variants: シュミレーション → シミュレーション.
    assert analyze("シュミレーション", language="ja") == analyze("シミュレーション", language="ja")


def test_chinese_is_cut_for_search_with_the_words_inside_words():
    tokens = analyze("神户市与天津市缔结友好城市关系", language="zh-hans")
    assert {"神户", "天津市", "友好", "城市", "友好城市", "关系"} <= set(tokens)
    assert "与" not in tokens


def test_latin_words_are_lower_cased_without_diacritics_or_stop_words():
    assert analyze("The JET Programme in Kōbe, COVID-19", language="en") == [
        "jet",
        "programme",
        "kobe",
        "covid",
        "19",
    ]


def test_nfkc_comes_first():
    assert analyze("ＪＥＴ　ﾌﾟﾛｸﾞﾗﾑ", language="ja") == ["jet", "プログラム"]


def matches(expression, tokens) -> bool:
    """Whether a query expression matches a document with these tokens (as the stores do)."""
    if isinstance(expression, Term):
        if expression.prefix:
            return any(token.startswith(expression.token) for token in tokens)
        return expression.token in tokens
    test = all if isinstance(expression, AllOf) else any
    return test(matches(part, tokens) for part in expression.parts)


@pytest.mark.parametrize(
    "variants",
    [("神户", "神戸", "神戶"), ("广岛", "広島", "廣島"), ("县", "県", "縣"), ("发", "発", "發")],
)
def test_japanese_simplified_and_traditional_forms_fold_to_one(variants):
    assert len({fold(v) for v in variants}) == 1


@pytest.mark.parametrize("query", ["神户", "神戸", "神戶"])
@pytest.mark.parametrize(
    ("text", "language"),
    [("神戸市と天津市", "ja"), ("神户市与天津市", "zh-hans"), ("神戶市與天津市", None)],
)
def test_each_form_of_kobe_finds_every_other(query, text, language):
    assert matches(analyze_query(query).expression, set(analyze(text, language=language)))


def test_folding_keeps_length_and_leaves_other_text_alone():
    text = "Kobe 神戸 こうべ コウベ 1973"
    assert len(fold(text)) == len(text)
    assert fold("Kobe こうべ コウベ 1973") == "Kobe こうべ コウベ 1973"
    assert match_view("ＪＥＴ Kōbe") == "jet kobe"


def test_han_without_language_is_read_both_ways():
    tokens = analyze("微信")
    assert "微信" in tokens  # jieba
    assert {"微", "信"} <= set(tokens)  # Sudachi


def test_tokens_are_single_words_for_both_stores():
    text = "北京・上海／Tokyo-Osaka (2019年) «quoted» e-mail: a_b@example.com 〇〇 々 ニューヨーク・タイムズ"
    for language in ("ja", "zh-hans", "en", None):
        tokens = analyze(text, language=language)
        assert tokens
        assert all(WORD.match(token) for token in tokens), tokens


@pytest.mark.parametrize("word", ["北京", "友好", "交流"])
def test_two_character_words_are_one_term(word):
    assert analyze_query(word).expression == Term(word)


def test_cross_script_query_has_a_reading_that_meets_the_document():
    expression = analyze_query("神户").expression
    assert isinstance(expression, AnyOf)
    assert Term(fold("神戸")) in expression.parts


def test_mixed_japanese_and_english_query_needs_both():
    # The kana word may also meet a reading, written in hiragana (see readings below).
    program = AnyOf((Term("プログラム"), Term("ぷろぐらむ")))
    assert analyze_query("JET プログラム").expression == AllOf((Term("jet"), program))
    assert analyze_query("JETプログラム").expression == AllOf((Term("jet"), program))


def test_a_name_sudachi_cuts_by_context_is_indexed_both_ways():
    # Alone, 淡路島 is one word; before の Sudachi cuts it 淡路 + 島.
    assert analyze_query("淡路島").expression == Term(fold("淡路島"))
    assert fold("淡路島") in analyze("淡路島の観光", language="ja")
    assert "淡路" in analyze("淡路島", language="ja")


def test_readings_keep_kana_whole_and_join_pinyin():
    assert analyze("こうべし", reading=True) == ["こうべし", "こうべ"]
    assert analyze("ペキン", reading=True) == ["ぺきん"]
    assert analyze("běi jīng", reading=True) == ["bei", "jing", "beijing"]
    assert Term("こうべ") in analyze_query("こうべ").expression.parts
    assert Term("こうべ") in analyze_query("コウベ").expression.parts


def test_chinese_compound_also_matches_as_its_parts():
    expression = analyze_query("友好城市").expression
    assert matches(expression, {"友好城市"})
    assert matches(expression, {"中日友好", "友好", "城市"})
    assert not matches(expression, {"友好"})


def test_query_of_only_particles_or_punctuation_is_empty():
    for text in ("の", "、。！？", "the of", "   ", ""):
        assert analyze_query(text).is_empty


def test_autocomplete_makes_the_last_latin_word_a_prefix():
    assert analyze_query("kob", prefix=True).expression == Term("kob", prefix=True)
    assert analyze_query("kob 北京", prefix=True).expression == AllOf((Term("kob"), Term("北京")))


def test_user_input_never_becomes_query_syntax():
    hostile = Term('a" OR "b')
    assert SQLiteStore.compile(hostile) == '"a"" OR ""b"'
    assert PostgresStore.compile(Term("a' | 'b\\")) == "'a'' | ''b\\\\'"
    expression = analyze_query('北京" OR NEAR(交流 *) AND -x:*').expression
    for token in analyze_query('北京" OR NEAR(交流 *) AND -x:*').tokens():
        assert WORD.match(token)
    assert SQLiteStore.compile(expression).count('"') % 2 == 0
