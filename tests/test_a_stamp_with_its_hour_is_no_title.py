"""A line that is only a date with its hour (2022-07-20 18:46:44, 2018年01月26日 19:47) is a page's stamp, never its title:
read as the title, its hour made a statistics bureau's half-year release news (issue 23, found by reading every
development text without its first line). Negatives: a title that opens with a date and goes on in words stays the
title; the stamp still dates the page. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

RELEASE = "{stamp}\n(资料图片仅供参考)\n记者从铜山区统计局了解到,上半年全区地区生产总值612.3亿元,同比增长4.4%。\n"


def first_doc(text: str):
    return documents_from_text(K, text, "made_up.txt", meta={"region": "铜山区"})[0]


@pytest.mark.parametrize("stamp", ["2022-07-20 18:46:44", "2021-08-12 16:13", "2023/01/11 15:12", "2018年01月26日 19:47",
                                   "2024-02-01 10:32:10"])
def test_a_stamp_with_its_hour_is_no_title(stamp):
    doc = first_doc(RELEASE.format(stamp=stamp))
    assert doc.title != stamp
    assert doc.doc_type == "statistics release"


def test_a_title_opening_with_a_date_stays():
    title = "2022-07-20 铜山区上半年经济运行情况"
    assert first_doc(f"{title}\n上半年全区地区生产总值612.3亿元,同比增长4.4%。\n").title == title


def test_the_stamp_still_dates_the_page():
    assert first_doc(RELEASE.format(stamp="2022-07-20 18:46:44")).doc_date == "2022-07-20"
