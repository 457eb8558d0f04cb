"""A report read in pictures (图解 | 2025年X区政府工作报告, 一图读懂X县2024年政府工作报告) on a site's page with its
stamp and source: the title is the report's name behind its tag and a bar, and the page is that report's own figures,
a year reviewed and a year planned, not a news item about it (issue 23). Negatives: a breadcrumb's steps apart by bars
and a site's long name before a bar are no title; a headline that reports the congress stays news. Made-up pages in
this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

BODY = "\n发布时间:2025-01-16 11:40 来源:区融媒体中心\n2024年成绩单\n地区生产总值增长5.2%\n2025年预期目标\n地区生产总值增长5.5%\n"


def first_doc(text: str):
    return documents_from_text(K, text, "made_up.txt", meta={"region": "某区"})[0]


@pytest.mark.parametrize("title", ["图解 | 2025年某区政府工作报告", "一图读懂|2025年某区政府工作报告", "数读丨2025年某区政府工作报告",
                                   "图说 ｜ 2025年某区政府工作报告", "权威发布|2025年某区政府工作报告"])
def test_the_title_behind_a_tag_and_a_bar(title):
    assert first_doc(title + BODY).title.endswith("2025年某区政府工作报告")


@pytest.mark.parametrize("title", ["图解 | 2025年某区政府工作报告", "一图读懂|2025年某区政府工作报告", "一图读懂某区2025年政府工作报告",
                                   "图解:2025年某区政府工作报告", "数读 2025年某区政府工作报告"])
def test_a_report_in_pictures_reviews_and_plans(title):
    doc = first_doc(title + BODY)
    assert (doc.doc_type, doc.reviews_year, doc.plans_year) == ("government work report", 2024, 2025)


def test_a_breadcrumb_of_bars_is_no_title():
    doc = first_doc("首页 | 政务公开 | 政策解读\n2025年某区政府工作报告" + BODY)
    assert doc.title == "2025年某区政府工作报告"


def test_a_sites_long_name_before_a_bar_is_no_tag():
    doc = first_doc("某区人民政府门户网站 | 2025年某区政府工作报告图文" + BODY)
    assert "门户网站" not in doc.title or doc.title == "某区人民政府门户网站 | 2025年某区政府工作报告图文"


def test_a_headline_of_the_congress_stays_news():
    doc = first_doc("某区第二届人民代表大会第五次会议开幕 区长作政府工作报告" + BODY)
    assert doc.doc_type == "news"
