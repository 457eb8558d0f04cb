"""A mid-year report on the year's plan (上半年计划执行情况的报告, July): its first part restates the year's aims under a
heading of no year (一、年度计划目标), its second reviews the half (二、上半年计划执行情况). The aims are the year's targets,
the half's figures its outcomes. Before, the aims were read as the half's outcomes and, once the heading was read, the
half's figures as aims; and a table row whose aim ran into its name (社会消费品零售总额 增长7% | 35.6亿元 | 7.9%) set the
half's level under the aim's column (issue 23). Negatives: a row of a table named with no figure is read as before; a
review heading with a year ends the aims as before. Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
REPORT = ("某区2022年上半年国民经济和社会发展计划执行情况的报告\n(2022年7月28日在某区第十七届人民代表大会常务委员会第五次会议上)\n"
          "区发展和改革委员会\n主任、各位副主任、各位委员:\n受区人民政府委托,现将某区2022年上半年计划执行情况报告如下,请予审议。\n"
          "一、年度计划目标\n在2021年地区生产总值增长6.9%的基础上,区人大会议批准的2022年计划提出:地区生产总值增长7%;"
          "一般公共预算收入增长7%;固定资产投资增长15%;社会消费品零售总额增长8%;规模以上工业增加值增长8.5%。\n二、上半年计划执行情况\n"
          "上半年,全区经济保持恢复态势。\n(一)经济总量\n上半年全区实现地区生产总值206.3亿元,同比增长4.1%。\n"
          "社会消费品零售总额96.8亿元,增长2.2%。一般公共预算收入11.35亿元,增长3.2%。\n")
TABLE = ("某区2024年上半年计划执行情况\n发布时间:2024-08-05\n二、主要指标完成情况表\n"
         "指标              年度目标       上半年完成     增长\n地区生产总值      增长6.5%       98.7亿元       6.8%\n"
         "社会消费品零售总额 增长7%        35.6亿元       7.9%\n一般公共预算收入  增长6%         4.37亿元       4.1%\n")


@pytest.mark.parametrize("fact", [
    ("gdp_growth", 2022, "year", "target", 7.0),
    ("fiscal_revenue_growth", 2022, "year", "target", 7.0),
    ("fixed_investment_growth", 2022, "year", "target", 15.0),
    ("retail_sales_growth", 2022, "year", "target", 8.0),
    ("industrial_va_growth", 2022, "year", "target", 8.5),
    ("retail_sales", 2022, "H1", "actual", 96.8),
    ("fiscal_revenue", 2022, "H1", "actual", 11.35),
])
def test_the_years_aims_and_the_halfs_outcomes(fact):
    assert fact in figures(REPORT, FIELDS, meta={"region": "某区"}, charted=True)


def test_no_aim_is_the_halfs_outcome_nor_an_outcome_an_aim():
    got = figures(REPORT, FIELDS, meta={"region": "某区"}, charted=True)
    assert not any(p == "H1" and v in (7.0, 15.0, 8.0) for i, y, p, k, v in got), got
    assert not any(k == "target" and v in (206.3, 96.8, 11.35) for i, y, p, k, v in got), got


def test_a_row_whose_aim_ran_into_its_name_sets_no_level_under_the_aim():
    got = figures(TABLE, FIELDS, meta={"region": "某区"}, charted=True)
    assert ("retail_sales", 2024, "year", "target", 35.6) not in got, got
    assert ("gdp", 2024, "H1", "actual", 98.7) in got, got


def test_a_review_heading_with_a_year_ends_the_aims():
    text = REPORT.replace("二、上半年计划执行情况", "二、2022年上半年计划执行情况")
    got = figures(text, FIELDS, meta={"region": "某区"}, charted=True)
    assert ("gdp", 2022, "H1", "actual", 206.3) in got, got
