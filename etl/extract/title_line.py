"""Pure: the words of one line of a page's head that a title may stand in. A disclosure header laid out as a table
(| 名称 | X区2019年统计公报 | …): the cell after the label. A title behind a short tag of the page's genre and a bar
(图解 | 2025年X区政府工作报告, 一图读懂|…): the tag and the words after the bar, one space between, as no breadcrumb's step
is (首页 | 新闻, a site's name before the bar)."""

from __future__ import annotations

import re

# the labels of a disclosure page's title field (标 题, 题目, 名称), laid out as a line or as a table's cells
TITLE_LABEL = r"标\s*题|题\s*目|名\s*称"
_TITLE_CELL = re.compile(rf"^\|\s*(?:{TITLE_LABEL})\s*\|\s*([^|]+?)\s*\|")
# a tag of two to six characters and one bar before words of a year, eight characters or more, with no bar of their own
_TAG_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,6})\s*[|｜丨]\s*(?=[^|｜丨]{0,40}\d{4}年[^|｜丨]*$)(?=[^|｜丨]{8})")


def title_words(line: str) -> str:
    """`line` as a title may stand in it: the cell after a title label, a genre's tag and the words after its bar, or
    the line."""
    cell = _TITLE_CELL.match(line)
    if cell:
        return cell.group(1)
    tag = _TAG_LEAD.match(line)
    return tag.group(1) + " " + line[tag.end():] if tag else line
