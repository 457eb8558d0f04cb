"""Departments' yearly summaries. A list of figures after a part of the year (1—11月,规上工业增加值下降0.8%,降幅较1—10月
收窄…;固定资产投资增长5.3%;…) keeps that part for every item: a part the first item is only compared with (较1—10月) does
not end it. An outline's vision year (二〇三五年远景目标) is no year an undated item sets aims for. And in an undated item,
aims proposed in a paragraph that opened with its year (2021年是“十四五”开局之年。建议主要预期目标为:…) are that year's.
Before, the later items were charted as the whole year's, and the aims as 2035's (issue 23, class 2: time). Negative: a
dated plan's aims keep its own year. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
SUMMARY = "昆山市统计局2022年工作总结\n发布时间:2023-01-12 来源:昆山市统计局\n一、全市经济运行情况\n"


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "太仓市"}, charted=True)


@pytest.mark.parametrize("first", [
    "分指标看:1—11月,全市规模以上工业增加值同比下降0.8%,降幅较1—10月收窄1.1个百分点",
    "从主要指标看:1—11月,全市规模以上工业增加值同比下降0.8%,降幅比1—10月收窄1.1个百分点",
    "具体来看,1—11月,全市规模以上工业增加值同比下降0.8%,降幅较1—10月收窄1.1个百分点",
    "分项看:1—11月,全市规模以上工业增加值同比下降0.8%,较1—10月回升1.1个百分点",
    "主要指标方面,1—11月,全市规模以上工业增加值同比下降0.8%,降幅较1—10月收窄1.1个百分点",
])
def test_items_after_a_part_compared_with_another_keep_it(first):
    got = read(SUMMARY + first + ";固定资产投资增长5.3%;社会消费品零售总额497.6亿元,下降3.4%。\n")
    assert {("fixed_investment_growth", 2022, "M1-M11", "actual", 5.3),
            ("retail_sales_growth", 2022, "M1-M11", "actual", -3.4)} <= got, got


PLAN = ("金山区发展和改革委员会2020年工作总结和2021年工作计划\n"
        "一、2020年主要工作情况\n完成《金山区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制。\n"
        "二、2021年工作计划\n")


@pytest.mark.parametrize("paragraph", [
    "2021年是“十四五”开局之年。综合考虑各方面因素,建议全区主要预期目标为:地区生产总值增长7%左右;固定资产投资增长8%。",
    "2021年是“十四五”规划的开局之年。建议全区主要预期目标为:地区生产总值增长7%左右;固定资产投资增长8%。",
    "2021年是建党一百周年。全区主要预期目标为:地区生产总值增长7%左右;固定资产投资增长8%。",
    "2021年是实施新规划的第一年。主要预期目标建议为:地区生产总值增长7%左右;固定资产投资增长8%。",
    "2021年是极为关键的一年。建议全区主要预期目标是:地区生产总值增长7%左右;固定资产投资增长8%。",
])
def test_an_undated_items_aims_are_its_paragraphs_year(paragraph):
    got = read(PLAN + paragraph + "\n")
    assert ("fixed_investment_growth", 2021, "year", "target", 8.0) in got, got
    assert not any(y == 2035 for i, y, p, k, v in got), got


def test_a_dated_plans_aims_keep_its_year():
    text = ("关于金山区2021年国民经济和社会发展计划的报告\n——2021年1月12日在金山区第五届人民代表大会第六次会议上\n"
            "2020年是极不平凡的一年。建议全区主要预期目标为:地区生产总值增长7%左右;固定资产投资增长8%。\n")
    assert ("fixed_investment_growth", 2021, "year", "target", 8.0) in read(text)
