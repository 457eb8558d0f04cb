"""Pure: the years a document's text states, and what they tell of it, noted on its extractor: the only one, the
latest, the one targets are set for, and how long after the last of them the page is dated."""

from __future__ import annotations

import re

from etl.extract.address_dates import address_day
from etl.extract.doc_date import in_reach
from etl.extract.patterns import BY_YEAR, TARGET_YEAR, YEAR
from etl.extract.release_years import work_ahead_year
from etl.records import Document

_DAY_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def note_stated_years(ex, doc: Document) -> None:
    """The years the text states, and what they tell of the document: the only one, the latest, the one targets
    are set for, and how long after the last of them the page is dated."""
    found = [m for m in YEAR.finditer(doc.text[:20000]) if in_reach(int(m.group(1)))]
    stated = {int(m.group(1)) for m in found}
    ex.stated_years = frozenset(stated)
    # … and those it states other than as a day's date (2024年2月18日 dates the item, it says nothing of 2024)
    ex.said_years = frozenset(int(m.group(1)) for m in found if not _DAY_AFTER.match(doc.text, m.end()))
    # years from the page's date to the last year it states (a copy stamped later), unless its address has that year
    said = [y for y in stated if ex.date_year and y <= ex.date_year]
    filed = address_day(doc.source_url, in_serial=True)
    ex.stamp_gap = 0 if not said or (filed and int(filed.group(1)) == ex.date_year) else ex.date_year - max(said)
    ex.last_said = max(said, default=None)
    only = stated.pop() if len(stated) == 1 else None
    # (undated, its one year named as the work ahead, 就做好2022年经济工作作出部署: its 今年 is the year before)
    ex.only_year = only - 1 if only and not doc.doc_date and work_ahead_year(doc) == only else only
    # the latest year the item names as a year of its own (not 到2025年): an undated item's year ahead
    ex.latest_year = max((int(m.group(1)) for m in found if not BY_YEAR.match(doc.text, max(0, m.start() - 1))),
                           default=None)
    # an undated item's 今年: the one year it names with a target (2021年…增长目标为7.5%)
    aims = {int(y) for y in TARGET_YEAR.findall(doc.text[:20000]) if in_reach(int(y))}
    ex.target_year = next(iter(aims)) if len(aims) == 1 and not doc.doc_date else None
    ex.plan_year = doc.plans_year or (next(iter(aims)) if len(aims) == 1 else None)   # (earlier: outcomes)
