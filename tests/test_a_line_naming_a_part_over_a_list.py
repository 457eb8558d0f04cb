"""A short line that names one part of the year and ends with a colon (从月度指标看,1—11月: / 上半年主要指标如下:) leads
the list of lines below it: their figures are that part's, not the part the page opened with. A colon line naming no
part, or one that states a figure, leads nothing; the next numbered heading ends it (issue 23, class 1: time). Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def _page(lead: str, items: str) -> str:
    return ("某市统计局2024年工作总结\n\n发布时间:2024-12-27\n\n今年以来,全市经济运行总体平稳。前三季度全市实现地区生产总值"
            f"468.21亿元,同比增长6.9%。\n\n{lead}\n{items}\n")


@pytest.mark.parametrize("lead, items, fact", [
    ("从月度指标看,1—11月:", "——规模以上工业增加值同比增长9.4%;\n——固定资产投资同比增长12.6%;",
     ("industrial_va_growth", 2024, "M1-M11", "actual", 9.4)),
    ("从月度指标看,1—11月:", "——规模以上工业增加值同比增长9.4%;\n——固定资产投资同比增长12.6%;",
     ("fixed_investment_growth", 2024, "M1-M11", "actual", 12.6)),
    ("1—10月,主要指标完成情况如下:", "1.社会消费品零售总额增长6.1%;\n2.一般公共预算收入增长5.3%。",
     ("retail_sales_growth", 2024, "M1-M10", "actual", 6.1)),
    ("截至11月末:", "· 一般公共预算收入39.82亿元,增长5.3%;\n· 城镇登记失业率2.6%。",
     ("fiscal_revenue", 2024, "M1-M11", "actual", 39.82)),
    ("1—11月主要指标:", "规模以上工业增加值增长9.4%。\n社会消费品零售总额108.65亿元,增长6.1%。",
     ("retail_sales", 2024, "M1-M11", "actual", 108.65)),
], ids=["dashes", "dashes-second", "numbered", "dots", "plain-lines"])
def test_the_lines_take_the_part(lead, items, fact):
    got = figures(_page(lead, items), FIELDS, meta={"region": "昌吉市"})
    assert fact in got, got


def test_the_opening_part_stays_where_it_was_said():
    got = figures(_page("从月度指标看,1—11月:", "——规模以上工业增加值同比增长9.4%;"), FIELDS, meta={"region": "昌吉市"})
    assert ("gdp", 2024, "Q1-Q3", "actual", 468.21) in got, got


def test_a_colon_line_of_no_part_leads_nothing():
    got = figures(_page("从主要指标看:", "——规模以上工业增加值同比增长9.4%;"), FIELDS, meta={"region": "昌吉市"})
    assert not any(p == "M1-M11" for _, _, p, _, _ in got), got


def test_the_next_numbered_heading_ends_the_part():
    page = _page("从月度指标看,1—11月:", "——规模以上工业增加值同比增长9.4%;") + "\n二、2025年工作计划\n2025年全市地区生产总值预期增长6.5%左右。\n"
    got = figures(page, FIELDS, meta={"region": "昌吉市"})
    assert ("gdp_growth", 2025, "year", "target", 6.5) in got, got
