"""A county's statistics site (X县统计信息网, X区统计网) named in a page's first lines is the page's publisher: a repost of
its city's league table (某市各县市区主要经济指标完成情况), whose title names only the city, is the county's page, and the
county's own row is its figures. Before, such a page was filed under the city, and every row of the city's total was
charted as the city's own (issue 22: places; issue 23, class 3: tables; made-up set js). Negatives: the city's own bureau
publishing the same table stays the city's; a page naming no site keeps the title's city. Made-up pages in this file's
own wording."""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge
from tests.extracting import figures

CAT = load_knowledge()


def region(text: str) -> str | None:
    return read_region(text, CAT.regions, CAT.gazetteer).region


def page(city: str, site_line: str, rows: str) -> str:
    return (f"2019年1—9月{city}各县市区主要经济指标完成情况\n\n{site_line}　　发布时间:2019-10-28　　信息来源:县统计局\n\n"
            f"现将{city}统计局提供的前三季度各县市区主要经济指标予以公布。\n\n"
            f"表一 社会消费品零售总额\n单位:亿元,%\n县市区　总额　增速\n{spaced(rows)}\n")


def spaced(rows: str) -> str:
    """The cells parted by the ideographic space a page's table has."""
    return rows.replace(" ", "\u3000")


CASES = [
    ("汉中市", "城固县统计信息网", "汉中市 388.21 9.6\n南郑区 41.30 9.8\n城固县 45.62 10.3", "城固县", 45.62),
    ("宝鸡市", "岐山县统计信息网", "宝鸡市 506.40 10.1\n陈仓区 60.12 9.9\n岐山县 43.87 10.6", "岐山县", 43.87),
    ("运城市", "临猗县统计网", "运城市 512.33 8.4\n盐湖区 130.20 8.1\n临猗县 38.76 8.9", "临猗县", 38.76),
    ("咸阳市", "三原县统计信息网", "咸阳市 690.15 11.2\n秦都区 150.64 10.8\n三原县 52.09 11.5", "三原县", 52.09),
    ("吕梁市", "柳林县统计信息网", "吕梁市 360.77 7.9\n离石区 80.25 8.2\n柳林县 33.41 8.6", "柳林县", 33.41),
]


@pytest.mark.parametrize("city, site, rows, county, value", CASES)
def test_the_county_site_is_the_pages_place(city, site, rows, county, value):
    assert region(page(city, site, rows)) == county


@pytest.mark.parametrize("city, site, rows, county, value", CASES)
def test_the_countys_own_row_is_charted_and_not_the_citys(city, site, rows, county, value):
    got = figures(page(city, site, rows), ("indicator", "value"), meta={}, charted=True)
    assert ("retail_sales", value) in got
    city_total = float(rows.split()[1])
    assert ("retail_sales", city_total) not in got


@pytest.mark.parametrize("city, site", [("汉中市", "汉中市统计局"), ("运城市", "运城市统计信息网")])
def test_the_citys_own_bureau_keeps_the_city(city, site):
    assert region(page(city, site, f"{city} 388.21 9.6\n某区 41.30 9.8")) == city
