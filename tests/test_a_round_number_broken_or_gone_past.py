"""A level said only as a round number the place broke or went past (经济总量破4万亿, 首破30亿元, 跨过200亿元, 迈过100亿元
台阶) states no value of its own: it is not charted as the year's level, as one after 突破 is not (issue 23, found by
writing congress news in a few common shapes: each was charted as the level). Negatives: a level reached (达到612亿元)
is still charted. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value", "confidence")
META = {"region": "铜山区"}
PAGE = "某区政府工作报告\n\n——2023年1月16日在某区第七届人民代表大会第三次会议上\n\n各位代表:\n\n一、2022年工作回顾\n\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return {f[:3] for f in figures(PAGE.format(s=sentence), FIELDS, meta=META) if f[3] == "high"}


@pytest.mark.parametrize("sentence,level", [
    ("全区经济总量破600亿元,增长5.1%。", ("gdp", 2022, 600.0)),
    ("全区一般公共预算收入首破30亿元。", ("fiscal_revenue", 2022, 30.0)),
    ("全区地区生产总值跨过600亿元。", ("gdp", 2022, 600.0)),
    ("全区社会消费品零售总额迈过200亿元。", ("retail_sales", 2022, 200.0)),
    ("全区进出口总额破100亿元。", ("trade", 2022, 100.0)),
])
def test_a_round_number_passed_is_no_level(sentence, level):
    assert level not in charted(sentence)


def test_a_level_reached_is_still_charted():
    assert ("gdp", 2022, 612.0) in charted("全区地区生产总值达到612亿元,增长5.1%。")
