"""A table whose cells are set apart by tabs or runs of spaces, as a sheet or a Word table pasted as text, or a PDF's text
layer laid out as on the page, gives it (指标   2022年完成   增长(%)   2023年目标(%)), is read by its header as a table with
bars is: each column its year and kind (issue 23, the table reader). Before, its rows were run into sentences of numbers
and gave nothing. Negatives: prose with a double space in it, two rows only, and a letter-spaced line are no table.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "铜山区"}
HEAD = "关于某区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n——2023年1月15日在某区第七届人民代表大会第三次会议上\n\n表1 主要指标\n\n"
ROWS = [("指标", "2022年完成", "增长(%)", "2023年目标(%)"), ("地区生产总值(亿元)", "612", "5.1", "6"),
        ("一般公共预算收入(亿元)", "41.2", "3.2", "5"), ("社会消费品零售总额(亿元)", "230.5", "4.4", "7")]


def table(gap: str, rows=ROWS) -> str:
    return HEAD + "\n".join(gap.join(r) for r in rows) + "\n"


@pytest.mark.parametrize("gap", ["\t", "  ", "   ", "      ", "\u3000\u3000"])
def test_a_table_set_apart_by_tabs_or_spaces_is_read_by_its_header(gap):
    got = figures(table(gap), FIELDS, meta=META, charted=True)
    assert {("gdp", 2022, "actual", 612.0), ("gdp_growth", 2023, "target", 6.0),
            ("fiscal_revenue_growth", 2022, "actual", 3.2), ("retail_sales_growth", 2023, "target", 7.0)} <= got


def test_prose_with_a_double_space_is_no_table():
    text = HEAD + "全区地区生产总值  增长5.1%,一般公共预算收入  增长3.2%,  社会消费品零售总额增长4.4%。\n" * 3
    got = figures(text, FIELDS, meta=META)
    assert not any(f[2] == "target" for f in got)


def test_two_rows_are_no_table():
    assert figures(table("   ", ROWS[:2]), FIELDS, meta=META, charted=True) == set()


def test_a_letter_spaced_line_is_no_row():
    text = HEAD + "\n".join("  ".join(" ".join(c) for c in r) for r in ROWS) + "\n"
    got = figures(text, FIELDS, meta=META, charted=True)
    assert not any(f[2] == "target" and f[3] in (612.0, 41.2) for f in got)
