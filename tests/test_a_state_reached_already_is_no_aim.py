"""Under a plan's aims (纲要提出,到2025年,…), a figure the place has reached already (人均地区生产总值已超过33万元,
已突破, 已经达到) is what is so now, not an aim of the plan's end year; the aims before it stay aims (issue 23, class 2:
kind). Made-up answers in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("新闻发布会  2022-01-12 10:00\n\n记者:“十四五”时期,全区的发展目标是什么?\n\n"
        "区长:区“十四五”规划纲要提出,到2025年,全区地区生产总值达到1.3万亿元左右。")


@pytest.mark.parametrize("said, key, value", [
    ("我们的人均地区生产总值已超过33万元,处于发达经济体水平。", "gdp_per_capita", 33.0),
    ("全区一般公共预算收入已突破500亿元。", "fiscal_revenue", 500.0),
    ("全区社会消费品零售总额已经达到3000亿元。", "retail_sales", 3000.0),
    ("全区城镇居民人均可支配收入已经超过12万元。", "disposable_income_urban", 12.0),
    ("全区居民人均可支配收入已实现10万元。", "disposable_income", 10.0),
], ids=["chaoguo", "tupo", "yijing-dadao", "yijing-chaoguo", "shixian"])
def test_a_state_reached_is_no_aim_of_the_plan(said, key, value):
    got = figures(HEAD + said + "\n", FIELDS, meta={"region": "海淀区"}, charted=True)
    assert not any(k == key and kind == "target" and v == value for k, _, _, kind, v in got), got


def test_the_plans_aim_before_it_stays():
    got = figures(HEAD + "我们的人均地区生产总值已超过33万元。\n", FIELDS, meta={"region": "海淀区"})
    assert ("gdp", 2025, "2021-2025", "target", 13000.0) in got, got
