"""A term's review delivered late in its last year (五年来 in a report of November 2016, whose span runs to 2016) with a
sentence that opens with the year before, the last of a five-year plan (2015年,…年均增长11.7%), averages over that
plan (2011-2015), as the sentence's first clause already did (issue 23, class of set AE). Made-up texts of this file's
own wording; negatives: a sentence that opens with the span's own last year keeps the span, and one that opens with a
year that ends no plan does not move it."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
TERM = ("政府工作报告\n——{y}年11月23日在某市第十六届人民代表大会第一次会议上\n各位代表:\n我代表市人民政府向大会报告政府工作。\n"
        "五年来,本届政府认真贯彻落实上级决策部署,基本完成了各项工作任务。{s}年,全市固定资产投资62.63亿元,年均增长26.9%;"
        "社会消费品零售总额130.43亿元,年均增长11.7%;公共财政收入5.87亿元,年均增长12.8%。")


@pytest.mark.parametrize("year, place", [(2016, "雷州市"), (2021, "雷州市"), (2011, "雷州市"), (2026, "雷州市"), (2016, "廉江市")])
def test_a_sentence_opening_with_a_plans_last_year_averages_over_that_plan(year, place):
    got = {f for f in figures(TERM.format(y=year, s=year - 1), FIELDS, meta={"region": place})
           if f[0] == "retail_sales_growth_avg_5yr"}
    assert got == {("retail_sales_growth_avg_5yr", year - 1, f"{year - 5}-{year - 1}", "actual", 11.7)}


def test_a_sentence_opening_with_the_spans_last_year_keeps_the_span():
    got = {f for f in figures(TERM.format(y=2016, s=2016), FIELDS, meta={"region": "雷州市"})
           if f[0] == "retail_sales_growth_avg_5yr"}
    assert got == {("retail_sales_growth_avg_5yr", 2016, "2012-2016", "actual", 11.7)}


def test_a_year_that_ends_no_plan_does_not_move_the_span():
    got = {f[2] for f in figures(TERM.format(y=2018, s=2017), FIELDS, meta={"region": "雷州市"})
           if f[0] == "retail_sales_growth_avg_5yr"}
    assert got and "2013-2017" not in got
