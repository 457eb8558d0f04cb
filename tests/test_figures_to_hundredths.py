"""A figure written to hundredths or finer (地区生产总值19.56亿元, 城镇登记失业率3.98%) with no word saying whether it is
planned or achieved is a measured outcome: targets are set in round figures. Before, such figures of an undated item, or
of its own year, stayed in review as "not stated whether it is a target or an outcome" (issue 23, 46 figures of the
development corpus, 26 of them charted right after the change). Made-up items of this file's own wording. Negatives: a
round figure still waits for a word, and a precise figure after a target word is still a target."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
ITEM = "某县召开经济工作会议\n会议指出,2019年,某县经济保持平稳。{s}\n"
META = {"region": "固始县"}


@pytest.mark.parametrize("s, want", [
    ("地区生产总值19.56亿元,增长7%。", ("gdp", 2019, "actual", 19.56)),
    ("一般公共预算收入5.52亿元,增长10%。", ("fiscal_revenue", 2019, "actual", 5.52)),
    ("一般公共预算收入5.52亿元,增长10%。", ("fiscal_revenue_growth", 2019, "actual", 10.0)),
    ("社会消费品零售总额232.89亿元。", ("retail_sales", 2019, "actual", 232.89)),
    ("城镇登记失业率3.98%。", ("unemployment_rate", 2019, "actual", 3.98)),
    ("地区生产总值1581.79亿元。", ("gdp", 2019, "actual", 1581.79)),
])
def test_a_figure_to_hundredths_is_charted_as_an_outcome(s, want):
    assert want in figures(ITEM.format(s=s), FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("s, held", [
    ("地区生产总值20亿元,增长7%。", ("gdp", 2019, "actual", 20.0)),
    ("一般公共预算收入5.5亿元,增长10%。", ("fiscal_revenue", 2019, "actual", 5.5)),
])
def test_a_round_figure_still_waits_for_a_word(s, held):
    assert held not in figures(ITEM.format(s=s), FIELDS, meta=META, charted=True)


def test_a_precise_figure_after_a_target_word_is_still_a_target():
    got = figures(ITEM.format(s="力争地区生产总值达到19.56亿元。"), FIELDS, meta=META)
    assert ("gdp", 2019, "target", 19.56) in got and ("gdp", 2019, "actual", 19.56) not in got
