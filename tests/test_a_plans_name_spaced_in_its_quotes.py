"""A review heading naming its year and the plan it closes is read with spaces inside the plan's quotes too (2020年和“ 十三五”
工作回顾), as a page's text layer or an editor leaves them: the review is of that year. Read otherwise, the section kept the
year the report's name implies, and on a page whose name is a later year's (a report filed under the wrong year) the
review's figures in a later paragraph were charted a year late (issue 23, found by giving each sentence of the
development texts a paragraph of its own). Negatives: the heading without spaces reads as before. Made-up texts of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "铜山区"}
PAGE = "某区{t}年政府工作报告\n\n各位代表:\n\n一、{y}年和{p}工作回顾\n\n过去的一年,全区上下攻坚克难。\n\n预计,全年完成地区生产总值1481.7亿元,增长4.6%。\n"


@pytest.mark.parametrize("named,year,plan", [
    (2022, 2020, "“ 十三五” "), (2017, 2015, "“ 十二五” "), (2027, 2025, "“十四五 ”"), (2022, 2020, "“ 十三五 ” 时期"),
    (2012, 2010, "“ 十一五”  "),
])
def test_the_review_is_of_the_year_its_heading_names(named, year, plan):
    got = figures(PAGE.format(t=named, y=year, p=plan), FIELDS, meta=META, charted=True)
    assert ("gdp", year, 1481.7) in got and ("gdp", year + 1, 1481.7) not in got


@pytest.mark.parametrize("plan", ["“十三五”", "十三五"])
def test_the_heading_without_spaces_reads_as_before(plan):
    got = figures(PAGE.format(t=2022, y=2020, p=plan), FIELDS, meta=META, charted=True)
    assert ("gdp", 2020, 1481.7) in got
