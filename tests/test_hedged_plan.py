"""A hedged figure (增长6%左右, 8%以上, 3%以内) with no word of an outcome, for the item's own year or later, is a
target (issue 23, class 2: kind from evidence); for a year already past it stays unsaid and in review.
Made-up news items in this file's own wording."""

import pytest

from tests.extracting import figures

NEWS = "罗湖区召开经济工作会议\n2023年1月9日,罗湖区召开全区经济工作会议。\n"
FIELDS = ("indicator", "year", "kind", "value", "confidence")


def read(text: str) -> set[tuple]:
    return figures(NEWS + text, FIELDS, meta={"region": "罗湖区"})


@pytest.mark.parametrize("text, expected", [
    # no year beside it: the item's date gives it, so the target goes to review
    ("全区地区生产总值增长6%左右。", ("gdp_growth", 2023, "target", 6.0, "low")),
    ("社会消费品零售总额增长8%以上。", ("retail_sales_growth", 2023, "target", 8.0, "low")),
    ("2023年,一般公共预算收入增长5%左右。", ("fiscal_revenue_growth", 2023, "target", 5.0, "high")),
    ("2023年,固定资产投资增长10%以上,规模以上工业增加值增长7%左右。",
     ("industrial_va_growth", 2023, "target", 7.0, "high")),
    ("2024年,全区地区生产总值增长6.5%左右。", ("gdp_growth", 2024, "target", 6.5, "high")),
])
def test_a_hedged_figure_of_the_items_year_is_a_target(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize("text, unexpected", [
    # an outcome said so
    ("全区实现地区生产总值增长6%左右。", ("gdp_growth", 2023, "target", 6.0)),
    ("预计全年地区生产总值增长6%左右。", ("gdp_growth", 2023, "target", 6.0)),
    # a year already past
    ("2022年,全区地区生产总值增长6%左右。", ("gdp_growth", 2022, "target", 6.0)),
    # no hedge: nothing says plan
    ("全区地区生产总值增长6%。", ("gdp_growth", 2023, "target", 6.0)),
])
def test_a_hedge_alone_does_not_make_an_outcome_or_a_past_year_a_target(text, unexpected):
    assert not any(f[:4] == unexpected for f in read(text))


@pytest.mark.parametrize("text, expected", [
    ("力争实现地区生产总值增长7%以上,一般公共预算收入增长4.5%以上。", ("fiscal_revenue_growth", 2023, "target", 4.5)),
    ("确保完成固定资产投资增长6%,社会消费品零售总额增长8%以上。", ("retail_sales_growth", 2023, "target", 8.0)),
    ("力争达到规模以上工业增加值增长6%,社会消费品零售总额增长5%左右。", ("retail_sales_growth", 2023, "target", 5.0)),
])
def test_an_outcome_word_after_a_target_word_is_the_aim_not_an_outcome(text, expected):
    assert expected in {f[:4] for f in read(text)}


def test_an_outcome_word_alone_still_says_outcome():
    got = {f[:4] for f in read("全区实现地区生产总值增长6%,一般公共预算收入增长4%左右。")}
    assert not any(f[0] == "fiscal_revenue_growth" and f[2] == "target" for f in got)
