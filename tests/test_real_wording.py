"""Issue 10's failure classes, each with texts written for this test (no report is copied).

Each case is a small document; `found` is the set of (indicator, year, period, kind, value) the
extractor reports with high confidence, `review` those it sends to review. A case lists what must
be found and, for negatives, what must never be charted.
"""

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

CAT = load_knowledge()


def rows_of(text, meta=None):
    out = []
    for doc in documents_from_text(CAT, text, "case.txt", meta=meta or {}):
        out.extend(extract_document(doc, CAT))
    return out


def charted(text, meta=None):
    return {(r["indicator"], r["year"], r["period"], r["kind"], r["value"])
            for r in rows_of(text, meta) if r["confidence"] == "high"}


def everything(text, meta=None):
    return {(r["indicator"], r["year"], r["period"], r["kind"], r["value"]) for r in rows_of(text, meta)}


NEWS_2021 = "罗湖新闻 2021-01-29 09:15\n记者 李明\n"
NEWS_2020 = "罗湖区融媒体中心讯 2020-03-12 16:40\n"
NEWS_2023 = "区人大会议开幕 2023-01-10 10:05\n记者 王芳 报道\n罗湖区第八届人民代表大会第三次会议今天开幕。\n"

# 1. the year comes from the clause, the sentence lead, the paragraph lead, a heading, the date line, the title
YEAR_CASES = [
    (NEWS_2021 + "会上,区长回顾了2020年工作。全区地区生产总值达到2490.5亿元,比上年增长3.1%。",
     {("gdp", 2020, "year", "actual", 2490.5), ("gdp_growth", 2020, "year", "actual", 3.1)}),
    (NEWS_2020 + "2019年,罗湖区经济稳中有进。全年地区生产总值达到2310.2亿元,同比增长6.8%。",
     {("gdp", 2019, "year", "actual", 2310.2), ("gdp_growth", 2019, "year", "actual", 6.8)}),
    (NEWS_2020 + "2019年罗湖区地区生产总值2310.2亿元;固定资产投资265.4亿元;社会消费品零售总额1190.6亿元。",
     {("gdp", 2019, "year", "actual", 2310.2), ("fixed_investment", 2019, "year", "actual", 265.4),
      ("retail_sales", 2019, "year", "actual", 1190.6)}),
    ("罗湖区政府工作报告\n(2019年1月15日)\n各位代表:\n一、2018年工作回顾\n地区生产总值2250.3亿元,增长7.1%。",
     {("gdp", 2018, "year", "actual", 2250.3), ("gdp_growth", 2018, "year", "actual", 7.1)}),
    ("罗湖区政府工作报告\n(2019年1月15日)\n各位代表:\n过去一年,我们迎难而上,地区生产总值增长7.1%,一般公共预算收入增长6.2%。",
     {("gdp_growth", 2018, "year", "actual", 7.1), ("fiscal_revenue_growth", 2018, "year", "actual", 6.2)}),
    (NEWS_2021 + "报告指出,2020年全区一般公共预算收入完成110.3亿元,增长4.5%;社会消费品零售总额1100.2亿元。",
     {("fiscal_revenue", 2020, "year", "actual", 110.3), ("fiscal_revenue_growth", 2020, "year", "actual", 4.5),
      ("retail_sales", 2020, "year", "actual", 1100.2)}),
]


@pytest.mark.parametrize("text, expected", YEAR_CASES)
def test_year_comes_from_the_right_place(text, expected):
    assert expected <= charted(text)


YEAR_NEGATIVES = [
    # a comparison year is not the figure's year
    (NEWS_2021 + "回顾了2020年工作。全区地区生产总值比2015年增长48%。", ("gdp_growth", 2015)),
    # a news item with no year in reach: the date alone does not make it charted
    ("罗湖新闻 2021-06-29 09:15\n全区地区生产总值增长5.2%。", ("gdp_growth", 2021)),
    ("罗湖新闻 2021-06-29 09:15\n全区地区生产总值增长5.2%。", ("gdp_growth", 2020)),
    # a new paragraph with its own year does not inherit the earlier lead
    (NEWS_2020 + "2018年,全区固定资产投资增长9%。\n2019年,全区固定资产投资增长21%。", ("fixed_investment_growth", 2018, 21.0)),
    (NEWS_2020 + "2019年罗湖区地区生产总值2310.2亿元;固定资产投资265.4亿元。", ("fixed_investment", 2020)),
]


@pytest.mark.parametrize("text, never", YEAR_NEGATIVES)
def test_a_year_is_never_guessed(text, never):
    assert not [f for f in charted(text) if f[0] == never[0] and f[1] == never[1]
                and (len(never) < 3 or f[4] == never[2])]


