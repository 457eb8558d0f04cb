"""A place whose name ends in a word that elsewhere names a part of a place (滨海新区, 浦东新区: 新区) calls itself by
that word (新区经济实现由负转正, 全年新区实现地区生产总值…): there the word is the place, and its figures are the
place's. In another place's text 新区 is still a part, and a part the place names in full (临港新片区) is still a part
(issues 22 and 23). Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "新闻发布会  2021-03-16 09:30\n\n区长:"


@pytest.mark.parametrize("place, sentence, fact", [
    ("滨海新区", "2020年,新区经济实现由负转正,全年地区生产总值完成5842.3亿元,增长1.6%。", ("gdp", 2020, "year", "actual", 5842.3)),
    ("滨海新区", "2020年,新区实现地区生产总值5842.3亿元,增长1.6%。", ("gdp_growth", 2020, "year", "actual", 1.6)),
    ("浦东新区", "2020年,新区一般公共预算收入完成1070.8亿元,增长0.2%。", ("fiscal_revenue", 2020, "year", "actual", 1070.8)),
    ("浦东新区", "2020年,新区规模以上工业增加值增长5.1%。", ("industrial_va_growth", 2020, "year", "actual", 5.1)),
    ("滨海新区", "2020年,新区固定资产投资增长4.3%,社会消费品零售总额下降8.7%。", ("fixed_investment_growth", 2020, "year", "actual", 4.3)),
], ids=["economy-then-gdp", "gdp-growth", "revenue", "industry", "investment"])
def test_the_place_by_its_own_word(place, sentence, fact):
    got = figures(HEAD + sentence + "\n", FIELDS, meta={"region": place}, charted=True)
    assert fact in got, got


def test_another_places_new_area_is_still_a_part():
    got = figures(HEAD + "2020年,新区实现地区生产总值365.2亿元,增长3.1%。\n", FIELDS, meta={"region": "正定县"}, charted=True)
    assert not any(i == "gdp" for i, *_ in got), got


def test_a_part_named_in_full_is_still_a_part():
    got = figures(HEAD + "2020年,临港新片区实现地区生产总值1100.2亿元,增长12.5%。\n", FIELDS, meta={"region": "浦东新区"},
                  charted=True)
    assert not any(i == "gdp" for i, *_ in got), got
