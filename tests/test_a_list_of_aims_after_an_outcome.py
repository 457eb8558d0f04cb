"""A sentence that gives the ending year's estimate and then opens the next year's aims after a colon (预计2023年全年…增长
6.8%左右,建议2024年全市主要预期目标为:…;…;…): every item of the list, across its semicolons, is the next year's aim, not
the estimate's year's outcome; and an aim word opening a part's clause (力争前三季度GDP增速达到7.8%) keeps the part's figure
an aim, its outcome word notwithstanding. (Issue 23, class 1.) Negatives: the estimate stays the ending year's outcome,
and a part done after a year's plan (全年计划…,前三季度完成…) stays done. Made-up sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "某市“十四五”规划纲要实施中期评估报告\n——2023年12月15日在某市人民代表大会常务委员会会议上\n\n"
LIST = ("综合研判,预计2023年全年地区生产总值增长6.2%左右,建议2024年全市主要预期目标为:地区生产总值增长6%左右;"
        "一般公共预算收入增长4%;规上工业增加值增长6.5%;固定资产投资增长7%以上;城镇登记失业率控制在4.5%以内。")


def read(body: str, own: str = "孝义市") -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": own}, charted=True)


@pytest.mark.parametrize("fact", [
    ("fiscal_revenue_growth", 2024, "year", "target", 4.0),
    ("industrial_va_growth", 2024, "year", "target", 6.5),
    ("fixed_investment_growth", 2024, "year", "target", 7.0),
    ("unemployment_rate", 2024, "year", "target", 4.5),
    ("gdp_growth", 2024, "year", "target", 6.0),
])
def test_each_item_of_the_list_is_the_next_years_aim(fact):
    assert fact in read(LIST)


def test_no_item_is_made_the_estimates_years():
    assert not any(y == 2023 and v in (4.0, 6.5, 7.0, 4.5) for _, y, _, _, v in read(LIST))


@pytest.mark.parametrize("sent, fact", [
    ("会议要求,力争前三季度GDP增速达到7.8%,确保全年目标完成。", ("gdp_growth", 2023, "Q1-Q3", "target", 7.8)),
    ("力争上半年规上工业增加值增速达到8%。", ("industrial_va_growth", 2023, "H1", "target", 8.0)),
    ("各地要力争1—9月固定资产投资增速达到6%。", ("fixed_investment_growth", 2023, "Q1-Q3", "target", 6.0)),
])
def test_an_aim_word_opening_a_parts_clause(sent, fact):
    page = "某市召开经济形势分析会\n2023年7月20日\n" + sent + "\n"
    assert fact in figures(page, FIELDS, meta={"region": "孝义市"})


def test_a_part_done_after_the_years_plan_stays_done():
    page = "某市经济运行情况\n2023年10月20日\n地区生产总值全年计划增长8%以上,前三季度完成增长7.6%。\n"
    assert ("gdp_growth", 2023, "Q1-Q3", "actual", 7.6) in figures(page, FIELDS, meta={"region": "孝义市"})
