"""A yearless dateline (1月14日) is dated by the date run into the page's serial in its address however long the serial
after it (…/a/202501143296698862.html: ten digits), as by one with a short serial, when the two agree: the address's dates
are read by one set of patterns (etl/extract/address_dates.py) where the dateline had kept a looser one of its own
that stopped at six digits (issue 23, found on development set S, a congress item of a finance site left undated).
Made-up items of this file's own wording. Negatives: a serial whose date disagrees with the dateline, or a run of
digits that is no date, dates nothing."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

ITEM = "某市第十八届人民代表大会第三次会议开幕\n上证报讯(记者 某某){day}上午,某市第十八届人民代表大会第三次会议开幕。\n"


def date_of(day: str, url: str) -> str | None:
    return documents_from_text(K, ITEM.format(day=day), "item.txt", meta={"source_url": url})[0].doc_date


@pytest.mark.parametrize("day, url, date", [
    ("1月14日", "http://finance.example.com/a/202501143296698862.html", "2025-01-14"),
    ("1月15日", "http://finance.example.com/a/202501153296698862.html", "2025-01-15"),
    ("2月3日", "http://news.example.com/a/2024020312345678901.html", "2024-02-03"),
    ("1月14日", "http://finance.example.com/news/1345,202501163300112233.html", "2025-01-14"),
    ("3月5日", "http://stock.example.com/a/20230305998877665544.html", "2023-03-05"),
])
def test_a_dateline_is_dated_by_a_long_serials_date(day, url, date):
    assert date_of(day, url) == date


@pytest.mark.parametrize("day, url", [
    ("1月14日", "http://finance.example.com/a/202509143296698862.html"),
    ("1月14日", "http://finance.example.com/a/99999999999999.html"),
])
def test_a_serial_that_does_not_agree_dates_nothing(day, url):
    assert date_of(day, url) is None