# 2. a plan's title does not make its review section targets
PLAN_TITLE_CASES = [
    ("深圳市罗湖区2017年国民经济和社会发展计划(草案)\n一、2016年计划执行情况\n地区生产总值完成1950.2亿元,增长8.5%。\n"
     "二、2017年主要预期目标\n地区生产总值增长8%左右。",
     {("gdp", 2016, "year", "actual", 1950.2), ("gdp_growth", 2016, "year", "actual", 8.5),
      ("gdp_growth", 2017, "year", "target", 8.0)}),
    ("关于罗湖区2020年国民经济和社会发展计划执行情况与2021年计划(草案)的报告\n一、2020年计划执行情况\n"
     "社会消费品零售总额1100.2亿元,下降5.6%。\n二、2021年计划(草案)\n社会消费品零售总额增长8%。",
     {("retail_sales", 2020, "year", "actual", 1100.2), ("retail_sales_growth", 2020, "year", "actual", -5.6),
      ("retail_sales_growth", 2021, "year", "target", 8.0)}),
    ("福田区2019年国民经济和社会发展计划(草案)\n2018年,全区地区生产总值增长7.1%,固定资产投资增长20.5%。",
     {("gdp_growth", 2018, "year", "actual", 7.1), ("fixed_investment_growth", 2018, "year", "actual", 20.5)}),
    ("罗湖区2022年国民经济和社会发展计划草案\n(一)2021年计划执行情况\n一般公共预算收入完成115.4亿元,增长6.6%。",
     {("fiscal_revenue", 2021, "year", "actual", 115.4), ("fiscal_revenue_growth", 2021, "year", "actual", 6.6)}),
    ("罗湖区2018年国民经济和社会发展计划(草案)\n一、2017年国民经济和社会发展计划执行情况\n进出口总额完成366.5亿美元。\n"
     "二、2018年国民经济和社会发展主要目标\n进出口总额增长2%。",
     {("trade", 2017, "year", "actual", 366.5), ("trade_growth", 2018, "year", "target", 2.0)}),
]


@pytest.mark.parametrize("text, expected", PLAN_TITLE_CASES)
def test_sections_decide_not_the_plan_title(text, expected):
    found = charted(text)
    assert expected <= found
    assert not {f for f in found if f[3] == "target" and f[1] < max(e[1] for e in expected)}


# 3. part-year periods carry to the end of their paragraph and through lists
PERIOD_CASES = [
    (NEWS_2023.replace("2023-01-10", "2022-04-20") + "2022年一季度,全区经济开局平稳。规上工业增加值增长22%,固定资产投资增长11.2%。",
     {("industrial_va_growth", 2022, "Q1", "actual", 22.0), ("fixed_investment_growth", 2022, "Q1", "actual", 11.2)}),
    (NEWS_2020 + "2019年1—11月,全区固定资产投资增长12.3%。", {("fixed_investment_growth", 2019, "M1-M11", "actual", 12.3)}),
    (NEWS_2020 + "2019年1-11月,全区社会消费品零售总额增长5.3%。", {("retail_sales_growth", 2019, "M1-M11", "actual", 5.3)}),
    (NEWS_2020 + "2019年1至11月,全区一般公共预算收入增长3.3%。", {("fiscal_revenue_growth", 2019, "M1-M11", "actual", 3.3)}),
    (NEWS_2020 + "2019年1~10月,全区社会消费品零售总额增长5%;固定资产投资增长9%;一般公共预算收入增长3%。",
     {("retail_sales_growth", 2019, "M1-M10", "actual", 5.0), ("fixed_investment_growth", 2019, "M1-M10", "actual", 9.0),
      ("fiscal_revenue_growth", 2019, "M1-M10", "actual", 3.0)}),
    (NEWS_2020 + "2019年前三季度,全区经济运行总体平稳。\n地区生产总值增长6.1%。",
     set()),  # a new paragraph without a lead: the part-year does not carry, and no year is in reach
]


@pytest.mark.parametrize("text, expected", PERIOD_CASES)
def test_part_year_periods_carry(text, expected):
    found = charted(text)
    assert expected <= found
    assert not [f for f in found if f[2] == "year" and any(e[0] == f[0] for e in expected)]


def test_a_part_year_figure_is_never_annual():
    text = NEWS_2020 + "2019年前三季度,全区经济运行总体平稳。\n地区生产总值增长6.1%。"
    assert not [f for f in charted(text) if f[0] == "gdp_growth" and f[2] == "year"]


