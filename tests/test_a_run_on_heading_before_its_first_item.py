"""On a page run into one line, a heading is run straight into its first numbered item with no mark between them
(…主要目标(一)地区生产总值增长8%左右。(县发改局负责)(二)…): the line is broken before each bracketed number, so the
heading stands alone and its aims are read as aims. Before, a break went back only after a sentence's end, the heading
was read as the first item's words, and the aims were charted as the year before's outcomes (issue 23, found by
running each development text into one line). Negative: a line shorter than a run-on page's is left as it is, and
its own figures are read as before. Made-up pages of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
FILLER = "各乡镇人民政府,县政府各部门:按照县委经济工作会议的部署和县政府常务会议的要求,请各单位认真抓好落实。" * 8


@pytest.mark.parametrize("heading,item,ind,value", [
    ("一、全县经济社会发展主要目标", "地区生产总值增长8%左右", "gdp_growth", 8.0),
    ("一、经济社会发展主要预期目标", "一般公共预算收入增长6%", "fiscal_revenue_growth", 6.0),
    ("二、全区经济社会发展主要目标", "规模以上工业增加值增长9%左右", "industrial_va_growth", 9.0),
    ("一、全市主要预期目标", "全社会固定资产投资增长12%以上", "fixed_investment_growth", 12.0),
    ("一、全县主要预期目标", "社会消费品零售总额增长10%左右", "retail_sales_growth", 10.0),
])
def test_a_heading_run_into_its_first_item_still_heads_its_aims(heading, item, ind, value):
    page = (f"某县人民政府关于落实政府工作报告重点工作责任分工的意见\n发布日期:2013-03-27\n{FILLER}"
            f"现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下:{heading}(一){item}。"
            "(县发改局负责)(二)城镇登记失业率控制在4%以内。(县人社局负责)\n")
    got = figures(page, FIELDS, meta={"region": "长丰县"})
    assert (ind, 2013, "target", value) in got
    assert (ind, 2012, "actual", value) not in got


def test_a_short_line_keeps_its_reading():
    page = "某县经济运行情况\n发布日期:2013-07-20\n上半年,全县地区生产总值增长8.1%(一季度增长7.9%)。\n"
    assert ("gdp_growth", 2013, "actual", 8.1) in figures(page, ("indicator", "year", "kind", "value"), meta={"region": "长丰县"})
