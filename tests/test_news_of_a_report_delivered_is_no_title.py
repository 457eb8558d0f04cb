"""A line telling that someone delivered the report (市长贺海东代表市政府向大会作政府工作报告; 王伟作政府工作报告。刘宵华摄),
or a photo's credit, is news of the report, not the title of another document: the page is not split there, and
what follows keeps the item's date and place (issue 23, found in congress news of the texts at hand: six items were
cut in two at such a line, their second halves undated). Negatives: two reports' own titles in one file still make two
documents. Made-up texts of this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K

BODY = ("\n\n2024-01-08 来源:长武县融媒体中心\n\n1月7日,长武县第十八届人民代表大会第四次会议开幕,全县人大代表出席会议。"
        "会议听取和审议了政府工作报告,审查了计划和预算报告。" * 3 + "\n\n{line}\n\n报告指出,去年全县生产总值增长5.1%,"
        "一般公共预算收入增长6%,今年全县生产总值预期增长6%左右。" * 3 + "\n")


@pytest.mark.parametrize("line", [
    "县长张三代表县政府向大会作政府工作报告",
    "张三作政府工作报告(李四摄)",
    "县长张三作《政府工作报告》",
    "王伟作政府工作报告。刘宵华摄",
    "张三代表县人民政府作县政府工作报告",
    "县长张三向大会作政府工作报告 (马玉龙摄)",
])
def test_a_line_of_the_report_delivered_splits_no_page(line):
    assert len(documents_from_text(K, "长武县十八届人大四次会议开幕" + BODY.format(line=line), "news.txt")) == 1


def test_two_reports_titles_still_make_two():
    one = "长武县2023年政府工作报告" + BODY.format(line="一、工作回顾")
    two = "淳化县2023年政府工作报告" + BODY.format(line="一、工作回顾")
    assert len(documents_from_text(K, one + "\n" + two, "two.txt")) == 2
