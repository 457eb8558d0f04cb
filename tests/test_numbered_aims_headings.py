"""A numbered heading of the year's aims that names no year (一、全省经济社会发展主要目标) opens the plan year's section: the
growths under it are that year's targets, not last year's outcomes read by the document's date (issue 23, found on
set AR after it was measured once). Made-up documents of this file's own wording. Negatives: a sentence that ends in
主要目标 is no heading, and a heading of the outcomes (主要目标完成情况) opens no plan section."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
DOC = "某省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n\n发布日期:2013-03-27\n\n  {heading}\n\n  (一)地区生产总值增长11%左右。\n  (二)规模以上工业增加值增长12%左右。\n"
META = {"region": "黑龙江省"}


@pytest.mark.parametrize("heading, want", [
    ("一、全省经济社会发展主要目标", ("gdp_growth", 2013, "target", 11.0)),
    ("一、全省经济社会发展主要目标", ("industrial_va_growth", 2013, "target", 12.0)),
    ("一、主要目标", ("gdp_growth", 2013, "target", 11.0)),
    ("(一)经济社会发展主要目标", ("gdp_growth", 2013, "target", 11.0)),
    ("(二)全县主要发展目标", ("industrial_va_growth", 2013, "target", 12.0)),
])
def test_a_numbered_aims_heading_opens_the_plan_years_section(heading, want):
    assert want in figures(DOC.format(heading=heading), FIELDS, meta=META)


@pytest.mark.parametrize("heading", [
    "一、全省经济社会发展主要目标完成情况",
    "过去一年,全省上下全面完成了年初确定的主要目标",
])
def test_an_outcomes_heading_or_a_sentence_opens_no_plan_section(heading):
    got = figures(DOC.format(heading=heading), FIELDS, meta=META)
    assert ("gdp_growth", 2013, "target", 11.0) not in got
