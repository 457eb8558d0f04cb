"""Pure: the part of the year an item reports on, from its head (一季度…经济运行总体平稳, 2018年前三季度江西经济运行…), when
the item is dated just after that part ends: its own year's outcomes not said to be the whole year's are that part's,
as a half year's item's are the half's (etl/extract/when.py, of_the_half). An undated item of such a part whose own
address is dated just after the part ends, and which states no later year, is dated by its address."""

from __future__ import annotations

import re

from etl.extract.address_dates import address_day, address_month
from etl.extract.patterns import PART_NAME, SO_FAR, part_end, part_year_of
from etl.records import Document

_FIRST_FIGURE = re.compile(r"\d\s*[%亿万]")
_REPORTS = ("government work report", "plan report")
# a year with a part of it (2021年一季度, 2023年1-5月, 2019年上半年)
# … leading its sentence (2021年一季度,达州市实现…), not naming a meeting (2026年一季度全区经济发展调度会)
_PART = r"(?:" + PART_NAME + r"|第?[1-4]季度|前[二两]季度)"   # a part of a year, by any of its names
_YEARS_PART = re.compile(r"(?<!\d)(?:19|20)\d\d年" + _PART + r"\s*[,,]")
_STATED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


_YEAR_WITH_PART = re.compile(r"((?:19|20)\d\d)\s*年\s*" + _PART)   # 2025年1—9月: that year's part


def part_of_another_year(year: int | None, *texts: str) -> bool:
    """The first of `texts` that names a part of a year with its year names it with another year than `year` (主要经济指标
    (2012—2024年及2025年1—9月) for a figure of 2016): that part is not the figure's."""
    said = next(filter(None, (_YEAR_WITH_PART.search(t) for t in texts if t)), None)
    return bool(said and year and int(said.group(1)) != year)


def head_part(doc: Document) -> str | None:
    """The one part of a year an item's head names (一季度…经济运行), before its first figure, in its title or else
    in the text's head below the title; None when it names none, several, or the year so far."""
    first, _, rest = doc.text[:400].partition("\n")
    text = rest if first.strip() == doc.title.strip() else doc.text[:400]
    part = None
    for head in (doc.title, text[:300]):   # the title, else the text's head below it when the title names no part
        head = head[:_FIRST_FIGURE.search(head + "0%").start()]   # before its first figure, and not of the year so far
        so_far = SO_FAR.search(head)
        if so_far:   # (今年以来,…。上半年,全县实现…: only a part opening a sentence after the year so far is the head's)
            cut = head.find("。", so_far.end())
            head = head[cut + 1:] if cut >= 0 else ""
        part = part or part_year_of(head, only=True)
    return part


def _just_after(part: str | None, month: int) -> bool:
    end = part_end(part)
    return bool(end) and 1 <= month - end <= 3


def lead_part(doc: Document) -> str | None:
    """The one part of a year an item's head (before its first figure) names (一季度…经济运行) when the item is dated one to
    three months after that part ends: its own year's outcomes not said to be the whole year's are that part's."""
    if doc.doc_type in _REPORTS:
        return None
    part = head_part(doc)
    if not doc.doc_date:   # undated: the head must name the part with its year (2021年一季度,达州市实现…)
        return part if part and _YEARS_PART.search(doc.text[:_FIRST_FIGURE.search(doc.text + "0%").start()]) else None
    return part if _just_after(part, int(doc.doc_date[5:7])) else None


def address_part_date(doc: Document) -> str | None:
    """The date in an undated item's own address (…/20230811/…) when the item is of one part of a year (上半年…) that
    ended one to three months before it, and the text states no year after the address's: a half year's news filed in
    August is that year's. A report, an item of no part, a later copy (filed long after), or one naming a later year:
    None."""
    m = address_day(doc.source_url, in_serial=True)   # run into a serial: only where the part agrees
    if doc.doc_date or m is None or doc.doc_type in _REPORTS:
        return None
    year, month, day = m.groups()
    if any(y > year for y in _STATED_YEAR.findall(doc.text)) or not _just_after(head_part(doc), int(month)):
        return None
    return f"{year}-{month}-{day}"


POSTED_BY_MONTH = 4   # a year's review is posted by April of the year after it


def posted_early_in(url: str | None, year: int) -> bool:
    """The date in an item's own address (…/20220125/…, or its month's folder, …/202201/…) falls in the first months
    (to POSTED_BY_MONTH) of `year`: an undated item that carries a year from earlier in its text agrees with it when it
    was posted early in the year after that year, as its review (an outcome), or early in that year, as the congress
    season's news of the year's aims (a target)."""
    m = address_month(url)
    return bool(m) and int(m.group(1)) == year and int(m.group(2)) <= POSTED_BY_MONTH


_YEAR_WITH_PART = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年\s*" + _PART)


def lead_part_year(doc: Document) -> int | None:
    """The year the item's head names with its part (2021年一季度…, 参考2018年上半年…), in its title, else in the text's
    head; None when it names the part with no year."""
    for head in (doc.title, doc.text[:300]):
        m = _YEAR_WITH_PART.search(head)
        if m:
            return int(m.group(1))
    return None