# 4. five-year-plan targets are span targets, never the year's outcome
SPAN_TARGET_CASES = [
    ("罗湖区2024年政府工作报告\n一、2023年工作回顾\n提前两年完成“十四五”规划地区生产总值2800亿元的目标。",
     ("gdp", 2025, "2021-2025", "target", 2800.0)),
    ("罗湖区国民经济和社会发展第十四个五年规划纲要\n主要目标:到2025年,地区生产总值突破3300亿元。",
     ("gdp", 2025, "2021-2025", "target", 3300.0)),
    ("罗湖区2016年政府工作报告\n二、“十三五”时期主要目标\n到2020年,一般公共预算收入达到150亿元。",
     ("fiscal_revenue", 2020, "2016-2020", "target", 150.0)),
    ("罗湖区2016年政府工作报告\n“十三五”期间,力争地区生产总值年均增长8%。",
     ("gdp_growth_avg_5yr", 2020, "2016-2020", "target", 8.0)),
    ("罗湖区2021年政府工作报告\n“十四五”时期,全区地区生产总值年均增长6%左右。",
     ("gdp_growth_avg_5yr", 2025, "2021-2025", "target", 6.0)),
]


@pytest.mark.parametrize("text, expected", SPAN_TARGET_CASES)
def test_five_year_targets_are_span_targets(text, expected):
    found = everything(text)
    assert expected in found
    assert not [f for f in found if f[3] == "actual" and f[4] == expected[4]]


def test_a_plan_year_level_in_a_review_stays_an_outcome():
    text = "罗湖区2026年政府工作报告\n一、2025年工作回顾\n2025年,全区地区生产总值达到3100.5亿元。"
    assert ("gdp", 2025, "year", "actual", 3100.5) in charted(text)


# 5. targets in news wording
NEWS_TARGET_CASES = [
    (NEWS_2023 + "今年,罗湖区本地生产总值预期增长7%左右。", ("gdp_growth", 2023, "year", "target", 7.0)),
    (NEWS_2023 + "报告提出,今年全区一般公共预算收入预期增长5%。", ("fiscal_revenue_growth", 2023, "year", "target", 5.0)),
    (NEWS_2023 + "今年罗湖将力争社会消费品零售总额增长6%以上。", ("retail_sales_growth", 2023, "year", "target", 6.0)),
    (NEWS_2023 + "今年,全区要确保固定资产投资增长10%。", ("fixed_investment_growth", 2023, "year", "target", 10.0)),
    (NEWS_2023 + "2023年,全区地区生产总值预期增长6%以上。", ("gdp_growth", 2023, "year", "target", 6.0)),
]


@pytest.mark.parametrize("text, expected", NEWS_TARGET_CASES)
def test_targets_in_news_wording(text, expected):
    found = charted(text)
    assert expected in found
    assert not [f for f in found if f[0] == expected[0] and f[3] == "actual"]


def test_an_outcome_above_expectations_is_still_an_outcome():
    text = NEWS_2023 + "去年全区地区生产总值增长6.5%,高于预期。"
    assert ("gdp_growth", 2022, "year", "actual", 6.5) in charted(text)


# 6. tables
PIPE_TABLE = """罗湖区2023年国民经济和社会发展主要指标
| 指标 | 单位 | 2023年计划 | 2023年完成 | 完成情况 |
| --- | --- | --- | --- | --- |
| 地区生产总值增长 | % | 6 | 7.2 | 超额完成 |
| 固定资产投资 | 亿元 | 300 | 310.5 | 完成 |
| 社会消费品零售总额增长 | % | 8.1-8.6 | 9.0 | 超额完成 |
"""
CELL_TABLE = """2023年罗湖区主要经济指标
罗湖区统计局
指标
绝对值(亿元)
比上年增长(%)
地区生产总值
2808.19
7.2
社会消费品零售总额
1500.3
5.1
"""
PLAN_CELL_TABLE = """罗湖区2024年主要预期目标表
指标名称
单位
2024年目标
地区生产总值
亿元
3560-3570
地区生产总值增速
%
6
"""


