"""The budget's sources in all (加上级补助收入…、上年结余等,一般公共预算收入总计X万元): the revenue plus what came from
above, bonds and balances, not the place's budget revenue. Before, the total was charted as the year's revenue
(issue 23, class 7: names of an indicator). Negatives: the revenue itself in the same report stays read. Made-up pages
in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "封丘县2016年财政预算执行情况的报告\n——2017年1月10日在封丘县第十四届人民代表大会第七次会议上\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "封丘县"}, charted=True)


@pytest.mark.parametrize("sentence", [
    "加上级补助收入135680万元、上年结余等,一般公共预算收入总计318460万元。",
    "一般公共预算收入总计318460万元,其中上级补助收入135680万元。",
    "加上转移性收入,全县一般公共预算收入总计31.846亿元。",
    "加上新增债券转贷收入21000万元,公共财政预算收入总计318460万元。",
    "公共财政收入总计31.846亿元(含上级补助)。",
])
def test_the_sources_in_all_are_no_revenue(sentence):
    got = read("(一)财政收入。全年完成143582万元,增长11.8%。" + sentence)
    assert not any(abs(v - 31.846) < 1e-6 for i, y, k, v in got), got


def test_the_revenue_alone_stays():
    got = read("全县一般公共预算收入31.846亿元,增长6.3%。")
    assert ("fiscal_revenue", 2016, "actual", 31.846) in got, got
