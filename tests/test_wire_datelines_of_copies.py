"""A page that copies a news agency's item months later (发布时间:2024-11-23 above 中新网 乌鲁木齐4月23日电) is dated by
the agency's dateline, not by the copy's stamp: a first quarter's news read as of November had its later figures
filed as the whole year's (issue 23, found on set AO after it was measured once). The dateline's day is taken in
the stamp's year, or the year before when it would fall after the stamp. Made-up pages of this file's own wording.
Negatives: a stamp within weeks of the dateline, and a yearless date that is no agency's dateline, keep the stamp."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

PAGE = "{title}\n\n发布时间:{stamp} 09:12:40 来源: 转载\n\n   {line}据介绍,{body}\n"


def date_of(text: str) -> str | None:
    return documents_from_text(K, text, "copy.txt", meta={"region": "昆都仑区"})[0].doc_date


@pytest.mark.parametrize("stamp, line, want", [
    ("2024-11-23", "中新网 乌鲁木齐4月23日电 ", "2024-04-23"),   # a late copy: the dateline's day
    ("2023-12-01", "新华社太原1月20日电 ", "2023-01-20"),
    ("2022-10-05", "中新网 7月15日电 ", "2022-07-15"),
    ("2024-02-10", "人民网南宁11月20日电 ", "2023-11-20"),      # … in the year before the stamp
    ("2021-09-30", "中新社杭州4月19日电(记者 某某)", "2021-04-19"),
    ("2024-04-25", "中新网 乌鲁木齐4月23日电 ", "2024-04-25"),   # a stamp within weeks: the stamp
    ("2024-01-10", "新华社北京12月28日电 ", "2024-01-10"),
    ("2024-11-23", "4月23日,", "2024-11-23"),                   # no agency's dateline: the stamp
])
def test_a_late_copy_is_dated_by_the_agencys_dateline_a_near_stamp_by_itself(stamp, line, want):
    text = PAGE.format(title="某地经济运行情况", stamp=stamp, line=line, body="地区生产总值增长5.1%。")
    assert date_of(text) == want


def test_the_copied_quarter_news_files_its_later_figures_under_the_quarter():
    text = ("某区一季度地区生产总值同比增长5.6%\n\n发布时间:2024-11-23 09:12:40 来源: 转载\n\n"
            "   中新网 包头4月23日电 根据统一核算结果,一季度,全区实现地区生产总值413.21亿元,同比增长5.6%。\n\n"
            "  据他介绍,一季度,全区农业总产值增长6.9%,为2014年以来同期最高。工业生产增势良好,规模以上工业增加值同比增长8.0%。\n")
    got = figures(text, ("indicator", "year", "period", "value"), meta={"region": "昆都仑区"}, charted=True)
    assert ("industrial_va_growth", 2024, "Q1", 8.0) in got
