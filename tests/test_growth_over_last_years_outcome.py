"""An aim compared with last year's outcome (一般公共预算收入预算为252.3亿元,比上年实际完成数235.8亿元增长7%): last
year's sum is no figure of this year, and the growth is the aim's. Before, last year's sum was charted as this year's
(half-year) outcome and the aim's growth as an outcome (issue 23, class 1: time, and class 2: kind). Negatives: an
outcome compared with last year (完成146.8亿元,比上年增长15.6%) stays an outcome. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "关于耒阳市2021年上半年预算执行情况的报告\n发布时间:2021-09-02 10:26\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "耒阳市"}, charted=True)


@pytest.mark.parametrize("sentence", [
    "年初批准的一般公共预算收入预算为25.2亿元,比上年实际完成数23.6亿元增长7%。",
    "一般公共预算收入预算为25.2亿元,比上年完成数23.6亿元增长7%。",
    "一般公共预算收入年初预算安排25.2亿元,比上年决算数23.6亿元增长7%。",
    "一般公共预算收入预算数为25.2亿元,比去年实际完成23.6亿元增长7%。",
    "一般公共预算收入预算是25.2亿元,比上年执行数23.6亿元增长7%。",
])
def test_last_years_sum_is_none_and_the_growth_is_the_aims(sentence):
    got = read(sentence)
    assert ("fiscal_revenue_growth", 2021, "target", 7.0) in got, got
    assert not any(v == 23.6 and y == 2021 for i, y, k, v in got), got
    assert not any(v == 7.0 and k == "actual" for i, y, k, v in got), got


def test_an_outcome_over_last_year_stays_an_outcome():
    got = read("1—6月,一般公共预算收入完成14.7亿元,比上年同期增长15.6%。")
    assert any(v == 15.6 and k == "actual" for i, y, k, v in got), got
