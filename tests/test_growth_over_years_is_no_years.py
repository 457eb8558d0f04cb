"""A growth said over a number of years (居民人均可支配收入五年增长42.3%, 三年累计增长20%, 两年来增长9%) is no one year's
growth, and is not read as one. Before, a report's list of the plan's years read it as the year's target or outcome
(issue 23, class 1: five-year spans; found in a copy of a congress item run into one line). Negatives: a growth over the
year with a number of years elsewhere in its sentence is read. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "江苏省"}
HEAD = "江苏省政府工作报告\n——2023年1月15日在江苏省第十四届人民代表大会第一次会议上\n"


def read(item: str) -> set[tuple]:
    return {f[:4] for f in figures(HEAD + item + "\n", FIELDS, meta=META)}


@pytest.mark.parametrize("item,value", [
    ("过去一年,全省地区生产总值增长2.8%,居民人均可支配收入五年增长42.3%。", 42.3),
    ("过去一年,全省地区生产总值增长2.8%,居民人均可支配收入五年来增长42.3%。", 42.3),
    ("过去一年,全省地区生产总值增长2.8%,一般公共预算收入三年累计增长20%。", 20.0),
    ("过去一年,全省地区生产总值增长2.8%,固定资产投资两年增长9.4%。", 9.4),
    ("过去一年,全省地区生产总值增长2.8%,社会消费品零售总额四年提高31%。", 31.0),
    ("过去一年,全省地区生产总值增长2.8%,一般公共预算收入近两年增长12%。", 12.0),
])
def test_a_growth_over_years_is_no_years(item, value):
    got = read(item)
    assert ("gdp_growth", 2022, "actual", 2.8) in got
    assert not {f for f in got if f[3] == value}


def test_a_years_growth_beside_a_count_of_years():
    got = read("过去一年,全省居民人均可支配收入增长5.2%,连续五年跑赢经济增速。")
    assert ("disposable_income_growth", 2022, "actual", 5.2) in got
