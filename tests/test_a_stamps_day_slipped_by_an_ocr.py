"""A page's stamp whose day's last digit an OCR read as a letter (2023-07-2O, 2020-06-1l) is no stamp of a shorter day:
2023-07-2O is not 2 July. Read so, the stamp fell before the event the page reports, was taken for a later copy's, and
the page's dateline was moved to the year before (issue 23, found by copying each development text with an OCR's slips).
Negatives: a whole stamp, and a day of one digit with no letter after it, still date the page. Made-up texts of this
file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

PAGE = "上半年某县经济运行情况\n\n{stamp} 14:32\n\n来源:某某网\n\n上半年,全县地区生产总值612.3亿元,同比增长4.4%。\n"


def date_of(stamp: str) -> str | None:
    return documents_from_text(K, PAGE.format(stamp=stamp), "made_up.txt", meta={"region": "铜山区"})[0].doc_date


@pytest.mark.parametrize("stamp,short", [
    ("2023-07-2O", "2023-07-02"),
    ("2021-05-1O", "2021-05-01"),
    ("2019-12-3O", "2019-12-03"),
    ("2020-06-1l", "2020-06-01"),
    ("2018-03-2l", "2018-03-02"),
])
def test_a_slipped_days_stamp_is_no_shorter_day(stamp, short):
    assert date_of(stamp) != short


def test_a_whole_stamp_still_dates_the_page():
    assert date_of("2023-07-20") == "2023-07-20"


def test_a_day_of_one_digit_still_dates_the_page():
    assert date_of("2023-07-2") == "2023-07-02"
