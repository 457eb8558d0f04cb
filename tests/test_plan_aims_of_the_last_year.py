"""A five-year plan's aims named by a chapter's heading (第二章 “十三五”时期发展的主要目标) or by a sentence closing on a
colon (…主要目标是:) with a list below it: a share or a rate aimed at there (比重达到38%以上, 失业率控制在4.5%以内) is the
aim for the plan's last year. Before, the list's aims were filed under the outline's first year (issue 23, class 1: time).
Negatives: an average aimed at stays the span's. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
TITLE = "伊通满族自治县国民经济和社会发展第十三个五年规划纲要\n(2016年2月26日伊通满族自治县第十七届人民代表大会第五次会议通过)\n"


def read(body: str) -> set[tuple]:
    return figures(TITLE + body + "\n", FIELDS, meta={"region": "伊通满族自治县"}, charted=True)


@pytest.mark.parametrize("lead", [
    "第二章 \"十三五\"时期发展的主要目标",
    "第二章 “十三五”时期经济社会发展的主要目标",
    "第三节 \"十三五\"时期主要目标",
    "对照全省的总体要求,综合考虑我县发展基础,“十三五”时期全县经济社会发展的主要目标是:",
    "按照省委、省政府“十三五”时期全省地区生产总值年均增长7%的要求,今后五年全县的主要目标是:",
])
def test_a_list_under_the_plans_aims_is_the_last_years(lead):
    body = (lead + "\n(一)产业结构更趋合理。第三产业增加值占地区生产总值比重达到38%以上。\n"
            "(二)人民生活更加殷实。城镇登记失业率控制在4.5%以内。")
    got = read(body)
    # (filed under the plan's last year, over its span: the chart draws a five-year figure as a star at its end)
    assert {(i, y, k, v) for i, y, p, k, v in got} >= {("tertiary_share", 2020, "target", 38.0),
                                                       ("unemployment_rate", 2020, "target", 4.5)}, got


def test_an_average_aimed_at_stays_the_spans():
    got = read("二、“十三五”时期主要目标\n地区生产总值年均增长7%左右,到2020年达到160亿元。")
    assert ("gdp_growth_avg_5yr", 2020, "2016-2020", "target", 7.0) in got, got
