"""A figure whose clause is about another place is not the document's: comparisons with the levels
above (高于全国(2.3%), 快于全省, 比全市高), their rates in brackets, a neighbour named before the
indicator, and a city's districts listed in the city's text; the document's own figure beside them
stays."""

from __future__ import annotations

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

K = load_knowledge()
DISTRICT = ("雁塔区2024年政府工作报告\n——2024年1月10日在西安市雁塔区第十九届人民代表大会第四次会议上\n各位代表:\n"
            "一、2023年工作回顾\n")
CITY = ("西安市2024年政府工作报告\n——2024年1月15日在西安市第十七届人民代表大会第四次会议上\n各位代表:\n"
        "一、2023年工作回顾\n")


def charted(text: str) -> set[tuple]:
    return {(m["region"], m["indicator"], m["value"]) for d in documents_from_text(K, text, "case.txt")
            for m in extract_document(d, K) if m["confidence"] == "high"}


OWN = {("雁塔区", "gdp_growth", 6.2)}


@pytest.mark.parametrize("sentence", [
    "全区地区生产总值增长6.2%,高于全国(5.2%)1个百分点。",
    "全区地区生产总值增长6.2%,快于全省1.3个百分点。",
    "全区地区生产总值增长6.2%,比全市高0.9个百分点。",
    "全区地区生产总值增长6.2%(全国5.2%、全省4.3%)。",
    "全区地区生产总值增长6.2%,增速高于全国、全省平均水平。",
    "全区地区生产总值增长6.2%。",                                  # nothing compared: the same one figure
])
def test_a_comparison_gives_only_the_documents_own_figure(sentence):
    assert charted(DISTRICT + sentence) == OWN


@pytest.mark.parametrize("sentence", [
    "邻近的长安区地区生产总值增长7%。全区地区生产总值增长6.2%。",
    "据报道,碑林区地区生产总值增长4.1%。全区地区生产总值增长6.2%。",
    "西安市地区生产总值增长5.2%,全区地区生产总值增长6.2%。",       # the city above it
    "全国国内生产总值增长5.2%,全区地区生产总值增长6.2%。",
    "雁塔区地区生产总值增长6.2%。",                                 # its own name: its own figure
])
def test_a_figure_of_a_place_named_before_the_indicator_is_not_ours(sentence):
    assert charted(DISTRICT + sentence) == OWN


@pytest.mark.parametrize("sentence", [
    "全市地区生产总值增长5.2%。其中,雁塔区增长6.2%,碑林区增长4.1%。",
    "全市地区生产总值增长5.2%,各区县中雁塔区、碑林区分别增长6.2%、4.1%。",
    "全市地区生产总值增长5.2%,雁塔区地区生产总值增长6.2%。",
    "全市地区生产总值增长5.2%,增速居全省第三。",
    "全市地区生产总值增长5.2%。",
])
def test_a_citys_text_gives_the_city_its_figure_and_never_its_districts_figures_as_the_citys(sentence):
    assert charted(CITY + sentence) == {("西安市", "gdp_growth", 5.2)}


@pytest.mark.parametrize("lead", [
    "坚决贯彻党中央、国务院,省委、省政府和市委的决策部署,",
    "认真落实党中央、国务院和省委、省政府的工作要求,",
    "贯彻国务院、省政府的部署,",
])
def test_a_list_of_governing_bodies_whose_decisions_are_carried_out_is_no_topic(lead):
    from tests.extracting import figures as _figures
    text = "城东区2020年国民经济和社会发展计划执行情况\n一、2020年计划执行情况\n" + lead + "全年地区生产总值1777.2亿元,同比增长3.8%。"
    assert ("gdp", 2020, 1777.2) in _figures(text, ("indicator", "year", "value"), meta={"region": "罗湖区"})


def test_the_nation_as_a_clauses_own_subject_still_quotes_its_figure():
    from tests.extracting import figures as _figures
    text = "城东区2020年统计公报\n2020年,全国国内生产总值增长2.3%,全区地区生产总值增长3.8%。"
    got = _figures(text, ("indicator", "year", "value"), meta={"region": "罗湖区"})
    assert ("gdp_growth", 2020, 2.3) not in got and ("gdp_growth", 2020, 3.8) in got
