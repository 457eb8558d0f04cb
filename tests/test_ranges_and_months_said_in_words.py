"""Figures said in words in a speech: a range of percentages (百分之六至六点五, 百分之七到八) keeps its upper end, and the
months from January (一至十一月, 元月至十月) are that part of the year. Before, the range lost its end (6%至六点五) and the
months were no part, so their figure was taken for the whole year (issue 23, classes 1 and 2; made-up set jl). Negative:
a range of two percentages in words (百分之六到百分之七) is read as before. Made-up speeches in this file's own wording."""

import pytest

from tests.extracting import figures

META = {"region": "天水市"}
HEAD = "在市委经济工作会议上的讲话\n\n市委书记\n2018年12月26日\n\n同志们:\n\n"


@pytest.mark.parametrize("said, low, high", [("百分之六至六点五", 6.0, 6.5), ("百分之七到八", 7.0, 8.0),
                                             ("百分之五点五至六", 5.5, 6.0)])
def test_a_range_in_words_keeps_its_upper_end(said, low, high):
    text = HEAD + "明年主要预期目标建议这样安排:地区生产总值增长" + said + "。\n"
    got = figures(text, ("indicator", "year", "value", "value_high"), meta=META)
    assert ("gdp_growth", 2019, low, high) in got


@pytest.mark.parametrize("months, period", [("一至十一月", "M1-M11"), ("一到五月份", "M1-M5"), ("元月至十月", "M1-M10"),
                                            ("一至二月", "M1-M2")])
def test_the_months_in_words_are_a_part(months, period):
    text = HEAD + "一、今年的经济运行\n\n" + months + ",全市规模以上工业增加值增长9.1%。\n"
    got = figures(text, ("indicator", "year", "period", "value"), meta=META)
    assert ("industrial_va_growth", 2018, period, 9.1) in got


def test_two_percentages_in_words_stay_two():
    text = HEAD + "明年主要预期目标建议这样安排:地区生产总值增长百分之六到百分之七。\n"
    got = figures(text, ("indicator", "value", "value_high"), meta=META)
    assert ("gdp_growth", 6.0, 7.0) in got
