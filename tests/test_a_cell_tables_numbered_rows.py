"""A table laid out one cell per line with a column of row numbers before the indicators' (序号 | 指标 | 单位 | …), each
row opening with its number (1, 2, … or 一、二、…), is read row by row. Before, the number before each label broke
every row and nothing of the table was read (issue 23, class 3: plan reports' annex tables). Negatives: rows without a
number under such a header are read as they are; a table without the column reads no row's number as a figure. Made-up
tables of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value", "confidence")
META = {"region": "湖州市"}
HEAD = "湖州市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n2024年1月9日\n附表 主要指标完成情况\n"


def charted(table: str) -> set[tuple]:
    return {f[:4] for f in figures(HEAD + table, FIELDS, meta=META) if f[4] == "high"}


WANT = {("gdp", 2023, "actual", 4015.1), ("gdp_growth", 2023, "actual", 6.2), ("fiscal_revenue", 2023, "actual", 330.5),
        ("fiscal_revenue_growth", 2023, "actual", 4.1)}
ROWS = [("地区生产总值", "4015.1", "6.2"), ("一般公共预算收入", "330.5", "4.1"), ("固定资产投资", "2101.3", "5.5")]


def table(lead: str, numbers: list[str]) -> str:
    rows = "".join(f"{n}\n{label}\n亿元\n{v}\n{g}\n" if n else f"{label}\n亿元\n{v}\n{g}\n"
                   for n, (label, v, g) in zip(numbers, ROWS, strict=True))
    return f"{lead}指标\n单位\n2023年完成\n增长(%)\n{rows}"


@pytest.mark.parametrize("lead,numbers", [
    ("序号\n", ["1", "2", "3"]),
    ("序号\n", ["01", "02", "03"]),
    ("序号\n", ["7", "8", "9"]),
    ("编号\n", ["1", "2", "3"]),
    ("序  号\n", ["1", "2", "3"]),
])
def test_rows_numbered_before_their_labels(lead, numbers):
    assert WANT <= charted(table(lead, numbers))


@pytest.mark.parametrize("numbers", [["一", "二", "三"], ["1.", "2.", "3."], ["一、", "二、", "三、"]])
def test_rows_numbered_in_words_or_with_a_mark(numbers):
    """(read before as well, each number a row of no cells)"""
    assert WANT <= charted(table("序号\n", numbers))


def test_rows_without_their_numbers_under_such_a_header():
    assert WANT <= charted(table("序号\n", ["", "", ""]))


def test_no_number_read_as_a_figure_without_the_column():
    got = charted("指标\n单位\n2023年完成\n增长(%)\n地区生产总值\n亿元\n4015.1\n6.2\n2\n一般公共预算收入\n亿元\n330.5\n4.1\n")
    assert ("gdp", 2023, "actual", 4015.1) in got and not {f for f in got if f[3] == 2.0}
