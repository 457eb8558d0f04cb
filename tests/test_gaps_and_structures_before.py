"""Two general rules, each with texts written for this test:

1. A number that says by how much an outcome passed or missed its target (超预期目标X亿元, 超出年度目标X个
   百分点, 比目标低X) is a gap: never the target's level nor the outcome's. A gap in percentage points after
   a growth just stated gives the target by subtraction (method `derived`); a gap in any other unit gives none.
2. A structure said to change from one state to another (三次产业结构由上年的a:b:c…调整为d:e:f) is this
   year's only after the word that names the state now (为/到/至, also after 进一步调整优化 or a comma); the
   state before is last year's when said so in one word, and otherwise it is no figure at all.
"""

import pytest

from tests.extracting import figures

META = {"region": "罗湖区", "date": "2024-01-10"}


def charted(text):
    return figures(text, ("indicator", "year", "kind", "value", "method"), META, charted=True)


@pytest.mark.parametrize("text, expected", [
    # a gap in money after the outcome: the outcome only
    ("2022年,全区地方一般公共预算收入52.3亿元,超过预期目标2亿元。",
     {("fiscal_revenue", 2022, "actual", 52.3, "text")}),
    ("2022年,实现地方一般公共预算收入52.3亿元、增长9.1%,超年度预期目标2.05亿元。",
     {("fiscal_revenue", 2022, "actual", 52.3, "text"), ("fiscal_revenue_growth", 2022, "actual", 9.1, "text")}),
    ("2022年,全区地方一般公共预算收入52.3亿元,比目标低1.5亿元。",
     {("fiscal_revenue", 2022, "actual", 52.3, "text")}),
    ("2022年,全区社会消费品零售总额增长6.4%,比目标少0.6%。",
     {("retail_sales_growth", 2022, "actual", 6.4, "text")}),
    # a gap in percentage points after a growth: the target derived from it
    ("2022年,全区地区生产总值增长7.3%,超预期目标0.3个百分点。",
     {("gdp_growth", 2022, "actual", 7.3, "text"), ("gdp_growth", 2022, "target", 7.0, "derived")}),
    ("2022年,全区地区生产总值增长7.3%,超出年度目标0.8个百分点。",
     {("gdp_growth", 2022, "actual", 7.3, "text"), ("gdp_growth", 2022, "target", 6.5, "derived")}),
    # negatives: a target stated as a level stays a target, an outcome beside a plan word stays an outcome
    ("2022年,全区地区生产总值增长7.3%,低于年初预期目标0.7个百分点。",
     {("gdp_growth", 2022, "actual", 7.3, "text"), ("gdp_growth", 2022, "target", 8.0, "derived")}),
    ("2022年,全区地方一般公共预算收入预期目标为50亿元。", {("fiscal_revenue", 2022, "target", 50.0, "text")}),
    ("2022年,全区地区生产总值增长7.3%,完成年度目标。", {("gdp_growth", 2022, "actual", 7.3, "text")}),
])
def test_a_gap_against_a_target_is_never_a_level(text, expected):
    assert charted(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2021年,全县三次产业结构由上年的12.5:40.1:47.4,调整为11.9:39.6:48.5。",
     {("tertiary_share", 2021, "actual", 48.5, "text")}),
    ("2021年,全县三次产业结构由上年的12.5:40.1:47.4进一步调整优化为11.9:39.6:48.5。",
     {("tertiary_share", 2021, "actual", 48.5, "text")}),
    # a state before with no state now: nothing
    ("2021年,全县三次产业结构由上年的12.5:40.1:47.4。", set()),
    # negatives: last year's in one word; a plain structure; 由于 is no "from"
    ("2021年,全县三次产業結構由上年的12.5:40.1:47.4調整為11.9:39.6:48.5。",
     {("tertiary_share", 2021, "actual", 48.5, "text"), ("tertiary_share", 2020, "actual", 47.4, "text")}),
    ("2021年,全县三次产业结构从上年的12.5:40.1:47.4优化为11.9:39.6:48.5。",
     {("tertiary_share", 2021, "actual", 48.5, "text"), ("tertiary_share", 2020, "actual", 47.4, "text")}),
    ("2021年,全县三次产业结构为11.9:39.6:48.5。", {("tertiary_share", 2021, "actual", 48.5, "text")}),
    ("2021年,全县三次产业结构调整为11.9:39.6:48.5,由于服务业较快发展。",
     {("tertiary_share", 2021, "actual", 48.5, "text")}),
])
def test_a_structure_before_is_never_this_years(text, expected):
    assert charted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the three sectors abbreviated (三产) before a ratio of three terms: the third is the tertiary share
    ("2021年,全县三产结构比调整为11.9:39.6:48.5。", {("tertiary_share", 2021, "actual", 48.5, "text")}),
    ("2021年,全县三产结构为8.1:75.2:16.7。", {("tertiary_share", 2021, "actual", 16.7, "text")}),
    ("2021年,全县三產結構比為3.2:47.7:49.1。", {("tertiary_share", 2021, "actual", 49.1, "text")}),
    # negatives: no ratio of three terms after it, or only two terms
    ("2021年,全县三产结构持续优化。", set()),
    ("2021年,全县三产结构比为60:40。", set()),
])
def test_the_three_sectors_abbreviated_before_a_ratio(text, expected):
    assert charted(text) == expected
