"""A statistics release whose items open with their name as a sentence of its own (一、地区生产总值。), then the
sentence that names the part of the year after the accounting office's words (经市统计局统一核算,一季度全市实现…): that
part holds for the rest of the item (分产业看,…三次产业结构为…). Before, the accounting office's words hid the part of the
year from the sentence's lead, and the next sentence took the page's months (1-4月) instead of the first quarter
(issue 23, class 1: time from the paragraph lead). Negatives: an item that opens with figures before naming a part is
read as before, and an item whose sentence names its own part keeps it. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
HEAD = "2025年1-4月份全市主要经济指标运行情况\n发布时间:2025-05-22 来源:寿光市统计局\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n二、工业生产。1-4月份,全市规模以上工业增加值同比增长8.3%。\n", FIELDS,
                   meta={"region": "寿光市"}, charted=True)


@pytest.mark.parametrize("lead", [
    "经潍坊市统计局统一核算,一季度",
    "经市统计局统一核算,一季度",
    "据潍坊市统计局核算,一季度",
    "经统一核算,一季度",
    "经市统计局初步核算,一季度",
])
def test_the_part_holds_for_the_item(lead):
    body = (f"一、地区生产总值。{lead}全市实现地区生产总值268.4亿元,同比增长6.1%。分产业看,第一产业增加值增长3.6%,"
            "三次产业结构为12.3:41.5:46.2。")
    got = read(body)
    assert ("tertiary_share", 2025, "Q1", 46.2) in got and ("gdp_growth", 2025, "Q1", 6.1) in got, got
    assert ("industrial_va_growth", 2025, "M1-M4", 8.3) in got


def test_a_part_named_in_its_own_sentence_as_before():
    body = "一、地区生产总值。全市实现地区生产总值268.4亿元。一季度三次产业结构为12.3:41.5:46.2。"
    assert ("tertiary_share", 2025, "Q1", 46.2) in read(body)


def test_figures_before_the_part_as_before():
    body = "一、综合。全市规模以上工业增加值同比增长8.3%。一季度,全市实现地区生产总值268.4亿元。"
    assert ("industrial_va_growth", 2025, "M1-M4", 8.3) in read(body)
