"""A year said to be a moment of a five-year plan (今年是“十四五”开局之年, 2017年是实施“十三五”规划的重要一年), or a plan's
aim to its last year quoted (《纲要》确定的到2020年…的目标), before the aims of that one year (全州经济社会发展的主要预期
目标是:…; 建议2017年全县主要预期指标安排如下:…): the aims are the year's. Before, the plan's span swallowed them: the
growth aims were lost and a level aim was charted as the plan's (issue 23, class 1: time). Negatives: aims headed by
the plan itself (“十四五”时期主要目标是:…) stay the plan's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def news(date: str, line: str, region: str = "延边朝鲜族自治州") -> set[tuple]:
    text = f"延边州十五届人大五次会议开幕\n{date} 来源:延边日报\n{line}\n"
    return figures(text, FIELDS, meta={"region": region}, charted=True)


AIMS = "地区生产总值增长6.5%左右;固定资产投资增长8%以上;城镇登记失业率控制在4.5%以内。"


@pytest.mark.parametrize("lead", [
    "报告提出,今年是“十四五”开局之年,全州经济社会发展的主要预期目标是:",
    "报告指出,2021年是“十四五”规划的开局之年,全州主要预期目标是:",
    "今年是实施“十四五”规划的第一年,报告提出全州经济社会发展的主要预期目标为:",
    "报告说,今年是“十四五”开局之年,全州的主要预期目标是:",
    "会议提出,今年为“十四五”开局之年,全州经济社会发展的主要预期目标是:",
    "报告强调,今年是“十四五”的开局之年,全州经济社会发展主要预期目标为:",
])
def test_the_aims_are_the_years(lead):
    got = news("2021-01-13", lead + AIMS)
    assert {("gdp_growth", 2021, "year", "target", 6.5), ("fixed_investment_growth", 2021, "year", "target", 8.0),
            ("unemployment_rate", 2021, "year", "target", 4.5)} <= got, got


@pytest.mark.parametrize("quoted,aims", [
    ("根据规划纲要确定的到2020年地区生产总值达到1200亿元的目标,", "建议2017年全县主要预期指标安排如下:"),
    ("按照到2020年地区生产总值达到1200亿元的规划目标,", "2017年全县经济社会发展主要预期目标为:"),
    ("对照纲要提出的到2020年实现地区生产总值1200亿元的目标,", "建议2017年主要预期目标是:"),
    ("围绕到2020年地区生产总值达到1200亿元的奋斗目标,", "2017年全县主要预期指标安排如下:"),
    ("根据纲要确定的到2020年全县生产总值达到1200亿元的目标,", "建议今年全县主要预期目标安排为:"),
])
def test_a_plans_aim_quoted_before_the_years_aims(quoted, aims):
    text = ("关于邹平县2016年计划执行情况与2017年计划草案的报告\n——2017年1月10日在邹平县第十七届人民代表大会第五次会议上\n"
            f"{quoted}{aims}地区生产总值增长7.5%左右,城镇登记失业率控制在3.5%以内。\n")
    got = figures(text, FIELDS, meta={"region": "邹平县"}, charted=True)
    assert ("unemployment_rate", 2017, "year", "target", 3.5) in got, got
    assert not any(p == "2016-2020" and v == 3.5 for i, y, p, k, v in got)


def test_the_plans_own_aims_stay_the_plans():
    got = news("2021-01-13", "报告提出,“十四五”时期主要目标是:地区生产总值年均增长6%左右。")
    assert ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 6.0) in got
