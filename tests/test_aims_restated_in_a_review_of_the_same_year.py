"""In a mid-year report on the year's plan, a sentence of the review that restates the year's aims in full (年初确定的
主要预期目标为:…增长6%,…) does not turn the numbered items after it ((一)…,(二)…) into aims: they go on with the
outcomes of the part of the year under review (issue 23, class 2). Negatives: a work report's aims for the next year,
stated in a sentence before the numbered tasks, still hold in those tasks. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")

MIDYEAR = ("关于某区2024年上半年国民经济和社会发展计划执行情况的报告\n——2024年7月26日在某区人民代表大会常务委员会会议上\n"
           "一、上半年计划执行情况\n今年以来,全区经济运行总体平稳。年初确定的主要预期目标为:地区生产总值增长6%,规上工业增加值增长8%,"
           "固定资产投资增长5%,一般公共预算收入增长5%。\n"
           "(一)经济总量稳步扩大。上半年,全区实现地区生产总值183.4亿元,同比增长6.3%。\n"
           "(二)工业生产较快增长。规模以上工业增加值同比增长8.7%,其中新材料产业增长15.2%。\n"
           "(三)消费市场持续恢复。社会消费品零售总额完成58.9亿元,增长3.6%。\n"
           "(四)外贸有所承压。全区进出口总额21.3亿元,同比下降7.8%。\n"
           "(五)财政收入平稳增长。一般公共预算收入完成9.82亿元,同比增长5.4%。\n")


@pytest.mark.parametrize("fact", [
    ("industrial_va_growth", 2024, "H1", "actual", 8.7),
    ("retail_sales", 2024, "H1", "actual", 58.9),
    ("retail_sales_growth", 2024, "H1", "actual", 3.6),
    ("trade_growth", 2024, "H1", "actual", -7.8),
    ("fiscal_revenue", 2024, "H1", "actual", 9.82),
    ("fiscal_revenue_growth", 2024, "H1", "actual", 5.4),
])
def test_the_items_after_the_restated_aims_are_outcomes(fact):
    assert fact in figures(MIDYEAR, FIELDS, meta={"region": "大渡口区"}, charted=True)


def test_the_restated_aims_stay_aims():
    assert ("gdp_growth", 2024, "year", "target", 6.0) in figures(MIDYEAR, FIELDS, meta={"region": "大渡口区"}, charted=True)


def test_next_years_aims_hold_in_the_tasks_after_them():
    text = ("2021年某区政府工作报告\n——2021年1月29日在某区第七届人民代表大会第一次会议上\n一、2020年工作回顾\n"
            "2020年,全区地区生产总值增长2.1%。\n二、2021年工作安排\n"
            "综合考虑各种因素,确定2021年经济社会发展的主要预期目标是:地区生产总值增长6%,固定资产投资增长10%。重点推进以下工作:\n"
            "(一)稳就业保民生。城镇登记失业率控制在3%以下。\n")
    got = figures(text, FIELDS, meta={"region": "罗湖区"})
    assert ("unemployment_rate", 2021, "year", "target", 3.0) in got, got
