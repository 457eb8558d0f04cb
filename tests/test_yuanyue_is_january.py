"""元月 after a year is its January (2024年元月10日): a congress line, a page's stamp or a bulletin's date so written dates
the document, as 2024年1月10日 does. Before, 元月 was no month and the report was undated, so its 今年 and its December
rules had no date to stand on (issue 23, class 1: the year from the date and the kind of document). Negatives: 元旦 (New
Year's Day) is no month; 元月 with no year before it is left alone. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

META = {"region": "兖州区"}


def date_of(text: str) -> str | None:
    return documents_from_text(K, text, "made_up.txt", meta=META)[0].doc_date


@pytest.mark.parametrize("text,day", [
    ("兖州区2024年政府工作报告\n——2024年元月10日在兖州区第十九届人民代表大会第三次会议上\n一、2023年工作回顾\n", "2024-01-10"),
    ("兖州区2019年政府工作报告\n——2019年元月8日在兖州区第十八届人民代表大会第三次会议上\n一、2018年工作回顾\n", "2019-01-08"),
    ("兖州区人大会议隆重开幕\n发布时间:2023年元月12日\n会议听取了政府工作报告。\n", "2023-01-12"),
    ("兖州区召开经济工作会议\n2022年元月5日 来源:兖州区融媒体中心\n会议总结了去年的工作。\n", "2022-01-05"),
    ("关于兖州区2020年计划执行情况的报告\n(2021年元月15日)\n一、2020年计划执行情况\n", "2021-01-15"),
])
def test_yuanyue_after_a_year_is_january(text, day):
    assert date_of(text) == day


def test_new_years_day_is_no_month():
    assert date_of("兖州区举行迎新活动\n2024年元旦 来源:兖州区融媒体中心\n全区上下喜迎新年。\n") != "2024-01-01"


def test_yuanyue_without_a_year_is_left_alone():
    assert date_of("兖州区举行迎新活动\n元月10日,全区上下喜迎新年。\n") is None
