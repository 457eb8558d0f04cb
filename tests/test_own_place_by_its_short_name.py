"""A document's own place, when it is a unit of the gazetteer and not of data/regions.csv, goes by its short name too
(惠州 for 惠州市, 扬州 for 扬州市): a figure whose clause names the place so (2021年上半年惠州地区生产总值为2226.58亿元; 上半年,
扬州全体居民人均可支配收入19211元) is its own, not another place's (issue 22, found on development sets Z, AO and P: such
figures of four documents were left out as other places'). Made-up items of this file's own wording. Negatives: another unit's short name still marks another place's
figure."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
ITEM = "{city}上半年经济运行情况\n根据全省地区生产总值统一核算结果,2021年上半年{short}地区生产总值为2226.58亿元,同比增长16.8%。\n"


def read(city: str, short: str) -> set[tuple]:
    return figures(ITEM.format(city=city, short=short), FIELDS, meta={"region": city})


@pytest.mark.parametrize("city, short", [
    ("惠州市", "惠州"),
    ("扬州市", "扬州"),
    ("柳州市", "柳州"),
    ("绵阳市", "绵阳"),
    ("赣州市", "赣州"),
    ("湖州市", "湖州"),
    ("宜宾市", "宜宾"),
])
def test_a_figure_of_the_own_place_by_its_short_name_is_its_own(city, short):
    assert ("gdp", 2021, "H1", "actual", 2226.58) in read(city, short)


def test_another_units_short_name_marks_another_places_figure():
    assert ("gdp", 2021, "H1", "actual", 2226.58) not in read("惠州市", "扬州")
