"""A five-year plan's outline (某县国民经济和社会发展第十四个五年规划纲要) is read as adopted early in its plan's first
year, dated or not: what it sets 到2025年 or 年均 are the plan's targets, what it reviews of the plan before are outcomes.
The base a change starts from (由2020年的1002.3亿元增加到…) is that year's outcome, in a plan's aims too, and no figure of
a plan's years so far (“十三五”以来,…由1203.4亿元增加到…, in an item of 2019) is an aim of the plan (issue 23, class 1:
five-year plans beside annual ones; found by writing an outline's common sentences: an undated outline read nothing,
and a base was charted as a target). Negatives: an account of a plan (中期评估) is no outline; an outline's review of the
plan before gives outcomes. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "遂昌县"}
TITLE = "遂昌县国民经济和社会发展第十四个五年规划纲要"


def charted(page: str) -> set[tuple]:
    return figures(page, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("title,sentence,want", [
    (TITLE, "到2025年,全县地区生产总值达到1500亿元,年均增长8%。", ("gdp", 2025, "2021-2025", "target", 1500.0)),
    (TITLE, "到2025年,全县地区生产总值达到1500亿元,年均增长8%。", ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 8.0)),
    ("遂昌县国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "到2025年,一般公共预算收入达到30亿元。",
     ("fiscal_revenue", 2025, "2021-2025", "target", 30.0)),
    ("遂昌县“十三五”规划纲要", "到2020年,全县社会消费品零售总额达到120亿元。", ("retail_sales", 2020, "2016-2020", "target", 120.0)),
    (TITLE, "二、主要目标\n到2025年,全县地区生产总值由2020年的1002.3亿元增加到1500亿元。", ("gdp", 2020, "year", "actual", 1002.3)),
])
def test_an_outlines_aims_and_bases(title, sentence, want):
    assert want in charted(f"{title}\n{sentence}\n")


@pytest.mark.parametrize("date,sentence,base", [
    ("2019-09-01", "“十三五”以来,全县固定资产投资由1203.4亿元增加到1688.6亿元。", 1203.4),
    ("2023-08-01", "“十四五”以来,全县社会消费品零售总额由320.55亿元增加到401.2亿元。", 320.55),
    ("2015-06-15", "“十二五”以来,全县地区生产总值由106.96亿元增加到188.06亿元。", 106.96),
])
def test_a_plans_years_so_far_give_no_aim(date, sentence, base):
    page = f"遂昌县发展成就回眸\n{date} 10:00 来源:某某网\n{sentence}\n"
    got = charted(page)
    assert not {f for f in got if f[3] == "target"}
    assert any(f[4] == base and f[3] == "actual" for f in got)


def test_an_outlines_review_of_the_plan_before_gives_outcomes():
    got = charted(f"{TITLE}\n一、“十三五”时期发展成就\n“十三五”时期,全县地区生产总值年均增长7.5%。\n")
    assert ("gdp_growth_avg_5yr", 2020, "2016-2020", "actual", 7.5) in got


def test_an_account_of_a_plan_is_no_outline():
    page = "遂昌县第十四个五年规划纲要实施中期评估报告\n到2025年,全县地区生产总值达到1500亿元。\n"
    assert ("gdp", 2025, "2021-2025", "target", 1500.0) not in charted(page)
