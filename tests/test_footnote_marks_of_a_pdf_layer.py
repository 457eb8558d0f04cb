"""A PDF's text layer keeps its footnote marks as superscripts or circled numbers right after a name or a figure
(地区生产总值¹ / 218.6亿元; 78.3 / 亿元², 增长13.6%; 固定资产投资①增长5%): the mark is dropped, so the name meets its figure
across the line's break (issue 23, class 3). Negatives: a circled number that opens a line (a footnote's own line, or a
list's item) is kept. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
HEAD = "政 府 工 作 报 告\n——2014年1月9日在舒兰市第十七届人民代表大会第三次会议上\n一、2013年工作回顾\n"


@pytest.mark.parametrize("body, fact", [
    ("全年实现地区生产总值¹\n218.6亿元,同比增长9.1%。", ("gdp", 2013, 218.6)),
    ("全年实现地区生产总值²\n218.6亿元,同比增长9.1%。", ("gdp_growth", 2013, 9.1)),
    ("社会消费品零售总额²\n78.3亿元,增长13.6%。", ("retail_sales", 2013, 78.3)),
    ("规模以上工业增加值¹\n增长11.2%。", ("industrial_va_growth", 2013, 11.2)),
    ("公共财政预算收入③\n10.42亿元。", ("fiscal_revenue", 2013, 10.42)),
])
def test_the_mark_is_dropped(body, fact):
    got = figures(HEAD + body + "\n— 1 —\n", FIELDS, meta={"region": "舒兰市"}, charted=True)
    assert fact in got, got


def test_a_circled_number_opening_a_line_stays():
    from etl.extract.normalize import normalize_text
    from tests.extracting import K
    g = K.grammar
    assert "①全年数据为快报数" in normalize_text("①全年数据为快报数。\n", g.units, g.variants, g.chrome, g.footer)
