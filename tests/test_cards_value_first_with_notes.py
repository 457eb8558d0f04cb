"""An illustrated summary whose cards stand value first (6125.3亿元 / 地区生产总值 / 4.8% / GDP增长), with notes under
some cards (高于全省1.3个百分点, 工业总量稳居全省第五) and a growth line under a name (↑3.1%, 同口径增长2.6%): each value
goes with the name below it and each growth line with the card above it, so no value is read with the next card's name
(issue 23, class 4). Negatives: a block of names each followed by two values (2023年完成 over 2024年目标) keeps its
values off the next name; a text layer's numbers cut onto lines of their own are no cards. Made-up pages in this file's
own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")

PAGE = ("图解|一图读懂2025年某市政府工作报告\n发布时间:2025-01-21 09:32\n政府工作报告(图解版)\n01\n2024年成绩单\n"
        "6125.3亿元\n地区生产总值\n4.8%\nGDP增长\n高于全省1.3个百分点\n6.9%\n规上工业增加值增长\n工业总量稳居全省第五\n"
        "2468.5亿元\n社会消费品零售总额\n↑3.1%\n468.2亿元\n一般公共预算收入\n同口径增长2.6%\n3210.4亿元\n外贸进出口总额\n"
        "增长9.7%\n02\n2025年主要预期目标\n5.5%左右\n地区生产总值增长\n7%\n规模以上工业增加值增长\n")


@pytest.mark.parametrize("fact", [
    ("retail_sales", 2024, "actual", 2468.5),
    ("retail_sales_growth", 2024, "actual", 3.1),
    ("fiscal_revenue", 2024, "actual", 468.2),
    ("fiscal_revenue_growth", 2024, "actual", 2.6),
    ("trade", 2024, "actual", 3210.4),
    ("trade_growth", 2024, "actual", 9.7),
])
def test_each_value_goes_with_the_name_below_it(fact):
    assert fact in figures(PAGE, FIELDS, meta={"region": "惠州市"})


def test_no_value_goes_with_the_next_cards_name():
    got = figures(PAGE, FIELDS, meta={"region": "惠州市"})
    assert ("retail_sales", 2024, "actual", 468.2) not in got, got


def test_names_with_two_values_each_keep_them():
    text = ("一图读懂|2024年某市政府工作报告\n发布时间:2024-03-20\n【回眸2023】\n438.6亿元\n地区生产总值\n198.4亿元\n"
            "社会消费品零售总额\n86512万元\n一般公共预算收入\n【两年对照】\n地区生产总值增长\n4.1%\n5%以上\n规上工业增加值增长\n"
            "6.8%\n8%\n固定资产投资增长\n-3.5%\n6%\n")
    got = figures(text, FIELDS, meta={"region": "雷州市"})
    assert not any(f[0] == "industrial_va_growth" and f[3] == 5.0 for f in got), got
