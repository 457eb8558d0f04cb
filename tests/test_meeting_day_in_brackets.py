"""A report or an opinion dated by the meeting that heard it, in brackets below its title ((2015年8月26日大庆市第九届人民代表
大会常务委员会第二十三次会议)): that is its date. Before, such a text went undated, and an estimate for a year not yet over
(预计全年…增长3.5%左右) was charted as the year's outcome (issue 23, class 1: time). Negatives: a bracketed line with a
day and no meeting (a chart's note) dates nothing. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

TITLE = "肇州县人大常委会财政经济委员会关于县政府2015年上半年计划执行情况报告的审查意见\n"
BODY = "\n从上半年运行情况看,预计全年地区生产总值增长3.5%左右。\n"


def dated(line: str) -> str | None:
    return documents_from_text(K, TITLE + line + BODY, "opinion.txt", meta={"region": "肇州县"})[0].doc_date


@pytest.mark.parametrize("line", [
    "(2015年8月26日肇州县第十七届人民代表大会常务委员会第二十三次会议)",
    "(2015年8月26日县十七届人大常委会第二十三次会议)",
    "(2015年8月26日县人大常委会第二十三次会议)",
    "[2015年8月26日肇州县第十七届人民代表大会常务委员会第二十三次会议]",
    "(2015年8月26日县第十七届人民代表大会常务委员会第二十三次会议审议)",
])
def test_the_meetings_day_dates_it(line):
    assert dated(line) == "2015-08-26"


def test_a_bracketed_day_without_a_meeting_dates_nothing():
    assert dated("(数据截至2015年8月26日)") != "2015-08-26"
