"""An illustrated summary whose converter split its cards over lines: a heading's year from its words (2025 / 预期目标),
a number from its unit (263.8 / 亿元), a change's word from its rate (增长 / 7.6%), a name ending in its change from its
rate (规上工业增加值增长 / 9.2%), an estimate's word before a value (预计245.3亿元); a part of the year set over each of
two cards (1—11月 … 1—11月) labels those cards only; and a part just ended (1—2月) under a March report's review of the
year before is the date's year's. Each figure is read with its card's name, year and part (issue 23). Negatives: a part
said once over a block of cards heads all of them; a year alone above a line that is no heading stays apart. Made-up
pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
SPLIT = ("图解 | 2025年某区政府工作报告\n某区人民政府 2025-01-16 11:40 来源:区融媒体中心\n——2025年1月13日在某区第二届人民代表大会第五次会议上\n"
         "2024\n成绩单\n规上工业增加值\n增长\n7.6%\n固定资产投资\n增长\n4.1%\n社会消费品零售总额\n112.5\n亿元\n增长4.6%\n"
         "2025\n预期目标\n地区生产总值增长5.5%\n规上工业增加值增长7%\n")
PARTS = ("一图读懂2024年某县政府工作报告\n发布时间:2024-01-12 来源:某县人民政府办公室\n——2024年1月9日在某县第十七届人民代表大会第四次会议上\n"
         "2023年主要指标\n地区生产总值\n预计\n245.3亿元\n增长5.6%\n1—11月\n规上工业增加值增长\n9.2%\n1—11月\n固定资产投资增长\n-6.5%\n"
         "一般公共预算收入\n10.45亿元\n增长12.3%\n外贸进出口总额\n148.6亿元\n增长21.4%\n")
MARCH = ("一图读懂|2024年某市政府工作报告\n发布时间:2024-03-20 17:05\n——2024年3月18日在某市第十六届人民代表大会第四次会议上\n"
         "【回眸2023】\n地区生产总值438.6亿元\n【开局良好】\n1—2月\n规上工业增加值增长7.3%\n")


@pytest.mark.parametrize("page,fact", [
    (SPLIT, ("industrial_va_growth", 2024, "year", "actual", 7.6)),
    (SPLIT, ("fixed_investment_growth", 2024, "year", "actual", 4.1)),
    (SPLIT, ("gdp_growth", 2025, "year", "target", 5.5)),
    (SPLIT, ("industrial_va_growth", 2025, "year", "target", 7.0)),
    (PARTS, ("gdp", 2023, "year", "actual", 245.3)),
    (PARTS, ("industrial_va_growth", 2023, "M1-M11", "actual", 9.2)),
    (PARTS, ("fixed_investment_growth", 2023, "M1-M11", "actual", -6.5)),
    (PARTS, ("fiscal_revenue", 2023, "year", "actual", 10.45)),
    (PARTS, ("trade_growth", 2023, "year", "actual", 21.4)),
    (MARCH, ("industrial_va_growth", 2024, "M1-M2", "actual", 7.3)),
])
def test_each_figure_with_its_cards_name_year_and_part(page, fact):
    assert fact in figures(page, FIELDS, meta={"region": "某县"})


@pytest.mark.parametrize("page,wrong", [
    (SPLIT, ("industrial_va_growth", 2024, "year", "actual", 7.0)),
    (PARTS, ("fiscal_revenue", 2023, "M1-M11", "actual", 10.45)),
    (PARTS, ("trade", 2023, "M1-M11", "actual", 148.6)),
    (MARCH, ("industrial_va_growth", 2023, "M1-M2", "actual", 7.3)),
])
def test_no_figure_takes_another_cards_year_or_part(page, wrong):
    assert wrong not in figures(page, FIELDS, meta={"region": "某县"})


def test_a_part_said_once_heads_its_block():
    text = ("某县2024年1—11月主要经济指标\n发布时间:2024-12-18\n1—11月\n规上工业增加值增长9.2%\n固定资产投资增长4.4%\n"
            "社会消费品零售总额增长5.1%\n")
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("retail_sales_growth", 2024, "M1-M11", "actual", 5.1) in got, got


def test_a_year_alone_above_no_heading_stays_apart():
    text = "某县2023年经济运行简况\n发布时间:2024-02-10\n2023\n全县地区生产总值316.2亿元,增长5.0%。\n"
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("gdp", 2023, "year", "actual", 316.2) in got, got
