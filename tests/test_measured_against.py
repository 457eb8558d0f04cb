"""An outcome measured against its target, with the target in brackets (增长8%,高于预期目标(增长6%)), and a
growth measured against a base year two or more years back (较2016年增长30.7%): issue 23's classes 2 and 4,
in made-up sentences of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value", "value_high")
LEAD = "2022年主要指标完成情况\n2022年,"


@pytest.mark.parametrize("clause, outcome, target", [
    ("地区生产总值增长7.2%,高于预期目标(增长6.5%)。", 7.2, 6.5),
    ("固定资产投资增长9%,超过年度目标(增长8%左右)。", 9.0, 8.0),
    ("社会消费品零售总额增长5.5%,低于计划目标(增长7%)。", 5.5, 7.0),
    ("规模以上工业增加值增长6.1%,完成年初预期目标(为6%)。", 6.1, 6.0),
    ("一般公共预算收入增长4.4%,高于预期目标(增长3%以上)。", 4.4, 3.0),
])
def test_the_number_in_brackets_after_the_target_is_the_target(clause, outcome, target):
    found = {(f[3], f[4]) for f in figures(LEAD + clause, FIELDS) if f[1] == 2022}
    assert ("actual", outcome) in found and ("target", target) in found
    assert ("target", outcome) not in found and ("actual", target) not in found


def test_a_range_measured_against_its_target_is_an_outcome():
    found = figures(LEAD + "地区生产总值增长6.5%—7%,高于预期目标(增长6%左右)。", FIELDS)
    assert ("gdp_growth", 2022, "year", "actual", 6.5, 7.0) in found
    assert ("gdp_growth", 2022, "year", "target", 6.0, None) in found


@pytest.mark.parametrize("text", [
    "2022年目标:地区生产总值增长6%—6.5%。",            # a range with no target measured against: a plan
    "2023年主要预期目标是:地区生产总值增长6.5%—7%,固定资产投资增长8%。",
])
def test_a_range_alone_is_still_a_target(text):
    assert any(f[3] == "target" and f[5] is not None for f in figures(text, FIELDS))


@pytest.mark.parametrize("text", [
    "2021年,全县地区生产总值较2016年增长31.2%。",
    "2021年全县地区生产总值达到320亿元,与2016年相比增长31.2%。",
    "2021年,全县地区生产总值、一般公共预算收入较2016年分别增长31.2%、40.5%。",
])
def test_growth_since_five_years_back_is_the_five_year_cumulative(text):
    found = figures(text, FIELDS)
    assert ("gdp_growth_cumulative_5yr", 2021, "2017-2021", "actual", 31.2, None) in found
    assert not any(f[0] == "gdp_growth" and f[4] == 31.2 for f in found)
    assert not any(f[4] == 40.5 and f[2] == "year" for f in found)      # no annual figure of it, charted or not


@pytest.mark.parametrize("text", [
    "2021年全县地区生产总值比2019年增长10.4%。",      # two years back: no catalogue figure, not read
    "2021年全县一般公共预算收入较2018年增长12%。",
])
def test_growth_since_another_base_year_is_not_read_as_the_years(text):
    assert not any(f[2] == "year" for f in figures(text, FIELDS) if f[0].endswith("growth"))


@pytest.mark.parametrize("text, value", [
    ("2021年全县地区生产总值比上年增长7.5%。", 7.5),
    ("2021年全县地区生产总值比2020年增长7.5%。", 7.5),
    ("2021年全县地区生产总值增长7.5%,比2020年提高2个百分点。", 7.5),
])
def test_growth_on_the_year_before_is_the_years(text, value):
    assert ("gdp_growth", 2021, "year", "actual", value, None) in figures(text, FIELDS)
