"""Values listed after 分别 that each repeat the growth verb (分别为增长8%、增长6%、增长15%) are one list, matched to
the names before it in order, as 分别为8%、6%、15% would be (issue 23, class 3). Negatives: two clauses each with a
name of its own read as before. Made-up news items in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "kind", "value")


def news(sentence: str) -> str:
    return "某县1—11月主要经济指标稳中向好\n发布时间:2024-12-20\n" + sentence + "\n"


ONE = ("规上工业增加值、一般公共预算收入、外贸进出口三项指标已提前完成年初确定的全年目标(分别为增长8%、增长6%、增长15%)。")
TWO = "年初确定的目标中,固定资产投资、社会消费品零售总额的目标分别为增长9%和增长7%。"
THREE = "1—11月,全县地区生产总值、固定资产投资、社会消费品零售总额分别增长5.8%、增长7.1%、增长6.3%。"


@pytest.mark.parametrize("sentence, fact", [
    (ONE, ("industrial_va_growth", "target", 8.0)),
    (ONE, ("fiscal_revenue_growth", "target", 6.0)),
    (ONE, ("trade_growth", "target", 15.0)),
    (TWO, ("fixed_investment_growth", "target", 9.0)),
    (TWO, ("retail_sales_growth", "target", 7.0)),
    (THREE, ("fixed_investment_growth", "actual", 7.1)),
    (THREE, ("retail_sales_growth", "actual", 6.3)),
])
def test_each_name_takes_its_own_value(sentence, fact):
    assert fact in figures(news(sentence), FIELDS, meta={"region": "随县"})


def test_a_name_does_not_take_anothers_value():
    got = figures(news(ONE), FIELDS, meta={"region": "随县"})
    assert ("trade_growth", "target", 8.0) not in got and ("fiscal_revenue_growth", "target", 8.0) not in got, got


def test_clauses_with_names_of_their_own_read_as_before():
    got = figures(news("1—11月,全县规上工业增加值增长9.3%,一般公共预算收入增长7.8%。"), FIELDS, meta={"region": "随县"})
    assert {("industrial_va_growth", "actual", 9.3), ("fiscal_revenue_growth", "actual", 7.8)} <= got, got
