"""A page on a district's subdomain of its city's site (lhqzf.haikou.gov.cn: 龙华区 + 区政府) is the district's: the
initials of the one unit below the host's place, with or without its kind's initial, name it (issue 22, class of set
AI: a district's work report filed under its city). The host readers now live in etl/extract/host_place.py. Made-up
texts of this file's own wording; negatives: the city's own host, a label that spells no unit below it, and a text
that speaks of the whole city on the district's subdomain stay the city's."""

import pytest

from etl.extract.normalize import normalize_text
from etl.extract.region import read_region
from tests.extracting import K

DISTRICT = "今年全区经济社会发展的主要预期目标是:地区生产总值增长9.5%左右。重点抓好以下十项工作。全区上下要团结一心。"


def region(text: str, url: str) -> str | None:
    body = normalize_text(text, K.grammar.units, K.grammar.variants)
    return read_region(body, K.regions, K.gazetteer, None, url).region


@pytest.mark.parametrize("url, place", [
    ("http://lhqzf.haikou.gov.cn/xxgk/202209/t1229983.shtml", "海口市龙华区"),   # Shenzhen has a 龙华区 too
    ("http://mlqzf.haikou.gov.cn/xxgk/202301/t1.shtml", "美兰区"),
    ("http://xsqzf.hangzhou.gov.cn/art/2021/1/5/art_1.html", "萧山区"),
    ("http://yhq.hangzhou.gov.cn/art/2021/1/5/art_2.html", "余杭区"),
    ("http://jnqzf.kunming.gov.cn/c/2022-02-10/1.shtml", "晋宁区"),
])
def test_a_districts_subdomain_of_its_citys_host_is_the_districts(url, place):
    assert region(DISTRICT, url) == place


@pytest.mark.parametrize("text, url", [
    (DISTRICT, "http://www.haikou.gov.cn/xxgk/202209/t1.shtml"),
    (DISTRICT, "http://abcdzf.haikou.gov.cn/xxgk/202209/t1.shtml"),
    ("今年全市经济社会发展的主要预期目标是:地区生产总值增长9.5%左右。全市上下要团结一心,市委市政府带领全市人民。",
     "http://lhqzf.haikou.gov.cn/xxgk/202209/t1229983.shtml"),
])
def test_the_citys_host_or_a_whole_city_text_stays_the_citys(text, url):
    assert region(text, url) == "海口市"
