"""A page stamped with a day written with dots and its hour (2019.01.14 11:40 一财网) is dated by it, as one written with
dashes or characters is: the news of a congress in January then reads 今年 as the year of its date. Undated, such a page's
今年预期目标 was read under the year the sentence named just before (四川2018年经济总量破4万亿 今年预期目标增长7.5%)
(issue 23, found by writing each development text's dates in other styles). Negatives: a dotted day without an hour in
prose is no stamp, and a page with a dashed stamp is dated as before. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

PAGE = "某省2018年经济总量破4万亿 今年预期目标增长7.5%\n\n{stamp} 某财经网\n\n1月14日,某省人民代表大会开幕。报告说,去年全省地区生产总值增长8%。\n"
META = {"region": "四川省"}


def date_of(text: str) -> str | None:
    return documents_from_text(K, text, "made_up.txt", meta=META)[0].doc_date


@pytest.mark.parametrize("stamp,day", [
    ("2019.01.14 11:40", "2019-01-14"), ("2021.3.5 09:12", "2021-03-05"), ("2020.12.28 16:00", "2020-12-28"),
    ("2017.02.09 8:05", "2017-02-09"), ("2023.1.16 10:30:45", "2023-01-16"),
])
def test_a_dotted_stamp_with_its_hour_dates_the_page(stamp, day):
    assert date_of(PAGE.format(stamp=stamp)) == day


def test_the_years_aim_is_then_of_the_dates_year():
    got = figures(PAGE.format(stamp="2019.01.14 11:40"), ("indicator", "year", "kind", "value"), meta=META, charted=True)
    assert ("gdp_growth", 2019, "target", 7.5) in got and ("gdp_growth", 2018, "target", 7.5) not in got


def test_a_dotted_day_without_an_hour_in_prose_is_no_stamp():
    text = "某省经济运行情况\n\n据统计,截至2019.01.14全省新增企业1200户,全省地区生产总值增长8%。\n"
    assert date_of(text) != "2019-01-14"


def test_a_dashed_stamp_dates_as_before():
    assert date_of(PAGE.format(stamp="2019-01-14 11:40")) == "2019-01-14"
