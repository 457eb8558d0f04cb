"""城乡居民 before a noun is a list of two (urban, rural) only when a list of figures follows it (分别,
均, two numbers side by side); with one figure it is the whole's (all residents). 全年累计 is one year's
running total, not several years'. Texts written for this test."""

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

K = load_knowledge()
HEAD = "2018年石湖区国民经济和社会发展统计公报\n"


def charted(sentence):
    return {(r["indicator"], r["value"]) for doc in documents_from_text(K, HEAD + sentence, "case.txt", meta={"region": "罗湖区"})
            for r in extract_document(doc, K) if r["confidence"] == "high"}


@pytest.mark.parametrize("sentence, row", [
    ("全区城乡居民人均可支配收入16491元,增长9.5%。", ("disposable_income_growth", 9.5)),
    ("全区城乡居民人均可支配收入16491元,增长9.5%。", ("disposable_income", 1.6491)),
    ("城乡居民人均可支配收入达到41950元,比上年增长8.1%。", ("disposable_income_growth", 8.1)),
    # a list after it: each is its own (urban first)
    ("城乡居民人均可支配收入分别增长8.6%、9.7%。", ("disposable_income_urban_growth", 8.6)),
    ("城乡居民人均可支配收入分别达到26330元和12804元。", ("disposable_income_urban", 2.633)),
    ("城乡居民人均可支配收入均增长7%。", ("disposable_income_urban_growth", 7.0)),
])
def test_a_shared_noun_is_a_list_only_before_a_list(sentence, row):
    assert row in charted(sentence)


@pytest.mark.parametrize("sentence, row", [
    ("全区城乡居民人均可支配收入16491元,增长9.5%。", ("disposable_income_urban_growth", 9.5)),
    ("城乡居民人均可支配收入均增长7%。", ("disposable_income_growth", 7.0)),
    ("城乡居民人均可支配收入分别增长8.6%、9.7%。", ("disposable_income_growth", 8.6)),
])
def test_no_single_figure_goes_to_one_member_nor_a_list_to_the_whole(sentence, row):
    assert row not in charted(sentence)


@pytest.mark.parametrize("sentence, row", [
    ("全年累计实现生产总值56.69亿元,比上年增长13.5%。", ("gdp", 56.69)),
    ("全年累计实现生产总值56.69亿元,比上年增长13.5%。", ("gdp_growth", 13.5)),
    ("全区全年累计完成固定资产投资增长8.2%。", ("fixed_investment_growth", 8.2)),
])
def test_the_years_running_total_is_the_year(sentence, row):
    assert row in charted(sentence)


def test_several_years_running_total_is_still_not_a_year():
    assert not [r for r in charted("五年累计完成固定资产投资1200亿元。") if r[0].startswith("fixed_investment")]
