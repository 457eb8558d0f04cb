"""How an undated text gives its year and kind by its structure, each with texts written for this test:

1. "今年是…" names the year (an anniversary, a Party congress, a five-year plan's first or last year).
2. A bulletin is known by its own words (公报如下) or its first section (一、综合) and reviews its year.
3. A numbered heading of the plan's targets with no year (二、经济社会发展预期目标) opens the plan of the
   document's own year; a title line of its own wins over a sentence that names it.
4. The place: one province named twice and nothing below it; a 市 and a county-level 市 under it.
"""

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.extract.metadata import epoch_year
from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()
EPOCHS = K.document_types.epochs
FILLER = "各项工作稳步推进。" * 5


@pytest.mark.parametrize("text, year", [
    ("今年是新中国成立75周年,做好全年工作意义重大。", 2024),
    ("今年是中华人民共和国成立七十周年。", 2019),
    ("今年是党的二十大召开之年,也是实施“十四五”规划承上启下的关键之年。", 2022),
    ("今年是“十四五”开局之年。", 2021),
    ("今年是“十三五”规划收官之年。", 2020),
    ("明年是建党100周年。", 2020),
    # the plan's name in corner brackets (as mirrors print it), and 起步之年 for its first year
    ("指今年是「十三五」开局之年,是全面建成小康社会决胜阶段的第一年。", 2016),
    ("今年是『十四五』规划起步之年。", 2021),
    ("今年是\"十二五\"收官之年。", 2015),
    ("明年是「十四五」开局之年。", 2020),
    # negatives: no year said, or two that disagree, or a year that is not this one
    ("今年是极不平凡的一年。", None),
    ("今年是新中国成立75周年,也是“十四五”开局之年。", None),
    ("去年是新中国成立75周年。", None),
    ("纪念新中国成立75周年大会隆重举行。", None),
])
def test_a_text_names_its_year_by_what_the_year_is(text, year):
    assert epoch_year(text, EPOCHS) == year


def charted(text, meta=None):
    out = set()
    for doc in documents_from_text(K, text, "case.txt", meta=meta or {"region": "罗湖区"}):
        out |= {(r["indicator"], r["year"], r["kind"], r["value"]) for r in extract_document(doc, K)
                if r["confidence"] == "high"}
    return out


def test_an_undated_report_of_a_named_year_charts_its_targets():
    text = ("今年政府工作的总体要求\n今年是党的二十大召开之年。\n主要预期目标是:\n"
            "地区生产总值增长7%以上,一般公共预算收入增长6%。\n")
    assert {("gdp_growth", 2022, "target", 7.0), ("fiscal_revenue_growth", 2022, "target", 6.0)} <= charted(text)
    undated = text.replace("今年是党的二十大召开之年。\n", "")
    assert not {r for r in charted(undated) if r[0] == "gdp_growth"}   # no year: not charted


@pytest.mark.parametrize("head, typ", [
    ("现将2021年全县国民经济和社会发展情况公报如下:\n", "statistics release"),
    ("2021年,全县上下团结奋进。\n一、综合\n", "statistics release"),
    ("2021年,全县上下团结奋进。\n一、综 合\n", "statistics release"),
    # negatives: a work report's numbered heading, a heading that is not the bulletin's first section
    ("各位代表:现在我代表县人民政府报告工作。\n一、2021年工作回顾\n", None),
    ("2021年,全县上下团结奋进,综合实力提升。\n一、坚持稳中求进\n", None),
    ("2021年,全县上下团结奋进。\n一、综合施策稳增长\n", None),
])
def test_a_bulletin_is_known_by_its_structure(head, typ):
    doc = documents_from_text(K, head + "全县地区生产总值增长6%。\n" + FILLER, "case.txt")[0]
    assert (doc.doc_type == "statistics release") == (typ == "statistics release")


def test_a_bulletin_without_a_date_charts_the_year_it_names():
    text = "现将2021年全县国民经济和社会发展情况公报如下:\n一、综合\n经初步核算,全县地区生产总值185.2亿元,增长7.1%。\n"
    assert {("gdp", 2021, "actual", 185.2), ("gdp_growth", 2021, "actual", 7.1)} <= charted(text)


PLAN_TEXT = ("文件名称 | 关于印发《石湖县2024年国民经济和社会发展计划》的通知 |\n"
             "《石湖县2024年国民经济和社会发展计划》已经县人民代表大会审议通过,现印发给你们,请认真贯彻执行。\n"
             "石湖县人民政府\n2024年4月2日\n石湖县2024年国民经济和社会发展计划\n一、总体要求\n" + FILLER + "\n"
             "{heading}\n地区生产总值增长6%,固定资产投资增长5%,社会消费品零售总额增长6.5%。\n")


@pytest.mark.parametrize("heading, targets", [
    ("二、经济社会发展预期目标", True),
    ("(二)主要预期目标", True),
    ("二、全县经济社会发展主要预期目标", True),
    # negatives: a heading of work done, of tasks
    ("二、经济社会发展主要任务", False),
    ("二、2023年经济社会发展情况", False),
])
def test_a_numbered_heading_of_targets_opens_the_documents_plan(heading, targets):
    got = charted(PLAN_TEXT.format(heading=heading))
    assert (("gdp_growth", 2024, "target", 6.0) in got) == targets