@pytest.mark.parametrize("text, expected", [
    (PIPE_TABLE, ("gdp_growth", 2023, "year", "target", 6.0)),
    (PIPE_TABLE, ("gdp_growth", 2023, "year", "actual", 7.2)),
    (PIPE_TABLE, ("fixed_investment", 2023, "year", "target", 300.0)),
    (PIPE_TABLE, ("fixed_investment", 2023, "year", "actual", 310.5)),
    (PIPE_TABLE, ("retail_sales_growth", 2023, "year", "target", 8.1)),
    (CELL_TABLE, ("gdp", 2023, "year", "actual", 2808.19)),
    (CELL_TABLE, ("gdp_growth", 2023, "year", "actual", 7.2)),
    (CELL_TABLE, ("retail_sales_growth", 2023, "year", "actual", 5.1)),
    (PLAN_CELL_TABLE, ("gdp", 2024, "year", "target", 3560.0)),
    (PLAN_CELL_TABLE, ("gdp_growth", 2024, "year", "target", 6.0)),
])
def test_tables(text, expected):
    assert expected in charted(text)


def test_a_table_range_keeps_both_ends():
    rows = [r for r in rows_of(PIPE_TABLE) if r["indicator"] == "retail_sales_growth" and r["kind"] == "target"]
    assert [(r["value"], r["value_high"]) for r in rows] == [(8.1, 8.6)]


def test_table_quotes_are_the_cells_row():
    for r in rows_of(PIPE_TABLE):
        assert str(r["value"]).rstrip("0").rstrip(".") in r["quote"].replace(".0 ", " ")


# 7. wordings
REVIEW_2021 = "罗湖区2022年政府工作报告\n一、2021年工作回顾\n"
WORDING_CASES = [
    (REVIEW_2021 + "每平方公里产出GDP达31.6亿元。", ("gdp_per_km2", 2021, "year", "actual", 31.6), "gdp"),
    (REVIEW_2021 + "辖区GDP每平方公里产出31.6亿元。", ("gdp_per_km2", 2021, "year", "actual", 31.6), "gdp"),
    (REVIEW_2021 + "社消零总额1200.5亿元,增长8%。", ("retail_sales", 2021, "year", "actual", 1200.5), None),
    (REVIEW_2021 + "固定资产投资稳步扩大。全年完成投资380.2亿元,增长9%。", ("fixed_investment", 2021, "year", "actual", 380.2), None),
    (REVIEW_2021 + "固定资产投资方面,投资完成额380.2亿元。", ("fixed_investment", 2021, "year", "actual", 380.2), None),
    (REVIEW_2021 + "社会消费品零售总额降幅收窄至-10%。", ("retail_sales_growth", 2021, "year", "actual", -10.0), None),
    (REVIEW_2021 + "固定资产投资降幅收窄至8.5%。", ("fixed_investment_growth", 2021, "year", "actual", -8.5), None),
    (REVIEW_2021 + "城、乡居民人均可支配收入分别增长8%、9%。", ("disposable_income_urban_growth", 2021, "year", "actual", 8.0),
     "disposable_income"),
    (REVIEW_2021 + "一般公共预算收入由85亿元增至137亿元。", ("fiscal_revenue", 2021, "year", "actual", 137.0), None),
    ("罗湖区2021年政府工作报告\n一般公共预算收入由2015年的85.2亿元增至2020年的137.4亿元。",
     ("fiscal_revenue", 2015, "year", "actual", 85.2), None),
    (REVIEW_2021 + "地区生产总值突破2500亿元大关,达2614.9亿元。", ("gdp", 2021, "year", "actual", 2614.9), None),
]


@pytest.mark.parametrize("text, expected, not_indicator", WORDING_CASES)
def test_wordings(text, expected, not_indicator):
    found = charted(text)
    assert expected in found
    if not_indicator:
        assert not [f for f in found if f[0] == not_indicator]


def test_a_milestone_is_not_the_figure():
    found = charted(REVIEW_2021 + "地区生产总值突破2500亿元大关,达2614.9亿元。")
    assert not [f for f in found if f[4] == 2500.0]


def test_from_value_without_a_year_is_not_charted():
    found = everything(REVIEW_2021 + "一般公共预算收入由85亿元增至137亿元。")
    assert not [f for f in found if f[4] == 85.0]


def test_rural_income_is_not_the_urban_headline():
    found = charted(REVIEW_2021 + "城、乡居民人均可支配收入分别增长8%、9%。")
    assert not [f for f in found if f[4] == 9.0]


