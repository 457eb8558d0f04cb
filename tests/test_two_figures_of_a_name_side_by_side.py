"""An illustrated summary that gives each indicator two figures side by side, the year done and the next year's aim:
a legend says which comes first (上行…下行…, 左为…右为…, a header 2023年完成 | 2024年目标, 去年完成 → 今年目标), or each
group carries its own label (上年实绩:… / 今年目标:…; 2023年 62.85亿元 under a name). Each figure is read with its own
year and kind, not both with one (issue 23). Negatives: a sentence that opens with a year's outcome (2022年全年完成…)
is no card's label; a group with no figure (稳中求进) gives none; a line of two groups with no legend above it is left
alone. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "一图读懂|2024年某县政府工作报告\n发布时间:2024-01-26 10:02 来源:县政府办\n——2024年1月24日在某县第十届人民代表大会第三次会议上\n"

ROWS_UNDER = HEAD + ("【主要指标】\n(每张卡片上行为2023年完成,下行为2024年目标)\n地区生产总值增长\n5.4%\n6.5%左右\n"
                     "规上工业增加值增长\n8.1%\n9%\n城镇登记失业率\n2.7%\n控制在4%以内\n")
ONE_LINE = HEAD + ("一、主要指标:去年完成 → 今年目标\n◆ 地区生产总值:215.6亿元,增长5.1% → 增长6%\n"
                   "◆ 固定资产投资:增长3.3% → 增长7%左右\n◆ 社会消费品零售总额:88.4亿元,增长6.2% → 增长6.5%\n")
BARRED = HEAD + ("(左栏为2023年完成,右栏为2024年预期目标)\n指标 | 2023年完成 | 2024年目标\n"
                 "① 一般公共预算收入 | 12.6亿元,增长4.4% | 增长4%\n② 进出口总额 | 30.2亿元,增长11.5% | 增长8%以上\n")
LABELLED = HEAD + ("◆ 地区生产总值\n  上年实绩:215.6亿元、增长5.1% / 今年目标:增长6%以上\n◆ 规上工业增加值\n"
                   "  上年实绩:增长8.1% / 今年目标:增长9%\n")
YEAR_ROWS = HEAD + ("地区生产总值\n2023年　215.6亿元　增长5.1%\n2024年　增长6%左右\n一般公共预算收入\n2023年　126000万元　增长4.4%\n"
                    "2024年　增长4%\n")
TWICE_NAMED = HEAD + ("本页卡片中上行为2023年完成情况,下行为2024年预期目标。\n卡片1\n地区生产总值 215.6亿元 ↑5.1%\n"
                      "地区生产总值 ↑6%左右\n卡片2\n社零额 88.4亿元 ↑6.2%\n社零额 力争↑6.5%\n")


@pytest.mark.parametrize("page,fact", [
    (ROWS_UNDER, ("gdp_growth", 2023, "actual", 5.4)),
    (ROWS_UNDER, ("gdp_growth", 2024, "target", 6.5)),
    (ROWS_UNDER, ("industrial_va_growth", 2024, "target", 9.0)),
    (ROWS_UNDER, ("unemployment_rate", 2024, "target", 4.0)),
    (ONE_LINE, ("gdp", 2023, "actual", 215.6)),
    (ONE_LINE, ("gdp_growth", 2024, "target", 6.0)),
    (ONE_LINE, ("fixed_investment_growth", 2024, "target", 7.0)),
    (BARRED, ("fiscal_revenue", 2023, "actual", 12.6)),
    (BARRED, ("trade_growth", 2024, "target", 8.0)),
    (LABELLED, ("gdp", 2023, "actual", 215.6)),
    (LABELLED, ("gdp_growth", 2024, "target", 6.0)),
    (LABELLED, ("industrial_va_growth", 2023, "actual", 8.1)),
    (YEAR_ROWS, ("gdp", 2023, "actual", 215.6)),
    (YEAR_ROWS, ("fiscal_revenue", 2023, "actual", 12.6)),
    (YEAR_ROWS, ("fiscal_revenue_growth", 2024, "target", 4.0)),
    (TWICE_NAMED, ("gdp_growth", 2024, "target", 6.0)),
    (TWICE_NAMED, ("retail_sales_growth", 2024, "target", 6.5)),
])
def test_each_figure_has_its_own_year_and_kind(page, fact):
    assert fact in figures(page, FIELDS, meta={"region": "某县"})


@pytest.mark.parametrize("page,wrong", [
    (ROWS_UNDER, ("gdp_growth", 2023, "actual", 6.5)),
    (ONE_LINE, ("gdp_growth", 2023, "actual", 6.0)),
    (LABELLED, ("gdp_growth", 2023, "actual", 6.0)),
    (TWICE_NAMED, ("gdp_growth", 2023, "actual", 6.0)),
])
def test_no_aim_is_read_as_the_year_done(page, wrong):
    assert wrong not in figures(page, FIELDS, meta={"region": "某县"})


def test_a_sentence_opening_with_a_years_outcome_is_read_as_before():
    text = HEAD + "2023年全年完成社会消费品零售总额88.4亿元,比上年增长6.2%。\n"
    assert ("retail_sales", 2023, "actual", 88.4) in figures(text, FIELDS, meta={"region": "某县"})


def test_a_group_with_no_figure_gives_none():
    text = HEAD + "◆ 进出口总额\n  上年实绩:30.2亿元、增长11.5% / 今年目标:稳中求进\n"
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert ("trade", 2023, "actual", 30.2) in got and not any(f[2] == "target" for f in got), got


def test_two_groups_with_no_legend_are_left_as_they_are():
    text = HEAD + "2023年主要指标完成情况\n◆ 地区生产总值 | 215.6亿元 | 增长5.1%\n◆ 固定资产投资 | 98.2亿元 | 增长3.3%\n"
    got = figures(text, FIELDS, meta={"region": "某县"})
    assert not any(f[2] == "target" for f in got), got


def test_a_heading_of_no_figure_ends_aims_a_line_stated():
    text = (HEAD + "2023年实绩与2024年目标(格式:指标——2023年实绩|2024年目标)\n1. 地区生产总值——215.6亿元、增长5.1%|增长6%\n"
            "\n二、几个看点\n① 逐季向好:地区生产总值一季度增长4.2%、上半年增长4.6%。\n")
    got = figures(text, FIELDS + ("period",), meta={"region": "某县"})
    assert ("gdp_growth", 2023, "actual", 4.6, "H1") in got and not any(f[2] == "target" and f[4] != "year" for f in got), got
