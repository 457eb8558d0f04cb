"""A structure of the three sectors said to change from one state to another, with the years named
(由2013年的…调整为2018年的…), with other verbs (演进为, 变化为), by another name (三大产业), and the
three shares each labelled (第一产业为a%,第二产业为b%,第三产业为c%) (issue 23,
a class every set since B left). Made-up sentences of this file's own wording; negatives: growths, a
structure read from the wrong list, and labelled numbers that are not shares."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


@pytest.mark.parametrize("text, expected", [
    ("2018年,全县三次产业结构由2013年的21:44:35调整为2018年的17.5:40.2:42.3。",
     {("tertiary_share", 2018, "actual", 42.3), ("tertiary_share", 2013, "actual", 35.0)}),
    ("2018年,全区三次产业结构由上年的9.1:51.3:39.6调整为今年的8.4:50.2:41.4。",
     {("tertiary_share", 2018, "actual", 41.4), ("tertiary_share", 2017, "actual", 39.6)}),
    ("2018年,全市第一、二、三产业增加值占全市生产总值的比重由上年的7.9:48.3:43.8调整为7.2:47.1:45.7。",
     {("tertiary_share", 2018, "actual", 45.7), ("tertiary_share", 2017, "actual", 43.8)}),
    ("2018年,全县三大产业比例由上年的12.2:47.5:40.3调整为11.6:46.9:41.5。",
     {("tertiary_share", 2018, "actual", 41.5), ("tertiary_share", 2017, "actual", 40.3)}),
    ("2018年,全县三次产业结构由上年的30.4:25.1:44.5演进为29.8:24.7:45.5。",
     {("tertiary_share", 2018, "actual", 45.5), ("tertiary_share", 2017, "actual", 44.5)}),
    ("2018年,全县第一产业增加值占地区生产总值的比重为14.2%,第二产业为38.3%,第三产业为47.5%。",
     {("tertiary_share", 2018, "actual", 47.5)}),
    ("2018年三次产业增加值占全区生产总值的比重,第一产业为3.3%,第二产业为42.6%,第三产业为54.1%。",
     {("tertiary_share", 2018, "actual", 54.1)}),
])
def test_each_state_of_a_structure_is_its_years_share(text, expected):
    got = {f for f in figures(text, FIELDS) if f[0] == "tertiary_share"}
    assert got == expected


def test_a_list_of_growths_before_the_structure_lends_it_no_state():
    text = ("2018年,全县一、二、三产业增加值分别增长4.2%、7.3%、6.1%,三次产业结构由2017年的22.6:38.3:39.1"
            "调整为21.9:38.4:39.7。")
    got = {f for f in figures(text, FIELDS) if f[0] == "tertiary_share"}
    assert got == {("tertiary_share", 2018, "actual", 39.7), ("tertiary_share", 2017, "actual", 39.1)}


@pytest.mark.parametrize("text", [
    "2018年,全县第一产业增加值为12.3亿元,增长3.1%,第二产业增加值为35.5亿元,增长6.2%。",
    "2018年,全县第一产业增速为4.3%,第二产业为5.3%,第三产业为6.4%。",
    "2018年,全县第一产业对经济增长的贡献率为10.2%,第二产业为35.5%,第三产业为54.3%。",
    "2018年,全县三次产业投资由上年的12:40:48亿元调整为",
])
def test_labelled_numbers_that_are_not_shares_give_no_share(text):
    assert not any(f[0] == "tertiary_share" for f in figures(text, FIELDS))
