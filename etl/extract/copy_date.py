"""A page's date that is a later copy's: the text is guided by Party meetings (党的十八届三中、四中全会精神), and was
written before the meeting that followed the latest it cites (the next congress, when it cites a congress alone). A
page stamped more than COPY_LAG_MONTHS after that next meeting is a copy posted later (更新时间:2018-07-01 on a report
of 2015): its stamp dates nothing."""

from __future__ import annotations

import datetime
import re

from etl.extract.address_dates import address_month
from etl.extract.dateline import DATELINE
from etl.extract.metadata import cn_number

COPY_LAG_MONTHS = 12   # a report of January still cites the plenum of the October before it

# 十八大 / 党的十九大; 十八届三中、四中全会 / 十九届二中和三中全会 / 十七届六中全会 — not "…以来" (since), a history
_CONGRESS = re.compile(r"(十[七八九]|二十)大(?!以来)")
_PLENUMS = re.compile(r"(十[七八九]|二十)届((?:[二三四五六七]中[、和与及,,]?)+)全会(?![^。;;]{0,4}以来)")


# a page's links to other items (下一条:…解读十八大精神): not the text's own words
_NAV_LINE = re.compile(r"^\s*(?:上一[条篇]|下一[条篇]|相关(?:新闻|阅读|链接|文章)|推荐阅读|热点推荐)[^\n]*$", re.M)


def _months(year: int | str, month: int | str) -> int:
    """Months from year 0 to `month` of `year`: two dates' months apart by subtraction."""
    return int(year) * 12 + int(month) - 1


def cited_meetings(text: str) -> set[tuple[str, int]]:
    """(congress, plenum) of each meeting the text cites, plenum 0 for the congress itself."""
    text = _NAV_LINE.sub("", text)
    found = {(m.group(1), 0) for m in _CONGRESS.finditer(text)}
    for m in _PLENUMS.finditer(text):
        found |= {(m.group(1), cn_number(p)) for p in re.findall(r"([二三四五六七])中", m.group(2))}
    return found


def copied_later(text: str, doc_date: str | None, meetings: dict[tuple[str, int], tuple[int, int]]) -> str | None:
    """A warning when `doc_date` is more than COPY_LAG_MONTHS after the meeting that followed the latest one the text
    cites (data/party_meetings.csv); None otherwise, or when the text cites none or the latest one is the last known."""
    if not doc_date or not meetings:
        return None
    cited = [meetings[c] for c in cited_meetings(text[:20000]) if c in meetings]
    if not cited:
        return None
    latest = max(cited)
    congresses = {meetings[c] for c in meetings if c[1] == 0}
    # a plenum cited by number bounds the text by the meeting after it; a congress alone (党的二十大精神, cited for
    # five years) only by the next congress
    later = sorted(when for when in (meetings.values() if latest not in congresses else congresses) if when > latest)
    if not later:
        return None
    if _months(doc_date[:4], doc_date[5:7]) <= _months(*later[0]) + COPY_LAG_MONTHS:
        return None
    return (f"the page's date {doc_date} is long after the latest Party meeting its text cites "
            f"({latest[0]}-{latest[1]:02d}): a later copy, so the date does not date its figures")


# the item's own dateline (1月31日,…召开; 1月31日上午,…): an event it reports, not one to come (将于1月31日召开)
_EVENT_DAY = re.compile(DATELINE.pattern + r"(?:上午|下午|晚上?)?(?=[,,]|\s*(?:召开|举行|开幕|闭幕|电|讯))")
# … at a line's start, or after a paper's or agency's byline (广州日报讯 (记者…), 新华社…电): the item's own dateline
_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*$|(?:讯|电|报道)\s*(?:[((][^))\n]{0,40}[))])?\s*$")
_TO_COME = re.compile(r"(?:将于|将在|定于|拟于|将|于)\s*$")
EVENT_LAG_DAYS = 31   # a paper may post an item of the last days of December in early January


def stamped_before_event(text: str, doc_date: str | None) -> str | None:
    """A warning when the item's own dateline, read in its stamp's year, falls after the stamp (发布时间:2025-01-04 over
    an item of 1月31日,…会议开幕) and not within weeks before it at the turn of the year: the stamp is a later copy's and
    dates nothing; None otherwise."""
    m = _EVENT_DAY.search(text[:400]) if doc_date else None   # the first date of the text, before its first sentence ends
    if m is None or "。" in text[:m.start()] or not _DATELINE_BEFORE.search(text[:m.start()]):
        return None
    if _TO_COME.search(text[max(0, m.start() - 3):m.start()]):
        return None
    stamp = datetime.date.fromisoformat(doc_date[:10])
    try:
        event = datetime.date(stamp.year, int(m.group(1)), int(m.group(2)))
        before = datetime.date(stamp.year - 1, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None
    if event <= stamp or (stamp - before).days <= EVENT_LAG_DAYS:
        return None
    return f"the page's date {doc_date} is before the event it reports ({m.group(0)}): a later copy's, it dates nothing"


ADDRESS_LAG_MONTHS = 6   # a page edited within the half year keeps its stamp close to its address


def stamped_after_address(doc_date: str | None, source_url: str | None) -> str | None:
    """A warning when the page's stamp (编辑:… 2021-05-26) is more than ADDRESS_LAG_MONTHS after the month in its own
    address (…/2013/06/14/…, …/202007/…): a later edit's, it dates nothing; None otherwise. A stamp before its address
    is no warning: an address is often given again when a site is moved, a stamp rarely."""
    m = address_month(source_url) if doc_date else None   # …/2013/06/14/, …/201306/
    if m is None or _months(doc_date[:4], doc_date[5:7]) - _months(m.group(1), m.group(2)) <= ADDRESS_LAG_MONTHS:
        return None
    return f"the page's date {doc_date} is years after the date in its address ({m.group(0)}): a later edit's, it dates nothing"
