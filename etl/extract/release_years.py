"""Pure: the years a statistics release reports on, and whether an item reports this year's first half, from its
title, its head and its date (moved from metadata.py); a page on how a work report's aims are being met
(REPORT_PROGRESS) is of the report's own year."""

from __future__ import annotations

import re

from etl.extract.clause_years import PART_NAMED
from etl.extract.patterns import FIRST_HALF, JAN_TO, WORK_REPORT_TITLE, headline_part, part_end, part_year_of
from etl.records import Document

_NOT_A_DATE_YEAR = re.compile(r"(?<![自从比较与同])(\d{4})年(?!\d{1,2}月|以来)")   # 2024年4月19(日): a date; 自2012年以来: a base

# a year named as the work ahead (做好2022年经济工作, 部署2025年工作): a meeting on it is held in the year before
_WORK_AHEAD = re.compile(r"(?<=做好|部署|谋划|安排)\d{4}年[^。,,;;\n]{0,6}?工作")

# the head of a release about a part of the current year: 今年, or the first months or quarters
_PART_YEAR_HEAD = re.compile(r"今年|前[一二三四五六七八九十\d]{1,2}个?月|[一二三]季度|上半年|前三季度|" + JAN_TO + r"\d{1,2}月")


_THIS_HALF = re.compile("今年" + FIRST_HALF)
_HALF_REVIEWED = re.compile(FIRST_HALF + r"[^。\n]{0,16}?情况")   # 关于上半年全市经济社会发展情况和下半年…的报告


# a yearbook's edition in a title (X年鉴·2020, 2020年鉴): it records the year before the edition's
_YEARBOOK = re.compile(r"年鉴\s*[·・.(]?\s*(\d{4})|(\d{4})\s*年?鉴")


# a title of a report's progress: its indicators' or aims' doing so far (主要经济指标完成情况, 主要预期目标进展情况)
REPORT_PROGRESS = re.compile(r"政府工作报告[^。,,;\n]{0,14}?(?:指标|目标|任务)[^。,,;\n]{0,14}?(?:完成|进展|执行|进度|落实)")


def work_ahead_year(doc: Document) -> int | None:
    """The year the head of a page (its title, else its first lines) names first, when it names it as the work ahead
    (就做好2022年经济工作作出部署): an undated page on it is of the year before."""
    head = doc.title if _NOT_A_DATE_YEAR.search(doc.title) else doc.text[:300]
    year = _NOT_A_DATE_YEAR.search(head)
    return int(year.group(1)) if year and _WORK_AHEAD.match(head, year.start()) else None


def _part_over(title: str, month: int) -> bool:
    """The title names one part of the year, over by the item's month (1—10月… in November)."""
    end = part_end(headline_part(title))
    return bool(end) and end < month


def release_years(doc: Document, date_year: int | None) -> None:
    """A statistics release's years: the year it reports on ("2023年X区经济运行情况", "X区2012年GDP初步核实结果"),
    not its date (2023年3月31日); unsaid, this year's for a part of it (今年前四个月 in May), else the year
    before for a bulletin out in the first half."""
    head = doc.title if _NOT_A_DATE_YEAR.search(doc.title) else doc.text[:300]
    # (not a year of the place's history, 1952年划归广东 in a profile page of 2021, more than five years before its date)
    year = next((m for m in _NOT_A_DATE_YEAR.finditer(head) if not date_year or int(m.group(1)) >= date_year - 5), None)
    # (a year after the date's is the work ahead a meeting names, 召开2025年工作务虚会 in December: no year it reports on)
    doc.reviews_year = int(year.group(1)) if year and not (date_year and int(year.group(1)) > date_year) else None
    if year and not date_year and _WORK_AHEAD.match(head, year.start()):
        doc.reviews_year = int(year.group(1)) - 1   # (undated, 就做好2022年经济工作作出部署: the year before is this one)
    # … with a part of it (2021年一季度,全市…): its figures are that part's unless said, wherever it first names a figure
    named = PART_NAMED.match(head, year.end()) if year else None
    doc.lead_part = part_year_of(named.group(0), only=True) if named else None
    # a release on a named year's first half (云南省2023年上半年经济运行情况): its figures are the half's unless said
    doc.half_year = doc.half_year or bool(year and re.search(year.group(1) + "年" + FIRST_HALF, doc.title + "\n" + doc.text[:300]))
    book = _YEARBOOK.search(doc.title) or WORK_REPORT_TITLE.search(doc.title)
    if book:   # 潍坊年鉴·2020, 解读《2021年滕州市政府工作报告》: an edition or a report records the year before it
        # … but a report's progress (2023年政府工作报告主要指标1—6月完成情况) is of the report's own year
        doc.reviews_year = int(next(g for g in book.groups() if g)) - (0 if REPORT_PROGRESS.search(doc.title) else 1)
    elif date_year and not _NOT_A_DATE_YEAR.search(doc.title) and _part_over(doc.title, int(doc.doc_date[5:7])):
        doc.reviews_year = date_year   # (1—10月主要指标完成情况 of November: this year's months, whatever year the text names first)
    if doc.reviews_year is None and date_year and _PART_YEAR_HEAD.search(doc.text[:300]):
        doc.reviews_year = date_year
        # a release on this year's first half (今年上半年 in its head): its figures are the half's unless said
        doc.half_year = doc.half_year or bool(_THIS_HALF.search(doc.text[:300]))
    elif doc.reviews_year is None and date_year:
        doc.reviews_year = date_year - 1 if int(doc.doc_date[5:7]) <= 6 else date_year
    doc.report_year = date_year or ((doc.reviews_year + (0 if doc.half_year else 1)) if doc.reviews_year else None)
    doc.plans_year = None


def of_the_first_half(doc: Document, date_year: int | None) -> bool:
    """An item of July-September whose head reports this year's first half (今年上半年…, or a title 关于上半年…情况…的
    报告): its figures are the half's."""
    return bool(date_year and 7 <= int(doc.doc_date[5:7]) <= 9 and (
        _THIS_HALF.search(doc.text[:300]) or _HALF_REVIEWED.search(doc.title)))
