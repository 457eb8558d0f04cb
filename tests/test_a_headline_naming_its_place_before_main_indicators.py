"""A headline that names a part of the year, then its place, then its main indicators (1—10月长安区主要经济指标运行平稳)
names the page's place, as one with the place first (长安区1—10月主要经济指标) already did, also where the story never
calls itself 全区. A headline naming no place (1—10月主要经济指标运行平稳) gives none (issue 22:
places; made-up set iz). Made-up headlines in this file's own wording."""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()


def region_of(title: str) -> str | None:
    text = f"{title}\n固定资产投资总量位居前列\n\n本报讯 今年以来,经济运行总体平稳,投资、消费稳步增长。\n"
    return read_region(text, K.regions, K.gazetteer, None, None).region


@pytest.mark.parametrize("title, place", [
    ("1—10月雁塔区主要经济指标运行平稳", "雁塔区"),
    ("1—10月临潼区主要经济指标保持增长", "临潼区"),
    ("前三季度阎良区主要经济指标稳中有进", "阎良区"),
    ("上半年高陵区主要经济指标好于预期", "高陵区"),
    ("1—5月鄠邑区主要经济指标运行良好", "鄠邑区"),
], ids=["yanta", "lintong", "yanliang", "gaoling", "huyi"])
def test_the_headlines_place(title, place):
    assert region_of(title) == place


def test_a_headline_naming_no_place_gives_none():
    assert region_of("1—10月主要经济指标运行平稳") is None
