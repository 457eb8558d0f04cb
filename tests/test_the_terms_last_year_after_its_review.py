"""A new term's report that reviews the five years (五年来,全省上下团结奋斗。) and then, in a paragraph of its own, the last
of them (2022年,我们…。 and a list of that year's results: ——预计全省地区生产总值增长4.5%左右;): the list is that year's.
Before, the five years' span ran on into it, and each growth, with no 年均 to make it the span's average, was dropped
(issue 23, class 1: time from the paragraph). Negatives: a paragraph of the five years' averages after the span's
opening stays the span's, and so does the last year's own paragraph when it goes on with the span's averages (2015年,…,
五年年均增长13.5%;…年均增长18.3%). Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "湖南省政府工作报告\n——2023年1月13日在湖南省第十四届人民代表大会第一次会议上\n一、过去五年和2022年工作回顾\n"
ITEMS = "——预计全省地区生产总值增长4.5%左右,高于全国1.5个百分点;\n——规模以上工业增加值增长7.2%;\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body, FIELDS, meta={"region": "湖南省"}, charted=True)


@pytest.mark.parametrize("opening,year_para", [
    ("五年来,全省上下团结奋斗。", "2022年,我们高效统筹疫情防控和经济社会发展,全省经济运行总体平稳。"),
    ("过去五年,全省经济实力实现新跃升。", "2022年,面对超预期因素冲击,全省经济稳中有进。"),
    ("五年来,我们砥砺奋进,交出了合格答卷。", "2022年,全省上下攻坚克难。"),
    ("过去的五年,是极不平凡的五年。", "2022年,全省经济运行总体平稳、稳中有进。"),
    ("五年来,全省上下坚定不移推进高质量发展。", "2022年,是党的二十大召开之年,全省上下奋力拼搏。"),
])
def test_the_last_years_list_is_that_years(opening, year_para):
    got = read(opening + "\n" + year_para + "\n" + ITEMS)
    assert {("gdp_growth", 2022, "year", "actual", 4.5), ("industrial_va_growth", 2022, "year", "actual", 7.2)} <= got, got


def test_the_spans_averages_stay_the_spans():
    got = read("五年来,全省上下团结奋斗。\n全省地区生产总值年均增长6.2%。\n")
    assert ("gdp_growth_avg_5yr", 2022, "2018-2022", "actual", 6.2) in got


def test_a_last_years_paragraph_with_the_spans_averages_keeps_the_span():
    text = ("化州市政府工作报告\n——2016年1月29日在化州市第十四届人民代表大会第六次会议上\n"
            "“十二五”时期是机遇与挑战并存的五年。\n2015年,全市实现地区生产总值402.6亿元,增长10.3%,五年年均增长13.5%;"
            "一般公共预算收入11.4亿元,年均增长18.3%。\n")
    got = figures(text, FIELDS, meta={"region": "化州市"}, charted=True)
    assert ("fiscal_revenue_growth_avg_5yr", 2015, "2011-2015", "actual", 18.3) in got, got
