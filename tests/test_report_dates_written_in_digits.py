"""A work report's date of delivery written in digits (——2020-12-23在…人民代表大会…上, 2016/1/13, 2016.1.13, a line of its own
(2024/1/18), or after the report's name 报告(2025-01-23)) dates it as 2020年12月23日 does: a report of late December
reviews the ending year, one of January the year before (issue 23, found by writing every development text's dates so:
such reports had lost their date, and December ones reviewed the wrong year). Negatives: the date in characters works as
before; a year and month alone (2016.1) dates nothing. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

REPORT = "谷城县政府工作报告\n{line}\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n全县地区生产总值增长4.1%。\n"


def first_doc(line: str):
    return documents_from_text(K, REPORT.format(line=line), "made_up.txt", meta={"region": "谷城县"})[0]


@pytest.mark.parametrize("line,date,reviews", [
    ("——2020-12-23在谷城县第十八届人民代表大会第五次会议上", "2020-12-23", 2020),
    ("——2020/12/23在谷城县第十八届人民代表大会第五次会议上", "2020-12-23", 2020),
    ("——2016.1.13在谷城县第十六届人民代表大会第五次会议上", "2016-01-13", 2015),
    ("(2024/1/18)", "2024-01-18", 2023),
    ("谷城县人民政府工作报告(2025-01-23)", "2025-01-23", 2024),
])
def test_a_delivery_date_in_digits_dates_the_report(line, date, reviews):
    doc = first_doc(line)
    assert (doc.doc_date, doc.reviews_year) == (date, reviews)


def test_the_date_in_characters_works_as_before():
    doc = first_doc("——2020年12月23日在谷城县第十八届人民代表大会第五次会议上")
    assert (doc.doc_date, doc.reviews_year) == ("2020-12-23", 2020)


def test_a_year_and_month_alone_dates_nothing():
    assert first_doc("——2016.1在谷城县第十六届人民代表大会第五次会议上").doc_date is None
