"""The share of an aim done, in a clause that also names the aim (仅完成规划目标的51.5%, 为年度目标的51.5%,
仅相当于规划目标的51.5%): a ratio, not a rate of the indicator. Before, the cue of an aim in the clause let the share through
as the year's growth target (issue 23, class 2: kind). Negatives: an aim said with its rate (规划目标为年均增长7%) stays
an aim. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "桦甸市国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告\n发布日期:2021年3月19日\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "桦甸市"})


@pytest.mark.parametrize("sentence", [
    "2020年一般公共预算收入11.8亿元,同比下降6.3%,仅完成规划目标的51.5%。",
    "2020年一般公共预算收入11.8亿元,比上年下降6.3%,仅达到规划目标的51.5%。",
    "2020年规模以上工业增加值增长2.1%,为年度目标的51.5%。",
    "2020年地区生产总值增长2.1%,仅相当于规划目标的51.5%。",
    "2020年一般公共预算收入增长2.1%,完成规划目标的51.5%。",
    "2020年社会消费品零售总额增长2.1%,实现规划目标的51.5%。",
])
def test_the_share_done_is_no_rate(sentence):
    got = read(sentence)
    assert not any(v == 51.5 for i, y, k, v in got), got


def test_an_aim_with_its_rate_stays():
    got = read("二、“十四五”时期主要目标\n规划目标为地区生产总值年均增长7%,到2025年达到180亿元。")
    assert ("gdp", 2025, "target", 180.0) in got, got
