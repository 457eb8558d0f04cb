"""Six rules from set S, in texts written for this test:

1. A target word that leads a list (力争A年均增长x%,B年均增长y%) makes every plain item of the list a target, until an
   outcome word, a year, a part of one, a turn (但, 其中) or a semicolon ends the list.
2. A sentence that opens with a past span of years (2017年至2021年,…) dates a level the span reached (从A增长到B: B)
   by the span's last year, never by its first; the start of the span (从A) and a growth over it that says neither
   年均 nor 累计 get no year of their own.
3. A five-year plan's end, or a year, as a base (由“十二五”末的A, 比十一五末增长x%, 是2015年的n倍): the level is that
   end's, the growth since it is over the next plan, and only when the figure's own year ends that plan.
4. A province's government named as the venue of a press conference (在X省人民政府新闻办公室举行的…) about a city
   below it, named far more often, is not the issuer.
5. A title about a body or a part of a place that no unit of the gazetteer is (X生产建设兵团, X森工集团, X国有林区…
   统计公报) gives no region, not the province whose short name it begins with.
6. A revenue whose sentence goes on to name its local part (…,其中地方财政预算收入13亿元) is a total with the upper
   levels' share: not the general budget revenue.
"""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge
from tests.extracting import figures

K = load_knowledge()
KIND = ("indicator", "period", "kind", "value")
WHEN = ("indicator", "year", "period", "value")


def undated(text, fields=KIND):
    return figures(text, fields, meta={"region": "罗湖区"})


def dated(text, date, fields=WHEN):
    return figures(text, fields, meta={"region": "罗湖区", "date": date})


@pytest.mark.parametrize("text, expected", [
    ("“十二五”期间,本区将在工业上实现新跨越,力争全区生产总值年均增长12%,固定资产投资年均增长25%,"
     "社会消费品零售总额年均增长15%。",
     {("gdp_growth_avg_5yr", "2011-2015", "target", 12.0), ("fixed_investment_growth_avg_5yr", "2011-2015", "target", 25.0),
      ("retail_sales_growth_avg_5yr", "2011-2015", "target", 15.0)}),
    ("“十三五”时期,全县争取地区生产总值年均增长8%,一般公共预算收入年均增长7%。",
     {("gdp_growth_avg_5yr", "2016-2020", "target", 8.0), ("fiscal_revenue_growth_avg_5yr", "2016-2020", "target", 7.0)}),
    ("“十二五”期间,本区努力实现新突破,力争一般公共预算收入年均增长11%,社会消费品零售总额年均增长13%。",
     {("fiscal_revenue_growth_avg_5yr", "2011-2015", "target", 11.0),
      ("retail_sales_growth_avg_5yr", "2011-2015", "target", 13.0)}),
    ("“十二五”期间,全区预期生产总值年均增长9%,固定资产投资年均增长18%。",
     {("gdp_growth_avg_5yr", "2011-2015", "target", 9.0), ("fixed_investment_growth_avg_5yr", "2011-2015", "target", 18.0)}),
    ("“十三五”时期,全县力争一般公共预算收入年均增长9%,固定资产投资年均增长14%,社会消费品零售总额年均增长11%。",
     {("fiscal_revenue_growth_avg_5yr", "2016-2020", "target", 9.0),
      ("fixed_investment_growth_avg_5yr", "2016-2020", "target", 14.0),
      ("retail_sales_growth_avg_5yr", "2016-2020", "target", 11.0)}),
])
def test_a_target_word_leads_its_list(text, expected):
    assert undated(text) == expected


@pytest.mark.parametrize("text, ended_by", [
    ("“十二五”期间,力争全区生产总值年均增长12%,但固定资产投资年均增长25%。", "a turn"),
    ("“十二五”期间,力争全区生产总值年均增长12%,完成固定资产投资年均增长25%。", "an outcome word"),
    ("“十二五”期间,力争全区生产总值年均增长12%,其中固定资产投资年均增长25%。", "其中"),
])
def test_what_ends_a_list_led_by_a_target_word(text, ended_by):
    got = undated(text)
    assert ("gdp_growth_avg_5yr", "2011-2015", "target", 12.0) in got
    assert ("fixed_investment_growth_avg_5yr", "2011-2015", "target", 25.0) not in got, ended_by


