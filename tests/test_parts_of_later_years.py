"""A part of a year named after a later year in a paragraph's lead (听取了关于某省2012年财政决算和2013年上半年预算执行情况的
报告) belongs to that later year: the earlier year's figures after it are whole years, not half years. A province's
final accounts were filed as a half year (issue 23, found on set AO after it was measured once). Made-up news of this
file's own wording. Negatives: a part named after the lead's only year, and a sentence of the later year's part,
keep their part."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
NEWS = "某省人大常委会会议举行\n发布时间:2013-07-30 10:00\n{s}\n"
META = {"region": "山东省"}
ACCOUNTS = "会议听取了省财政厅关于全省2012年财政决算和2013年上半年预算执行情况的报告。报告指出,2012年全省公共财政收入4059.4亿元,比上年增长17.5%。"
PLAN = "会议听取了省发改委关于山东省2012年计划执行和2013年上半年计划执行情况的报告。报告指出,2012年全省地区生产总值8300亿元,增长9.8%。"
QUARTER = "会议审议了山东省2012年决算及2013年{part}预算执行情况。报告显示,2012年全省一般公共预算收入512亿元,增长13%。"


@pytest.mark.parametrize("s, want", [
    (ACCOUNTS, ("fiscal_revenue", 2012, "year", 4059.4)),
    (ACCOUNTS, ("fiscal_revenue_growth", 2012, "year", 17.5)),
    (PLAN, ("gdp", 2012, "year", 8300.0)),
    (QUARTER.format(part="一季度"), ("fiscal_revenue", 2012, "year", 512.0)),
    (QUARTER.format(part="前三季度"), ("fiscal_revenue_growth", 2012, "year", 13.0)),
])
def test_the_earlier_years_figures_are_whole_years(s, want):
    assert want in figures(NEWS.format(s=s), FIELDS, meta=META)


@pytest.mark.parametrize("s, want", [
    ("会议审议了2013年上半年预算执行情况的报告。报告指出,全省公共财政收入2536.6亿元,增长12.5%。", ("fiscal_revenue", 2013, "H1", 2536.6)),
    (ACCOUNTS + "今年1-6月,全省公共财政收入2536.6亿元,比去年同期增长12.5%。", ("fiscal_revenue", 2013, "H1", 2536.6)),
])
def test_a_part_of_the_leads_own_year_is_kept(s, want):
    assert want in figures(NEWS.format(s=s), FIELDS, meta=META)
