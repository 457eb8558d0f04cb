"""Headings of an infographic of the half year's progress (上半年落实情况). A heading set between rules (━ 年初目标 ━,
═ 上半年答卷 ═) is a heading as one in 【】 is; a card's heading of the year's aims set so may name no year (年初目标, 全年目标,
年度目标: the item's year; a table's header cell of the same words is none); a heading of a part's results (上半年答卷, 上半年成绩单) ends the aims; a part alone on a line
(一季度) is what follows it. (Issue 23, classes 1 and 3.) Negative: with no headings the figures stay the half's
outcomes, and no aim is made up. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = ("一图读懂 | 汉中市2024年政府工作报告上半年落实情况\n发布时间:2024-07-26\n{aims}\n地区生产总值增长 6.5%左右\n"
        "规上工业增加值增长 8%\n社会消费品零售总额增长 7%\n{review}\n一季度\n地区生产总值 增长5.3%\n上半年\n社会消费品零售总额\n"
        "283.6亿元\n↑ 6.4%\n来源:汉中市人民政府办公室\n")


def read(aims: str, review: str) -> set[tuple]:
    return figures(PAGE.format(aims=aims, review=review), FIELDS, meta={"region": "汉中市"}, charted=True)


@pytest.mark.parametrize("aims, review, fact", [
    ("━ 年初目标 ━", "━ 上半年答卷 ━", ("retail_sales_growth", 2024, "year", "target", 7.0)),
    ("━ 年初目标 ━", "━ 上半年答卷 ━", ("industrial_va_growth", 2024, "year", "target", 8.0)),
    ("━ 年初目标 ━", "━ 上半年答卷 ━", ("retail_sales", 2024, "H1", "actual", 283.6)),
    ("━ 年初目标 ━", "━ 上半年答卷 ━", ("gdp_growth", 2024, "Q1", "actual", 5.3)),
    ("【全年目标】", "【上半年成绩单】", ("retail_sales_growth", 2024, "year", "target", 7.0)),
    ("═ 年度目标 ═", "═ 上半年答卷 ═", ("retail_sales_growth", 2024, "H1", "actual", 6.4)),
])
def test_headings_between_rules_and_without_a_year(aims, review, fact):
    assert fact in read(aims, review)


def test_with_no_headings_no_aim_is_made_up():
    got = read("", "")
    assert not any(k == "target" and v in (7.0, 8.0) for i, y, p, k, v in got), got
