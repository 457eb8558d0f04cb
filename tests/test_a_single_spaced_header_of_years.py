"""A table set apart by single spaces (or single ideographic spaces) whose header names years (指标名称 单位 2012年
2015年目标 属性 …; 指标 2023年计划 2023年完成 2024年目标) is a table: a year in a header cell is a word, not a figure, so
its rows are read, the plan year's column as its aims. A header holding a true figure (指标 6.5 …) is still no header
(issue 23, class 3: tables; made-up sets jd and jc). Made-up tables in this file's own wording."""

import pytest

from etl.extract.columns import single_spaced_tables
from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "绵阳市"}
HEAD = "某市“十二五”规划纲要实施中期评估报告\n\n发布时间:2013-09-20\n\n表1 主要指标实施进展情况\n"
TABLE = ("指标名称\u3000单位\u30002012年\u30002015年目标\u3000属性\n"
         "地区生产总值\u3000亿元\u30001346.4\u30001800\u3000预期性\n"
         "人均地区生产总值\u3000元\u300029050\u300038000\u3000预期性\n"
         "第三产业增加值比重\u3000%\u300033.2\u300038\u3000预期性\n"
         "公共财政预算收入\u3000亿元\u300082.6\u3000100\u3000预期性\n"
         "城镇居民人均可支配收入\u3000元\u300021054\u300026000\u3000预期性\n")


@pytest.mark.parametrize("fact", [
    ("gdp_per_capita", 2015, "target", 3.8),
    ("tertiary_share", 2015, "target", 38.0),
    ("fiscal_revenue", 2015, "target", 100.0),
    ("disposable_income_urban", 2015, "target", 2.6),
    ("fiscal_revenue", 2012, "actual", 82.6),
], ids=["per-head", "tertiary", "revenue", "income", "revenue-2012"])
def test_the_rows_under_a_header_of_years(fact):
    assert fact in figures(HEAD + TABLE, FIELDS, meta=META)


def test_a_header_holding_a_figure_is_no_header():
    text = "指标 6.5 8.0 属性\n地区生产总值 1346.4 1800 预期性\n公共财政预算收入 82.6 100 预期性\n"
    assert single_spaced_tables(text) == text
