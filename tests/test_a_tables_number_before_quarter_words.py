"""A table's number before a title that opens with 季度 (表2  季度主要指标(1—9月), 图3 季度增速): the digit is the table's
number, not a quarter (二季度). Before, the title read as the second quarter's, and the table's columns of the same period
last year fell back to the page's months (issue 23, class 3: tables; made-up set ka). Negatives: a quarter said by its
digit (2季度, 第3季度) is still that quarter. Made-up monthly reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
META = {"region": "达拉特旗"}
HEAD = "达拉特旗2023年1—11月统计月报\n达拉特旗统计局 2023年12月15日\n\n"


@pytest.mark.parametrize("number, row, want", [
    ("表2", "地区生产总值 | 亿元 | 563.2 | 5.1 | 542.4 | 4.6", ("gdp", 2022, "Q1-Q3", 542.4)),
    ("表2", "地区生产总值 | 亿元 | 563.2 | 5.1 | 542.4 | 4.6", ("gdp_growth", 2022, "Q1-Q3", 4.6)),
    ("表3", "全体居民人均可支配收入 | 元 | 33285 | 5.9 | 31874 | 5.2", ("disposable_income", 2022, "Q1-Q3", 3.1874)),
    ("表4", "城镇居民人均可支配收入 | 元 | 42610 | 4.8 | 40200 | 4.0", ("disposable_income_urban", 2022, "Q1-Q3", 4.02)),
    ("表2", "城镇居民人均可支配收入 | 元 | 42610 | 4.8 | 40200 | 4.0", ("disposable_income_urban_growth", 2022, "Q1-Q3", 4.0)),
])
def test_the_title_names_its_months_not_a_quarter(number, row, want):
    text = (HEAD + f"{number}  季度主要指标(1—9月)\n\n| 指标 | 单位 | 1—9月 | 同比增长(%) | 上年同期 | 上年同期增长(%) |\n"
            + row + "\n")
    assert want in figures(text, FIELDS, meta=META, charted=True)


def test_a_quarter_said_by_its_digit_is_still_that_quarter():
    text = HEAD + "2季度,全旗地区生产总值增长5.3%。\n"
    assert ("gdp_growth", 2023, "Q2", 5.3) in figures(text, FIELDS, meta=META)
