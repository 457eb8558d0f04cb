"""A list set apart by 、 whose first name is another level's (全市地区生产总值增长4.1%、规上工业增加值增长6.0%、…) is
that level's all through: before, only the first name was told apart and the rest were charted as ours (issue 22,
item 5; issue 23, class 4). Negatives: our own place named inside the list takes its names back; our own list keeps
every name. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PAGE = "{place}2024年国民经济和社会发展统计公报\n{place}统计局\n2025年3月20日\n{body}\n"


def charted(place: str, body: str) -> set[tuple]:
    return figures(PAGE.format(place=place, body=body), FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("place,body,theirs", [
    ("沐川县", "全市地区生产总值增长4.1%、规上工业增加值增长6.0%、固定资产投资增长3.3%。全县地区生产总值增长5.3%。", {6.0, 3.3}),
    ("罗湖区", "全市一般公共预算收入增长2.1%、社会消费品零售总额增长4.4%;全区地区生产总值增长5.3%。", {4.4}),
    ("西乡县", "全市地区生产总值增长5.0%、固定资产投资增长2.0%。全县地区生产总值增长5.3%。", {2.0}),
    ("浙江省", "全国规模以上工业增加值增长5.8%、社会消费品零售总额增长3.5%。全省地区生产总值增长5.3%。", {3.5}),
    ("望谟县", "全州地区生产总值增长4.6%、一般公共预算收入增长1.2%。全县地区生产总值增长5.3%。", {1.2}),
])
def test_the_whole_list_is_the_level_aboves(place, body, theirs):
    got = charted(place, body)
    assert not any(v in theirs for i, y, k, v in got)
    assert ("gdp_growth", 2024, "actual", 5.3) in got


def test_our_place_named_in_the_list_takes_it_back():
    got = charted("沐川县", "全市地区生产总值增长4.1%、全县规上工业增加值增长8.2%。")
    assert ("industrial_va_growth", 2024, "actual", 8.2) in got


def test_our_own_list_keeps_every_name():
    got = charted("沐川县", "全县地区生产总值增长5.3%、规上工业增加值增长8.2%、固定资产投资增长9.1%。")
    assert {("gdp_growth", 2024, "actual", 5.3), ("industrial_va_growth", 2024, "actual", 8.2),
            ("fixed_investment_growth", 2024, "actual", 9.1)} <= got
