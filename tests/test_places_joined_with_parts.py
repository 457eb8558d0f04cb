"""A place named with one of its parts in brackets (平房区(哈经开区), 某县(经济开发区)) before an indicator is the two
together, not the place: a district's report that gives the figures of the district with its development zone, then
the district's own, had the joint figures charted as the district's (issue 23, found on set AK after it was measured
once). Made-up reports of this file's own wording. Negatives: the place's own name, a bracket that names no part
(地区生产总值(GDP)), and the place's own figures later in the same report are read."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = ("2019年某区政府工作报告\n——2019年1月20日在某区第十六届人民代表大会第三次会议上\n各位代表:\n"
          "一、2018年工作回顾\n过去一年,经济保持平稳发展。预计{subject}地区生产总值同比增长6%左右;"
          "一般公共预算收入完成19.6亿元,增长4.6%。\n")


@pytest.mark.parametrize("subject", ["平房区(哈经开区)", "平房区(高新区)", "平房区(经济技术开发区)",
                                     "平房区(含经开区)", "平房区(某某开发区)"])
def test_a_place_with_its_part_in_brackets_is_not_the_place(subject):
    got = figures(REPORT.format(subject=subject), FIELDS, meta={"region": "平房区"})
    assert not {f for f in got if f[0] in ("gdp_growth", "fiscal_revenue", "fiscal_revenue_growth")}


@pytest.mark.parametrize("subject", ["平房区", "全区", "2018年全区", "平房区全年"])
def test_the_place_alone_is_read(subject):
    got = figures(REPORT.format(subject=subject), FIELDS, meta={"region": "平房区"}, charted=True)
    assert ("gdp_growth", 2018, "actual", 6.0) in got
    assert ("fiscal_revenue", 2018, "actual", 19.6) in got


def test_a_bracket_naming_no_part_is_read():
    text = REPORT.format(subject="全区").replace("地区生产总值同比", "地区生产总值(GDP)同比")
    assert ("gdp_growth", 2018, "actual", 6.0) in figures(text, FIELDS, meta={"region": "平房区"}, charted=True)


def test_the_place_own_figures_after_the_joint_ones_are_read():
    text = REPORT.format(subject="平房区(哈经开区)") + "其中,平房区地区生产总值同比增长8%以上,一般公共预算收入完成3.6亿元。\n"
    got = figures(text, FIELDS, meta={"region": "平房区"}, charted=True)
    assert ("gdp_growth", 2018, "actual", 8.0) in got
    assert ("gdp_growth", 2018, "actual", 6.0) not in got
