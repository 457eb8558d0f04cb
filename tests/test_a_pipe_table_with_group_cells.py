"""A pipe table of a plan report numbered by a 序号 column whose first row opens with its group's name (经济发展 | 1 |
地区生产总值 | …, a cell spanning the group's rows), under a header whose outcome column spans two (2022年实绩 over
绝对值 | 增速(%)): each value is read under its own column; a row whose number was left out is read as well, and a row
cut short holds no prose. Before, the group's cell pushed the first row's values one column on, the second header row
was not merged, and a cut row was read as a sentence of outcomes (issue 23, class 3). Made-up tables of this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "温州市"}
HEAD = ("温州市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n2023年1月10日\n"
        "表1 2022年温州市国民经济和社会发展计划完成情况\n")
HEADER = "序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩 | |||\n绝对值 | 增速(%) | ||||||\n"


def charted(table: str) -> set[tuple]:
    return figures(HEAD + table, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("group", ["经济发展", "综合实力", "一、经济发展", "宏观经济", "经济运行"])
def test_a_group_cell_before_the_first_rows_number(group):
    table = (HEADER + f"{group} | 1 | 地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |\n"
             "2 | 一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6 | ||\n")
    assert {("gdp_growth", 2022, "target", 7.0), ("gdp", 2022, "actual", 8029.8), ("gdp_growth", 2022, "actual", 3.7),
            ("fiscal_revenue", 2022, "actual", 573.9), ("fiscal_revenue_growth", 2022, "actual", -2.6)} <= charted(table)


def test_a_row_without_its_number():
    table = HEADER + "1 | 地区生产总值 | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |\n一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6 | ||\n"
    assert {("fiscal_revenue_growth", 2022, "target", 8.0), ("fiscal_revenue", 2022, "actual", 573.9)} <= charted(table)


def test_a_row_cut_short_is_no_sentence():
    table = HEADER + "1 | 地区生产总值 | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |\n规上工业增加值 | 亿元 | 增长9%左"
    assert not {f for f in charted(table) if f[0] == "industrial_va_growth" and f[2] == "actual"}
