"""Pure: the date of an item whose dateline has no year (3月2日,…; 记者27日从…获悉), from the date or month in its own
address (…/2021/03/02/…, …/202004/…), only when the two agree within weeks (a page copied years later dates nothing)."""

from __future__ import annotations

import datetime
import re

from etl.extract.address_dates import URL_MONTH, address_day
from etl.extract.doc_date import iso_date

DATELINE = re.compile(r"(?<![\d年月])(\d{1,2})月(\d{1,2})(?:[-—–~至]\d{1,2})?日")   # a yearless date (3月2日; 1月18—19日: its first day)
DATELINE_LAG_DAYS = 31   # a page is published on the day of its dateline or within weeks of it (a paper posts late)


def dateline_date(text: str, source_url: str | None) -> str | None:
    """The date of an item whose dateline has no year (3月2日,…), its year from the date in its own
    address (…/2021/03/02/…): only when that date is the dateline's day or up to DATELINE_LAG_DAYS
    after it, so a page copied years later dates nothing. None when either is missing."""
    line = DATELINE.search(text[:240])
    # a date run into the page's serial number (…/201604273266.html) only against a dateline it must agree with
    posted = address_day(source_url, in_serial=bool(line))
    if line and not posted:
        stamped = _stamp_day(source_url)
        return _dateline_in_month(line, source_url) or (_agreeing(line, stamped) if stamped else None)
    published = iso_date(*posted.groups()) if posted else None
    if published is None:
        return None
    published_day = datetime.date.fromisoformat(published)
    if not line:
        return _day_only(text, published_day)
    return _agreeing(line, published_day)


def _agreeing(line: re.Match, published_day: datetime.date) -> str | None:
    """The yearless dateline's day (`_on_or_before`), when the page was published on that day or up to
    DATELINE_LAG_DAYS after it; else None."""
    said = _on_or_before(line, published_day)
    return said.isoformat() if said and (published_day - said).days <= DATELINE_LAG_DAYS else None


def _on_or_before(line: re.Match, stamp: datetime.date) -> datetime.date | None:
    """The yearless dateline's day (its month and day groups) in `stamp`'s year, or the year before when that day
    would fall after `stamp`; None when neither is a date."""
    for year in (stamp.year, stamp.year - 1):
        said = iso_date(str(year), *line.groups())
        if said and datetime.date.fromisoformat(said) <= stamp:
            return datetime.date.fromisoformat(said)
    return None


# a news agency's dateline (中新网 乌鲁木齐4月23日电, 新华社北京3月5日电): the day the item was filed
_WIRE_DATELINE = re.compile(r"(?<![\d年月])(\d{1,2})月(\d{1,2})日电")


def wire_date(text: str, stamped: str | None) -> str | None:
    """The day an agency's item was filed (乌鲁木齐4月23日电 under 发布时间:2024-11-23), when the page's stamp is more
    than DATELINE_LAG_DAYS after it (`_on_or_before`): the stamp is then a later copy's. None when there is no such
    dateline or the two agree."""
    line = _WIRE_DATELINE.search(text[:600])
    if not line or not stamped:
        return None
    stamp = datetime.date.fromisoformat(stamped)
    said = _on_or_before(line, stamp)
    return said.isoformat() if said and (stamp - said).days > DATELINE_LAG_DAYS else None
    return None


# a dateline of the day alone (记者27日从…获悉): the month and year are the address's, or the month before it
# (22日,省统计局发布… at the text's very start: the same)
_DAY_ONLY = re.compile(r"(?:^\s*|记者[^。,,]{0,8}?)(?<![\d月])(\d{1,2})日(?=从|在|获悉|了解|召开|举行|发布|[,,])")


def _day_only(text: str, published: datetime.date) -> str | None:
    """The date of an item whose dateline names only the day (记者27日从…获悉): that day in the month of the date in
    its address (…/20230427/…), or in the month before when the day is later than the address's (a paper posts
    late); None when there is no such dateline."""
    m = _DAY_ONLY.search(text[:200])
    if m is None:
        return None
    day = int(m.group(1))   # iso_date refuses a day out of range
    year, month = (published.year, published.month) if day <= published.day else \
        ((published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12))
    return iso_date(str(year), str(month), str(day))


# a Unix time in an address's serial (…/news/1642125018724993): seconds, or milli- or microseconds, of 2011-2026
_URL_EPOCH = re.compile(r"(?<!\d)(1[3-7]\d{8})(?:\d{3}){0,2}(?!\d)")
_CHINA = datetime.timezone(datetime.timedelta(hours=8))


def _stamp_day(source_url: str | None) -> datetime.date | None:
    """The day (China time) of a Unix time in the address, read only against a dateline it must agree with."""
    m = _URL_EPOCH.search(source_url or "")
    return datetime.datetime.fromtimestamp(int(m.group(1)), _CHINA).date() if m else None


def _dateline_in_month(line: re.Match, source_url: str | None) -> str | None:
    """A yearless dateline (4月27日) in the month the address files the page under, or the month before it
    (a paper posts late): that day of the address's year (of the year before, for December filed in January)."""
    filed = URL_MONTH.search(source_url or "")
    if filed is None:
        return None
    year, month, said = int(filed.group(1)), int(filed.group(2)), int(line.group(1))
    if said == month or said == month - 1:
        return iso_date(str(year), *line.groups())
    return iso_date(str(year - 1), *line.groups()) if (said, month) == (12, 1) else None
