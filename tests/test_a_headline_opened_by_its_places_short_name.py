"""A news headline that opens with its place's short name set off (雁塔:前三季度经济运行稳中向好, 【长武】全县经济运行平稳),
and a title naming its place after the year before 经济运行 (2023年淳化县经济运行简况), give the place, also for places
outside data/regions.csv (issue 22, found by writing county and district news headlines in common shapes: each got
region unknown). Negatives: a word set off that is no unit's short name (记者:, 两会:) and a short name several units
share (城关:) give none. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = "\n\n2023年,全县地区生产总值增长5.1%,一般公共预算收入增长6%。\n"


@pytest.mark.parametrize("title,place", [
    ("雁塔:前三季度经济运行稳中向好", "雁塔区"),
    ("【长武】全县经济运行平稳", "长武县"),
    ("淳化:一季度主要经济指标实现开门红", "淳化县"),
    ("【彬州】重点项目建设提速", "彬州市"),
    ("2023年淳化县经济运行简况", "淳化县"),
])
def test_a_headlines_short_name_gives_its_place(title, place):
    assert (region_of(title + BODY) or "").endswith(place)


@pytest.mark.parametrize("title", ["记者:全县经济运行平稳", "两会:代表热议发展目标", "城关:经济运行平稳"])
def test_a_word_that_is_no_single_units_short_name_gives_none(title):
    assert region_of(title + BODY) is None


@pytest.mark.parametrize("title,place", [
    ("专访雁塔区区长:稳中求进 奋力争先", "雁塔区"),
    ("专访长武县县长:抓项目促发展", "长武县"),
    ("对话淳化县县长:做强特色产业", "淳化县"),
    ("彬州市市长:今年生产总值增长6%左右", "彬州市"),
    ("临潼区区长:一季度经济开局良好", "临潼区"),
])
def test_an_interview_with_the_places_head_gives_the_place(title, place):
    """(专访X区区长:…: the head of the place speaks of it.)"""
    assert (region_of(title + BODY) or "").endswith(place)
