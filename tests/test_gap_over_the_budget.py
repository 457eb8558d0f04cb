"""By how much an outcome passed the budget set at the year's start or changed during it (…增长14.2%,超过年初预算1.06亿元;
比调整预算多收2.3亿元): a gap, not a figure of the indicator. Before, the gap was charted as the year's target (issue 23,
class 2: kind). Negatives: the budget itself and the outcome stay read. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "姜堰区2013年国民经济和社会发展统计公报\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "姜堰区"}, charted=True)


@pytest.mark.parametrize("sentence", [
    "一般公共预算收入54.36亿元,增长14.2%,超过年初预算1.06亿元。",
    "公共财政预算收入54.36亿元,增长14.2%,超出年初预算1.06亿元。",
    "一般公共预算收入完成54.36亿元,比年初预算多1.06亿元。",
    "一般公共预算收入54.36亿元,高于调整预算1.06亿元。",
    "一般公共预算收入54.36亿元,超调整预算数1.06亿元。",
    "一般公共预算收入完成54.36亿元,超过调整预算1.06亿元,增长14.2%。",
])
def test_the_gap_over_the_budget_is_no_figure(sentence):
    got = read(sentence)
    assert ("fiscal_revenue", 2013, "actual", 54.36) in got, got
    assert not any(v == 1.06 for i, y, k, v in got), got


def test_the_budget_itself_stays_an_aim():
    got = read("一般公共预算收入年初预算55亿元,全年完成54.36亿元。")
    assert {("fiscal_revenue", 2013, "target", 55.0), ("fiscal_revenue", 2013, "actual", 54.36)} <= got, got