# 8. the region
REGION_CASES = [
    ("福田区2023年政府工作报告\n各位代表:过去一年,地区生产总值增长6%。", {}, "福田区"),
    ("广州市天河区人民政府工作报告\n过去一年,全区地区生产总值增长5%。", {}, "天河区"),
    ("关于绵阳市涪城区2022年国民经济和社会发展计划执行情况的报告\n一、2022年计划执行情况\n地区生产总值增长4%。", {}, "涪城区"),
    ("长沙县人民政府工作报告\n——2023年1月10日在长沙县第十八届人民代表大会第三次会议上\n过去一年,全县地区生产总值增长5%。", {}, "长沙县"),
    ("数字经济大会召开 2023-05-01 10:00\n数字龙华建设加速推进。龙华区委书记出席。数字龙华成效明显,龙华区地区生产总值增长6%。",
     {}, "龙华区"),
    ("经济运行简报\n全区地区生产总值增长6%。", {"source_url": "http://www.szft.gov.cn/xxgk/tjsj/1.html"}, "福田区"),
    ("经济运行简报\n全区地区生产总值增长6%。", {"region": "盐田区"}, "盐田区"),
    ("深圳市罗湖区人民政府工作报告\n各位代表:过去一年,地区生产总值增长6%。", {}, "罗湖区"),
    ("南山区2023年政府工作报告\n过去一年,与福田区、罗湖区深化合作。", {"region": "罗湖区"}, "南山区"),
]


@pytest.mark.parametrize("text, meta, region", REGION_CASES)
def test_region_is_read_from_the_document(text, meta, region):
    assert [d.region for d in documents_from_text(CAT, text, "case.txt", meta=meta)] == [region]


@pytest.mark.parametrize("text", [
    "经济运行简报\n全区地区生产总值增长6%。",
    "年度工作总结\n过去一年,全区固定资产投资增长9%,社会消费品零售总额增长5%。",
    "新闻 2023-02-01 10:00\n会议通报了全区经济数据。",
    "区政府工作报告\n各位代表:过去一年,全区地区生产总值增长6%。",
    "工作报告\n福田区和罗湖区代表参加。",
])
def test_an_unknown_region_is_never_filled_in(text):
    docs = documents_from_text(CAT, text, "case.txt")
    assert [d.region for d in docs] == [None]
    assert docs[0].warnings


def test_figures_of_an_unknown_region_go_to_review():
    rows = rows_of("区政府工作报告\n——2023年1月10日在区第八届人民代表大会第三次会议上\n各位代表:过去一年,全区地区生产总值增长6%。")
    assert rows and all(r["confidence"] == "low" and "region" in r["confidence_reason"] for r in rows)


# 9. repeated statements of the same figure are one observation with several sources
REPEATS = [
    # a review paragraph and an annex line
    (REVIEW_2021 + "地区生产总值2614.9亿元,增长6.5%。\n三、附件\n2021年全区地区生产总值2614.9亿元。", "gdp", 2),
    # a summary sentence and the detailed paragraph of the same section
    (REVIEW_2021 + "全年固定资产投资增长9.1%。\n(二)投资\n固定资产投资增长9.1%,其中工业投资增长15%。", "fixed_investment_growth", 2),
    # the same figure with fewer decimals is the same statement once rounded
    (REVIEW_2021 + "一般公共预算收入124.5亿元。\n(三)财政\n一般公共预算收入124.5亿元,增长5.2%。", "fiscal_revenue", 2),
    # stated three times
    (REVIEW_2021 + "社会消费品零售总额增长7%。\n社会消费品零售总额增长7%。\n社会消费品零售总额增长7%。", "retail_sales_growth", 3),
    # a table row and a sentence
    ("罗湖区2022年国民经济和社会发展计划(草案)\n一、2021年计划执行情况\n地区生产总值增长6.5%。\n"
     "| 指标 | 单位 | 2021年完成 |\n| --- | --- | --- |\n| 地区生产总值增长 | % | 6.5 |\n", "gdp_growth", 2),
]


@pytest.mark.parametrize("text, indicator, n", REPEATS)
def test_a_repeated_figure_is_one_observation(text, indicator, n):
    from etl.combine.merge import merge_mentions

    obs, sources = merge_mentions([r for r in rows_of(text) if r["indicator"] == indicator and r["confidence"] == "high"])
    assert len(obs) == 1 and obs[0]["n_sources"] == n and len(sources) == n


def test_a_document_stating_one_figure_twice_differently_charts_the_first_and_sends_the_other_to_review():
    text = REVIEW_2021 + "地区生产总值增长6.5%。\n(二)另据统计,地区生产总值增长6.6%。"
    rows = [r for r in rows_of(text) if r["indicator"] == "gdp_growth"]
    assert [(r["value"], r["confidence"]) for r in rows] == [(6.5, "high"), (6.6, "low")]
    assert "6.5" in rows[1]["confidence_reason"]


