"""Three general rules, each with texts written for this test:

1. A bureau that verifies figures (经X市统计局核定, …) for a unit below it that its sentence then names,
   and the level above named as the leadership (在X市人民政府的坚强领导下), are not the issuer: the
   text is the unit's, read from how often it is named. A city's own bulletin or news stays the city's.
2. A figure of a title or headline line (a line of a few words, no sentence) that the body states again
   is the body's figure with the body's period, never a full year of its own.
3. A part of the place opening a clause as its subject (经开区, 高新区, 产业园 …: data/part_scopes.csv
   `subject`) owns the figures of that sentence, until the sentence ends or a clause names the whole
   (全县) again; a unit of the gazetteer named so (浦东新区) is a place, not a part.
"""

import pytest

from etl.extract.region import read_region
from tests.extracting import K, figures

FILLER = "各项工作稳步推进。" * 5


def region_of(text: str) -> str | None:
    return read_region(text, K.regions, K.gazetteer).region


@pytest.mark.parametrize("text, region", [
    ("广汉经济半年报出炉\n日前,经德阳市统计局核定,广汉市上半年经济数据正式出炉。广汉市地区生产总值增长8%。"
     "在德阳市委、市政府的坚强领导下,广汉市稳中有进。" + FILLER, "广汉市"),
    ("邓州前三季度经济运行\n经南阳市统计局核算,邓州市前三季度经济平稳。邓州市工业增长,邓州市消费回暖。" + FILLER,
     "邓州市"),
    ("瑞金经济稳中有进\n今年以来,在赣州市人民政府的坚强领导下,瑞金市经济稳中有进,瑞金市工业增长,瑞金市消费回暖。"
     + FILLER, "瑞金市"),
    # negatives: a city's own bulletin, and its own news verified by its own bureau, stay the city's
    ("德阳市统计局\n2022年德阳市国民经济和社会发展统计公报\n全市地区生产总值增长6%。" + FILLER, "德阳市"),
    ("德阳经济半年报\n经德阳市统计局核定,德阳市上半年经济数据出炉。全市地区生产总值增长6%,德阳市工业增长。" + FILLER,
     "德阳市"),
    ("南阳经济运行\n经南阳市统计局核算,全市前三季度经济平稳。南阳市工业增长,南阳市消费回暖。" + FILLER, "南阳市"),
])
def test_a_verifying_bureau_or_the_leadership_above_is_not_the_issuer(text, region):
    assert region_of(text) == region


META = {"region": "罗湖区", "date": "2021-08-09"}


def read(text: str, meta: dict = META) -> set:
    """Every figure read, whatever its confidence."""
    return figures(text, ("indicator", "year", "period", "kind", "value"), meta)


HALF = "\n上半年,全区地区生产总值实现88.5亿元,可比增长6%。\n"


@pytest.mark.parametrize("text, never", [
    ("GDP实现88.5亿元 本区经济半年报出炉" + HALF, ("gdp", 2021, "year", "actual", 88.5)),
    ("本区经济半年报出炉" + HALF + "(转载)GDP实现88.5亿元!本区经济半年报出炉\n",
     ("gdp", 2021, "year", "actual", 88.5)),
    ("地区生产总值达88.5亿元——本区经济半年报" + HALF, ("gdp", 2021, "year", "actual", 88.5)),
])
def test_a_headline_figure_the_body_restates_is_the_bodys(text, never):
    got = read(text)
    assert never not in got and ("gdp", 2021, "H1", "actual", 88.5) in got


@pytest.mark.parametrize("text, expected", [
    # negatives: the body's own figure stays; a first line that is a sentence is no headline
    ("本区经济半年报出炉" + HALF, ("gdp", 2021, "H1", "actual", 88.5)),
    ("上半年,全区地区生产总值实现88.5亿元,可比增长6%。\n本区经济稳中有进。", ("gdp", 2021, "H1", "actual", 88.5)),
])
def test_a_body_figure_is_kept(text, expected):
    assert expected in read(text)


COUNTY = {"region": "湘潭县", "date": "2023-01-10"}
REVIEW = "一、2022年工作回顾\n"


@pytest.mark.parametrize("text, expected", [
    (REVIEW + "天易经开区实现技工贸总收入900亿元;完成地区生产总值300亿元;固定资产投资120亿元,增长9%。", set()),
    (REVIEW + "2022年,某某高新区完成地区生产总值120亿元,增长7%。", set()),
    (REVIEW + "湘潭天易食品产业园实现地区生产总值40亿元,增长12%;进出口总额3亿元。", set()),
    # negatives: the county's figures before 其中 and after a clause naming the whole, the next sentence
    (REVIEW + "全县完成地区生产总值595亿元,增长5.5%,其中经开区完成地区生产总值430亿元。",
     {("gdp", 2022, "year", "actual", 595.0), ("gdp_growth", 2022, "year", "actual", 5.5)}),
    (REVIEW + "经开区实现技工贸总收入900亿元;全县完成地区生产总值595亿元。", {("gdp", 2022, "year", "actual", 595.0)}),
    (REVIEW + "高新区完成地区生产总值120亿元。全县地区生产总值增长6%。",
     {("gdp_growth", 2022, "year", "actual", 6.0)}),
])
def test_a_zone_opening_a_sentence_owns_its_figures(text, expected):
    assert read(text, COUNTY) == expected


def test_a_unit_of_the_gazetteer_named_as_a_new_area_is_a_place_not_a_part():
    text = REVIEW + "浦东新区完成地区生产总值1.6万亿元,增长4%。"
    assert ("gdp_growth", 2022, "year", "actual", 4.0) in read(text, {"region": "浦东新区", "date": "2023-01-10"})
