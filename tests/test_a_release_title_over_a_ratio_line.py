"""A monthly release whose first lines hold a header, its date, its title (2020年上半年沙县经济运行简况) and, once its
sentences stand on lines of their own, a ratio line (三次产业结构比为:10.3:41.8:47.9): the title is the release's name,
and the ratio is no clock time (3:41). Before, the longer ratio line was taken for the title and its 3:41 for a news
item's hour, so the release was read as news and its figures sent to review (issue 23, class 1: the kind of document).
Negatives: a stamp with its hour still marks news. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")
PAGE = ("沙县统计月报{m}\n发布日期:{d}\n\n{title}\n\n一、地区生产总值\n\n{lead},全县实现地区生产总值179.8亿元,同比增长3.1%。\n"
        "三次产业结构比为:10.3:41.8:47.9\n")


@pytest.mark.parametrize("m,d,title,lead,period", [
    ("2020.06", "2020-07-28", "2020年上半年沙县经济运行简况", "上半年", "H1"),
    ("2021.03", "2021-04-26", "2021年一季度沙县经济运行简析", "一季度", "Q1"),
    ("2022.09", "2022-10-27", "2022年前三季度沙县经济运行概况", "前三季度", "Q1-Q3"),
    ("2023.06", "2023-07-25", "2023年上半年沙县经济运行综述", "上半年", "H1"),
    ("2019.06", "2019-07-29", "2019年上半年沙县经济运行情况", "上半年", "H1"),
])
def test_the_release_keeps_its_title_and_kind(m, d, title, lead, period):
    text = PAGE.format(m=m, d=d, title=title, lead=lead)
    doc = documents_from_text(K, text, "case.txt")[0]
    assert (doc.doc_type, doc.title) == ("statistics release", title)
    year = int(d[:4])
    got = figures(text, FIELDS, meta={"region": "沙县区"}, charted=True)
    assert ("gdp_growth", year, period, "actual", 3.1) in got and ("tertiary_share", year, period, "actual", 47.9) in got


def test_a_stamp_with_its_hour_is_still_news():
    text = "沙县召开经济工作会议\n2024-01-22 10:35\n会议指出,全县地区生产总值增长5.1%。\n"
    assert documents_from_text(K, text, "case.txt")[0].doc_type == "news"
