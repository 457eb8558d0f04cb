"""A later sentence that opens with a part of the year and states no figure leads the sentences after it (第一季度,
全县上下…。预计全县完成…); a title that names one part of the year (前11月X省经济运行…) makes the item's outcomes that
part's; and a level given only as a floor it reached (达到8000亿元以上) is not charted as the figure (issue 23,
classes of set AC). Made-up texts of this file's own wording; negatives: a title naming no part or a year's course,
and a growth with a floor or a level stated exactly."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
MEETING = ("某县政府常务会议\n3月29日,某县县长主持召开县政府全体会议。会议通报了某县{y}年{p}经济运行情况。{p},全县上下认真"
           "贯彻落实县委县政府决策部署,狠抓落实。预计全县完成地区生产总值30.6亿元,同比增长8.4%。")


@pytest.mark.parametrize("year, part, label", [(2018, "第一季度", "Q1"), (2019, "一季度", "Q1"), (2020, "1-5月", "M1-M5"),
                                               (2021, "前三季度", "Q1-Q3"), (2017, "1-4月", "M1-M4")])
def test_a_figureless_sentence_opening_with_a_part_leads_what_follows(year, part, label):
    got = {f for f in figures(MEETING.format(y=year, p=part), FIELDS) if f[0] == "gdp_growth"}
    assert got == {("gdp_growth", year, label, "actual", 8.4)}


RELEASE = ("{t}\n据省政府网站消息,12月19日,省统计局发布经济运行情况。数据表明,{y}年,全省规模以上工业增加值同比下降1.0%。"
           "全省固定资产投资同比增长4.0%,进出口总额7254.1亿元,同比增长2.4%。")


@pytest.mark.parametrize("title, year, label", [("前11月某省经济运行总体延续恢复态势", 2022, "M1-M11"),
                                                ("前三季度某市经济稳中向好", 2021, "Q1-Q3"),
                                                ("一季度某县经济实现良好开局", 2019, "Q1"),
                                                ("上半年某区主要经济指标稳步回升", 2023, "H1"),
                                                ("1-8月某省经济运行平稳", 2020, "M1-M8")])
def test_a_title_naming_one_part_makes_the_outcomes_that_parts(title, year, label):
    got = {f for f in figures(RELEASE.format(t=title, y=year), FIELDS) if f[0] == "fixed_investment_growth"}
    assert got == {("fixed_investment_growth", year, label, "actual", 4.0)}


@pytest.mark.parametrize("title", ["某省经济运行情况", "上半年回落、下半年回升:某省经济运行情况"])
def test_a_title_naming_no_part_or_a_course_leaves_the_year(title):
    got = {f for f in figures(RELEASE.format(t=title, y=2022), FIELDS) if f[0] == "fixed_investment_growth"}
    assert got == {("fixed_investment_growth", 2022, "year", "actual", 4.0)}


FLOOR = "某区人代会开幕\n1月8日,区人大会议开幕,区长作政府工作报告。2013年,全区地区生产总值增长9.3%,达到{v}以上。"


@pytest.mark.parametrize("level", ["8000亿元", "500亿元", "1200亿元", "3000亿元", "150亿元"])
def test_a_level_given_only_as_a_floor_reached_is_not_charted(level):
    got = figures(FLOOR.format(v=level), FIELDS, meta={"region": "罗湖区"}, charted=True)
    assert not any(f[0] == "gdp" for f in got)


def test_a_level_stated_exactly_is_charted():
    text = "某区人代会开幕\n1月8日,区人大会议开幕。2013年,全区地区生产总值增长9%以上,达到8123亿元。"
    assert ("gdp", 2013, "year", "actual", 8123.0) in figures(text, FIELDS, meta={"region": "罗湖区"}, charted=True)
