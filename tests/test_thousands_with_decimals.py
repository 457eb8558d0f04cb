"""A level written with its thousands set apart and a decimal after them (14 879.2亿元, 1,488.5亿元) is one number, as
one without a decimal already was (issue 23, class of set AE). Negatives: a row of years, a group of four digits and a
decimal list stay apart."""

import pytest

from etl.extract.normalize import join_split_numbers
from tests.extracting import figures


@pytest.mark.parametrize("written, want", [("14 879.2亿元", "14879.2亿元"), ("1,488.5亿元", "1488.5亿元"),
                                           ("3 975.3亿元", "3975.3亿元"), ("12,345.67万元", "12345.67万元"),
                                           ("2,345,678.9元", "2345678.9元")])
def test_thousands_before_a_decimal_join(written, want):
    assert join_split_numbers(written) == want


@pytest.mark.parametrize("written", ["2019 2020 2021年", "1 4888亿元", "增长5.1,234.5"])
def test_other_runs_of_digits_stay_apart(written):
    assert join_split_numbers(written) == written


def test_such_a_level_is_read_whole():
    text = "某省统计公报\n2022-03-01\n2021年,全省地区生产总值(GDP)实现14 879.2亿元,按不变价格计算,比上年增长6.1%。"
    assert ("gdp", 2021, 14879.2) in figures(text, ("indicator", "year", "value"))
