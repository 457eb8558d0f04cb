"""Outcomes of an item dated before its year ends (issue 23, class of set AH). An item whose head (before its first
figure) names one part of the year (一季度, 前三季度, 1-7月), and not the year so far, and is dated one to three months
after that part ends reads its own year's outcomes as that part's, as a half year's item reads them as the half's;
where the text names no part, an outcome compared with the same period of last year (比上年同期增长, 较去年同期,
由上年同期的…调整为…) is read but not charted, for it is a part of the year the text does not name there. Made-up texts of
this file's own wording; negatives: a head naming two parts, an item dated long after the part, a December item, a
January review of the year before and a plain growth."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
HEAD = ("本报讯 记者日前从省统计局获悉,今年{p}全省经济运行总体平稳,结构调整积极推进,新动能持续积聚,重点领域改革稳步实施。\n"
        "总体看,全省经济稳中有进。特别是全省规模以上工业增加值比上年同期增长4.1%,为近年同期最好水平。\n")


@pytest.mark.parametrize("part, date, period", [("一季度", "2018-04-25", "Q1"), ("前三季度", "2018-10-23", "Q1-Q3"),
                                                ("1-7月", "2021-08-12", "M1-M7"), ("1-4月", "2019-05-20", "M1-M4"),
                                                ("一季度", "2022-06-10", "Q1")])
def test_an_items_own_outcomes_are_the_part_its_head_names(part, date, period):
    got = figures(HEAD.format(p=part), FIELDS, meta={"region": "黑龙江省", "date": date}, charted=True)
    assert ("industrial_va_growth", int(date[:4]), period, 4.1) in got


@pytest.mark.parametrize("part, date", [("一季度和上半年", "2018-07-25"), ("一季度", "2018-09-25")])
def test_two_parts_or_a_date_long_after_the_part_name_no_period(part, date):
    got = figures(HEAD.format(p=part), FIELDS, meta={"region": "黑龙江省", "date": date})
    assert not {f for f in got if f[0] == "industrial_va_growth" and f[2] == "Q1"}


NEWS = "记者从省统计局获悉,全省经济运行稳中有进,结构持续优化。\n{s}\n"


@pytest.mark.parametrize("sentence, date, indicator", [
    ("特别是全省规模以上工业增加值比上年同期增长4.1%,为近年同期最好水平。", "2018-09-25", "industrial_va_growth"),
    ("全省固定资产投资较去年同期增长6.2%。", "2019-07-20", "fixed_investment_growth"),
    ("全省社会消费品零售总额比去年同期增长8.8%。", "2020-10-22", "retail_sales_growth"),
    ("三次产业结构由上年同期的7.3:48.8:43.9调整为6.7:47.8:45.5。", "2018-10-23", "tertiary_share"),
    ("全省一般公共预算收入比上年同期增长3.4%。", "2021-08-02", "fiscal_revenue_growth"),
])
def test_a_same_period_outcome_where_no_part_is_named_is_not_charted(sentence, date, indicator):
    year, meta = int(date[:4]), {"region": "黑龙江省", "date": date}
    read = {f for f in figures(NEWS.format(s=sentence), FIELDS, meta=meta) if f[0] == indicator and f[1] == year}
    charted = {f for f in figures(NEWS.format(s=sentence), FIELDS, meta=meta, charted=True) if f[0] == indicator}
    assert read and not charted


@pytest.mark.parametrize("sentence, date", [
    ("2018年,全省规模以上工业增加值比上年同期增长4.1%。", "2018-12-28"),
    ("2017年,全省规模以上工业增加值比上年同期增长4.1%。", "2018-01-25"),
    ("全省规模以上工业增加值比上年增长4.1%。", "2018-12-20"),   # (in September or November: a whole year not over)
])
def test_a_december_item_a_january_review_and_a_plain_growth_stay_charted(sentence, date):
    got = figures(NEWS.format(s=sentence), FIELDS, meta={"region": "黑龙江省", "date": date}, charted=True)
    assert {f for f in got if f[0] == "industrial_va_growth" and f[3] == 4.1}


# a structure's state of the same part of last year (由上年同期的a:b:c调整为d:e:f) in such an item is that part's, last year's
STRUCTURE = ("本报讯 记者日前从省统计局获悉,今年{p}全省经济运行总体平稳,结构调整积极推进。\n"
             "分产业看,三次产业结构由上年同期的7.3:48.8:43.9调整为6.7:47.8:45.5。\n")


@pytest.mark.parametrize("part, date, period", [("前三季度", "2018-10-23", "Q1-Q3"), ("一季度", "2019-04-20", "Q1"),
                                                ("1-7月", "2021-08-12", "M1-M7"), ("1-4月", "2019-05-20", "M1-M4"),
                                                ("前三季度", "2020-11-02", "Q1-Q3")])
def test_a_same_period_structure_before_is_last_years_part(part, date, period):
    got = figures(STRUCTURE.format(p=part), FIELDS, meta={"region": "江西省", "date": date})
    year = int(date[:4])
    assert {("tertiary_share", year, period, 45.5), ("tertiary_share", year - 1, period, 43.9)} <= got


def test_a_whole_years_structure_before_is_last_years_whole():
    text = "某省统计公报\n2018年,全省三次产业结构由上年的7.3:48.8:43.9调整为6.7:47.8:45.5。\n"
    got = figures(text, FIELDS, meta={"region": "江西省", "date": "2019-03-01"})
    assert ("tertiary_share", 2017, "year", 43.9) in got


# a title taken from a line of the body, with a figure in it, hides no part: the text's head still names it
BODY_TITLE = ("{t}\n时节如流,奋进正当时。\n7月28日下午,市统计局联合发布{p}经济运行“成绩单”:全市地区生产总值2535.08亿元,增长4.1%。\n"
              "虽然全市固定资产投资下降14.2%,但部分领域投资增势不错。\n")


@pytest.mark.parametrize("title, part, date, period", [
    ("专用设备制造业增加值增长16.4%", "上半年", "2023-07-28", "H1"), ("高技术产业投资增长20%", "上半年", "2022-07-26", "H1"),
    ("新能源汽车产量增长15.5%", "前三季度", "2021-10-25", "Q1-Q3"), ("外贸进出口增长12%", "一季度", "2020-04-24", "Q1"),
    ("网上零售额增长8.3%", "1-7月", "2019-08-20", "M1-M7")])
def test_a_title_with_a_figure_leaves_the_heads_part(title, part, date, period):
    got = figures(BODY_TITLE.format(t=title, p=part), FIELDS, meta={"region": "太原市", "date": date})
    assert ("fixed_investment_growth", int(date[:4]), period, -14.2) in got


def test_a_head_of_the_year_so_far_names_no_part_under_such_a_title():
    text = BODY_TITLE.format(t="专用设备制造业增加值增长16.4%", p="今年以来").replace("发布今年以来", "发布今年以来上半年")
    got = figures(text, FIELDS, meta={"region": "太原市", "date": "2023-07-28"})
    assert not {f for f in got if f[0] == "fixed_investment_growth" and f[2] == "H1"}
