"""A column of the total so far (累计值, 累计) in an annex table titled only with the year (附表:2024年某区主要经济指标),
in a page whose title names the months (某区2024年1—11月经济运行情况): its cells are outcomes of those months. Before, the
column was no outcome's, so after the next year's aims it was read as aims, and as the whole year's (issue 23, class 3:
tables; made-up set jo). Negatives: a row naming its own part (地区生产总值(1—9月)) keeps it. Made-up pages in this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "通州区"}


def page(column: str) -> str:
    return ("通州区2024年1—11月经济运行情况\n\n北京市通州区统计局\n2024年12月27日\n\n一、总体情况\n\n1—11月,全区经济运行平稳。\n\n"
            "二、2025年安排\n\n2025年主要预期目标为:地区生产总值增长5.5%左右。\n\n附表:2024年通州区主要经济指标\n\n"
            f"| 指标 | 单位 | {column} | 同比增长(%) |\n| 地区生产总值(1—9月) | 亿元 | 1048.7 | 5.8 |\n"
            "| 社会消费品零售总额 | 亿元 | 572.4 | -1.8 |\n| 一般公共预算收入 | 亿元 | 125.3 | 4.6 |\n")


@pytest.mark.parametrize("column", ["累计值", "累计", "累计完成", "1—11月累计", "本年累计", "累计数", "今年累计"])
def test_the_cumulative_column_is_the_months_outcome(column):
    got = figures(page(column), FIELDS, meta=META)
    assert {("retail_sales", 2024, "M1-M11", "actual", 572.4), ("fiscal_revenue_growth", 2024, "M1-M11", "actual", 4.6)} <= got


def test_a_row_naming_its_own_part_keeps_it():
    got = figures(page("累计值"), FIELDS, meta=META)
    assert ("gdp", 2024, "Q1-Q3", "actual", 1048.7) in got
