"""A line of nothing but the whole year (预计全年, 全年预计:, 全年) in an item about the months so far: the figures below it
are the whole year's, not the months'. Before, they took the item's part (1—11月) and a December estimate of the year
was charted as the eleven months' outcome (issue 23, class 1: time). Negatives: the months' own figures above keep their
part. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("藤县人民政府门户网站\n首页 > 政务公开 > 规划计划\n图解:藤县2016年国民经济和社会发展计划执行情况与2017年计划(草案)\n"
        "发布时间:2016-12-30 来源:藤县发展和改革局\n——2016年12月27日在藤县第十五届人民代表大会第一次会议上\n"
        "1—11月主要指标\n规模以上工业增加值\n增长8.6%\n")


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n地区生产总值约265亿元,增长7.8%\n", FIELDS, meta={"region": "藤县"})


@pytest.mark.parametrize("line", ["预计全年", "全年预计", "预计全年:", "全年预计:", "全年"])
def test_below_the_line_is_the_whole_years(line):
    got = read(line)
    assert not any(p == "M1-M11" and v in (265.0, 7.8) for i, y, p, k, v in got), got
    assert any(p == "year" and v == 265.0 for i, y, p, k, v in got), got


def test_the_months_own_figures_keep_their_part():
    got = read("预计全年")
    assert ("industrial_va_growth", 2016, "M1-M11", "actual", 8.6) in got, got
