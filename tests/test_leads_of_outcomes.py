"""A lead that ends by opening a list of what was done (主要指标完成情况如下:, 全年经济运行情况是:) makes the list's items
outcomes of the year said before it, charted although none of them says 完成 or 实现 (issue 23, found on development set
AS: a district's plan report listed its year's outcomes under such a lead and all eight went to review as of no stated
kind; the page's address dates it). Made-up items of this file's own wording. Negatives: a lead with a word of aims (主要指标计划安排如下:, 预期目标如下:)
or one that opens nothing (完成情况良好。) leaves the items' kind unread (an item's growth after a level of three significant
digits here; a sum written as measured is an outcome by test_sums_written_as_measured.py)."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
TEXT = ("一、2021年国民经济和社会发展基本情况\n某区经济社会实现平稳健康发展,经济总量在全市排名上升。{lead}\n"
        "——地区生产总值1252.4亿元,增长7.0%;\n——一般公共预算收入89.9亿元,增长6.4%;\n——社会消费品零售总额170.7亿元,增长12.0%。\n")


def charted(lead: str) -> set[tuple]:
    return figures(TEXT.format(lead=lead), FIELDS, meta={"region": "镇海区", "source_url": "http://news.example.cn/t/2022/0323/8158.html"}, charted=True)


@pytest.mark.parametrize("lead", ["主要指标完成情况如下:", "主要经济指标完成情况是:", "全年经济运行情况如下:",
                                  "经济运行主要指标完成情况如下:", "各项主要指标完成情况为:",
                                  "重点指标执行情况如下:"])
def test_items_under_a_lead_of_what_was_done_are_outcomes(lead):
    got = charted(lead)
    assert {("gdp", 2021, "actual", 1252.4), ("fiscal_revenue_growth", 2021, "actual", 6.4),
            ("retail_sales", 2021, "actual", 170.7)} <= got


@pytest.mark.parametrize("lead", ["主要指标计划安排如下:", "今年主要预期目标如下:", "各项工作完成情况良好。"])
def test_a_lead_of_aims_or_of_nothing_reads_no_outcomes(lead):
    assert not {f for f in charted(lead) if f[2] == "actual" and f[0] == "fiscal_revenue_growth"}