@pytest.mark.parametrize("text, region", [
    ("省十二届人大常委会听取报告。上半年贵州生产总值增长10%,贵州经济稳中向好。" + FILLER, "贵州省"),
    ("海南全年经济增长,海南旅游兴旺。" + FILLER, "海南省"),
    # negatives: named once; two provinces; a unit below it named too (the text may be that unit's)
    ("上半年贵州生产总值增长10%。" + FILLER, None),
    ("贵州和云南经济增长,贵州旅游、云南旅游兴旺。" + FILLER, None),
    ("贵州经济增长,贵州省六盘水市钟山区全区生产总值增长。" + FILLER, None),
    # a 市 named twice with a county-level 市 under it: either's text, so neither
    ("全市上下,按照赣州市、瑞金市部署,全市增长,赣州经济向好。" + FILLER, None),
])
def test_a_province_named_alone_and_a_city_with_its_county_level_city(text, region):
    assert read_region(text, K.regions, K.gazetteer).region == region


BULLETIN = "2022年石湖县经济运行情况\n石湖县统计局\n"


@pytest.mark.parametrize("sentence, period, value", [
    ("第一季度全县地区生产总值累计同比下降3.6%。", "Q1", -3.6),
    ("第二季度全县地区生产总值累计同比增长2.3%。", "H1", 2.3),
    ("第三季度GDP累计同比增长2.6%。", "Q1-Q3", 2.6),
    ("二季度全县地区生产总值累计增长4.1%。", "H1", 4.1),
    ("1-11月累计,全县规模以上工业增加值增长5.2%。", "M1-M11", 5.2),
])
def test_a_quarters_running_total_is_the_year_so_far(sentence, period, value):
    rows = set()
    for doc in documents_from_text(K, BULLETIN + sentence, "case.txt", meta={"region": "罗湖区"}):
        rows |= {(r["period"], r["value"]) for r in extract_document(doc, K) if r["confidence"] == "high"}
    assert (period, value) in rows


@pytest.mark.parametrize("sentence", [
    "五年累计完成固定资产投资1200亿元,年均增长8%。",     # several years: no part-year, no year figure
    "全县累计完成地区生产总值增长目标。",
])
def test_a_running_total_over_years_is_not_a_years_figure(sentence):
    for doc in documents_from_text(K, BULLETIN + sentence, "case.txt", meta={"region": "罗湖区"}):
        assert not [r for r in extract_document(doc, K) if r["confidence"] == "high" and r["period"] == "year"
                    and r["indicator"] in ("fixed_investment", "gdp_growth")]


@pytest.mark.parametrize("heading, year", [
    ("回眸2024", 2024),
    ("回眸2023年", 2023),
    ("盘点2022", 2022),
    # negatives: no year, or a heading that says more than the year it looks back on
    ("回眸过去", None),
    ("回眸2024年的精彩瞬间", None),
])
def test_a_heading_that_looks_back_on_a_year_dates_what_follows(heading, year):
    text = f"石湖区人大会议开幕\n{heading}\n预计,全区地区生产总值增长5.8%左右,一般公共预算收入增长4%。\n"
    got = {(r["indicator"], r["year"]) for doc in documents_from_text(K, text, "case.txt", meta={"region": "罗湖区"})
           for r in extract_document(doc, K) if r["confidence"] == "high"}
    assert (("gdp_growth", year) in got) == (year is not None) and all(y == year for _, y in got)


NEWS = "区人大常委会召开年中情况通报会\n发布时间:2021-08-25 来源:石湖区人民政府\n"


def dated(text):
    return {(r["indicator"], r["year"], r["period"], r["value"], r["confidence"])
            for doc in documents_from_text(K, NEWS + text, "case.txt", meta={"region": "罗湖区"})
            for r in extract_document(doc, K)}


@pytest.mark.parametrize("text, row", [
    ("今年上半年,全区实现地区生产总值369.9亿元,增长10.2%;一般公共预算收入42.2亿元,增长26.6%。",
     ("fiscal_revenue", 2021, "H1", 42.2, "high")),
    ("今年上半年,全区实现地区生产总值369.9亿元,增长10.2%;一般公共预算收入42.2亿元,增长26.6%。",
     ("fiscal_revenue_growth", 2021, "H1", 26.6, "high")),
    ("今年上半年,全区地区生产总值增长10.2%;规模以上工业增加值增长15.1%;固定资产投资增长8%。",
     ("fixed_investment_growth", 2021, "H1", 8.0, "high")),
    # a later sentence is not carried by it, but dated by the item as the months just ended before its date (a path
    # measured apart: test_months_just_ended.py); negative: a clause that says 去年 is last year's
    ("今年上半年,全区地区生产总值增长10.2%。一般公共预算收入增长26.6%。",
     ("fiscal_revenue_growth", 2021, "H1", 26.6, "high")),
    ("今年上半年,全区地区生产总值增长10.2%;去年全年,一般公共预算收入增长6.6%。",
     ("fiscal_revenue_growth", 2020, "year", 6.6, "high")),
])
def test_a_year_said_relative_to_the_date_holds_for_the_rest_of_its_sentence(text, row):
    assert row in dated(text)


@pytest.mark.parametrize("sentence, kind", [
    ("2024年,石湖将坚持稳中求进,预计全区地区生产总值增长5.5%左右。", "target"),
    ("今年,我区将全力拼经济,地区生产总值增长6%。", "target"),
    ("2024年全区将推动投资回升,固定资产投资增长8%。", "target"),
    # negatives: 将近 is "nearly"; a year that did, not will
    ("2023年,全区地区生产总值将近增长5%。", "actual"),
    ("2023年,全区地区生产总值增长5.2%。", "actual"),
])
def test_a_sentence_of_what_its_year_will_do_sets_targets(sentence, kind):
    text = "石湖区新闻 2024-01-20 09:00\n记者 李明\n" + sentence + "\n"
    got = {r["kind"] for doc in documents_from_text(K, text, "case.txt", meta={"region": "罗湖区"})
           for r in extract_document(doc, K) if r["indicator"] in ("gdp_growth", "fixed_investment_growth")}
    assert got == {kind}
