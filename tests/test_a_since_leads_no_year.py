"""A sentence that opens with a year whose clause ends in 以来 (2007年区四届人大一次会议以来,…) speaks of the span from
that year to the report, not of that year: the figures of its paragraph that follow (五年来,地区生产总值从287.4亿元增加到
601.5亿元) are not that year's. On a page whose breaks were lost the two sentences share a paragraph, and the level reached
was charted under the year the span started (issue 23, found by running each development text into one line). Negatives:
a year in a clause of its own still leads, and a since with figures in its clause (为2008年以来最高) is no lead at all.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "铜山区"}
HEAD = "某区政府工作报告\n\n——2012年4月19日在某区第五届人民代表大会第一次会议上\n\n各位代表:\n\n一、本届政府工作回顾\n\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("body,reached", [
    ("2007年区四届人大一次会议以来,面对复杂形势,区政府团结带领全区人民攻坚克难。五年来,地区生产总值从287.4亿元增加到"
     "601.5亿元,年均增长11.3%。\n", ("gdp", 601.5)),
    ("2007年换届以来,我们坚持稳中求进。五年来,全区一般公共预算收入从31.2亿元增加到52.6亿元。\n", ("fiscal_revenue", 52.6)),
    ("2007年本届政府就职以来,全区上下齐心协力。过去五年,社会消费品零售总额由88.8亿元增加到201.9亿元。\n",
     ("retail_sales", 201.9)),
    ("2007年区第四次党代会召开以来,全区发展迈上新台阶。五年来,城镇居民人均可支配收入从16800元增加到32500元。\n",
     ("disposable_income_urban", 3.25)),
    ("2007年新一届政府成立以来,我们砥砺前行。五年来,进出口总额从35.6亿美元增加到68.2亿美元。\n", ("trade", 68.2)),
    ("2008年国际金融危机爆发以来,外部环境复杂多变。这些年,全区地区生产总值由300亿元提高到601.5亿元。\n", ("gdp", 601.5)),
])
def test_the_level_reached_is_not_the_starting_years(body, reached):
    got = read(body)
    start = int(body[:4])
    assert (reached[0], start, reached[1]) not in got and (reached[0], 2011, reached[1]) in got


def test_a_year_in_a_clause_of_its_own_still_leads():
    got = read("2010年,全区上下齐心协力。全区地区生产总值达到520.3亿元。\n")
    assert ("gdp", 2010, 520.3) in got


def test_a_since_with_figures_in_its_clause_changes_nothing():
    got = read("2010年全区地区生产总值增长12%,为2008年以来最高。\n")
    assert ("gdp_growth", 2010, 12.0) in got
