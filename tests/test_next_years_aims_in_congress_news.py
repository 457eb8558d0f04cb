"""Congress news of December that gives the next year's aims (报告提出明年的奋斗目标主要是:…) sets targets for the year
after the item's date, or, undated, after the year it reviews: a December congress's 明年 is the year after the one
ending. Before, 奋斗目标…主要是: opened no aims, and the list was read as the year's outcomes (issue 23, class 1).
Negatives: the year's outcomes said before the aims stay outcomes. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "贡井区"}
REVIEW = "区长作政府工作报告。报告指出,2013年,全区预计实现地区生产总值104.5亿元、增长12.5%。\n"


def charted(page: str) -> set[tuple]:
    return figures(page, FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("lead", [
    "报告提出明年的奋斗目标主要是:",
    "明年的发展目标主要为:",
    "会议提出明年的努力目标主要是:",
    "报告确定明年的发展目标主要是:",
    "明年的预期目标主要为:",
    "报告提出2014年的奋斗目标主要是:",
])
def test_next_years_aims_of_a_december_congress(lead):
    page = "贡井区第十七届人大第三次会议隆重开幕\n2013-12-26 15:25\n" + REVIEW + lead + "地区生产总值增长10%,力争11.5%;社会消费品零售总额增长17%。\n"
    got = charted(page)
    assert {("gdp_growth", 2014, "target", 10.0), ("retail_sales_growth", 2014, "target", 17.0)} <= got
    assert ("gdp_growth", 2013, "actual", 12.5) in got
    assert not {f for f in got if f[1] == 2013 and f[3] in (10.0, 17.0)}