# more wordings met on real reports of other places (each in new words)
MORE_CASES = [
    # the verb nearest the number decides its sign, not an earlier 下降 in the clause
    (REVIEW_2021 + "固定资产投资扭转了两年来的下降态势,增长3.4%。", ("fixed_investment_growth", 2021, "year", "actual", 3.4)),
    # a news headline that mentions the work report is still news; its dated year lead carries through ';'
    ("罗湖区七届人大五次会议开幕,区长向大会作政府工作报告。\n报告显示,2019年全区地区生产总值完成2400.1亿元,增长6.9%;"
     "社会消费品零售总额1200.2亿元,增长5.1%。", ("retail_sales_growth", 2019, "year", "actual", 5.1)),
    # 城乡 written without a mark still pairs two numbers: the urban one is the urban residents' series
    (REVIEW_2021 + "城乡居民人均可支配收入分别增长6.1%、7.3%。", ("disposable_income_urban_growth", 2021, "year", "actual", 6.1)),
    # the items of a bulleted list keep the year of the list's first item
    ("罗湖区新闻 2022-05-01 10:00\n会议通报:\n●2021年全区地区生产总值2614.9亿元;\n●一般公共预算收入124.5亿元;\n",
     ("fiscal_revenue", 2021, "year", "actual", 124.5)),
    # a province's report in 万亿元 is read on the catalogue's 亿 scale
    ("广东省十四届人大一次会议开幕\n2022年全省地区生产总值达到12.9万亿元。", ("gdp", 2022, "year", "actual", 129000.0)),
    # a range is a plan, even without a target word
    (NEWS_2023 + "2023年,全区地区生产总值增长5.5-6%。", ("gdp_growth", 2023, "year", "target", 5.5)),
]


@pytest.mark.parametrize("text, expected", MORE_CASES)
def test_more_wordings(text, expected):
    assert expected in charted(text)


MORE_NEGATIVES = [
    # another city's total inside a district's news is not the district's
    (NEWS_2023 + "2022年,广州经济总量突破2.8万亿元,罗湖区地区生产总值2500.1亿元。", ("gdp", 28000.0)),
    # rural income is not the headline income
    (REVIEW_2021 + "农村居民人均可支配收入1.9万元,增长9%。", ("disposable_income", 1.9)),
    # consumer prices are not income growth
    (REVIEW_2021 + "居民人均可支配收入增长与经济增长同步,居民消费价格指数上涨2.8%。", ("disposable_income_growth", 2.8)),
    # a headline that mentions the report does not make the news a report of its own year's outcomes
    ("罗湖区七届人大五次会议开幕,区长向大会作政府工作报告。\n全区地区生产总值增长6.9%。", ("gdp_growth", 6.9)),
]


@pytest.mark.parametrize("text, never", MORE_NEGATIVES)
def test_more_negatives(text, never):
    assert not [f for f in charted(text) if f[0] == never[0] and f[4] == never[1]]


def test_an_outcome_in_congress_season_news_without_a_year_is_last_years_and_reviewed():
    rows = [r for r in rows_of(NEWS_2023 + "会议通报,全区固定资产投资增长8.8%。") if r["indicator"] == "fixed_investment_growth"]
    assert [(r["year"], r["confidence"]) for r in rows] == [(2022, "low")]


@pytest.mark.parametrize("text, meta, region", [
    # a city's statistics bureau as issuer; a city not in data/regions.csv is read as found
    ("北海市统计局\n国家统计局某海调查队\n2012年3月19日\n初步核算,全市地区生产总值增长9%。", {}, "北海市"),
    # any government site is under gov.cn: that does not make it the nation's
    ("经济运行简报\n全区地区生产总值增长6%。", {"source_url": "http://www.xx.gov.cn/tjj/1.html"}, None),
    ("国务院政府工作报告\n过去一年,国内生产总值增长5%。", {"source_url": "https://www.gov.cn/gongbao/1.html"}, "全国"),
])
def test_more_regions(text, meta, region):
    assert [d.region for d in documents_from_text(CAT, text, "case.txt", meta=meta)] == [region]


def test_a_bulletin_out_in_march_reviews_the_year_before():
    text = "北海市统计局\n2012年3月19日\n全年地方财政一般预算收入151.07亿元,比上年增长17.3%。"
    assert ("fiscal_revenue", 2011, "year", "actual", 151.07) in charted(text)


def test_the_sidecar_date_dates_an_undated_page():
    # (the months that ended just before the date: a path measured apart, charted; see test_months_just_ended.py)
    text = "罗湖区经济运行简报\n前三季度,全区地区生产总值增长5.1%。"
    rows = rows_of(text, {"date": "2025-11-03"})
    assert [(r["year"], r["period"], r["confidence"]) for r in rows if r["indicator"] == "gdp_growth"] == \
        [(2025, "Q1-Q3", "high")]
    whole = rows_of("罗湖区经济运行简报\n全区地区生产总值增长5.1%。", {"date": "2025-11-03"})
    assert all(r["confidence"] == "low" for r in whole if r["indicator"] == "gdp_growth")


