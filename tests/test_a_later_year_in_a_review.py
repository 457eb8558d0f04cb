"""Inside a review of one year, a figure of a later year that had not ended at the item's date (a congress committee's
review of 2023 dated January 2024: 建议2024年地区生产总值增长6%左右) is an aim of that year, not its outcome (issue 23
class 1, found by writing a congress committee's review of the plan: its proposals were charted as the next year's
outcomes). Negatives: the reviewed year's own outcomes, a later year's part already over (2024年1-2月) in a March item,
and an undated term's review estimating its last year (2016年,预计…) are still outcomes. Made-up texts of this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value", "confidence")
META = {"region": "雁塔区"}
REVIEW = ("雁塔区人大常委会关于2023年国民经济和社会发展计划执行情况的审查报告\n\n{d}\n\n"
          "区人大财经委对2023年计划执行情况进行了审查。2023年全区地区生产总值预计增长5.6%。{s}\n")


def read(date: str, sentence: str) -> set[tuple]:
    return {f[:5] for f in figures(REVIEW.format(d=date, s=sentence), FIELDS, meta=META) if f[5] == "high"}


@pytest.mark.parametrize("date,sentence,aim", [
    ("2024-01-08", "建议2024年地区生产总值增长6%左右。", ("gdp_growth", 2024, "year", "target", 6.0)),
    ("2024-01-08", "建议2024年地区生产总值增长6%左右,一般公共预算收入增长5%。", ("fiscal_revenue_growth", 2024, "year", "target", 5.0)),
    ("2024-02-20", "2024年,全区固定资产投资增长8%。", ("fixed_investment_growth", 2024, "year", "target", 8.0)),
    ("2024-02-02", "建议2024年社会消费品零售总额增长7%。", ("retail_sales_growth", 2024, "year", "target", 7.0)),
    ("2023-12-20", "建议2024年地区生产总值增长6%左右。", ("gdp_growth", 2024, "year", "target", 6.0)),
])
def test_a_later_years_figure_in_a_review_is_an_aim(date, sentence, aim):
    got = read(date, sentence)
    assert aim in got and (aim[0], aim[1], aim[2], "actual", aim[4]) not in got


@pytest.mark.parametrize("date,sentence,outcome", [
    ("2024-01-08", "建议2024年地区生产总值增长6%左右。", ("gdp_growth", 2023, "year", "actual", 5.6)),
    ("2024-03-20", "2024年1-2月,全区规模以上工业增加值增长7.1%。", ("industrial_va_growth", 2024, "M1-M2", "actual", 7.1)),
])
def test_the_reviewed_year_and_a_later_years_part_already_over_stay_outcomes(date, sentence, outcome):
    assert outcome in read(date, sentence)


def test_an_undated_terms_review_estimating_its_last_year_stays_an_outcome():
    text = "城东县2016年政府工作报告\n\n一、本届政府工作回顾\n\n2016年,预计全县生产总值210亿元。\n"
    got = {f[:5] for f in figures(text, FIELDS, meta={"region": "城东县"}) if f[5] == "high"}
    assert ("gdp", 2016, "year", "actual", 210.0) in got


def test_a_year_further_ahead_than_the_next_is_made_no_aim():
    """(A page dated years before the review it holds: its date is wrong, the review's later year no plan.)"""
    assert ("fixed_investment_growth", 2024, "year", "target", 8.0) not in read("2019-01-08", "2024年,全区固定资产投资增长8%。")
