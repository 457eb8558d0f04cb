"""A date whose day its month does not have (2月29日 of a common year, 4月31日, 2月30日), in a text, its address or its
sidecar, is no date: it dates nothing and never stops the reading (issue 23, found when every development text was read
again with its years moved on by five: a page filed under …/2020/02/29/ became …/2025/02/29/ and the dateline reader
raised). Negatives: a leap year's 29 February is a date. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

NEWS = "{head}\n记者从县统计局获悉,全县地区生产总值增长5.1%。\n"


@pytest.mark.parametrize("head, meta", [
    ("2月28日,县政府召开经济运行分析会", {"source_url": "http://www.example.gov.cn/xwzx/2023/02/29/art_1.html"}),
    ("4月30日,县政府召开经济运行分析会", {"source_url": "http://www.example.gov.cn/xwzx/2023/04/31/art_2.html"}),
    ("发布时间:2023-02-30\n县政府召开经济运行分析会", {}),
    ("某县人民政府工作报告\n——2023年4月31日在某县第十八届人民代表大会第三次会议上", {}),
    ("县政府召开经济运行分析会", {"date": "2023-02-29"}),
    ("2月28日,县政府召开经济运行分析会", {"source_url": "http://www.example.gov.cn/xwzx/20230229/t20230229_1.html"}),
])
def test_a_day_its_month_does_not_have_dates_nothing(head, meta):
    doc = documents_from_text(K, NEWS.format(head=head), "made_up.txt", meta=meta)[0]
    assert doc.doc_date is None or doc.doc_date[5:] not in ("02-29", "02-30", "04-31")


def test_a_leap_years_29_february_is_a_date():
    doc = documents_from_text(K, NEWS.format(head="县政府召开经济运行分析会"), "made_up.txt", meta={"date": "2024-02-29"})[0]
    assert doc.doc_date == "2024-02-29"
