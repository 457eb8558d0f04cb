"""A line that opens with a day and goes on with the item's source (2024-01-12 X区融媒体中心, 2024/1/12 X县新闻中心) is
the item's stamp, not its title, even when it is longer than the headline above it. Before, the longer line was taken
for the title, so a news item on a congress (…人大三次会议开幕) that names the work report in its body was read as
the report itself, undated: 去年 and 今年 had no year and every figure went to review (issue 23, class 1: congress
news of January-March). Negatives: a title line that opens with a year but no day is still the title; an item whose
stamp stands alone is dated as before. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BODY = ("会议应到代表二百名,实到一百九十五名,符合法定人数。大会主席团主持会议,会议听取和审议了区政府工作报告。"
        "报告显示,去年全区地区生产总值增长5.6%。"
        "今年全区地区生产总值预期增长6%左右。\n")


@pytest.mark.parametrize("headline,stamp", [
    ("雁塔区十九届人大三次会议开幕", "2024-01-12 雁塔区融媒体中心"),
    ("雁塔区两会胜利闭幕", "2024-1-12 雁塔区融媒体中心 责任编辑:王某"),
    ("区人代会举行第二次全体会议", "2024/01/12 雁塔区新闻中心 作者:李某"),
    ("雁塔区人代会开幕", "2024.01.12 雁塔区人民政府网站 浏览次数:1024"),
    ("区人代会审议通过政府工作报告", "2024/1/12 雁塔区人民政府办公室"),
])
def test_the_stamp_dates_the_item(headline, stamp):
    got = figures(f"{headline}\n{stamp}\n{BODY}", FIELDS, meta={"region": "雁塔区"}, charted=True)
    assert {("gdp_growth", 2023, "actual", 5.6), ("gdp_growth", 2024, "target", 6.0)} <= got


def test_a_title_opening_with_a_year():
    page = "2024年雁塔区政府工作报告\n各位代表:\n一、2023年工作回顾\n全区地区生产总值增长5.6%。\n"
    assert ("gdp_growth", 2023, "actual", 5.6) in figures(page, FIELDS, meta={"region": "雁塔区"}, charted=True)


def test_a_stamp_alone_on_its_line():
    page = f"雁塔区十九届人大三次会议开幕\n2024-01-12\n{BODY}"
    got = figures(page, FIELDS, meta={"region": "雁塔区"}, charted=True)
    assert {("gdp_growth", 2023, "actual", 5.6), ("gdp_growth", 2024, "target", 6.0)} <= got