@pytest.mark.parametrize("text, expected", [
    ("2017年至2021年,预计全区地区生产总值从206亿元增长到286亿元、年均增长7.9%。", ("gdp", 2021, "year", 286.0)),
    ("2016年至2020年,全区一般公共预算收入从8.2亿元增加到12.5亿元。", ("fiscal_revenue", 2020, "year", 12.5)),
    ("2017年至2021年,全区社会消费品零售总额由120亿元增长到165亿元。", ("retail_sales", 2021, "year", 165.0)),
    ("2017年至2021年,全区进出口总额从80亿元增加到112亿元。", ("trade", 2021, "year", 112.0)),
    ("2016年至2020年,全区地区生产总值从150亿元增长到214亿元。", ("gdp", 2020, "year", 214.0)),
])
def test_a_span_led_sentence_dates_the_level_reached_by_its_last_year(text, expected):
    got = dated(text, "2022-01-10")
    assert expected in got
    start = int(text[:4])
    assert not any(f[1] == start and f[0] == expected[0] for f in got), "never the span's first year"


@pytest.mark.parametrize("text, expected", [
    # the start of the span and a bare growth over it have no year
    ("2017年至2021年,全区地区生产总值从206亿元增长到286亿元。", {("gdp", 2021, "year", 286.0)}),
    ("2017年至2021年,全区固定资产投资增长45%。", set()),
    # negatives: a list of the span's years keeps each value's year; a stated average keeps its span
    ("2017年至2021年,全区地区生产总值分别增长5.3%、5.9%、6.1%、3.2%、6.4%。",
     {("gdp_growth", 2017, "year", 5.3), ("gdp_growth", 2018, "year", 5.9), ("gdp_growth", 2019, "year", 6.1),
      ("gdp_growth", 2020, "year", 3.2), ("gdp_growth", 2021, "year", 6.4)}),
    ("2017年至2021年,全区地区生产总值年均增长7.9%。", {("gdp_growth_avg_5yr", 2021, "2017-2021", 7.9)}),
])
def test_what_a_span_led_sentence_does_not_date(text, expected):
    assert dated(text, "2022-01-10") == expected


@pytest.mark.parametrize("text, date, expected", [
    ("过去五年,全区地区生产总值由“十二五”末的6557亿元增加到9017亿元。", "2021-01-20", ("gdp", 2015, "year", 6557.0)),
    ("过去五年,全区一般公共预算收入由“十三五”期末的21亿元增加到30亿元。", "2026-01-20", ("fiscal_revenue", 2020, "year", 21.0)),
    ("2015年,全区生产总值达到169亿元,比十一五末增长62%。", "2016-01-20",
     ("gdp_growth_cumulative_5yr", 2015, "2011-2015", 62.0)),
    ("全区固定资产投资138亿元,是十一五末的3.8倍,年均增长30.6%。", "2016-01-20",
     ("fixed_investment_growth_avg_5yr", 2015, "2011-2015", 30.6)),
    ("2020年,全区地区生产总值由2015年的6557亿元增加到9017亿元,年均增长5.5%。", "2021-01-20",
     ("gdp_growth_avg_5yr", 2020, "2016-2020", 5.5)),
])
def test_a_plans_end_or_a_year_as_the_base(text, date, expected):
    got = dated(text, date)
    assert expected in got
    assert not any(f[0] == expected[0] and f[2] != expected[2] and f[3] == expected[3] for f in got)


@pytest.mark.parametrize("text, date, expected", [
    # a base six years back: the average is over years not pinned down, so it is not read
    ("2011年,全区生产总值达到458亿元;地方财政一般预算收入达到32.6亿元,是2005年的3.8倍,年均增长25.1%。",
     "2012-01-05", {("gdp", 2011, "year", 458.0)}),
    # negatives: a plan's end named as a time, not a base, keeps that plan; a year that ends the plan is it
    ("“十三五”期末,全区地区生产总值年均增长8.1%。", "2021-01-20", {("gdp_growth_avg_5yr", 2020, "2016-2020", 8.1)}),
    ("2020年,全区地区生产总值9017亿元,年均增长5.5%。", "2021-01-20",
     {("gdp", 2020, "year", 9017.0), ("gdp_growth_avg_5yr", 2020, "2016-2020", 5.5)}),
])
def test_a_base_whose_span_is_not_the_figures(text, date, expected):
    got = {f for f in dated(text, date) if f[0].endswith("avg_5yr") or f[0] == "gdp"}
    assert got == expected


def region_of(text):
    return read_region(text, K.regions, K.gazetteer, None, None).region


