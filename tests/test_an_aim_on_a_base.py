"""An aim set on the base of last year's outcome (地区生产总值在去年增长5.3%的基础上增长6%左右; 一般公共预算收入在上年完成
6.2亿元的基础上增长5%): the base is last year's outcome, never this year's aim, and the aim is the figure after it.
Before, the base was charted as the year's target with high confidence and the aim after it was dropped as a second
number of the same name (it still is when the base names its year, which the aim would wrongly take) (issue 23, class 2: kind from structure; a wrong figure charted high). Negatives: a base in
words (在巩固提升的基础上) leaves the aim as before, and an aim with no base is read as before. Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
PLAN = ("2025年沐川县人民政府工作报告\n——2025年1月10日在沐川县第十八届人民代表大会第五次会议上\n二、2025年主要预期目标\n"
        "今年经济社会发展的主要预期目标是:{}。\n")


def read(aims: str) -> set[tuple]:
    return figures(PLAN.format(aims), FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("aims,key,aim,base", [
    ("地区生产总值在去年增长5.3%的基础上增长6%左右", "gdp_growth", 6.0, 5.3),
    ("一般公共预算收入在上年完成6.2亿元的基础上增长5%", "fiscal_revenue", None, 6.2),
    ("规模以上工业增加值在上年增长9.1%的高基数基础上增长8%", "industrial_va_growth", 8.0, 9.1),
    ("地区生产总值在2024年实现120.5亿元的基础上,达到128亿元", "gdp", None, 120.5),
    ("社会消费品零售总额在去年增长4.2%的基础上增长6%以上", "retail_sales_growth", 6.0, 4.2),
])
def test_the_base_is_no_aim(aims, key, aim, base):
    got = read(aims)
    assert not any(v == base or y == 2024 for i, y, k, v in got), got
    if aim is not None:
        assert (key, 2025, "target", aim) in got


def test_a_base_in_words_as_before():
    assert ("gdp_growth", 2025, "target", 6.0) in read("地区生产总值在巩固提升的基础上增长6%左右")


def test_an_aim_without_a_base_as_before():
    got = read("地区生产总值增长6%左右;一般公共预算收入6.5亿元,增长5%")
    assert {("gdp_growth", 2025, "target", 6.0), ("fiscal_revenue", 2025, "target", 6.5)} <= got
