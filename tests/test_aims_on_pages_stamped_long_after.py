"""A hedged figure (增长5%左右, 以上, 以内) or one a report proposes (报告提出,…增长6%) of a year the page's date has passed is
read as that year's outcome: the aim was for a year now gone. On a page dated two or more years after the last year its
text states (a copy posted or stamped long after, likely), that reading rests on the copy's date alone, so such a
figure of that last year is not charted but sent to review with the reason (issue 23, found by stamping every
development text two years after its last year: congress news of the year's aims was charted as the year's outcomes).
Negatives: an unhedged figure of that year not proposed by a report stays an outcome; a page dated the year after its
text keeps its reading. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def charted(text: str) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "江阴市"}, charted=True)


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS + ("confidence", "confidence_reason"), meta={"region": "江阴市"})


def page(stamp_year: int, body: str) -> str:
    return f"江阴市人代会开幕\n发布时间:{stamp_year}-06-15 10:00 来源:本站\n1月14日,江阴市人民代表大会开幕。{body}\n"


@pytest.mark.parametrize("body,indicator,value", [
    ("市长作报告,2025年全市地区生产总值增长5%左右。", "gdp_growth", 5.0),
    ("市长作报告,2025年全市固定资产投资增长3%以上。", "fixed_investment_growth", 3.0),
    ("2025年,全市一般公共预算收入增长4%左右。", "fiscal_revenue_growth", 4.0),
    ("报告提出,2025年全市社会消费品零售总额增长5.5%。", "retail_sales_growth", 5.5),
    ("报告提出,2025年全市规模以上工业增加值增长6%。", "industrial_va_growth", 6.0),
    ("市长作报告,2025年城镇登记失业率控制在4.5%以内。", "unemployment_rate", 4.5),
])
def test_an_aim_of_the_texts_last_year_is_no_outcome_on_a_page_stamped_two_years_after(body, indicator, value):
    text = page(2027, body)
    assert (indicator, 2025, "actual", value) not in charted(text)
    reasons = [r[-1] for r in read(text) if r[:4] == (indicator, 2025, "actual", value)]
    assert reasons and all("dated 2 years after" in r for r in reasons)


def test_an_unhedged_outcome_of_that_year_stays():
    text = page(2027, "2025年,全市地区生产总值增长5.2%,规模以上工业增加值增长6.1%。")
    assert {("gdp_growth", 2025, "actual", 5.2), ("industrial_va_growth", 2025, "actual", 6.1)} <= charted(text)


def test_a_page_dated_the_year_after_keeps_its_reading():
    assert ("gdp_growth", 2025, "actual", 5.0) in charted(page(2026, "市长作报告,2025年全市地区生产总值增长5%左右。"))