def test_congress_season_news_charts_last_years_stated_outcomes():
    text = ("临潼区第一届人民代表大会第二次会议开幕 2018-01-24 16:20\n区长作政府工作报告。\n"
            "预计地区生产总值超过1730亿元,增长7.9%左右;社会消费品零售总额312亿元,增长8.4%。")
    found = charted(text)
    assert {("gdp_growth", 2017, "year", "actual", 7.9), ("retail_sales", 2017, "year", "actual", 312.0)} <= found


def test_regarding_a_year_names_that_year():
    text = ("浏阳市人大会议开幕\n报告回顾了2017年工作。\n对于2018年工作,市长表示要稳中求进。\n"
            "今年经济社会发展主要预期目标是:地区生产总值增长7.5%左右。")
    assert ("gdp_growth", 2018, "year", "target", 7.5) in everything(text)



# Second round, from a held-out measurement on real pages of other districts (new wording, invented figures)

@pytest.mark.parametrize("lead, period", [
    ("2024年1月-11月,", "M1-M11"), ("2024年1月—10月,", "M1-M10"), ("2024年1月至9月,", "Q1-Q3"),
    ("2024年1月~6月,", "H1"), ("2024年1月到3月,", "Q1"),
])
def test_month_ranges_with_both_months_named_are_part_years(lead, period):
    text = NEWS_2021.replace("2021", "2025") + lead + "全区社会消费品零售总额约655亿元,增长4.4%。"
    rows = {(r["indicator"], r["year"], r["period"]) for r in rows_of(text)}
    assert ("retail_sales", 2024, period) in rows and ("retail_sales_growth", 2024, period) in rows
    assert not [r for r in rows if r[2] == "year"]


FIVE_YEAR_REVIEW = "邵阳市人民政府工作报告\n(2020年1月10日)\n一、过去五年工作回顾\n五年来,全市地区生产总值年均增长9.1%,2019年达到5120亿元。"


@pytest.mark.parametrize("sentence, expected", [
    ("全社会固定资产投资年均增长7.7%,达到1840亿元。", ("fixed_investment", 2019, "year", "actual", 1840.0)),
    ("社会消费品零售总额年均增长10.2%,达到2210亿元。", ("retail_sales", 2019, "year", "actual", 2210.0)),
    ("一般公共预算收入年均增长8%,达到402.5亿元。", ("fiscal_revenue", 2019, "year", "actual", 402.5)),
    ("全社会固定资产投资年均增长7.7%,提高到1840亿元。", ("fixed_investment", 2019, "year", "actual", 1840.0)),
    ("社会消费品零售总额达2210亿元。", ("retail_sales", 2019, "year", "actual", 2210.0)),
])
def test_a_level_reached_at_the_end_of_a_five_year_review_is_the_last_years(sentence, expected):
    assert expected in charted(FIVE_YEAR_REVIEW + sentence)


def test_a_five_year_total_is_not_an_end_level():
    found = everything(FIVE_YEAR_REVIEW + "五年全社会固定资产投资累计完成8200亿元。")
    assert ("fixed_investment", 2019, "year", "actual", 8200.0) not in found


OUR_CONGRESS = "雁塔区第三届人民代表大会第二次会议开幕\n"
ABOUT_ANOTHER_PLACE = [
    # a province's meeting reported in a district's news: its figure is not the district's
    (OUR_CONGRESS + "据悉,广东省人大会议提到,大湾区建设加快推进,预计2025年经济总量突破16万亿元。", "gdp"),
    (OUR_CONGRESS + "深圳市统计局公布,2024年地区生产总值增长5.8%。", "gdp_growth"),
    (OUR_CONGRESS + "此前香港特区政府表示,2024年本地生产总值增长2.5%。", "gdp_growth"),
]


@pytest.mark.parametrize("text, indicator", ABOUT_ANOTHER_PLACE)
def test_a_sentence_about_another_place_gives_no_figure_of_ours(text, indicator):
    assert [d.region for d in documents_from_text(CAT, text, "case.txt")] == ["雁塔区"]
    assert not [r for r in rows_of(text) if r["indicator"] == indicator]


