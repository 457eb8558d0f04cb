"""Two rules of time, in texts written for this test:

1. In a dated news item, a sentence that opens with the year ahead in words (面对新的一年, 新一年里) before its
   first indicator gives that year's aims: targets of the item's year, not last year's outcomes.
2. A sentence naming two years before the main aims (通报了2025年运行情况、2026年主要预期目标) opens the plan of
   the year nearest the aims, so that the earlier year's figures later on stay outcomes.
"""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
NEWS = {"region": "罗湖区", "date": "2019-01-28"}


def read(text, meta=NEWS):
    return figures(text, FIELDS, meta=meta)


@pytest.mark.parametrize("sentence, expected", [
    ("面对新的一年,报告指出,地区生产总值增长9%,一般公共预算收入增长13%。",
     {("gdp_growth", 2019, "target", 9.0), ("fiscal_revenue_growth", 2019, "target", 13.0)}),
    ("新的一年,全区地区生产总值增长7%左右,固定资产投资增长10%。",
     {("gdp_growth", 2019, "target", 7.0), ("fixed_investment_growth", 2019, "target", 10.0)}),
    ("新一年里,报告明确,社会消费品零售总额增长8%。", {("retail_sales_growth", 2019, "target", 8.0)}),
    # negatives: a year gone by (一年来), and the year ahead named only after the figure
    ("一年来,全区地区生产总值增长6.5%。", {("gdp_growth", 2018, "actual", 6.5)}),
    ("报告指出,全区地区生产总值增长6.5%,为迎接新的一年打下基础。", {("gdp_growth", 2018, "actual", 6.5)}),
])
def test_the_year_ahead_in_words_gives_the_items_years_aims(sentence, expected):
    text = "区人代会开幕\n1月27日上午,区第五届人民代表大会第三次会议开幕。\n" + sentence + "\n"
    assert expected <= read(text)


@pytest.mark.parametrize("opening, later, expected, not_expected", [
    ("会议通报了2025年全区经济运行情况、2026年发展主要预期目标和重点任务。",
     "2025年,全区规上工业增加值增长10.3%,固定资产投资增长4.6%,均超预期完成目标。",
     {("industrial_va_growth", 2025, "actual", 10.3), ("fixed_investment_growth", 2025, "actual", 4.6)},
     {("industrial_va_growth", 2025, "target", 10.3)}),
    ("会议回顾了2025年工作,明确2026年主要目标:",
     "2025年,全区地区生产总值增长5.8%。",
     {("gdp_growth", 2025, "actual", 5.8)}, {("gdp_growth", 2025, "target", 5.8)}),
    ("会上,2025年成绩和2026年主要预期目标为:",
     "全区地区生产总值增长5%左右。",
     {("gdp_growth", 2026, "target", 5.0)}, {("gdp_growth", 2025, "target", 5.0)}),
    # negatives: one year only, before its aims, still opens that year's plan
    ("会议明确,2026年全区主要预期目标为:",
     "全区地区生产总值增长5%左右,固定资产投资增长6%。",
     {("gdp_growth", 2026, "target", 5.0), ("fixed_investment_growth", 2026, "target", 6.0)}, set()),
    ("2026年全区经济社会发展主要预期目标是:",
     "全区地区生产总值增长5%左右。", {("gdp_growth", 2026, "target", 5.0)}, set()),
])
def test_the_plan_opened_by_a_sentence_is_the_year_nearest_its_aims(opening, later, expected, not_expected):
    text = "全区经济工作会议召开\n1月26日," + opening + "\n" + later + "\n"
    got = read(text, {"region": "罗湖区", "date": "2026-01-27"})
    assert expected <= got
    assert not (not_expected & got)
