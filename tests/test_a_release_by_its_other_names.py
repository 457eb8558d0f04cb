"""A statistics release is called many things besides 经济运行情况: 简况, 简析, 概况, 综述, 快报 (issue 23, class 1: the
year and the kind from the kind of document). Under such a title the release's figures are its year's or its part's,
final, and charted; before, the page was of no known kind and, undated, every figure went to review. Negatives: a
meeting to analyse the economy (经济运行分析会) is news, not a release. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "period", "kind", "value")
BODY = "全县实现地区生产总值128.6亿元,同比增长6.1%。一般公共预算收入5.6亿元,增长4.1%。\n"


@pytest.mark.parametrize("head,year,period", [
    ("平和县经济运行简况\n(2024年上半年)\n上半年,", 2024, "H1"),
    ("平和县2023年1-9月经济运行简析\n1-9月,", 2023, "Q1-Q3"),   # 1-9月 is the first three quarters
    ("平和县2023年经济运行概况\n2023年,", 2023, "year"),
    ("平和县2023年前三季度经济运行综述\n前三季度,", 2023, "Q1-Q3"),
    ("平和县2024年一季度经济运行快报\n一季度,", 2024, "Q1"),
])
def test_the_release_is_read_as_one(head, year, period):
    text = head + BODY
    assert documents_from_text(K, text, "case.txt")[0].doc_type == "statistics release"
    got = figures(text, FIELDS, meta={"region": "平和县"}, charted=True)
    assert ("gdp", year, period, "actual", 128.6) in got and ("gdp_growth", year, period, "actual", 6.1) in got


@pytest.mark.parametrize("head", [
    "平和县召开2024年一季度经济运行分析会\n2024-04-12 来源:平和融媒\n会上,",
    "平和县政府召开经济运行分析会议\n记者 张三\n会议指出,一季度",
])
def test_a_meeting_on_the_economy_is_no_release(head):
    assert documents_from_text(K, head + BODY, "case.txt")[0].doc_type != "statistics release"
