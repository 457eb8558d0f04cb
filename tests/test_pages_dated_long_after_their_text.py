"""A page dated two years or more after the last year its text states (a copy posted, or a page re-stamped, long after it
was written) dates no figure whose year the text does not state: such a figure waits in review with that reason (issue 23,
found by a check of every development text against a copy stamped two years after its last stated year: 225 figures were
charted wrong, each given the stamp's year; now 75). Only a year the date gave (the date's own, one relative to it, a
section's) is held; a figure whose year the text states, or derives from one it states (上年), keeps it, and so does an
item whose own address is dated the year of its date. Negatives: a page
dated the year after its last stated year (news of January on last year's figures), a figure of a year the text states,
and a page stating no year at all are read as before. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value", "confidence", "confidence_reason")
NEWS = "某县经济运行情况\n发布时间:{stamp} 来源:本站\n{body}\n"
LATE = "the page is dated"


def read(stamp: str, body: str) -> set[tuple]:
    return figures(NEWS.format(stamp=stamp, body=body), FIELDS, meta={"region": "通城县"})


@pytest.mark.parametrize("stamp, body, indicator", [
    ("2022-05-15", "2019年全县新增市场主体1200户。\n今年一季度,全县地区生产总值增长4.8%。", "gdp_growth"),
    ("2021-02-10", "2018年全县经济运行稳中有进。\n今年全县经济社会发展的主要预期目标是:地区生产总值增长6%左右。", "gdp_growth"),
    ("2022-08-01", "2019年全县经济平稳增长。\n今年上半年,全县地区生产总值增长6.1%,规模以上工业增加值增长7.2%。", "industrial_va_growth"),
    ("2020-10-20", "2017年全县新增就业3000人。\n今年前三季度,全县规模以上工业增加值增长7.2%。", "industrial_va_growth"),
    ("2019-06-20", "2016年全县接待游客100万人次。\n今年1-5月,全县社会消费品零售总额增长9.3%。", "retail_sales_growth"),
])
def test_a_figure_dated_only_by_a_late_stamp_waits(stamp, body, indicator):
    got = [f for f in read(stamp, body) if f[0] == indicator]
    assert got and all(f[5] == "low" and LATE in f[6] for f in got), got


@pytest.mark.parametrize("stamp, body, want", [
    ("2021-01-20", "2020年全县经济平稳增长。全县地区生产总值增长3.1%。", ("gdp_growth", 2020)),   # the year after: as before
    ("2024-07-20", "2019年全县经济平稳增长。2024年上半年,全县地区生产总值增长6.1%。", ("gdp_growth", 2024)),   # its year stated
])
def test_a_figure_of_a_stated_year_or_a_stamp_of_the_year_after_is_not_held(stamp, body, want):
    got = [f for f in read(stamp, body) if (f[0], f[1]) == want]
    assert got and not any(LATE in f[6] for f in got), got


def test_a_page_stating_no_year_is_read_as_before():
    got = read("2022-08-01", "今年上半年,全县地区生产总值增长6.1%。")
    assert not any(LATE in f[6] for f in got)
