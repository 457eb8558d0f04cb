"""A table set apart by runs of spaces whose header line has single spaces between some of its cells (指标名称   2025年
(预计) 2030年目标 年均增长) keeps that header: each column's year and kind come from it, and a kind in brackets (预计,
快报) is no unit (issue 23, class 3: without the header every figure was read as the document's year, the aims and the
averages as outcomes). Negatives: a line above that does not part into as many cells, or holds a figure, is no header.
Made-up texts in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
SEP = "\u3000"


def text(header: str) -> str:
    rows = [("地区生产总值(亿元)", "352", "470", "6%左右"), ("一般公共预算收入(亿元)", "31.8", "39.5", "4.5%"),
            ("社会消费品零售总额(亿元)", "212", "275", "5.5%"), ("第三产业增加值占比(%)", "47.5", "51", "—")]
    body = "\n".join(SEP * 2 + (SEP * 4).join(r) for r in rows)
    return ("关于《中共某县委关于制定某县国民经济和社会发展第十五个五年规划的建议》的说明\n——2026年1月15日在县委全会上\n\n"
            f"附表:主要经济指标\n{SEP * 2}{header}\n{body}\n注:地区生产总值年均增长按可比价计算。\n")


def read(header: str) -> set[tuple]:
    return figures(text(header), FIELDS, meta={"region": "浦江县"}, charted=True)


HEADERS = [
    f"指标名称{SEP * 9}2025年(预计){SEP}2030年目标{SEP}年均增长",
    f"指标{SEP * 9}2025年(预计) 2030年目标 年均增长",
    f"项目{SEP * 9}2025年(快报){SEP}2030年目标{SEP}年均增长",
    f"主要指标{SEP * 6}2025年{SEP}2030年目标{SEP}年均增长",
    "指标名称 2025年(预计) 2030年目标 年均增长",
]


@pytest.mark.parametrize("header", HEADERS)
def test_the_aims_column_is_of_its_year(header):
    got = read(header)
    assert {("gdp", 2030, "target", 470.0), ("retail_sales", 2030, "target", 275.0)} <= got, got


@pytest.mark.parametrize("header", HEADERS)
def test_the_average_column_is_no_years_growth(header):
    got = read(header)
    assert not {("fiscal_revenue_growth", 2025, "actual", 4.5), ("retail_sales_growth", 2025, "actual", 5.5)} & got, got


@pytest.mark.parametrize("header", [HEADERS[0], HEADERS[2]])
def test_a_kind_in_brackets_is_no_unit(header):
    got = read(header)
    assert {("gdp", 2025, "actual", 352.0), ("fiscal_revenue", 2025, "actual", 31.8)} <= got, got


@pytest.mark.parametrize("line", [
    "以下是主要指标的说明文字",                 # one cell
    f"指标名称{SEP * 9}2025年{SEP}2030年目标",   # fewer cells than the rows
])
def test_a_line_that_does_not_fit_is_no_header(line):
    got = read(line)
    assert not any(f[1] == 2030 for f in got), got


@pytest.mark.parametrize("column, kind", [
    ("2024年(预计)", "actual"), ("2024年(快报)", "actual"), ("2024年(初步)", "actual"), ("2024年(实际)", "actual"),
    ("2025年(预期)", "target"),
])
def test_a_kind_in_a_pipe_headers_brackets_is_no_unit(column, kind):
    page = ("某县2025年国民经济和社会发展计划草案\n——2025年1月10日在某县第十八届人民代表大会第四次会议上\n主要指标表\n"
            f"| 指标 | {column} |\n| 地区生产总值(亿元) | 286.4 |\n| 社会消费品零售总额(亿元) | 97.3 |\n")
    year = int(column[:4])
    got = figures(page, FIELDS, meta={"region": "浦江县"}, charted=True)
    assert {("gdp", year, kind, 286.4), ("retail_sales", year, kind, 97.3)} <= got, got
