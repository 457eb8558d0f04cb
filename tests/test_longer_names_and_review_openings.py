"""Three general rules, each with texts written for this test:

1. An autonomous unit is also called by a place name of three characters or more and its kind
   (黔西南州, 西双版纳州, 张家川县) when the characters after that place name are a people's name that
   stands second in some unit's name; a shorter or longer reading that is no such place names nothing.
2. A unit's full name that is also an ordinary word (城区: the town area, 郊区: the outskirts;
   data/ordinary_place_words.csv) is never counted as a mention of a place.
3. An outcome in an item of January-March with no year near it is last year's, and charted, when the
   item has said before it that it reviews the year just past (一年来, 过去的一年); without such words
   before it, or for a target, it stays in review.
"""

import pytest

from tests.extracting import K, figures, region_of

G = K.gazetteer
FILLER = "各项工作稳步推进。" * 5


@pytest.mark.parametrize("name, unit", [
    ("黔西南州", "黔西南布依族苗族自治州"),
    ("西双版纳州", "西双版纳傣族自治州"),
    ("张家川县", "张家川回族自治县"),
    ("海西州", "海西蒙古族藏族自治州"),     # two characters: as before
    ("海西蒙州", None),                     # a reading into the peoples' names is no name
    ("湘西土州", None),
])
def test_an_autonomous_unit_is_named_by_its_longer_place_name(name, unit):
    assert [u.name for u in G.named(name)] == ([unit] if unit else [])


@pytest.mark.parametrize("text, region", [
    ("(2024年1月8日在黔西南州第五届人民代表大会第三次会议上)\n黔西南州发展和改革委员会\n各位代表:\n" + FILLER,
     "黔西南布依族苗族自治州"),
    ("——2023年1月5日在张家川县第十八届人民代表大会第二次会议上\n各位代表:\n" + FILLER, "张家川回族自治县"),
    # no place named at all: unknown
    ("(2024年1月8日在第五届人民代表大会第三次会议上)\n各位代表:\n" + FILLER, None),
])
def test_an_issuer_line_with_the_longer_place_name_places_the_text(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("text, counted", [
    ("城区面貌焕然一新,郊区道路全面贯通,城区绿化率提高。", {}),
    ("江宁区城区改造加快,江宁区郊区农业提质。", {"江宁区": 2}),
    ("主城区和中心城区人口增加。", {}),
])
def test_a_full_name_that_is_an_ordinary_word_is_no_mention(text, counted):
    assert G.mentions(text) == counted


@pytest.mark.parametrize("text, region", [
    # the district named twice and its city once; the town area five times is no other place
    ("一年来,城区建设加快,城区更新提速,城区环境改善,城区交通畅通,城区治理精细。江宁区经济稳步增长,江宁区民生持续改善,"
     "南京市下达的任务全面完成。" + FILLER, "江宁区"),
    # only the town area: no place
    ("一年来,城区建设加快,城区更新提速,城区环境改善,城区交通畅通,城区治理精细。" + FILLER, None),
])
def test_the_town_area_does_not_outvote_the_place(text, region):
    assert region_of(text) == region


SPRING = {"region": "罗湖区", "date": "2024-02-20"}


def gdp_figures(text: str, meta: dict = SPRING) -> set:
    return {f for f in figures(text, ("indicator", "year", "kind", "value", "confidence"), meta, name="spring.txt")
            if f[0] == "gdp"}


@pytest.mark.parametrize("text, confidence", [
    ("一年来,我们攻坚克难、真抓实干。\n全区地区生产总值312.5亿元。", "high"),
    ("他说,过去的一年,全区上下齐心协力。全区地区生产总值312.5亿元。", "high"),
    # no words of the year just past before it: the date alone places it, in review
    ("全区地区生产总值312.5亿元。", "low"),
    # said only after the figure
    ("全区地区生产总值312.5亿元。一年来,我们攻坚克难。", "low"),
    # eleven years, not one
    ("十一年来,我们攻坚克难。\n全区地区生产总值312.5亿元。", "low"),
])
def test_an_outcome_after_a_review_opening_in_spring_is_last_years(text, confidence):
    assert gdp_figures(text) == {("gdp", 2023, "actual", 312.5, confidence)}
