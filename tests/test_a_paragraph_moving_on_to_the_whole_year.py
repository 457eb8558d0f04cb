"""Two shapes of a year-end summary's review. A paragraph that runs through the year's course (一季度…下降;二季度起…上半年
…) and then opens a sentence with the whole year (预计全年实现…;全年完成…) goes on with the whole year in its later sentences
(第三产业增加值占地区生产总值比重为38.5%): before, they kept the half year an earlier sentence named. And a level given only
as a round number of three figures it passed (地区生产总值突破1150亿元) is a milestone, not the level, as one of two figures
(突破1200亿元) already was. (Issue 23, classes 1 and 2.) Negatives: a paragraph that never opens the whole year keeps its
part; a level reached with no word of passing (达到1150亿元), or given to its decimals (突破1150.6亿元), stays charted.
Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, region: str, charted: bool = False) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": region}, charted=charted)


REVIEW = ("奉化区2020年工作总结\n(2021年1月15日)\n一、2020年主要工作情况\n"
          "一季度受疫情冲击,全区地区生产总值同比下降9.1%;二季度起经济加快恢复,上半年降幅收窄至3.2%。{opening}{later}\n")


@pytest.mark.parametrize("later, key, value", [
    ("第三产业增加值占全区生产总值比重为44.5%。", "tertiary_share", 44.5),
    ("规模以上工业增加值增长5.6%。", "industrial_va_growth", 5.6),
    ("社会消费品零售总额412.6亿元,下降1.5%。", "retail_sales", 412.6),
    ("固定资产投资增长12.3%。", "fixed_investment_growth", 12.3),
    ("进出口总额增长8.8%。", "trade_growth", 8.8),
])
def test_sentences_after_one_opening_the_whole_year_are_the_years(later, key, value):
    text = REVIEW.format(opening="全年实现地区生产总值1126亿元,增长2.8%。", later=later)
    got = read(text, "奉化区")
    assert (key, 2020, "year", "actual", value) in got, got
    assert not any(i == key and p == "H1" for i, y, p, k, v in got), got


def test_a_paragraph_that_never_opens_the_whole_year_keeps_its_part():
    got = read(REVIEW.format(opening="", later="规模以上工业增加值增长5.6%。"), "奉化区")
    assert ("industrial_va_growth", 2020, "H1", "actual", 5.6) in got, got


DONE = "兴化市2023年国民经济运行情况\n(2024年2月6日)\n2023年,全市{}\n"


@pytest.mark.parametrize("sentence, value", [
    ("地区生产总值突破1150亿元,增长6.3%。", 1150.0),
    ("地区生产总值突破1250亿元。", 1250.0),
    ("一般公共预算收入突破115亿元,增长5.1%。", 115.0),
    ("社会消费品零售总额突破535亿元。", 535.0),
    ("地区生产总值超过1150亿元,增长6.3%。", 1150.0),
])
def test_a_round_level_of_three_figures_passed_is_a_milestone(sentence, value):
    got = read(DONE.format(sentence), "兴化市", charted=True)
    assert not any(k == "actual" and v == value for i, y, p, k, v in got), got


@pytest.mark.parametrize("sentence, value", [
    ("地区生产总值达到1150亿元,增长6.3%。", 1150.0),
    ("地区生产总值突破1150.6亿元,增长6.3%。", 1150.6),
])
def test_a_level_reached_or_given_to_its_decimals_stays(sentence, value):
    got = read(DONE.format(sentence), "兴化市", charted=True)
    assert ("gdp", 2023, "year", "actual", value) in got, got
