"""A text that never speaks of itself (no 全市, 我县) and names two or more units below one place in full (潮安区、饶平县分别入选
…), and names that place at least as often as the unit it names most, may be the parent's digest listing its parts as
well as the part's own: its place is left unknown, not read as the part it names most (issue 22, found on development
set AS: a city's work report digest was filed under one of its counties). Made-up items of this file's own wording.
Negatives: the same item speaking of itself as a county (全县), or naming the parent less often, is the county's."""

import pytest

from tests.extracting import region_of

ITEM = ("政府工作报告摘登\n{a}成为全省首批试点区域,{a}特色产业出口实现零的突破。{b}、{a}分别入选国家级、省级新型城镇化试点。"
        "{p}至沿海城际铁路{p}段开工建设,{p}港区扩建完成。{own}\n地区生产总值增长3.7%,一般公共预算收入增长5.1%。\n")


@pytest.mark.parametrize("a, b, p", [
    ("饶平县", "潮安区", "潮州"),
    ("苍南县", "平阳县", "温州"),
    ("于都县", "兴国县", "赣州"),
    ("奉新县", "靖安县", "宜春"),
    ("休宁县", "祁门县", "黄山"),
])
def test_parts_listed_with_their_parent_as_often_leave_the_place_unknown(a, b, p):
    assert region_of(ITEM.format(a=a, b=b, p=p, own="")) is None


@pytest.mark.parametrize("a, b, p, own", [
    ("饶平县", "潮安区", "潮州", "全县上下齐心协力,全县经济稳中有进。"),
    ("苍南县", "平阳县", "温州", "全县上下齐心协力,全县经济稳中有进。"),
])
def test_a_part_speaking_of_itself_is_its_own(a, b, p, own):
    assert region_of(ITEM.format(a=a, b=b, p=p, own=own)) == a
