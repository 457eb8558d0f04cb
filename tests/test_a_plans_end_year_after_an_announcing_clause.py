"""A sentence that announces a plan's aims and then names its end year (纲要提出,到2025年,…;…;服务业增加值比重达到52%左右)
aims every item of its semicolon list at that year, not only the first: a later item was read under the year the
paragraph or the speaker's turn had named (2020), as its outcome. A first clause that announces nothing leaves the later
items as before (issue 23, class 1: time). Made-up sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "新闻发布会  2021-03-16 09:30\n\n区长:2020年,全县地区生产总值增长1.6%。\n\n"


@pytest.mark.parametrize("lead, item, fact", [
    ("纲要提出", "服务业增加值比重达到52%左右", ("tertiary_share", 2025, "2021-2025", "target", 52.0)),
    ("规划明确", "一般公共预算收入达到120亿元", ("fiscal_revenue", 2025, "2021-2025", "target", 120.0)),
    ("纲要确定", "社会消费品零售总额达到900亿元左右", ("retail_sales", 2025, "2021-2025", "target", 900.0)),
    ("报告提出", "固定资产投资达到1500亿元", ("fixed_investment", 2025, "2021-2025", "target", 1500.0)),
    ("纲要提出", "居民人均可支配收入达到6万元", ("disposable_income", 2025, "2021-2025", "target", 6.0)),
], ids=["share", "revenue", "retail", "investment", "income"])
def test_every_item_is_aimed_at_the_end_year(lead, item, fact):
    text = HEAD + f"{lead},到2025年,全县综合实力迈上新台阶,地区生产总值达到7800亿元左右;研发投入强度达到3.8%;{item}。\n"
    got = figures(text, FIELDS, meta={"region": "安吉县"})
    assert fact in got and not any(f[0] == fact[0] and f[1] == 2020 for f in got), got


def test_the_first_item_as_before():
    text = HEAD + "纲要提出,到2025年,全县地区生产总值达到7800亿元左右;服务业增加值比重达到52%左右。\n"
    assert ("gdp", 2025, "2021-2025", "target", 7800.0) in figures(text, FIELDS, meta={"region": "安吉县"})


def test_a_first_clause_announcing_nothing_leaves_the_items():
    text = HEAD + "面对新形势,到2025年,全县地区生产总值达到7800亿元左右;服务业增加值比重达到52%左右。\n"
    got = figures(text, FIELDS, meta={"region": "安吉县"})
    assert not any(i == "tertiary_share" and y == 2025 for i, y, *_ in got), got
