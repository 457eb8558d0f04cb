"""固投 is short for 固定资产投资 (全社会固投实现199亿元; 投资、固投分别增长…): it is the indicator's name, and the sectors' parts
of it (工业固投, 民间固投, 制造业固定资产投资, 基础设施固定资产投资) are not the whole (data/indicators.csv aliases,
data/non_headline_terms.csv). Before, the short name was no name and its figures were lost, and a sector's investment
was charted as the place's. Made-up bulletins in this file's own wording (issue 23, class 7: the names people use)."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BULLETIN = "平和县2023年国民经济和社会发展统计公报\n平和县统计局 2024年3月15日\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "平和县"}, charted=True)


@pytest.mark.parametrize("sentence,want", [
    ("全社会固投实现199亿元,增长13.4%。", ("fixed_investment_growth", 2023, "actual", 13.4)),
    ("全社会固投实现199亿元,增长13.4%。", ("fixed_investment", 2023, "actual", 199.0)),
    ("固投完成85.2亿元,增长5%,其中工业固投增长12%。", ("fixed_investment_growth", 2023, "actual", 5.0)),
    ("GDP、规上工业增加值、固投分别增长6.2%、7.1%和8.3%。", ("fixed_investment_growth", 2023, "actual", 8.3)),
    ("全年固投同比下降2.4%。", ("fixed_investment_growth", 2023, "actual", -2.4)),
])
def test_the_short_name_is_the_indicator(sentence, want):
    assert want in charted(sentence)


@pytest.mark.parametrize("sentence", [
    "制造业固定资产投资增长8.1%。",
    "基础设施固定资产投资增长5.2%。",
    "第三产业固定资产投资增长9.6%。",
])
def test_a_sectors_investment_is_not_the_places(sentence):
    assert not any(i.startswith("fixed_investment") for i, y, k, v in charted(sentence))


@pytest.mark.parametrize("sentence,never", [
    ("工业固投增长12%,民间固投增长3%。", (12.0, 3.0)),
    ("固投完成85.2亿元,增长5%,其中工业固投增长12%。", (12.0,)),
])
def test_a_part_by_its_short_name_is_not_the_whole(sentence, never):
    assert not any(i.startswith("fixed_investment") and v in never for i, y, k, v in charted(sentence))
