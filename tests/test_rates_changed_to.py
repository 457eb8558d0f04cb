"""A rate that changed to a new value (由下降5.4%转为增长0.7%, 由前三季度的下降5.4%逐月回升到全年增长0.7%): the value it changed
to is read, with its own period; the one it changed from only where its own words name its part of the year (前三季度,
1-11月), never as the text's year (issue 23, classes of sets AH and AI: the whole year's value was dropped, and an
unnamed prior state read as the year's). Made-up texts of this file's own wording; negatives: a level's change and a
plain decline are read as before."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
REPORT = "某省政府工作报告\n{s}\n"


@pytest.mark.parametrize("sentence, want, unwanted", [
    ("2015年,进出口总值增幅由前三季度的下降5.4%逐月回升到全年增长0.7%。",
     {("trade_growth", 2015, "year", 0.7), ("trade_growth", 2015, "Q1-Q3", -5.4)}, ("trade_growth", 2015, "year", -5.4)),
    ("2015年,进出口总值由下降5.4%转为增长0.7%。", {("trade_growth", 2015, "year", 0.7)}, ("trade_growth", 2015, "year", -5.4)),
    ("2020年,全省规模以上工业增加值由1-11月份下降0.2%转为全年增长0.7%。",
     {("industrial_va_growth", 2020, "year", 0.7), ("industrial_va_growth", 2020, "M1-M11", -0.2)},
     ("industrial_va_growth", 2020, "year", -0.2)),
    ("2021年,一般公共预算收入增速由上年的下降3%转为增长5%。", {("fiscal_revenue_growth", 2021, "year", 5.0)},
     ("fiscal_revenue_growth", 2021, "year", -3.0)),
    ("2016年,全省固定资产投资增速由一季度下降2%回升至全年增长1.5%。",
     {("fixed_investment_growth", 2016, "year", 1.5), ("fixed_investment_growth", 2016, "Q1", -2.0)},
     ("fixed_investment_growth", 2016, "year", -2.0)),
])
def test_a_rate_changed_to_is_read_and_its_unnamed_prior_is_not(sentence, want, unwanted):
    got = figures(REPORT.format(s=sentence), FIELDS, meta={"region": "浙江省"}, charted=True)
    assert want <= got and unwanted not in got


@pytest.mark.parametrize("sentence, want", [
    ("2015年,全省一般公共预算收入由100亿元提高到120亿元。", ("fiscal_revenue", 2015, "year", 120.0)),
    ("2015年,全省进出口总值下降5.4%。", ("trade_growth", 2015, "year", -5.4)),
])
def test_a_levels_change_and_a_plain_decline_are_read_as_before(sentence, want):
    assert want in figures(REPORT.format(s=sentence), FIELDS, meta={"region": "浙江省"})
