"""News of a province's congress quotes delegates on their own cities and prefectures: a city named in full after an
opening quote mark (“岳阳市去年…), a city's short name with only a year after it, or its whole (“郴州去年…, 衡阳2023年…,
长沙全市去年…, 遵义全市同期…), a prefecture's or a league's whole (全州, 全盟), and another level's whole alone in the clause before
(放眼全自治区,去年…) open figures that are those places', not the page's. The page's own figures, its own whole and a
city's own short name in its own news are still its own (issues 22 and 23). Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "省两会特别报道  2021-01-29 10:15\n\n今天,省第十三届人民代表大会第四次会议开幕。\n\n"


def _province_page(quote: str) -> str:
    return HEAD + "过去一年,全省地区生产总值增长3.6%。\n\n代表热议\n\n" + quote + "\n"


QUOTES = [
    ("“岳阳市去年地区生产总值达到4001.6亿元,我们要继续挑大梁。”一位代表说。", ("gdp", 2020, "actual", 4001.6)),
    ("“郴州去年规模以上工业增加值增长4.9%,承接产业转移成效明显。”来自郴州的代表说。",
     ("industrial_va_growth", 2020, "actual", 4.9)),
    ("她介绍,全州去年地区生产总值增长4.3%,脱贫成果持续巩固。", ("gdp_growth", 2020, "actual", 4.3)),
    ("“衡阳2020年社会消费品零售总额1633.2亿元,消费回补势头好。”", ("retail_sales", 2020, "actual", 1633.2)),
    ("「常德去年固定资产投资增长8.7%」,这位代表说。", ("fixed_investment_growth", 2020, "actual", 8.7)),
]


@pytest.mark.parametrize("quote, fact", QUOTES, ids=[f[0] for _, f in QUOTES])
def test_a_delegates_place_is_not_the_province(quote, fact):
    got = figures(_province_page(quote), FIELDS, meta={"region": "湖南省"}, charted=True)
    assert fact not in got, got


def test_the_provinces_own_figure_stays():
    got = figures(_province_page(QUOTES[1][0]), FIELDS, meta={"region": "湖南省"}, charted=True)
    assert ("gdp_growth", 2020, "actual", 3.6) in got, got


def test_a_citys_own_short_name_is_its_own():
    page = "市两会  2021-01-20 09:30\n\n“郴州去年规模以上工业增加值增长4.9%。”市长在报告中说。\n"
    got = figures(page, FIELDS, meta={"region": "郴州市"}, charted=True)
    assert ("industrial_va_growth", 2020, "actual", 4.9) in got, got


def test_a_prefectures_own_whole_is_its_own():
    page = "州两会  2021-01-25 09:30\n\n过去一年,全州地区生产总值增长4.3%。\n"
    got = figures(page, FIELDS, meta={"region": "湘西土家族苗族自治州"}, charted=True)
    assert ("gdp_growth", 2020, "actual", 4.3) in got, got


def test_an_ordinary_word_before_a_year_is_no_place():
    page = HEAD + "“全省去年地区生产总值增长3.6%。”\n"
    got = figures(page, FIELDS, meta={"region": "湖南省"}, charted=True)
    assert ("gdp_growth", 2020, "actual", 3.6) in got, got


def test_a_leagues_whole_in_a_regions_news_is_the_leagues():
    page = HEAD + "过去一年,全区地区生产总值增长0.2%。\n\n代表热议\n\n一位代表说,全盟去年一般公共预算收入增长6.2%。\n"
    got = figures(page, FIELDS, meta={"region": "内蒙古自治区"}, charted=True)
    assert ("fiscal_revenue_growth", 2020, "actual", 6.2) not in got, got



def test_a_regions_whole_alone_in_the_clause_before_is_the_regions():
    page = ("区两会  2025-01-10 10:00\n\n过去一年,全区地区生产总值1086.4亿元。\n\n代表热议\n\n"
            "“放眼全自治区,去年地区生产总值增长4.2%,我们要挑起大梁。”一位代表说。\n")
    got = figures(page, FIELDS, meta={"region": "青秀区"}, charted=True)
    assert ("gdp_growth", 2024, "actual", 4.2) not in got and ("gdp", 2024, "actual", 1086.4) in got, got


def test_a_parents_short_name_and_whole_before_a_year_is_the_parents():
    page = ("市两会  2024-01-08 09:00\n\n过去一年,全市地区生产总值1720.3亿元。\n\n代表热议\n\n"
            "“长沙全市去年地区生产总值增长4.8%,我们跑赢了大盘。”一位代表说。\n")
    got = figures(page, FIELDS, meta={"region": "浏阳市"}, charted=True)
    assert ("gdp_growth", 2023, "actual", 4.8) not in got and ("gdp", 2023, "actual", 1720.3) in got, got


def test_our_own_whole_alone_in_the_clause_before_is_ours():
    page = "区两会  2025-01-10 10:00\n\n放眼全区,去年地区生产总值增长4.6%。\n"
    got = figures(page, FIELDS, meta={"region": "青秀区"}, charted=True)
    assert ("gdp_growth", 2024, "actual", 4.6) in got, got


def test_a_rank_in_the_level_above_is_no_subject():
    page = "市两会  2025-01-12 10:00\n\n去年,我市增速位居全省,规模以上工业增加值增长8.1%。\n"
    got = figures(page, FIELDS, meta={"region": "浏阳市"}, charted=True)
    assert ("industrial_va_growth", 2024, "actual", 8.1) in got, got


def test_a_parents_short_name_and_whole_before_the_same_period():
    page = ("某市统计局  2022-07-25\n\n2022年上半年全市经济运行情况\n\n上半年,全市地区生产总值增长7.2%。"
            "遵义全市同期固定资产投资增长0.9%。\n")
    got = figures(page, FIELDS, meta={"region": "仁怀市"}, charted=True)
    assert not any(i == "fixed_investment_growth" for i, *_ in got) and ("gdp_growth", 2022, "actual", 7.2) in got, got
