"""A lead that closes on the aims it lists (年初人代会确定的全年目标为:地区生产总值增长9%,…), in a report on the part of the
year done: the list's figures are those aims, though the lead stands in a clause of its own. Before, they were read as
the year's outcomes (issue 23, class 2: kind from structure). Negatives: a list after a lead of outcomes (完成情况为:)
stays outcomes, and an outcome word after the lead (;实际完成…) ends its reach. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = ("关于安阳县2016年上半年国民经济和社会发展计划执行情况的报告\n"
        "——2016年7月26日在安阳县第十五届人民代表大会常务委员会第三十次会议上\n二、存在的问题\n")


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "安阳县"})


@pytest.mark.parametrize("lead", [
    "年初县十五届人大六次会议确定的全年目标为:",
    "部分指标与年度目标相比还有差距。年初确定的全年目标为:",
    "县人代会批准的年度计划目标是:",
    "全年主要预期目标为:",
    "年初确定的年度计划:",
])
def test_a_list_after_a_lead_of_aims_is_aims(lead):
    got = read(lead + "地区生产总值增长9%,规模以上工业增加值增长10%。")
    assert {("gdp_growth", 2016, "target", 9.0), ("industrial_va_growth", 2016, "target", 10.0)} <= got, got
    assert not any(k == "actual" and v in (9.0, 10.0) for i, y, k, v in got), got


def test_a_list_after_a_lead_of_outcomes_stays_outcomes():
    got = read("上半年主要指标完成情况为:地区生产总值增长7.8%,规模以上工业增加值增长8.1%。")
    assert not any(k == "target" for i, y, k, v in got), got


def test_an_outcome_word_ends_the_leads_reach():
    got = read("全年目标为:地区生产总值增长9%;上半年实际完成地区生产总值增长7.8%。")
    assert ("gdp_growth", 2016, "target", 9.0) in got and not any(v == 7.8 and k == "target" for i, y, k, v in got), got
