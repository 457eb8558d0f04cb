"""A statistics office's page on how a work report's aims are being met (2023年某县政府工作报告主要指标1—6月完成情况,
…主要预期目标进展情况(一季度)) reports the months of the report's own year, not the year the report looked back on; a
title that names only the months (1—9月主要指标完成情况), out after they ended, is of its date's year even where the
text first names last year's outcome. A page that explains a report (解读《2022年某市政府工作报告》) still looks back on
the year before the report's (issue 23). Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def _page(title: str, date: str, body: str) -> str:
    return f"{title}\n\n发布机构:某县统计局    发布日期:{date}\n\n{body}\n"


CASES = [
    (_page("2023年某县政府工作报告主要经济指标完成情况(上半年)", "2023-07-21",
           "上半年,全县地区生产总值完成213.4亿元,同比增长5.7%。"),
     ("gdp", 2023, "H1", "actual", 213.4)),
    (_page("某县2024年政府工作报告主要预期目标进展情况(一季度)", "2024-04-26",
           "一季度,全县规模以上工业增加值同比增长8.3%,固定资产投资同比增长6.1%。"),
     ("industrial_va_growth", 2024, "Q1", "actual", 8.3)),
    (_page("2022年县政府工作报告主要指标1—9月完成情况", "2022-10-28",
           "1—9月,全县社会消费品零售总额96.2亿元,同比增长4.4%。"),
     ("retail_sales", 2022, "Q1-Q3", "actual", 96.2)),
    (_page("2021年某县政府工作报告目标任务执行情况(1—5月)", "2021-06-18",
           "1—5月,全县一般公共预算收入8.47亿元,同比增长12.9%。"),
     ("fiscal_revenue", 2021, "M1-M5", "actual", 8.47)),
    (_page("2025年某县政府工作报告主要指标落实进度(上半年)", "2025-07-30",
           "上半年,全县居民人均可支配收入16820元,同比增长5.2%。"),
     ("disposable_income_growth", 2025, "H1", "actual", 5.2)),
    (_page("1—10月县政府工作报告主要指标完成情况", "2019-11-22",
           "2018年,全县地区生产总值增长7.1%。2019年县政府工作报告确定的目标是地区生产总值增长7.5%。\n\n"
           "一、工业\n1—10月,全县规模以上工业增加值同比增长9.4%。"),
     ("industrial_va_growth", 2019, "M1-M10", "actual", 9.4)),
]


@pytest.mark.parametrize("page, fact", CASES, ids=[f[0] + "-" + f[2] for _, f in CASES])
def test_the_progress_is_of_the_reports_year(page, fact):
    assert fact in figures(page, FIELDS, meta={"region": "某县"})


def test_an_aim_the_progress_page_restates_is_of_that_year():
    page = CASES[5][0]
    assert ("gdp_growth", 2019, "year", "target", 7.5) in figures(page, FIELDS, meta={"region": "某县"})


def test_last_years_outcome_the_page_recalls_keeps_its_year():
    page = CASES[5][0]
    assert ("gdp_growth", 2018, "year", "actual", 7.1) in figures(page, FIELDS, meta={"region": "某县"})


def test_a_page_explaining_a_report_looks_back_on_the_year_before():
    page = _page("一图读懂《2022年某县政府工作报告》", "2022-01-20",
                 "过去一年,全县地区生产总值增长8.1%。")
    got = figures(page, FIELDS, meta={"region": "某县"})
    assert ("gdp_growth", 2021, "year", "actual", 8.1) in got and not any(y == 2022 for _, y, *_ in got), got


def test_a_title_of_months_not_yet_over_does_not_date_the_page():
    page = _page("1—12月主要指标完成情况", "2020-01-17", "2019年,全县地区生产总值增长6.2%。")
    got = figures(page, FIELDS, meta={"region": "某县"})
    assert ("gdp_growth", 2019, "year", "actual", 6.2) in got, got
