"""A page that sets each line of its source as a paragraph of its own puts blank lines where a single break stood: between
the rows of a table (…| 亿元 | 增长7%左右 | 8029.8 | 3.7 |, a blank line, 2 | …), and inside a name a PDF's line cut
(城镇常住, a blank line, 居民人均可支配收入33432元). The rows are still one table, read by its header, and the name is
still joined. Before, each row was read as a sentence (its plan's 增长7%左右 charted as the year's outcome) and the cut
name as the wider one (issue 23, found by serving each development text as a site's HTML page, each line a <p>).
Negatives: a heading and the paragraph below it stay apart; a lone line with bars after a blank line is no table's row.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "长丰县"}
ROWS = ("序号 | 指标名称 | 单位 | 2022年计划目标 | 2022年实绩 | 增速(%) |", "1 | 地区生产总值 | 亿元 | 增长7%左右 | 8029.8 | 3.7 |",
        "2 | 一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6 |", "3 | 固定资产投资 | 亿元 | 增长10% | 2100.5 | 5.1 |")


@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n", "\n \n", "\n\n\n\n", "\n\t\n"])
def test_a_tables_rows_parted_by_blank_lines_are_one_table(gap):
    page = "某市2022年国民经济和社会发展计划执行情况\n表1 2022年计划完成情况\n\n" + gap.join(ROWS) + "\n"
    got = figures(page, FIELDS, meta=META, charted=True)
    assert ("gdp_growth", 2022, "actual", 3.7) in got
    assert ("gdp_growth", 2022, "actual", 7.0) not in got


@pytest.mark.parametrize("cut,want", [
    ("城镇常住\n\n\n居民人均可支配收入33432元,增长9.4%", ("disposable_income_urban", 2015, "actual", 3.3432)),
    ("社会消费品零\n\n售总额126.4亿元,增长10.2%", ("retail_sales", 2015, "actual", 126.4)),
    ("城镇常住居民人\n\n均可支配收入33432元,增长9.4%", ("disposable_income_urban", 2015, "actual", 3.3432)),
    ("城镇居民人均可\n\n\n支配收入33432元,增长9.4%", ("disposable_income_urban", 2015, "actual", 3.3432)),
    ("一般公共预算收\n\n\n入25.1亿元,增长9.1%", ("fiscal_revenue", 2015, "actual", 25.1)),
])
def test_a_name_cut_across_blank_lines_is_joined(cut, want):
    page = f"某县2015年国民经济和社会发展统计公报\n2015年,全县经济平稳增长;{cut}。\n"
    assert want in figures(page, FIELDS, meta=META, charted=True)


def test_a_heading_and_its_paragraph_stay_apart():
    page = "某县2015年国民经济和社会发展统计公报\n一、综合\n\n全年地区生产总值208亿元,增长8.2%。\n"
    assert ("gdp", 2015, "actual", 208.0) in figures(page, FIELDS, meta=META, charted=True)


def test_a_lone_line_with_bars_is_no_row():
    page = ("某县2015年国民经济和社会发展统计公报\n首页 | 新闻 | 公开 |\n\n2015年,全县地区生产总值208亿元,增长8.2%。\n")
    assert ("gdp", 2015, "actual", 208.0) in figures(page, FIELDS, meta=META, charted=True)
