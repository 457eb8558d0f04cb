"""One value for each year of a span stated before 分别 (2016年至2020年,生产总值分别增长5.3%、5.9%、4.3%、6.0%、3.5%) is a record
of years gone, not an aim: each value is that year's outcome, charted even in a page that states no date and no word
of outcome (issue 23, found on development set Q: a city's speech listing five years' growth left all five in review
as of no stated kind). Made-up texts of this file's own wording. Negatives: years after the item's date, or a list led
by a word of aims (力争), are no record of years gone."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
TEXT = "在全市经济工作会议上的讲话\n“十三五”以来,全市经济总量跨越发展。{line}\n"


def charted(line: str, meta: dict | None = None) -> set[tuple]:
    return figures(TEXT.format(line=line), FIELDS, meta={"region": "平度市"} | (meta or {}), charted=True)


@pytest.mark.parametrize("line, want", [
    ("2016年至2020年,全市生产总值分别增长5.3%、5.9%、4.3%、6.0%、3.5%。", ("gdp_growth", 2018, "actual", 4.3)),
    ("2016年至2020年,全市生产总值分别增长5.3%、5.9%、4.3%、6.0%、3.5%。", ("gdp_growth", 2020, "actual", 3.5)),
    ("2017年至2019年,一般公共预算收入分别增长8.1%、7.2%、6.6%。", ("fiscal_revenue_growth", 2017, "actual", 8.1)),
    ("2018年至2020年,社会消费品零售总额分别增长9.5%、8.8%、-2.1%。", ("retail_sales_growth", 2019, "actual", 8.8)),
    ("2013年至2015年,规模以上工业增加值分别增长12.5%、10.4%、8.9%。", ("industrial_va_growth", 2015, "actual", 8.9)),
])
def test_one_value_a_year_of_a_span_gone_is_its_outcome(line, want):
    assert want in charted(line)


def test_years_after_the_items_date_are_no_record():
    got = charted("2026年至2028年,全市生产总值分别增长5.5%、5.4%、5.3%。", {"date": "2025-12-20"})
    assert not {f for f in got if f[2] == "actual"}


def test_a_list_led_by_a_word_of_aims_is_no_record():
    got = charted("力争2021年至2023年,全市生产总值分别增长6.5%、6.3%、6.1%。")
    assert not {f for f in got if f[2] == "actual"}
