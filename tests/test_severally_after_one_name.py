"""分别 (each, respectively) after a single indicator's name with a single figure (村居民人均可支配收入分别增长6.3%、 8.3) says
the names it pairs the figures with were cut off before it, or the figures after it: the figure's owner is not known,
and nothing is read. Before, the one name took the figure (a rural income's growth charted as all residents') (issue
23, class 5: 分别 lists). Negatives: one name with the parts of the year listed before 分别, and several names with one
figure for them all, are read as before. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "海南省"}
HEAD = "海南省政府工作报告\n——2024年1月23日在海南省第七届人民代表大会第三次会议上\n"


def charted(item: str) -> set[tuple]:
    return figures(HEAD + "过去一年," + item + "\n", FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("item,value", [
    ("村居民人均可支配收入分别增长6.3%、 8.3", 6.3),
    ("镇居民人均可支配收入分别增长6.3%、8.3", 6.3),
    ("居民人均可支配收入分别增长6.3%", 6.3),
    ("一般公共预算收入分别增长5.2%,", 5.2),
    ("社会消费品零售总额分别增长7%。", 7.0),
])
def test_severally_after_one_name_reads_nothing(item, value):
    assert not {f for f in charted(item) if f[3] == value}


def test_parts_of_the_year_before_severally():
    page = HEAD + "过去一年,地区生产总值一季度、上半年分别增长3%、3.4%。\n"
    got = figures(page, ("indicator", "year", "period", "value"), meta=META)
    assert {("gdp_growth", 2023, "Q1", 3.0), ("gdp_growth", 2023, "H1", 3.4)} <= got


def test_several_names_one_figure():
    got = charted("固定资产投资、社会消费品零售总额分别增长9%。")
    assert {("fixed_investment_growth", 2023, "actual", 9.0), ("retail_sales_growth", 2023, "actual", 9.0)} <= got
