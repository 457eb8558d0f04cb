"""A county that became a district (撤县设区: 望城县, 望城区 since 2011) is named by its old name in its reports of before:
the report's place is today's district, read from the old name, not the city above it (issue 18: 望城县's bulletin was
read as 长沙市's). Negatives: a district whose name only says where it lies in its city (城东区) gives no county of that
name, and a county that still exists keeps its own name. Made-up bulletins in this file's own wording."""

import pytest

from tests.extracting import region_of


def bulletin(place: str) -> str:
    return (f"{place}2009年国民经济和社会发展统计公报\n\n{place}统计局\n二〇一〇年三月十六日\n\n"
            "2009年,全县上下认真贯彻落实各项政策措施,经济社会保持平稳较快发展。\n一、综合\n初步核算,全县地区生产总值213.6亿元。\n")


@pytest.mark.parametrize("old, today", [
    ("望城县", "望城区"), ("江宁县", "江宁区"), ("温江县", "温江区"), ("顺义县", "顺义区"), ("黄陂县", "黄陂区"),
])
def test_the_old_county_is_todays_district(old, today):
    assert region_of(bulletin(old)) == today


def test_a_generic_districts_name_gives_no_county():
    assert region_of(bulletin("城东县")) is None


def test_a_county_that_still_exists_keeps_its_name():
    assert region_of(bulletin("武宣县")) == "武宣县"
