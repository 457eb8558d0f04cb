"""One name with a run of figures: each quarter's running total in a list (一季度、二季度累计…、全年), the
span's annual average after the year's own growth (比上年增长8%,年均增长9.4%), a named plan's end
(“十三五”期末,…年均增长), and the year's estimate at the end of a plan row (全年预计同比增长). Made-up
reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
REVIEW = "城东县2024年政府工作报告\n一、2023年工作回顾\n"


def read(text: str, head: str = REVIEW) -> set[tuple]:
    return figures(head + text, FIELDS, meta={"region": "罗湖区"}, charted=True)


@pytest.mark.parametrize("sep", ["、", ","])
def test_each_running_total_of_a_list_is_its_own_part_of_the_year(sep):
    got = read(f"这一年,GDP一季度累计增长4.1%{sep}二季度累计增长5.2%{sep}三季度累计增长5.6%,全年累计增长5.9%。")
    assert {("gdp_growth", 2023, "Q1", "actual", 4.1), ("gdp_growth", 2023, "H1", "actual", 5.2),
            ("gdp_growth", 2023, "Q1-Q3", "actual", 5.6), ("gdp_growth", 2023, "year", "actual", 5.9)} <= got


def test_the_annual_average_after_the_years_growth_is_the_spans():
    head = "城东县2017年政府工作报告\n一、过去四年工作回顾\n"
    got = read("——过去四年,发展稳中有进。2016年,全县实现地区生产总值210亿元,比上年增长7.5%,年均增长8.8%;"
               "完成固定资产投资190亿元,比上年增长12%,年均增长15.5%。", head)
    assert {("gdp_growth", 2016, "year", "actual", 7.5), ("gdp_growth_avg_5yr", 2016, "2013-2016", "actual", 8.8),
            ("fixed_investment_growth_avg_5yr", 2016, "2013-2016", "actual", 15.5)} <= got


def test_a_named_plans_end_gives_the_span_of_its_averages():
    head = "城东县2021年政府工作报告\n一、过去五年工作回顾\n"
    got = read("经济实力稳步提升。“十三五”期末,全县实现地区生产总值300亿元,年均增长6.1%。"
               "社会消费品零售总额120亿元,年均增长9.2%。", head)
    assert {("gdp_growth_avg_5yr", 2020, "2016-2020", "actual", 6.1),
            ("retail_sales_growth_avg_5yr", 2020, "2016-2020", "actual", 9.2)} <= got


def test_the_years_estimate_at_the_end_of_a_plan_row_is_an_outcome():
    head = ("各位代表:\n受县人民政府委托,报告我县2023年国民经济和社会发展计划执行情况与2024年计划(草案)。\n"
            "一、2023年计划执行情况\n2023年,我县主要指标完成情况如下:\n")
    got = read("——年计划完成社会消费品零售总额120亿元以上,1—10月完成98.5亿元,同比增长7.0%,全年预计同比增长7.5%,"
               "完成年计划的101%。", head)
    assert ("retail_sales_growth", 2023, "year", "actual", 7.5) in got
    assert not any(f[3] == "target" and f[4] == 7.5 for f in got)
