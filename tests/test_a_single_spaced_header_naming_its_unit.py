"""A single-spaced table whose first header cell names where its units are (指标名称(单位) 2022年计划 2022年预计 2023年计划,
项目(单位) …) is a table as one headed 指标名称 is: its rows' plans and estimates are read by their columns. A line of
words opening with another bracket (说明(一) …) heads no table (issue 23, class 3: tables; made-up set jg). Made-up
tables in this file's own wording."""

import pytest

from etl.extract.columns import single_spaced_tables
from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "陕西省"}
PAGE = ("某省2022年计划执行情况与2023年计划草案的报告\n\n2023年1月12日\n\n附表:主要指标计划执行情况\n"
        "{first} 2022年计划 2022年预计 2023年计划\n生产总值增长(%) 6左右 4.3 5.5左右\n规模以上工业增加值增长(%) 7 7.5 7\n"
        "固定资产投资增长(%) 7 7.9 6\n")


@pytest.mark.parametrize("first, fact", [
    ("指标名称(单位)", ("gdp_growth", 2022, "target", 6.0)),
    ("指标名称(单位)", ("industrial_va_growth", 2023, "target", 7.0)),
    ("指标(单位)", ("fixed_investment_growth", 2022, "actual", 7.9)),
    ("项目(单位)", ("gdp_growth", 2023, "target", 5.5)),
    ("主要指标(单位)", ("industrial_va_growth", 2022, "actual", 7.5)),
], ids=["gdp-plan", "industry-next", "investment-estimate", "xiangmu", "zhuyao"])
def test_the_rows_under_a_header_naming_its_unit(first, fact):
    assert fact in figures(PAGE.format(first=first), FIELDS, meta=META)


def test_another_bracketed_word_heads_no_table():
    text = "说明(一) 2022年 数据 来源\n生产总值 6 4.3 5.5\n投资 7 7.9 6\n"
    assert single_spaced_tables(text) == text
