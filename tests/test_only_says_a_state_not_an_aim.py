"""只有 or 仅为 before a figure (我县第三产业增加值占生产总值比重只有31%左右) says how things stand, never what is aimed at,
whatever hedge follows the figure (data/kind_words.csv: both are words of an outcome) (issue 23, class 2: a deputy's
complaint was read as the year's aim). Negatives: an aim with a hedge and no such word stays an aim. Made-up news in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "kind", "value")


def read(said: str) -> set[tuple]:
    text = "平山县两会召开\n发布时间:2014-01-09\n县政协委员张文博在大会发言中说:“" + said + ",要加快发展。”\n"
    return figures(text, FIELDS, meta={"region": "平山县"})


@pytest.mark.parametrize("said, fact", [
    ("我县第三产业增加值占生产总值比重只有31%左右", ("tertiary_share", "actual", 31.0)),
    ("我县城镇登记失业率只有3%左右", ("unemployment_rate", "actual", 3.0)),
    ("全县规模以上工业增加值增长只有5%左右", ("industrial_va_growth", "actual", 5.0)),
    ("我县一般公共预算收入只有5亿元左右", ("fiscal_revenue", "actual", 5.0)),
    ("全县固定资产投资增长仅为4%左右", ("fixed_investment_growth", "actual", 4.0)),
])
def test_only_says_a_state(said, fact):
    got = read(said)
    assert fact in got, got


def test_a_hedged_aim_stays_an_aim():
    got = read("今年我县地区生产总值要增长8%左右")
    assert ("gdp_growth", "target", 8.0) in got, got
