"""In a one-cell-per-line table, a row of no cells that heads a group and names a part of the year (七、季度指标(1—9月),
(二)季度数据(上半年)) gives the rows below it that part, not the months of the page's title: a quarterly figure in a
release of January to November is the first three quarters'. A group heading naming no part (一、工业) leaves the title's
months (issue 23, class 3: tables; made-up set je). Made-up releases in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "南海区"}


def release(group: str) -> str:
    return ("某区2023年1—11月主要经济指标\n\n发布日期:2023-12-20\n\n指标名称\n计量单位\n1—11月\n同比增长(%)\n"
            "一、工业\n规模以上工业增加值\n亿元\n2045.3\n3.1\n"
            f"{group}\n地区生产总值\n亿元\n2791.36\n4.9\n全体居民人均可支配收入\n元\n57423\n4.6\n")


@pytest.mark.parametrize("group, period", [
    ("七、季度指标(1—9月)", "Q1-Q3"),
    ("(二)季度指标(前三季度)", "Q1-Q3"),
    ("七、季度数据(上半年)", "H1"),
    ("三、季度指标(1—6月)", "H1"),
    ("五、季度指标(一季度)", "Q1"),
], ids=["months", "qianjidu", "half", "half-months", "quarter"])
def test_the_groups_rows_are_of_its_part(group, period):
    got = figures(release(group), FIELDS, meta=META)
    assert ("gdp_growth", 2023, period, "actual", 4.9) in got
    assert ("disposable_income", 2023, period, "actual", 5.7423) in got


def test_a_group_naming_no_part_leaves_the_titles_months():
    assert ("industrial_va_growth", 2023, "M1-M11", "actual", 3.1) in figures(release("七、季度指标"), FIELDS, meta=META)
