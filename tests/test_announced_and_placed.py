"""General rules for reports never seen, each with texts written for this test:

1. A sentence that opens with what a report or a meeting proposes (报告提出, / 会议提出:) sets targets for
   the year ahead; a figure of an earlier year in it, or of a year before the item's date, is an outcome.
2. A title naming a year's plan itself (2022年全县国民经济和社会发展计划) is the year the document plans,
   when nothing else dates it; a title of the plan's execution is not.
3. The place: a higher government's site (the nation's portal) reporting on a unit below it is that
   unit's text; a line that is only a unit's name over the title names the issuer; a name that is the
   tail of a longer known name (北区 of 渝北区) is not a place of its own; a page's menus and index of
   years are no document of their own.
4. A threshold passed on the way (突破2000亿元,达到2031亿元) is not the level; the level reached is.
"""

import pytest

from etl.documents import documents_from_text
from etl.extract.metadata import split_segments
from etl.extract.region import read_region
from tests.extracting import K, figures


def rows(text, meta=None):
    return figures(text, ("indicator", "year", "kind", "value", "confidence"), meta or {"region": "罗湖区"})


def kinds(text, indicator="gdp_growth"):
    return {(year, kind) for ind, year, kind, _, _ in rows(text) if ind == indicator}


UNDATED = "区人代会开幕\n回顾2021年,全区地区生产总值增长6.5%,固定资产投资增长9%。\n"


@pytest.mark.parametrize("sentence, expected", [
    ("会议提出,2022年全区地区生产总值增长6%左右。", {(2022, "target")}),
    ("政府工作报告提出:2022年全区地区生产总值增长6%,社会消费品零售总额增长8%。", {(2022, "target")}),
    ("对于今年工作,报告提出,2022年全区经济发展的地区生产总值增长6.5%以上。", {(2022, "target")}),
    # negatives: a word that reports, not proposes; 提出 after the figure; an earlier year named with a later one
    ("报告指出,2022年全区地区生产总值增长6%。", {(2022, "actual")}),
    ("2022年全区地区生产总值增长6%,会议提出意见。", {(2022, "actual")}),
    ("报告提出,2021年全区地区生产总值增长6.2%,2022年全区生产总值增长6%左右。",
     {(2021, "actual"), (2022, "target")}),
])
def test_what_a_report_proposes_is_a_target_for_the_year_ahead(sentence, expected):
    assert kinds(UNDATED + sentence + "\n") - {(2021, "actual")} == expected - {(2021, "actual")}
    assert expected <= kinds(UNDATED + sentence + "\n")


def test_a_proposal_for_a_year_before_the_items_date_is_that_years_outcome():
    dated = "区人代会闭幕 2023-01-16 10:00\n会议提出,2022年全区地区生产总值增长6%。\n"
    assert kinds(dated) == {(2022, "actual")}
    assert kinds(dated.replace("2022年", "2023年")) == {(2023, "target")}


PLAN_BODY = ("2022年是关键之年,做好全年工作意义重大。全县经济社会发展主要预期目标为:地区生产总值增长7%左右;"
             "固定资产投资增长10%。\n")


@pytest.mark.parametrize("title, year", [
    ("2022年全县国民经济和社会发展计划报告", 2022),
    ("石湖县2022年国民经济和社会发展计划", 2022),
    ("关于2022年全县国民经济和社会发展计划的报告", 2022),
    # a negative: the plan's execution (its year is reviewed)
    ("2022年全县国民经济和社会发展计划执行情况", None),
    # a half year's execution carries the targets of its own year's plan
    ("关于石湖县2022年国民经济和社会发展计划上半年执行情况的报告", 2022),
])
def test_a_title_naming_a_years_plan_dates_an_undated_plan(title, year):
    docs = documents_from_text(K, title + "\n" + PLAN_BODY, "case.txt", meta={"region": "罗湖区", "title": title})
    assert docs[0].plans_year == year


def test_an_undated_plan_titled_with_its_year_charts_its_targets():
    title = "2022年全县国民经济和社会发展计划报告"
    got = rows(title + "\n" + PLAN_BODY, {"region": "罗湖区", "title": title})
    assert ("gdp_growth", 2022, "target", 7.0, "high") in got
    assert ("fixed_investment_growth", 2022, "target", 10.0, "high") in got


COUNTY = "安吉县全年经济平稳增长,安吉县工业稳步发展,安吉县地区生产总值增长7%。" + "各项工作稳步推进。" * 5


@pytest.mark.parametrize("url, region", [
    ("http://www.gov.cn/gzdt/2013-04/25/content_1.htm", "安吉县"),
    ("http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/content_2.htm", "安吉县"),
    # negatives: the nation's site with a text that names no place below it; a city's site for its own text
    ("http://www.gov.cn/gzdt/content_3.htm", "全国"),
    ("http://sz.gov.cn/news/1.htm", "深圳市"),
])
def test_a_higher_governments_site_reporting_on_a_unit_below_it(url, region):
    text = COUNTY if region != "全国" and "sz.gov" not in url else "全国经济平稳增长。" + "各项工作稳步推进。" * 5
    assert read_region(text, K.regions, K.gazetteer, None, url).region == region


@pytest.mark.parametrize("text, region", [
    ("安吉县\n2020年国民经济和社会发展统计公报\n2020年,全县上下团结奋进。", "安吉县"),
    ("渝北区人民政府工作报告\n各位代表:现在,我代表区人民政府报告工作。", "渝北区"),
    ("2020年重庆市渝北区第十八届人民代表大会第五次会议上\n各位代表:现在,我代表区人民政府报告工作。", "渝北区"),
    # negatives: a line with more than a name, over a text of another kind (全市: a title naming one unit places a text
    # of its kind, tests/test_a_title_naming_its_place_in_full.py); a name no unit has
    ("安吉县新闻\n2020年国民经济和社会发展统计公报\n2020年,全市上下团结奋进。", None),
    ("石湖县\n2020年国民经济和社会发展统计公报\n2020年,全县上下团结奋进。", None),
])
def test_a_masthead_name_and_a_longer_known_name_place_the_text(text, region):
    assert read_region(text, K.regions, K.gazetteer).region == region


