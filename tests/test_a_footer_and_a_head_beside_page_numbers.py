"""A PDF's footer that prints its issuer or its short title far to the left of the page's number (某县统计局        第2页
共3页), and a running head that opens with its year (2024年上半年全县经济运行情况分析) or repeats the first line's title
only once (政 府 工 作 报 告 … 某市人民政府工作报告(2025)): all are page furniture, dropped, so that a page break
opens no new document (issue 17, readers; issue 23). Negatives: the report's own title on its first page is kept; a
text with no page numbers is as it was. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from etl.extract.running_heads import PAGE_NUMBER_LINE, drop_running_heads
from tests.extracting import K

TITLE = "2024年上半年全县经济运行情况分析"
FOOT = "某县统计局\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"


def pages(foot: str, head: str) -> str:
    body = ["上半年,全县经济运行延续恢复向好态势,地区生产总值同比增长5.6%。",
            "全县规模以上工业增加值同比增长7.9%,固定资产投资增长4.9%。",
            "社会消费品零售总额24.72亿元,同比增长5.1%。"]
    text = TITLE + "\n发布时间:2024-07-23\n"
    for k, line in enumerate(body, 1):
        text += line + "\n" + foot + f"第{k}页 共3页\n" + (head + "\n" if k < 3 else "")
    return text


@pytest.mark.parametrize("foot, head", [
    (FOOT, TITLE),
    ("某县统计局  ", TITLE),
    ("某县统计局\u3000统计信息\u3000\u3000\u3000\u3000", TITLE),
    (FOOT, "2024年上半年经济运行简况"),
    ("", TITLE),
])
def test_the_furniture_is_dropped_and_opens_no_new_document(foot, head):
    text = pages(foot, head)
    kept = PAGE_NUMBER_LINE.sub("", drop_running_heads(text))
    assert "页" not in kept and kept.count(head) == (head == TITLE), kept
    assert len(documents_from_text(K, text, "made_up.txt")) == 1


def test_a_head_that_repeats_the_first_lines_title_once_is_dropped():
    text = ("政\u3000府\u3000工\u3000作\u3000报\u3000告\n——2025年1月14日在某市人民代表大会上\n"
            "全年地区生产总值增长5.8%。\n- 2 -\n某市人民政府工作报告(2025)\n一般公共预算收入增长6.1%。\n")
    kept = PAGE_NUMBER_LINE.sub("", drop_running_heads(text))
    assert "某市人民政府工作报告(2025)" not in kept and kept.startswith("政"), kept


def test_the_first_pages_title_is_kept():
    kept = PAGE_NUMBER_LINE.sub("", drop_running_heads(pages(FOOT, TITLE)))
    assert kept.startswith(TITLE), kept


def test_a_text_without_page_numbers_is_as_it_was():
    text = TITLE + "\n上半年,全县地区生产总值同比增长5.6%。\n" + TITLE + "\n"
    assert drop_running_heads(text) == text
