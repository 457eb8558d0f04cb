"""A heading or sentence that ends in the aims a report or meeting proposes (省发改委提交报告提出今年主要预期目标; 会议明确了
2016年主要预期目标) opens the aims' section below the title: the bare growth rates after it are that year's targets, charted, even with no
target word of their own (增长8.5%,争取9%) and after a dateline (issue 23, found on set AV after it was measured once:
a province's plan targets quoted in news were read as the year before's outcomes). Made-up items of this file's own
wording. Negatives: aims said to be met (全面完成今年主要预期目标), or a proposal that does not end the heading, open no
aims' section."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
ITEM = ("省发改委:积极争取建设自由贸易区\n\n来源:某某新闻网 {date} 08:49:00\n\n   {head}\n\n  积极发展跨境电子商务\n\n  某某新闻网讯(记者 某某)地区生产总值增长8.5%,争取9%;"
        "社会消费品零售总额增长12%;一般公共预算收入增长9%。\n\n  这是在大会上提交的报告提出的。\n")


def read(head: str, date: str, region: str = "湖南省") -> set[tuple]:
    return figures(ITEM.format(head=head, date=date), FIELDS, meta={"region": region}, charted=True)


@pytest.mark.parametrize("head, date, year", [
    ("湖南省发改委提交报告提出今年主要预期目标", "2015-01-30", 2015),
    ("省发改委报告提出今年经济社会发展主要预期目标", "2018-01-26", 2018),
    ("全省计划报告明确了2016年主要预期目标", "2016-01-27", 2016),
    ("省经济工作会议提出明年主要目标", "2019-12-20", 2020),
    ("报告提出2021年主要预期目标:", "2021-01-29", 2021),
    ("市政府工作报告提出今年主要目标", "2017-02-10", 2017),
    ("全市经济工作会议明确今年主要预期目标", "2022-01-15", 2022),
])
def test_bare_rates_after_announced_aims_are_that_years_targets(head, date, year):
    got = read(head, date)
    assert {("gdp_growth", year, "target", 8.5), ("retail_sales_growth", year, "target", 12.0)} <= got


@pytest.mark.parametrize("head", ["湖南省全面完成去年主要预期目标", "报告提出今年主要预期目标全部完成"])
def test_aims_met_or_said_in_passing_open_no_aims(head):
    assert not {f for f in read(head, "2015-01-30") if f[2] == "target" and f[0] == "retail_sales_growth"}
