"""A part of a year named by its months (1-6月份, 1—9月份, 1-3月份) reads as the part it is, everywhere a part is looked for:
one list of the parts' names (etl/extract/patterns.py PART_NAME) where the title's place, a sentence's lead, a paragraph's
list of parts and a year before its subject each kept their own (issue 23, found by a check of every development text
against a copy that names its parts by their months: a province's first-quarter news lost its place, a plan report on
its first half its year). A plan report on a part of a year other than its half (2022年1-9月份…计划执行情况) is of
that year, as a half year's is: it had been read as a report of the year after, its outcomes filed a year early.
Negatives: a whole year's plan report of January reviews the year before; a report naming no part keeps its date's
reading. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures, region_of

FIELDS = ("indicator", "year", "period", "kind", "value")
BODY = "一、计划执行情况\n全区实现地区生产总值212.3亿元,同比增长4.1%。\n"


def read(title: str, date: str | None = None) -> set[tuple]:
    meta = {"region": "福田区"} | ({"date": date} if date else {})
    return figures(title + "\n" + BODY, FIELDS, meta=meta, charted=True)


@pytest.mark.parametrize("title, date, period", [
    ("关于2022年1-6月份国民经济和社会发展计划执行情况的报告", None, "H1"),
    ("关于2022年1-9月份国民经济和社会发展计划执行情况的报告", "2022-10-26", "Q1-Q3"),
    ("关于2022年前三季度国民经济和社会发展计划执行情况的报告", None, "Q1-Q3"),
    ("关于2022年一季度国民经济和社会发展计划执行情况的报告", "2022-04-20", "Q1"),
    ("关于2022年1-10月国民经济和社会发展计划执行情况的报告", "2022-11-18", "M1-M10"),
    ("关于福田区2022年国民经济和社会发展计划1-6月份执行情况的报告", "2022-08-25", "H1"),
])
def test_a_plan_report_on_a_part_of_a_year_is_of_that_year(title, date, period):
    assert ("gdp", 2022, period, "actual", 212.3) in read(title, date)


def test_a_whole_years_plan_report_of_january_reviews_the_year_before():
    title = "关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告"
    assert ("gdp", 2022, "year", "actual", 212.3) in read(title, "2023-01-09")


@pytest.mark.parametrize("headline, place", [
    ("内蒙古1-3月份经济运行开局良好主要指标好于全国", "内蒙古自治区"),
    ("1-9月份新疆经济呈现良好发展态势", "新疆维吾尔自治区"),
    ("1-6月份青海经济运行稳中向好", "青海省"),
])
def test_a_headline_names_its_place_after_a_part_by_its_months(headline, place):
    text = f"{headline}\n记者从统计部门获悉,全区主要经济指标保持增长,地区生产总值同比增长5.1%。\n"
    assert region_of(text) == place


@pytest.mark.parametrize("sentence, period", [
    ("根据全省地区生产总值统一核算结果,2021年1-3月全区地区生产总值为326.08亿元,同比增长16.3%。", "Q1"),
    ("据地区生产总值统一核算,2021年1—9月份全区地区生产总值为326.08亿元,同比增长16.3%。", "Q1-Q3"),
])
def test_a_years_part_by_its_months_keeps_the_year_before_its_subject(sentence, period):
    got = figures("某区经济运行简况\n" + sentence + "\n", FIELDS, meta={"region": "福田区"}, charted=True)
    assert ("gdp", 2021, period, "actual", 326.08) in got

