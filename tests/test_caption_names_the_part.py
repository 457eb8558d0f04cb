"""A caption that closes on the part of the year in brackets (主要指标一览(1—10月)) names the part of what follows it, after a
numbered heading of another part (六、前三季度地区生产总值). Before, the figures under the caption kept the heading's part
and a ten months' summary was charted as the first three quarters' (issue 23, class 1: time). Negatives: the heading's
own figures keep its part. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = ("应城市2017年1—10月经济运行简况\n来源:应城市统计局 发布日期:2017年11月15日\n"
        "一、前三季度地区生产总值\n前三季度全市完成地区生产总值212.6亿元,同比增长8.1%。\n\n")


def read(tail: str) -> set[tuple]:
    return figures(HEAD + tail + "\n", FIELDS, meta={"region": "应城市"}, charted=True)


@pytest.mark.parametrize("caption", [
    "主要指标一览(1—10月)",
    "主要经济指标(1-10月)",
    "全市主要指标完成情况(1—10月)",
    "附:主要指标一览(1—10月)",
    "表 主要经济指标(1-10月)",
])
def test_the_captions_part_holds(caption):
    got = read(caption + "\n规上工业增加值 增长8.4%|固定资产投资 增长16.7%|一般公共预算收入 13.58亿元 增长9.2%")
    assert ("fiscal_revenue", 2017, "M1-M10", "actual", 13.58) in got, got
    assert not any(p == "Q1-Q3" and v in (8.4, 16.7, 13.58, 9.2) for i, y, p, k, v in got), got


def test_the_headings_own_figures_keep_its_part():
    got = read("主要指标一览(1—10月)\n规上工业增加值 增长8.4%")
    assert ("gdp", 2017, "Q1-Q3", "actual", 212.6) in got, got
