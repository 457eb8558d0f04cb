"""A card's bulleted line of nothing but the year aimed at (◆到2025年, ■ 到2035年:) heads the aims listed under it:
they are aims of that year. Before, the aims under it were read as outcomes of the page's date and went to review
(issue 23, class 2: kind from structure; made-up set jt). Negatives: a line of the year aimed at with no bullet is
unchanged; a sentence opening with 到2025年 reads as before. Made-up cards in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "二七区"}
HEAD = ("一图读懂|中共郑州市二七区第十二次代表大会报告\n来源:二七区融媒体中心 2021-07-29 09:30\n\n"
        "━━━━━━━━━━\n▌今后五年 奋斗目标\n━━━━━━━━━━\n\n")


@pytest.mark.parametrize("mark, aim, want", [
    ("◆到2025年", "地区生产总值:达到1200亿元", ("gdp", 2025, "target", 1200.0)),
    ("■ 到2025年", "一般公共预算收入:达到75亿元", ("fiscal_revenue", 2025, "target", 75.0)),
    ("● 到2025年:", "全体居民人均可支配收入:达到6万元左右", ("disposable_income", 2025, "target", 6.0)),
    ("◆到2025年底", "社会消费品零售总额:达到650亿元", ("retail_sales", 2025, "target", 650.0)),
    ("★到2035年", "地区生产总值:达到2000亿元以上", ("gdp", 2035, "target", 2000.0)),
])
def test_the_aims_are_of_the_year_aimed_at(mark, aim, want):
    got = figures(HEAD + mark + "\n" + aim + "\n", FIELDS, meta=META)
    assert want in got
    assert not any(f[0] == want[0] and f[2] == "actual" for f in got)


def test_a_sentence_opening_with_the_year_reads_as_before():
    got = figures(HEAD + "到2025年,地区生产总值达到1200亿元。\n", FIELDS, meta=META)
    assert ("gdp", 2025, "target", 1200.0) in got
