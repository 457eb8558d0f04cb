"""A five-year plan's outline is named in its first line and dated by the bracketed line below it, the day a congress
adopted it ((2021年3月5日某市第十八届人民代表大会第五次会议审议通过), (经…会议批准)); an aim for a year ahead of that date
(展望2035年,…) is no history that would make the date a past event. Before, the bracketed line was taken for the title
and the outline went undated, so its aims were filed under no year or the wrong one (issue 23, class 1: time).
Negatives: a bracketed subtitle (征求意见稿) is no title either. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

BODY = "第一章 发展基础\n2020年,全市地区生产总值达到418.7亿元。\n展望2035年,全市将基本实现社会主义现代化。\n"


def doc(head: str):
    return documents_from_text(K, head + "\n" + BODY, "outline.txt", meta={"region": "梅河口市"})[0]


@pytest.mark.parametrize("title, line", [
    ("梅河口市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
     "(2021年3月5日梅河口市第十八届人民代表大会第五次会议审议通过)"),
    ("梅河口市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
     "(经2021年3月5日梅河口市第十八届人民代表大会第五次会议批准)"),
    ("梅河口市国民经济和社会发展第十四个五年规划纲要", "(2021年3月5日市十八届人大五次会议通过)"),
    ("梅河口市国民经济和社会发展第十四个五年规划纲要(节选)", "(2021年3月5日梅河口市第十八届人民代表大会第五次会议通过)"),
    ("梅河口市“十四五”规划纲要", "[2021年3月5日梅河口市第十八届人民代表大会第五次会议审议批准]"),
])
def test_the_outline_is_named_and_dated(title, line):
    d = doc(title + "\n" + line)
    assert d.doc_date == "2021-03-05", (d.doc_date, d.title)
    assert "纲要" in d.title and d.title[0] not in "([", d.title   # (its 二〇三五 is written 2035 once read)


def test_a_subtitle_below_the_name_is_no_title():
    d = doc("梅河口市国民经济和社会发展第十四个五年规划纲要\n(征求意见稿)")
    assert d.title == "梅河口市国民经济和社会发展第十四个五年规划纲要", d.title
