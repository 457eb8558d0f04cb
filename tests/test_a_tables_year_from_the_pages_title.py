"""A table whose title and header name no year, under a heading of no year (一、主要预期目标完成情况), in a page whose
title names one year (某县2019年主要预期目标完成情况): its figures are of that year. Before, the heading left the table with
no year and every cell was dropped (issue 23, class 3: tables; made-up set jm). Negatives: a title naming no year gives
no table its year. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "澄迈县"}
TABLE = ("| 序号 | 指标名称 | 单位 | 年度目标 | 完成情况 | 是否完成 |\n| 1 | 地区生产总值增长 | % | 7.5 | 5.8 | 未完成 |\n"
         "| 2 | 固定资产投资增长 | % | 10 | -11.6 | 未完成 |\n")


@pytest.mark.parametrize("heading", ["一、主要预期目标完成情况", "一、主要指标完成情况", "主要预期目标完成情况",
                                     "一、完成情况", "(一)概况"])
def test_the_titles_year_is_the_tables(heading):
    text = "澄迈县2019年国民经济和社会发展主要预期目标完成情况\n澄迈县发展和改革委员会 2020年1月15日\n\n" + heading + "\n\n" + TABLE
    got = figures(text, FIELDS, meta=META, charted=True)
    assert {("gdp_growth", 2019, "target", 7.5), ("gdp_growth", 2019, "actual", 5.8),
            ("fixed_investment_growth", 2019, "actual", -11.6)} <= got


def test_a_title_of_no_year_gives_none():
    text = "澄迈县主要预期目标完成情况\n澄迈县发展和改革委员会\n\n(一)概况\n\n" + TABLE
    got = figures(text, FIELDS, meta=META)
    assert not any(value == 5.8 for *_, value in got)
