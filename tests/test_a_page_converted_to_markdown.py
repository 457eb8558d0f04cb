"""A page copied through a converter to Markdown carries its marks: bold around numbers and names (增长**8.5%**), a
heading's hashes (## 二、2024年主要预期目标), links ([《政府工作报告》](https://…)). They are dropped before the page is
read, their words kept, so a list's values and the words before a number (突破, 将, 分别) read as they do without them. Before, the marks
cut lists and bases apart and hid headings: of the development texts so converted, 183 figures were charted wrong
(issue 23, found by writing each development text as such a converter does). Negatives: a footnote's number before a
bracket is no link (生产总值[2](初步核算)11486.51亿元), and a lone asterisk stays. Made-up texts of this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "长丰县"}


@pytest.mark.parametrize("page,want", [
    ("# 某县2023年国民经济和社会发展统计公报\n2023年,第一、二、三产业增加值分别占地区生产总值的**9.1%**、**38.4%**和"
     "**52.5%**。\n", ("tertiary_share", 2023, "actual", 52.5)),
    ("# 某县2023年国民经济和社会发展统计公报\n2023年,城乡居民人均可支配收入分别达到**38504元**、**15326元**,"
     "分别增长**6.4%**、**7.9%**。\n", ("disposable_income_urban", 2023, "actual", 3.8504)),
    ("# 某县2023年国民经济和社会发展统计公报\n2023年,全县固定资产投资、社会消费品零售总额分别增长**11.2%**、"
     "**6.5%**。\n", ("retail_sales_growth", 2023, "actual", 6.5)),
])
def test_a_markdown_pages_figures_read_as_without_the_marks(page, want):
    assert want in figures(page, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("page,unwanted", [
    ("# 某县2023年国民经济和社会发展统计公报\n2023年,全县地方一般公共预算收入突破**20亿元**,增长**8.1%**。\n",
     ("fiscal_revenue", 2023, "actual", 20.0)),
    ("# 某县政府工作报告\n2024年,全县地区生产总值将突破**330亿元**,增长**6%**左右。\n", ("gdp", 2024, "actual", 330.0)),
    ("# 某县2023年国民经济和社会发展统计公报\n2023年,全县固定资产投资、社会消费品零售总额分别增长**11.2%**、"
     "**6.5%**。\n", ("retail_sales_growth", 2023, "actual", 11.2)),
])
def test_a_word_before_a_bold_number_still_qualifies_it(page, unwanted):
    """突破 (passing a mark, no measure), 将 (to come), 分别 (each in its turn) read across the bold."""
    assert unwanted not in figures(page, FIELDS, meta=META, charted=True)


def test_a_footnotes_number_before_a_bracket_is_no_link():
    page = "某县2023年国民经济和社会发展统计公报\n全年地区生产总值[2](初步核算)11486.51亿元,增长4.4%。\n"
    got = figures(page, FIELDS, meta=META)
    assert ("gdp", 2023, "actual", 11486.51) in got
    assert not any(f[0] == "gdp" and f[3] != 11486.51 for f in got)


def test_a_lone_asterisk_stays():
    page = "某县2023年国民经济和社会发展统计公报\n全年地区生产总值318.4亿元*,增长5.5%。注:*为初步数据。\n"
    assert ("gdp", 2023, "actual", 318.4) in figures(page, FIELDS, meta=META)
