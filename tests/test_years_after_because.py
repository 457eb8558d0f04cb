"""A year after 由于 (because) dates its clause (2013年初,由于2012年东莞GDP增速仅为6.1%,低于预期的8%): 由于 is no base of a
comparison (由2015年的…), nor 于 of a date (于2012年): the growth was read as the year the sentence opens with (issue 23,
found on set AQ after it was measured once). Made-up news of this file's own wording. Negatives: 由 and 于 before a year
still make it a base or a date, not the figure's year."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
NEWS = "某市人代会开幕\n发布时间:2014-01-07 10:00\n{s}\n"
META = {"region": "东莞市"}


@pytest.mark.parametrize("s, want", [
    ("2013年初,由于2012年全市GDP增速仅为6.1%,市政府下调了目标。", ("gdp_growth", 2012, "actual", 6.1)),
    ("2013年初,由于2012年全市地区生产总值增长6.1%,低于预期。", ("gdp_growth", 2012, "actual", 6.1)),
    ("2013年,由于2012年全市一般公共预算收入下降3.2%,财政趋紧。", ("fiscal_revenue_growth", 2012, "actual", -3.2)),
    ("2013年初,由于2012年全市固定资产投资仅增长4.5%,投资偏弱。", ("fixed_investment_growth", 2012, "actual", 4.5)),
    ("2013年初,由于2012年全市社会消费品零售总额增长7.9%,消费平稳。", ("retail_sales_growth", 2012, "actual", 7.9)),
])
def test_a_year_after_because_dates_its_clause(s, want):
    assert want in figures(NEWS.format(s=s), FIELDS, meta=META)


@pytest.mark.parametrize("s, absent", [
    ("2013年,全市地区生产总值由2012年的5010亿元增加到5490亿元。", ("gdp", 2013, "actual", 5010.0)),
    ("全市地区生产总值于2013年突破5000亿元,2013年增长9.7%。", ("gdp_growth", 2012, "actual", 9.7)),
])
def test_a_base_or_a_date_is_not_the_figures_year(s, absent):
    assert absent not in figures(NEWS.format(s=s), FIELDS, meta=META)
