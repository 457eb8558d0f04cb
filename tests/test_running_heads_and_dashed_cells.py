"""A PDF's text keeps what its print layout repeats. Each page's running head (the report's name beside the page number:
X市人民政府工作报告 / - 2 -) is dropped with the number, so it no longer starts a new document in the middle of a report
and cuts the rest off from the report's place and date. And a dash standing for an empty cell of a table written one
cell per line (亿元 / — / 9.6, or two dashes running) is a cell, not the line that parts two items of a listing page.
Before, everything after the first running head or the first such dash lost its region and year (issue 23, class 3:
layout). Negatives: the report's title on its first page stays; two reports in one file, each under its own title,
stay two; a dash between two news items still parts them. Made-up pages in this file's own wording."""

import pytest

from etl.extract.metadata import split_segments
from etl.extract.normalize import normalize_text
from etl.knowledge import load_knowledge
from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
K = load_knowledge()
# a paragraph of words and no figure, so that each page and each item is as long as a real one
PROSE = "全县上下坚持稳中求进工作总基调,统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,经济社会发展取得新的成绩。" * 4


def read(text: str) -> set[tuple]:
    return figures(text, FIELDS, charted=True)


def report(head: str, number) -> str:
    pages = ["2013年全县生产总值完成186.2亿元,增长9.8%。",
             "全县规模以上工业增加值增长13.1%。",
             "全县社会消费品零售总额77.5亿元,增长12.6%。"]
    out = "宁陵县人民政府工作报告\n——2014年1月9日在宁陵县第十五届人民代表大会第四次会议上\n一、2013年工作回顾\n"
    for k, page in enumerate(pages, start=2):
        out += PROSE + page + "\n" + head + "\n" + number(k) + "\n"
    return out


@pytest.mark.parametrize("head, number", [
    ("宁陵县人民政府工作报告", lambda k: f"- {k} -"),
    ("宁陵县人民政府工作报告", lambda k: f"第 {k} 页 共 9 页"),
    ("宁陵县政府工作报告", lambda k: f"— {k} —"),
    ("宁陵县人民政府工作报告", lambda k: f"\n-{k}-"),
    ("宁陵县政府工作报告", lambda k: f"第 {k} 页"),
])
def test_a_running_head_starts_no_new_document(head, number):
    got = read(report(head, number))
    assert {("industrial_va_growth", 2013, "actual", 13.1), ("retail_sales", 2013, "actual", 77.5)} <= got, got


def test_the_reports_own_title_stays():
    text = normalize_text(report("宁陵县人民政府工作报告", lambda k: f"- {k} -"), K.grammar.units)
    assert text.startswith("宁陵县人民政府工作报告\n"), text[:40]


def test_two_reports_under_their_own_titles_stay_two():
    one = ("宁陵县人民政府工作报告\n——2014年1月9日在宁陵县第十五届人民代表大会第四次会议上\n"
           "2013年全县生产总值完成186.2亿元,增长9.8%。" + PROSE + "\n")
    two = one.replace("宁陵", "柘城").replace("186.2", "201.4")
    assert len(split_segments(normalize_text(one + two, K.grammar.units))) == 2


@pytest.mark.parametrize("cells", [
    ("亿元", "—", "9.6"), ("—", "—", "9.6"), ("亿元", "-", "9.6"), ("—", "-", "9.6"), ("-", "-", "9.6"),
])
def test_a_dash_for_an_empty_cell_parts_nothing(cells):
    text = ("宁陵县2015年国民经济和社会发展统计公报\n宁陵县统计局\n2016年3月20日\n"
            "2015年,全县经济运行总体平稳。" + PROSE + "\n"
            "指标名称\n单位\n总量\n比上年增长(%)\n地区生产总值\n亿元\n186.2\n8.9\n规模以上工业增加值\n"
            + "\n".join(cells) + "\n社会消费品零售总额\n亿元\n77.5\n11.4\n" + PROSE + "\n")
    got = read(text)
    assert {("industrial_va_growth", 2015, "actual", 9.6), ("retail_sales_growth", 2015, "actual", 11.4)} <= got, got


def test_a_dash_between_news_items_still_parts_them():
    item = "宁陵县召开经济运行分析会\n发布时间:2016-04-12\n会议指出,一季度全县经济运行总体平稳。" + PROSE + "\n"
    assert len(split_segments(item + "—\n" + item.replace("宁陵", "柘城"))) == 2


def test_a_heading_that_opens_a_page_once_is_kept():
    text = report("宁陵县人民政府工作报告", lambda k: f"- {k} -") + "二、2014年主要预期目标\n全县生产总值增长9%左右。\n"
    got = read(text)
    assert ("gdp_growth", 2014, "target", 9.0) in got, got
    assert "二、2014年主要预期目标" in normalize_text(text, K.grammar.units)
