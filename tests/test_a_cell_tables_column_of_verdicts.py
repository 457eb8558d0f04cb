"""A one-cell-per-line table whose last column gives a verdict in words (是否完成: 完成 / 未完成; 进展评价: 超进度 / 滞后;
达标情况) is read as a table: a verdict column holds words, as a unit's or a type's does, so each row's aim and outcome
are read under 年度目标 and 完成情况. A word cell under a column of figures still ends the table (issue 23, class 3:
tables; made-up set jb). Made-up tables in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "袁州区"}


def table(verdict: str, first: str, second: str) -> str:
    return ("某区2019年政府工作报告\n\n2019年1月9日在区人民代表大会上\n\n附件\n2018年主要经济指标完成情况表\n"
            f"指标名称\n单位\n年度目标\n完成情况\n{verdict}\n"
            f"地区生产总值增速\n%\n8.5\n8.9\n{first}\n规模以上工业增加值增速\n%\n9\n9.2\n{first}\n"
            f"城镇居民人均可支配收入增速\n%\n8.5\n8.1\n{second}\n")


@pytest.mark.parametrize("verdict, first, second", [
    ("是否完成", "完成", "未完成"),
    ("是否完成", "已完成", "未完成"),
    ("完成与否", "是", "否"),
    ("完成与否", "完成", "未完成"),
    ("完成评价", "好于预期", "低于预期"),
    ("是否达标", "达标", "未达标"),
    ("进展评价", "超进度", "滞后"),
], ids=["shifou", "yiwancheng", "yufou", "yufou-wancheng", "pingjia", "dabiao", "jinzhan"])
def test_the_rows_aims_and_outcomes(verdict, first, second):
    got = figures(table(verdict, first, second), FIELDS, meta=META)
    assert ("gdp_growth", 2018, "target", 8.5) in got
    assert ("industrial_va_growth", 2018, "actual", 9.2) in got
    assert ("disposable_income_urban_growth", 2018, "actual", 8.1) in got


def test_a_word_under_a_column_of_figures_ends_the_table():
    got = figures(table("增长", "较快", "较慢"), FIELDS, meta=META)
    assert ("industrial_va_growth", 2018, "actual", 9.2) not in got
