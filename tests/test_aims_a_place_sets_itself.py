"""A sentence that opens with the aims a place or a meeting sets (X州划定发展预期目标,…; 会议设定今年目标,…; 全年锁定预期目标,…)
gives targets for the figures after it, as 报告提出,… does (issue 23, class 2, found in congress news of the texts at
hand: the year's targets after such a lead were read as outcomes). Negatives: the same words after what was done in
the same clause (完成了年初设定的目标,…; 实现了划定的目标,…) give outcomes. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "海北藏族自治州"}
ITEM = ("海北州人代会开幕\n{date} 10:00 来源:某某网\n报告指出,{last}年,全州实现地区生产总值120.55亿元,增长3.1%。\n"
        "{lead},地区生产总值增长5%;固定资产投资增长8%;社会消费品零售总额增长6%。\n")


def read(lead: str, date: str = "2023-02-20") -> set[tuple]:
    page = ITEM.format(lead=lead, date=date, last=int(date[:4]) - 1)
    return {f for f in figures(page, FIELDS, meta=META) if f[1] == int(date[:4]) or f[3] in (5.0, 8.0, 6.0)}


@pytest.mark.parametrize("lead", [
    "海北州划定发展预期目标",
    "会议设定经济社会发展目标",
    "全州锁定全年预期目标",
    "州政府划定了主要目标任务",
    "大会设定主要预期目标",
])
def test_figures_after_the_aims_set_are_targets(lead):
    got = read(lead)
    assert {("gdp_growth", 2023, "target", 5.0), ("fixed_investment_growth", 2023, "target", 8.0),
            ("retail_sales_growth", 2023, "target", 6.0)} <= got


@pytest.mark.parametrize("lead", ["全州圆满完成了年初设定的目标", "全州实现了年初划定的目标"])
def test_the_aims_met_give_outcomes(lead):
    assert not {f for f in read(lead) if f[2] == "target"}