MENU = ("加入收藏 | 会员中心\n统计年鉴年度索引: 2024 2023 2022 2021 2020 2019 2018 2017 2016 2015 2014 2013 2012"
        " [ 统计年鉴分省、行业总索引 ]\n统计公报年度索引: 2023 2022 2021 2020 2019 2018 2017 2016 2015 2014 2013 "
        "[ 统计公报分省总索引 ]\n站内搜索: 高级搜索\n您当前的位置:首页 > 统计公报 > 浙江\n")
REPORT = ("安吉县2017年国民经济和社会发展统计公报\n2017年,全县上下坚持稳中求进,经济平稳增长。" +
          "初步核算,全年全县地区生产总值增长7%,各项工作稳步推进,民生持续改善。" * 8 + "\n")


@pytest.mark.parametrize("text, n", [
    (MENU + REPORT, 1),
    (MENU * 2 + REPORT, 1),
    (REPORT, 1),
    # negatives: two reports, each with prose, stay two documents
    (REPORT + REPORT.replace("2017年", "2018年"), 2),
    (MENU + REPORT + REPORT.replace("2017年", "2018年"), 2),
])
def test_a_pages_menus_are_no_document_of_their_own(text, n):
    assert len(split_segments(text)) == n


@pytest.mark.parametrize("sentence, value", [
    ("2020年,全区地区生产总值率先突破2000亿元,达到2031.2亿元。", 2031.2),
    ("2020年,全区地区生产总值突破500亿元、达到512.4亿元。", 512.4),
    ("2020年,全区地区生产总值超过300亿元,达305亿元。", 305.0),
    # negatives: a threshold alone stays as it was read; a level not passed on the way stays
    ("2020年,全区地区生产总值达到2031.2亿元,增长6%。", 2031.2),
    ("2020年,全区地区生产总值2031.2亿元,突破2000亿元。", 2031.2),
])
def test_a_threshold_passed_on_the_way_is_not_the_level(sentence, value):
    got = {v for ind, _, _, v, _ in rows("2020年石湖区经济运行情况\n" + sentence + "\n") if ind == "gdp"}
    assert value in got and not any(v in (2000.0, 500.0, 300.0) for v in got if v != value)


WIDE = "全县上下坚持稳中求进工作总基调,统筹推进各项工作,经济社会发展取得新成效,民生持续改善,社会和谐稳"


def wrapped(line, rest):
    """A hard-wrapped text: lines of one width, the figure's line (padded to that width) cut right after
    its last character."""
    full = WIDE + "定。"
    width = lambda t: sum(2 if "\u4e00" <= c <= "\u9fff" or c in ",。、" else 1 for c in t)  # noqa: E731
    pad = "经" * ((width(full) - width(line)) // 2)
    return "\n".join([full] * 6 + [pad + line, rest, full]) + "\n"


@pytest.mark.parametrize("line, rest, row, never", [
    ("2019年,全县上下攻坚克难,经济平稳增长,规模以上工业增加值、固定资产投资分别增长5.1%", "和15.3%,增速居前列。",
     ("fixed_investment_growth", 2019, "actual", 15.3, "high"), ("fixed_investment_growth", 5.1)),
    ("2019年,全县上下攻坚克难,经济平稳增长,地区生产总值、社会消费品零售总额分别增长6.2%", "、8.8%,增速居前列。",
     ("retail_sales_growth", 2019, "actual", 8.8, "high"), ("retail_sales_growth", 6.2)),
    ("2019年,全县上下攻坚克难,经济平稳增长,地区生产总值、固定资产投资分别比上年增长6.2%", "和7.7%,增速居前列。",
     ("gdp_growth", 2019, "actual", 6.2, "high"), ("gdp_growth", 7.7)),
    # negatives: a line that ends a sentence stays apart; a next line that opens an item is not joined
    ("2019年,全县上下攻坚克难,经济平稳增长,经济社会发展取得新成效,地区生产总值增长6.2%。", "固定资产投资增长7%。",
     ("gdp_growth", 2019, "actual", 6.2, "high"), ("gdp_growth", 7.0)),
    ("2019年,全县上下攻坚克难,经济平稳增长,经济社会发展取得新成效,地区生产总值增长了6.2%", "一、固定资产投资增长7%。",
     ("gdp_growth", 2019, "actual", 6.2, "high"), ("gdp_growth", 7.0)),
])
def test_a_line_wrapped_after_a_percentage_is_joined(line, rest, row, never):
    got = rows("2019年石湖县经济运行情况\n" + wrapped(line, rest))
    assert row in got and not any((r[0], r[3]) == never for r in got)


@pytest.mark.parametrize("sentence, value", [
    ("2019年,全区地区生产总值比增5.1%。", 5.1),
    ("2019年,全区社会消费品零售总额64.5亿元,比增9.3%。", 9.3),
    # negatives: 比 of a comparison with a place, not growth
    ("2019年,全区地区生产总值占全市比重5.1%。", None),
    ("2019年,全区地区生产总值比全市高5.1%。", None),
])
def test_bizeng_the_short_for_growth_over_last_year(sentence, value):
    got = {v for ind, _, _, v, _ in rows("2019年石湖区经济运行情况\n" + sentence + "\n") if ind.endswith("_growth")}
    assert got == ({value} if value is not None else set())
