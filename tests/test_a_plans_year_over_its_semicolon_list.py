"""A five-year plan's list of aims opened by the year they are for and set apart by semicolons (到2025年,地区生产总值
达到500亿元;一般公共预算收入达到30亿元,年均增长6.5%;…): every item is an aim of the plan's span. Before, only the first
item was read; the later ones, whose own words name no year, were dropped (issue 23, class 1: the year from the
sentence, five-year spans). Negatives: a past year opening such a list (到2020年底, in a review) gives outcomes, not
aims; a list with no year at its opening is unchanged. Made-up outlines of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
OUTLINE = "东平县国民经济和社会发展第十四个五年规划纲要\n第二节 主要目标\n到2025年,{s}\n"


def charted(page: str) -> set[tuple]:
    return figures(page, FIELDS, meta={"region": "东平县"}, charted=True)


@pytest.mark.parametrize("items,figure", [
    ("全县地区生产总值达到500亿元;一般公共预算收入达到30亿元。", ("fiscal_revenue", 2025, "2021-2025", "target", 30.0)),
    ("地区生产总值年均增长6%左右;一般公共预算收入年均增长6.5%。",
     ("fiscal_revenue_growth_avg_5yr", 2025, "2021-2025", "target", 6.5)),
    ("地区生产总值达到500亿元;社会消费品零售总额年均增长7%;固定资产投资年均增长8%。",
     ("fixed_investment_growth_avg_5yr", 2025, "2021-2025", "target", 8.0)),
    ("地区生产总值达到500亿元;社会消费品零售总额达到260亿元。", ("retail_sales", 2025, "2021-2025", "target", 260.0)),
    ("一般公共预算收入达到30亿元;地区生产总值突破520亿元,年均增长6%。", ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 6.0)),
])
def test_each_item_is_an_aim_of_the_span(items, figure):
    assert figure in charted(OUTLINE.format(s=items))


def test_a_past_year_opening_the_list_gives_outcomes():
    page = ("东平县2021年政府工作报告\n——2021年1月8日在东平县第十八届人民代表大会第五次会议上\n一、“十三五”时期工作回顾\n"
            "到2020年底,全县地区生产总值达到375.2亿元;一般公共预算收入达到21.6亿元。\n")
    got = charted(page)
    assert not {f for f in got if f[3] == "target"}
    assert ("gdp", 2020, "year", "actual", 375.2) in got


def test_a_list_with_no_year_at_its_opening_is_as_before():
    page = ("东平县2024年政府工作报告\n——2024年1月9日在东平县第十九届人民代表大会第三次会议上\n二、2024年主要预期目标\n"
            "地区生产总值增长6%;一般公共预算收入增长5%。\n")
    got = charted(page)
    assert {("gdp_growth", 2024, "year", "target", 6.0), ("fiscal_revenue_growth", 2024, "year", "target", 5.0)} <= got
