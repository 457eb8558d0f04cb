"""Two rules of a document's metadata, in texts written for this test:

1. A table of contents (ten numbered lines: 一、…, (一)…) above the report's name is not its title: the name
   after it is (2026年X县政府工作报告), so the year reviewed is the one before that name's year.
2. A date older than any report this product reads (解放于1950年1月16日 in a page about a city's history) is not
   the page's date; a later date on the page, or none, is.
"""

import pytest

from etl.documents import documents_from_text
from etl.knowledge import load_knowledge

K = load_knowledge()
CONTENTS = ("一、2025年工作回顾\n二、“十五五”目标\n三、2026年主要任务\n(一)做强农业\n(二)做大工业\n(三)做活文旅\n"
            "(四)抓项目\n(五)惠民生\n(六)保安全\n四、政府自身建设\n")
BODY = "各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2025年工作回顾\n全年生产总值完成30.7亿元,增长4.7%。\n"


def doc(text, meta=None):
    return documents_from_text(K, text, "case.txt", meta=meta or {})[0]


@pytest.mark.parametrize("title, year", [
    ("2026年城东县政府工作报告", 2026),
    ("2024年城东县国民经济和社会发展统计公报", None),
    ("城东县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", None),
])
def test_the_name_after_a_table_of_contents_is_the_title(title, year):
    d = doc(CONTENTS + title + "\n" + BODY)
    assert d.title == title
    if year:
        assert d.report_year == year


@pytest.mark.parametrize("head, title", [
    # a numbered line first, with no table of contents: it stays the title, as before
    ("一、2023年计划执行情况\n", "一、2023年计划执行情况"),
    # fewer than ten numbered lines above a name: the first named line stays the title
    ("一、工作回顾\n二、主要任务\n2026年城东县政府工作报告\n", "2026年城东县政府工作报告"),
])
def test_a_numbered_line_alone_is_still_a_title(head, title):
    assert doc(head + BODY).title == title


@pytest.mark.parametrize("text, date", [
    ("城东市概况\n城东市是州府所在地\n解放\n1950年1月16日\n2020年,全市地区生产总值达390.85亿元。\n", None),
    ("城东市概况\n建市\n1983年8月1日\n2020年,全市地区生产总值达390.85亿元。\n", None),
    # a history date first, the page's own date later in its head: the page's
    ("城东市概况\n1950年1月16日解放\n更新时间:2021年3月2日\n2020年,全市地区生产总值达390.85亿元。\n", "2021-03-02"),
    # negatives: a date of the years the product reads is kept
    ("城东市经济运行\n2021年3月2日\n2020年,全市地区生产总值达390.85亿元。\n", "2021-03-02"),
    ("城东市经济运行\n1995年3月2日\n1994年,全市地区生产总值达39.85亿元。\n", "1995-03-02"),
])
def test_a_date_older_than_any_report_is_history_not_the_pages_date(text, date):
    assert doc(text).doc_date == date


@pytest.mark.parametrize("stamp, date", [
    # a news item's stamp with slashes and a time
    (" 2022/12/26/ 17:46 来源:新甘肃 记者金奉乾\n", "2022-12-26"),
    ("2021/3/2 09:15 来源:本网\n", "2021-03-02"),
    ("发布时间:2020/05/22 08:00\n", "2020-05-22"),
    # negatives: slashes without a time are no stamp (a path, a fraction), nor an impossible day
    ("索引号 2020/05/22\n", None),
    ("2020/13/40 10:00 来源:本网\n", None),
])
def test_a_stamp_with_slashes_dates_the_item(stamp, date):
    assert doc("城东市两会扫描\n" + stamp + "前三季度,全市实现生产总值461.8亿元,增长5.6%。\n").doc_date == date
