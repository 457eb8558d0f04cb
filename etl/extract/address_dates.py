"""Pure: the dates a page's own address carries, one home for the patterns that read them: a full date (…/20230811/…,
…/2021/03/02/…, …/2022-04-24/…), a date run into the page's serial (…/2015080209540141610.htm, read only against what
the text says), and a month's folder (…/202004/10427227.html)."""

from __future__ import annotations

import re

ADDRESS_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
ADDRESS_DATE_RUN = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{1,12}(?!\d)")
URL_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])(?=[/_-])")


def address_day(url: str | None, in_serial: bool) -> re.Match | None:
    """The year, month and day (groups 1-3) of the address's full date, else, with `in_serial`, of a date run into its
    serial (read only against what the text says); None when neither."""
    return ADDRESS_DATE.search(url or "") or (ADDRESS_DATE_RUN.search(url or "") if in_serial else None)


def address_month(url: str | None) -> re.Match | None:
    """The year and month (groups 1 and 2) of the address's full date, else of its month's folder; None when neither."""
    return ADDRESS_DATE.search(url or "") or URL_MONTH.search(url or "")
