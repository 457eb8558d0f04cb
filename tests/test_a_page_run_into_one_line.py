"""A page whose paragraph breaks were lost, its text run into one long line (500 characters or more), is broken again
before each heading (一、, (一)) and each address to the congress (各位代表) that opens a sentence, so that its sections
are read as sections (issue 23, found by running every development text into one line: a bulletin's 一、综合 no longer
opened a line, its stamp's year was taken for the year it reviews and its figures charted a year late). Negatives: a
line shorter than that keeps its inline numbering (…如下:(一)…;(二)…) as it is. Made-up texts of this file's own
wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FILL = "全区坚持稳中求进工作总基调,统筹发展和安全,扎实推进各项工作,经济社会发展取得新的成效。" * 20


def bulletin(heading: str, stamp: str = "(2024年4月19)") -> str:
    return (f"渭城区统计局\n{stamp}2023年,{FILL}{heading}初步核算,全年地区生产总值713.12亿元,按可比价计算,比上年增长5.1%。"
            "二、农业全年粮食产量12.3万吨。\n")


@pytest.mark.parametrize("heading,stamp", [
    ("一、综合", "(2024年4月19)"), ("(一)综合", "(2024年4月19)"), ("一、国民经济", "(2024年4月19)"),
    ("一、综合", "(2024年3月28)"), ("一、综合", "(2024年5月6)"),
])
def test_a_bulletin_run_into_one_line_reviews_its_year(heading, stamp):
    rows = figures(bulletin(heading, stamp), ("indicator", "year", "value"), meta={"region": "渭城区"}, charted=True)
    assert {("gdp", 2023, 713.12), ("gdp_growth", 2023, 5.1)} <= rows


def test_the_headings_open_lines_again():
    doc = documents_from_text(K, bulletin("一、综合"), "made_up.txt", meta={"region": "渭城区"})[0]
    lines = doc.text.split("\n")
    assert any(line.startswith("一、综合") for line in lines) and any(line.startswith("二、农业") for line in lines)


def test_a_shorter_line_keeps_its_inline_numbering():
    line = "主要做法如下:(一)抓项目。全区新开工项目42个。(二)抓招商。全区引进项目18个。"
    doc = documents_from_text(K, f"渭城区工作简报\n{line}\n", "made_up.txt", meta={"region": "渭城区"})[0]
    assert line in doc.text
