"""A pilot zone a place hosts or governs (综合试验区, 自贸试验区, 国家级综合改革试验区) states figures of its own: a clause it
opens is the zone's, not the place's headline (data/part_scopes.csv), as a development zone's already was. (Issue 22,
item 5: a part of the place.) Negative: the place's own figure after the zone's sentence stays its own. Made-up pages in
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = "栖霞市2019年前三季度经济运行情况\n发布时间:2019-10-29\n{}\n"


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "栖霞市"})


@pytest.mark.parametrize("sentence, value", [
    ("综合试验区前三季度完成一般公共预算收入1.12亿元。", 1.12),
    ("其中,自贸试验区实现地区生产总值312.4亿元。", 312.4),
    ("国家级综合改革试验区完成固定资产投资增长12.1%。", 12.1),
    ("生态文明试验区前三季度完成社会消费品零售总额8.6亿元。", 8.6),
    ("自由贸易试验区片区实现进出口总额45.3亿元。", 45.3),
])
def test_a_pilot_zones_clause_is_the_zones(sentence, value):
    assert not any(v == value for i, y, p, k, v in read(PAGE.format(sentence)))


def test_the_places_own_figure_after_it_stays():
    got = read(PAGE.format("综合试验区完成一般公共预算收入1.12亿元。前三季度,全市一般公共预算收入18.36亿元。"))
    assert ("fiscal_revenue", 2019, "Q1-Q3", "actual", 18.36) in got, got
