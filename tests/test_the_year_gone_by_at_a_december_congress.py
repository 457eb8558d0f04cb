"""At a congress held in December, 过去一年 (过去的一年) is the year then ending, not the one before it; 去年 is still the
calendar year before. Before, an item of 29 December read the outcomes of 过去一年 under the year before the date, charted
high and wrong (issue 23, class 1: a December report reviews the year that is ending). Negatives: 过去一年 at a January
congress is the year before; 去年 in a December item is the year before. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


@pytest.mark.parametrize("stamp,said", [
    ("2022-12-30 10:13", "区长在报告中指出,过去一年,全区地区生产总值增长1%,一般公共预算收入增长10%。"),
    ("2022-12-29", "报告指出,在过去的一年,全区地区生产总值增长1%、一般公共预算收入增长10%。"),
    ("2022年12月28日 09:00", "区长表示,过去一年全区地区生产总值增长1%,一般公共预算收入增长10%。"),
    ("2022-12-27", "会议听取了政府工作报告。报告显示,过去一年来,全区地区生产总值增长1%,一般公共预算收入增长10%。"),
    ("2022-12-26 15:20", "在过去的一年里,全区地区生产总值增长1%,一般公共预算收入增长10%。"),
    ("2022-12-30", "报告指出,过去一年,全区地区生产总值比上年增长1%,一般公共预算收入较上年增长10%。"),
])
def test_the_year_ending(stamp, said):
    page = f"昌平区第六届人民代表大会第三次会议开幕\n{stamp} 来源:新京报\n12月下旬,昌平区人代会开幕。{said}\n"
    got = figures(page, FIELDS, meta={"region": "昌平区"}, charted=True)
    assert {("gdp_growth", 2022, "actual", 1.0), ("fiscal_revenue_growth", 2022, "actual", 10.0)} <= got
    assert not {f for f in got if f[1] == 2021}


def test_the_year_gone_by_at_a_january_congress():
    page = "昌平区人代会开幕\n2023-01-10 来源:新京报\n报告指出,过去一年,全区地区生产总值增长1%。\n"
    assert ("gdp_growth", 2022, "actual", 1.0) in figures(page, FIELDS, meta={"region": "昌平区"}, charted=True)


def test_last_year_in_a_december_item():
    page = "昌平区人代会开幕\n2022-12-30 来源:新京报\n报告指出,去年全区地区生产总值增长8%。\n"
    got = figures(page, FIELDS, meta={"region": "昌平区"}, charted=True)
    assert not {f for f in got if f[1] == 2022 and f[3] == 8.0}
