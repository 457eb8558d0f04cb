"""Round numbers passed one after another (连续跨越400亿元、450亿元两个台阶) are milestones, each of them, not the level
of the year: the count before the step's word (两个台阶) no longer hides the second (issue 23, class 3). Negatives: a
level stated on its own is read as before. Made-up reports in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value")


def report(sentence: str) -> str:
    return "某市政府工作报告\n——2026年1月7日在某市人民代表大会上\n一、过去五年工作回顾\n" + sentence + "\n"


@pytest.mark.parametrize("sentence, value", [
    ("这五年,地区生产总值连续跨越400亿元、450亿元两个台阶,年均增长5.9%。", 450.0),
    ("五年来,全市地区生产总值先后迈上300亿元、350亿元两个台阶。", 350.0),
    ("地区生产总值接连跨上200亿元、250亿元、300亿元三个台阶。", 300.0),
    ("一般公共预算收入相继跨越20亿元、25亿元两个台阶。", 25.0),
    ("社会消费品零售总额连续迈上100亿元、150亿元两个新台阶。", 150.0),
    ("五年间,全市地区生产总值接连迈过1000亿元、1500亿元两个大关。", 1500.0),
])
def test_each_step_passed_is_no_level(sentence, value):
    got = figures(report(sentence), FIELDS, meta={"region": "昌邑市"}, charted=True)
    assert not any(f[1] == value for f in got), got


def test_a_level_stated_on_its_own_is_read():
    got = figures(report("2025年,全市地区生产总值达到468.2亿元,增长5.6%。"), FIELDS, meta={"region": "昌邑市"}, charted=True)
    assert ("gdp", 468.2) in got, got