@pytest.mark.parametrize("text, expected", [
    # led by the city, compared with the city, or the city named with the district: still ours
    ("罗湖区政府工作报告\n一、2024年工作回顾\n在深圳市委市政府的坚强领导下,全区地区生产总值增长4.6%。",
     ("gdp_growth", 2024, "year", "actual", 4.6)),
    ("罗湖区政府工作报告\n一、2024年工作回顾\n增速比深圳市平均高0.4个百分点,地区生产总值增长4.6%。",
     ("gdp_growth", 2024, "year", "actual", 4.6)),
    ("罗湖区政府工作报告\n一、2024年工作回顾\n深圳市罗湖区地区生产总值增长4.6%。",
     ("gdp_growth", 2024, "year", "actual", 4.6)),
    ("罗湖区政府工作报告\n一、2024年工作回顾\n深圳市经济总量增长5%,全区地区生产总值增长4.6%。",
     ("gdp_growth", 2024, "year", "actual", 4.6)),
])
def test_the_own_place_after_another_is_still_ours(text, expected):
    assert expected in charted(text)


def test_an_undated_item_reads_this_year_as_the_one_year_it_states_and_sends_it_to_review():
    text = ("临潼区人大会议开幕\n区长作政府工作报告。\n今年全区经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,"
            "规上工业企业增加值增长6%。\n会议提出,2023年要推动高质量发展。")
    rows = [r for r in rows_of(text) if r["indicator"] in ("gdp_growth", "industrial_va_growth")]
    assert {(r["indicator"], r["year"], r["kind"], r["value"], r["confidence"]) for r in rows} == {
        ("gdp_growth", 2023, "target", 5.5, "low"), ("industrial_va_growth", 2023, "target", 6.0, "low")}


def test_an_undated_item_stating_two_years_gives_this_year_no_year():
    text = ("临潼区人大会议开幕\n今年全区经济社会发展的主要预期目标是:地区生产总值增长5.5%左右。\n"
            "2022年全区地区生产总值增长3%。会议提出,2023年要推动高质量发展。")
    assert not [r for r in rows_of(text) if r["indicator"] == "gdp_growth" and r["value"] == 5.5]


def test_a_city_issuer_is_read_past_a_stray_word_before_its_congress():
    text = ("益阳市人民政府关于印发益阳市2024年国民经济和社会发展计划的通知\n各县区人民政府:\n"
            "《益阳市2024年国民经济和社会发展计划》已经市十届人大二次会议审议通过,现印发给你们。\n益阳市人民政府")
    assert [d.region for d in documents_from_text(CAT, text, "case.txt")] == ["益阳市"]


@pytest.mark.parametrize("second", [
    "2023年一季度,全区经济开局良好。初步预计,地区生产总值增长6%以上;固定资产投资增长31.5%。",
    "1—2月,全区固定资产投资增长31.5%,地区生产总值增长6%以上。",
    "初步核算,一季度全区地区生产总值增长6%以上,固定资产投资增长31.5%。",
])
def test_news_targets_end_where_a_part_year_or_first_estimate_is_reported(second):
    text = ("临潼区人大会议开幕 2023-04-20 09:00\n区长作政府工作报告。\n"
            "2023年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右;固定资产投资增长10%。\n" + second)
    rows = {(r["indicator"], r["kind"], r["value"]) for r in rows_of(text)}
    assert {("gdp_growth", "target", 6.0), ("fixed_investment_growth", "target", 10.0)} <= rows
    assert ("fixed_investment_growth", "actual", 31.5) in rows
    assert ("fixed_investment_growth", "target", 31.5) not in rows


def test_a_floor_and_a_stretch_goal_are_two_targets_not_a_conflict():
    from dataclasses import replace

    from etl.combine.merge import merge_mentions
    from etl.knowledge import load_knowledge as catalogue

    text = "罗湖区“十四五”规划纲要\n(2021年1月20日)\n主要目标\n到2025年,全区地区生产总值突破1900亿元。"
    floor = next(r for r in rows_of(text) if r["indicator"] == "gdp")
    goal = replace(floor, value=2000.0, qualifier="力争", char_start=floor.char_start + 1)
    other = replace(floor, value=2100.0, qualifier="以上", char_start=floor.char_start + 2)
    stretch = frozenset(q for q, h in catalogue().hedges.items() if h.get("stretch"))
    obs, _ = merge_mentions([floor, goal], stretch=stretch)
    assert sorted((o.value, o.agreement) for o in obs) == [(1900.0, "single"), (2000.0, "stretch")]
    obs, _ = merge_mentions([floor, other], stretch=stretch)      # two floors that differ do conflict
    assert {o.agreement for o in obs} == {"conflict"}
