"""An infographic's cards turned to text: a line of nothing but an indicator's name, under a mark (● ■ ① …) or not, with
the lines of its values below it (306.2亿元 / 增长10.6%, or 354.2亿元 / ▲6.1%), and a growth given by its arrow alone on the
line below a name and its sum. Each value is that name's. Before, the values were read with no name and lost (issue 23,
class 6: lines broken inside a statement). Negatives: a table of one bare cell per line is not joined so. Made-up pages
in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("一图读懂|临泉县2024年政府工作报告\n发布时间:2024-01-22\n——2024年1月18日在阜南县第十八届人民代表大会第四次会议上\n"
        "2023年成绩单\n")


def read(cards: str) -> set[tuple]:
    text = HEAD.replace("临泉县", "阜南县") + cards + "\n"
    return figures(text, FIELDS, meta={"region": "阜南县"})


@pytest.mark.parametrize("cards", [
    "● 地区生产总值\n　354.2亿元，增长6.1%\n● 一般公共预算收入\n　20.16亿元\n　增长8.9%",
    "● 地区生产总值\n354.2亿元\n▲6.1%\n● 一般公共预算收入\n20.16亿元\n▲8.9%",
    "地区生产总值\n354.2亿元\n▲6.1%\n一般公共预算收入\n20.16亿元\n▲8.9%",
    "地区生产总值\n354.2亿元\n↑6.1%\n一般公共预算收入\n20.16亿元\n↑8.9%",
    "地区生产总值354.2亿元\n▲6.1%\n一般公共预算收入20.16亿元\n▲8.9%",
])
def test_each_value_has_its_cards_name(cards):
    got = read(cards)
    assert {("gdp", 2023, "actual", 354.2), ("gdp_growth", 2023, "actual", 6.1),
            ("fiscal_revenue", 2023, "actual", 20.16), ("fiscal_revenue_growth", 2023, "actual", 8.9)} <= got, got


def test_a_table_of_bare_cells_is_not_joined():
    got = read("指标\n2023年\n增长%\n地区生产总值\n354.2\n6.1")
    assert not any(v == 354.2 and i == "gdp_growth" for i, y, k, v in got), got


def test_numbered_rows_of_a_table_are_no_cards():
    got = read("表1 主要指标完成情况\n指标\n2023年目标\n2023年完成\n1.地区生产总值\n增长6.5%左右\n增长4.8%\n"
               "2.一般公共预算收入\n增长5%\n下降4.6%")
    assert {("gdp_growth", 2023, "target", 6.5), ("gdp_growth", 2023, "actual", 4.8)} <= got, got
