"""Levels each followed by its own rate after 分别, in a text that puts spaces around its numbers and marks (收入 34168 元、
城镇… 44004 元 、农村… 24010 元 , 分别增长 10% 、9% 、11%): the space after the verb had hidden the list's shape, and the
rates were read for no one (issue 23, found on set AP after it was measured once; one more on the texts at hand).
Made-up bulletins of this file's own wording. Negatives: the same lists without spaces read as before, and a rate
after words that are no verb of 分别 still pairs with nothing."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
BULLETIN = "某区统计公报\n——2022年1月10日\n2021年国民经济\n{s}\n"
META = {"region": "昆都仑区"}
INCOMES = "全体居民人均可支配收入{a}34168{a}元{b}、城镇居民人均可支配收入{a}44004{a}元{b}、农村居民人均可支配收入{a}24010{a}元{b},{b}分别增长{b}10%{b}、9%{b}、11%。"
LEVELS = "地区生产总值 566.6 亿元 ,其中服务业增加值 459 亿元 , 分别增长 {g} 、 13% 。"


@pytest.mark.parametrize("s, want", [
    (INCOMES.format(a=" ", b=" "), ("disposable_income_growth", 2021, 10.0)),
    (INCOMES.format(a=" ", b=" "), ("disposable_income_urban_growth", 2021, 9.0)),
    (INCOMES.format(a="", b=" "), ("disposable_income_growth", 2021, 10.0)),
    (LEVELS.format(g="11.2%"), ("gdp_growth", 2021, 11.2)),
    (LEVELS.format(g="7.5%"), ("gdp_growth", 2021, 7.5)),
])
def test_a_spaced_each_list_pairs_its_rates(s, want):
    assert want in figures(BULLETIN.format(s=s), FIELDS, meta=META)


@pytest.mark.parametrize("s, want, absent", [
    (INCOMES.format(a="", b=""), ("disposable_income_growth", 2021, 10.0), None),
    ("地区生产总值 566.6 亿元 ,其中服务业增加值 459 亿元 , 据测算 11.2% 。", None, ("gdp_growth", 2021, 11.2)),
])
def test_an_unspaced_list_reads_as_before_and_no_verb_pairs_nothing(s, want, absent):
    got = figures(BULLETIN.format(s=s), FIELDS, meta=META)
    assert (want is None or want in got) and (absent is None or absent not in got)