PRESS = ("“奋进”向荣!保山发展迈出坚实步伐\n来源:新闻网 2023-08-12\n"
         "保山市委副书记、市长在云南省人民政府新闻办公室日前举行的系列新闻发布会上介绍,保山经济稳步向好。"
         "保山坚持项目为王,保山的产业培育迈出新步伐,保山全市生产总值增长5.7%,保山的发展基础得到提升。\n")


@pytest.mark.parametrize("text, region", [
    (PRESS, "保山市"),
    (PRESS.replace("新闻办公室日前举行的系列新闻发布会上", "新闻办公室召开的发布会上"), "保山市"),
    (PRESS.replace("日前举行的系列新闻发布会上", "举行的专场发布会上"), "保山市"),
    (PRESS.replace("新闻办公室日前举行的系列新闻发布会上", "新闻办公室近日召开的新闻发布会上"), "保山市"),
    (PRESS.replace("日前举行的系列新闻发布会上", "于8月11日举行的发布会上"), "保山市"),
    # negatives: a congress as the venue was read so before; the province's own press office about itself is its
    (PRESS.replace("云南省人民政府新闻办公室日前举行的系列新闻发布会上", "云南省人民代表大会会议期间"), "保山市"),
    ("云南省人民政府新闻办公室举行发布会,介绍云南省经济运行。云南省生产总值增长4.4%,云南经济稳中向好。\n", "云南省"),
])
def test_a_provinces_press_office_is_the_venue_not_the_issuer(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("text, region", [
    ("新疆生产建设兵团\n2019年国民经济和社会发展统计公报\n新疆生产建设兵团统计局\n"
     "2019年,兵团上下深入贯彻对新疆和兵团工作的重要讲话精神,全年实现生产总值2747亿元,比上年增长6.3%。\n", None),
    ("新疆生产建设兵团2019年国民经济和社会发展统计公报\n新疆生产建设兵团统计局\n"
     "兵团上下贯彻对新疆工作的部署,全年实现生产总值2747亿元。\n", None),
    ("内蒙古森工集团2019年国民经济和社会发展统计公报\n内蒙古森工集团统计局\n贯彻对内蒙古工作的部署,全年实现生产总值47亿元。\n",
     None),
    ("内蒙古大兴安岭重点国有林区2019年国民经济和社会发展统计公报\n内蒙古大兴安岭重点国有林区统计局\n"
     "贯彻对内蒙古工作的部署,全年实现生产总值47亿元。\n", None),
    ("新疆生产建设兵团\n2020年国民经济和社会发展统计公报\n新疆生产建设兵团统计局\n兵团贯彻对新疆工作的部署,全年生产总值3000亿元。\n",
     None),
    # negatives: the region itself, and a county of it, are read as before
    ("新疆维吾尔自治区2019年国民经济和社会发展统计公报\n新疆维吾尔自治区统计局\n全年实现生产总值13597亿元。\n",
     "新疆维吾尔自治区"),
    ("伊吾县2019年国民经济和社会发展统计公报\n伊吾县统计局\n全年实现生产总值37亿元。\n", "伊吾县"),
])
def test_a_body_that_is_no_unit_gives_no_region(text, region):
    assert region_of(text) == region


@pytest.mark.parametrize("text, read", [
    ("全年公共财政收入19.84亿元,同比增长1.8%,其中地方财政预算收入13.01亿元,下降7.1%。", set()),
    ("全年公共财政预算收入52亿元,增长6%,其中:地方收入30亿元。", set()),
    ("全年一般预算收入8.8亿元,其中地方级收入5.1亿元。", set()),
    # negatives: the local revenue itself, and a revenue whose part is its taxes, are read
    ("全年地方一般公共预算收入20亿元,增长5%,其中地方税收收入15亿元。",
     {("fiscal_revenue", 20.0), ("fiscal_revenue_growth", 5.0)}),
    ("全年一般公共预算收入25亿元,增长5%,其中税收收入18亿元。", {("fiscal_revenue", 25.0), ("fiscal_revenue_growth", 5.0)}),
])
def test_a_revenue_with_its_local_part_named_after_is_a_total(text, read):
    got = {(f[0], f[3]) for f in dated("2023年城东县国民经济和社会发展统计公报\n" + text, "2024-03-01", WHEN)}
    assert {g for g in got if g[0].startswith("fiscal_revenue")} == read
