"""A growth rate in brackets after the period an outcome is compared with (比上半年(增长4.3%)有所加快, 比1—8月(5.2%)
提高, 较去年同期(增长3.9%)提高, 比上年(7.2%)回落) is that period's own outcome, stated in passing: of the part of the
same year it names, or of the same part a year before (issue 23, class 2). Negatives: a rate in brackets after
another place (比全省(5.2%)高) is not the place's own; the outcome compared stays as it was. Made-up releases in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def release(sentence: str) -> str:
    return "某市2024年前三季度经济运行情况\n发布时间:2024-10-29\n" + sentence + "\n"


@pytest.mark.parametrize("sentence, fact", [
    ("前三季度,全市地区生产总值同比增长4.6%,比上半年(增长4.3%)有所加快。", ("gdp_growth", 2024, "H1", "actual", 4.3)),
    ("前三季度,全市规模以上工业增加值增长5.6%,比上半年(4.9%)加快0.7个百分点。", ("industrial_va_growth", 2024, "H1", "actual", 4.9)),
    ("前三季度,全市固定资产投资增长6.1%,比1—8月(5.2%)提高0.9个百分点。", ("fixed_investment_growth", 2024, "M1-M8", "actual", 5.2)),
    ("前三季度,全市社会消费品零售总额增长6.6%,较去年同期(增长3.9%)提高2.7个百分点。",
     ("retail_sales_growth", 2024 - 1, "Q1-Q3", "actual", 3.9)),
    ("前三季度,全市一般公共预算收入增长3.1%,比一季度(下降1.2%)回升4.3个百分点。",
     ("fiscal_revenue_growth", 2024, "Q1", "actual", -1.2)),
])
def test_the_bracketed_rate_is_the_compared_periods(sentence, fact):
    assert fact in figures(release(sentence), FIELDS, meta={"region": "丹东市"}, charted=True)


def test_the_outcome_compared_stays_as_it_was():
    got = figures(release("前三季度,全市地区生产总值同比增长4.6%,比上半年(增长4.3%)有所加快。"), FIELDS,
                  meta={"region": "丹东市"}, charted=True)
    assert ("gdp_growth", 2024, "Q1-Q3", "actual", 4.6) in got, got


def test_a_rate_in_brackets_after_another_place_is_not_the_places():
    got = figures(release("前三季度,全市地区生产总值同比增长4.6%,比全省(5.2%)低0.6个百分点。"), FIELDS,
                  meta={"region": "丹东市"})
    assert not any(f[4] == 5.2 for f in got), got


def test_the_same_period_is_never_charted_as_the_whole_year_before():
    text = ("某市政府常务会议纪要\n2023年8月7日\n会议认为,上半年我市经济总体延续恢复态势;"
            "固定资产投资降幅比去年同期(下降9.6%)进一步扩大。\n")
    got = figures(text, FIELDS, meta={"region": "梧州市"}, charted=True)
    assert not any(f[4] == -9.6 and f[2] == "year" for f in got), got
