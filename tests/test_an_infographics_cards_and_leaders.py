"""Shapes of an infographic of a work report (一图读懂, 图解) once its images' words are text. A table written one cell to a
line whose empty cells are a double dash (——) goes on past them. Leader dots join a name to its figure (地区生产总值………368.9
亿元). A card's heading sets its year apart with a middle dot or a bar (2019年 · 奋斗目标, 2018年 | 成绩单, 2017年 · 主要指标)
or looks ahead to a year (展望2024). A card's growth line says its arrow and its word both (▲ 增长6.4%), and an arrow stands
for the growth after a level on its line (7.86亿元  ↑11.4%). A name alone above a value (地区生产总值增长 / 6.5%) is no
card of a value above its name; a run of values above their names goes on past a value with its arrow after it (12.6% ↑)
or a range (8%—8.5%), under headings with no year word (▌2021 · 答卷, ▌2022 · 目标). (Issue 23, class 3: tables and
cards.) Negative: an ellipsis in prose stays. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region}, charted=True)


SHEET = ("一图读懂 2025年寿宁县政府工作报告\n2025-01-10 09:12 来源:寿宁县人民政府办公室\n主要经济指标完成情况及2025年预期目标\n"
         "指标\n2024年完成\n2025年目标\n地区生产总值(亿元)\n186.5\n——\n{}\n")


@pytest.mark.parametrize("rows, key, year, kind, value", [
    ("地区生产总值增速\n6.8%\n6.5%左右", "gdp_growth", 2024, "actual", 6.8),
    ("地区生产总值增速\n6.8%\n6.5%左右", "gdp_growth", 2025, "target", 6.5),
    ("一般公共预算收入(亿元)\n9.12\n9.6", "fiscal_revenue", 2025, "target", 9.6),
    ("固定资产投资增长\n9.3%\n8%", "fixed_investment_growth", 2024, "actual", 9.3),
    ("进出口总额(亿元)\n12.7\n——\n进出口总额增长\n-3.2%\n3%", "trade_growth", 2024, "actual", -3.2),
])
def test_a_cell_sheet_goes_on_past_a_double_dash(rows, key, year, kind, value):
    assert (key, year, "year", kind, value) in read(SHEET.format(rows), "寿宁县")


CARDS = "一图读懂|沂源县2019年政府工作报告\n发布日期:2019-03-05\n{}\n来源:沂源县人民政府办公室\n"


@pytest.mark.parametrize("lines, key, year, kind, value", [
    ("【2018年成绩单】\n一般公共预算收入……………22.35亿元\n　　增长…………………………7.6%", "fiscal_revenue_growth", 2018, "actual", 7.6),
    ("【2018年成绩单】\n地区生产总值……………368.9亿元\n　　同比增长………………6.2%", "gdp_growth", 2018, "actual", 6.2),
    ("【2018年成绩单】\n进出口总额……………46.8亿元\n　　增长……………12.7%", "trade_growth", 2018, "actual", 12.7),
    ("【2018年成绩单】\n社会消费品零售总额………157.3亿元\n　　增长…………9.1%", "retail_sales_growth", 2018, "actual", 9.1),
    ("【2018年成绩单】\n一般公共预算收入··········22.35亿元\n　　增长··········7.6%", "fiscal_revenue_growth", 2018, "actual", 7.6),
])
def test_leader_dots_join_a_name_to_its_figure(lines, key, year, kind, value):
    assert (key, year, "year", kind, value) in read(CARDS.format(lines), "沂源县")


INFO = "图解:2018年涉县政府工作报告\n涉县人民政府 2018年2月6日\n{}\n来源:涉县人民政府办公室\n"


@pytest.mark.parametrize("lines, key, year, kind, value", [
    ("2017年 · 主要指标\n地区生产总值 131.4亿元", "gdp", 2017, "actual", 131.4),
    ("2017年 · 主要指标\n一般公共预算收入 7.86亿元 ↑11.4%", "fiscal_revenue_growth", 2017, "actual", 11.4),
    ("2017年 · 主要指标\n社会消费品零售总额 58.9亿元 ↑10.9%", "retail_sales_growth", 2017, "actual", 10.9),
    ("回顾2017\n地区生产总值\n131.4亿元\n▲ 增长7.1%", "gdp_growth", 2017, "actual", 7.1),
    ("回顾2017\n一般公共预算收入\n7.86亿元\n▲ 同比增长11.4%", "fiscal_revenue_growth", 2017, "actual", 11.4),
    ("展望2018\n地区生产总值\n增长7%左右", "gdp_growth", 2018, "target", 7.0),
])
def test_card_headings_and_arrows(lines, key, year, kind, value):
    assert (key, year, "year", kind, value) in read(INFO.format(lines), "涉县")


def test_a_name_above_its_value_stays_name_first():
    text = ("一图读懂丨2023年北票市政府工作报告\n发布时间:2023-01-09\n2023年主要预期目标\n指标\n目标\n地区生产总值增长\n6.5%\n"
            "一般公共预算收入增长\n5%\n固定资产投资增长\n10%\n社会消费品零售总额增长\n6%\n")
    got = read(text, "北票市")
    assert {("gdp_growth", 2023, "year", "target", 6.5), ("fiscal_revenue_growth", 2023, "year", "target", 5.0),
            ("retail_sales_growth", 2023, "year", "target", 6.0)} <= got, got


def test_an_ellipsis_in_prose_stays():
    text = "涉县2018年政府工作报告\n——2018年1月8日在涉县人民代表大会上\n一、2017年工作回顾\n全县地区生产总值增长7.1%……各项事业全面进步。\n"
    assert ("gdp_growth", 2017, "year", "actual", 7.1) in read(text, "涉县")


VALUES_FIRST = ("一图读懂 | 万载县2022年政府工作报告\n发布时间:2022-01-14\n▌2021 · 答卷\n286.4亿元\n地区生产总值\n12.6% ↑\n"
                "一般公共预算收入增长\n11.4%\n固定资产投资增长\n▌2022 · 目标\n8%—8.5%\n地区生产总值增长\n8%\n一般公共预算收入增长\n"
                "12%\n固定资产投资增长\n来源:万载县人民政府办公室\n")


@pytest.mark.parametrize("key, year, kind, value", [
    ("gdp", 2021, "actual", 286.4),
    ("fiscal_revenue_growth", 2021, "actual", 12.6),
    ("fixed_investment_growth", 2021, "actual", 11.4),
    ("gdp_growth", 2022, "target", 8.0),
    ("fiscal_revenue_growth", 2022, "target", 8.0),
    ("fixed_investment_growth", 2022, "target", 12.0),
])
def test_cards_of_values_over_names_under_year_headings_with_no_year_word(key, year, kind, value):
    assert (key, year, "year", kind, value) in read(VALUES_FIRST, "万载县")
