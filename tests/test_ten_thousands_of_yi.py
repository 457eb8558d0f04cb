"""A level written with its ten-thousands of 亿 in front (地区生产总值为5万3230.99亿元) is one number, 53230.99亿元: the
part after 万 was read alone, a province's GDP a tenth of what it is (issue 23, found on set AN after it was measured
once). Made-up sentences of this file's own wording. Negatives: 5万亿元 alone, 3万元 and 万人 keep their readings."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
NEWS = "某省经济运行情况\n发布时间:2025-01-20 10:00\n2024年,全省地区生产总值为{v},比上年增长4.8%。\n"


@pytest.mark.parametrize("written, value", [
    ("5万3230.99亿元", 53230.99),
    ("12万6582亿元", 126582.0),
    ("1万230亿元", 10230.0),
    ("3万5.5亿元", 30005.5),
    ("13万4125.3亿元", 134125.3),
])
def test_ten_thousands_written_in_front_make_one_number(written, value):
    got = figures(NEWS.format(v=written), FIELDS, meta={"region": "湖南省"})
    assert ("gdp", 2024, value) in got
    assert not {f for f in got if f[0] == "gdp" and f[2] != value}


@pytest.mark.parametrize("written, value", [("5万亿元", 50000.0), ("4.2万亿元", 42000.0)])
def test_ten_thousands_of_yi_alone_keep_their_reading(written, value):
    assert ("gdp", 2024, value) in figures(NEWS.format(v=written), FIELDS, meta={"region": "湖南省"})


def test_other_ten_thousands_are_left_alone():
    text = NEWS.format(v="5000亿元") + "全省城镇新增就业5万3000人,居民人均可支配收入3万元。\n"
    got = figures(text, FIELDS, meta={"region": "湖南省"})
    assert ("gdp", 2024, 5000.0) in got
    assert ("disposable_income", 2024, 3.0) in got   # 3万元, kept in 万元
    assert not {f for f in got if f[2] == 53000.0}
