"""A note (注:2016-2018年GDP…根据四经普调整) or a chart's name (图1 …, 2018年-2022年地区生产总值及增速图) is never a document's
title, even on the first line of a page that lost its own (issue 23, found by reading every development text without its
title: a county's bulletin then took a note naming earlier years for its title, and its figures those years; three texts
as they are had a chart's name or a note above their title). Negatives: a title ending in a word with 图 inside
(蓝图) and a line that only begins with 注 (注重…) stay titles. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

BULLETIN = "{first}\n宿豫区经济运行稳中有进\n一、综合\n全区实现地区生产总值403.2亿元,增长4.1%。\n"


def first_doc(text: str):
    return documents_from_text(K, text, "made_up.txt", meta={"region": "宿豫区"})[0]


@pytest.mark.parametrize("first", ["注:2016-2018年GDP三次产业结构根据第四次经济普查结果调整", "注1:2015年-2018年GDP总量根据四经普调整",
                                   "图1 2016-2020年地区生产总值及增长速度", "2016年-2020年地区生产总值及增速图",
                                   "注: 2017年数据为快报数", "图2 2020年三次产业增加值构成"])
def test_a_note_or_a_charts_name_is_no_title(first):
    assert first_doc(BULLETIN.format(first=first)).title == "宿豫区经济运行稳中有进"


@pytest.mark.parametrize("title", ["绘就高质量发展新蓝图", "注重实效推动经济平稳运行"])
def test_a_title_with_those_characters_inside_stays(title):
    assert first_doc(f"{title}\n全区地区生产总值增长4.1%。\n").title == title
