"""Another level's whole opening a figure's clause after this year or last year and before a part of the year
(今年全市前三季度生产总值增长9.4%, 去年全市上半年…) is that level's figure, as it was after a year or a part of the year
alone: in a district's text, 全市 is the city's. The district's own whole (今年全区前三季度…) stays the district's
(issue 22/23, class 4: other places; made-up set ii). Made-up sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
META = {"region": "武清区"}
HEAD = "某区前三季度经济运行情况访谈\n\n2015-11-02\n\n"


@pytest.mark.parametrize("sentence, value", [
    ("记者:今年全市前三季度生产总值增长9.4%,武清的增速明显高于全市,靠的是什么?", 9.4),
    ("今年全市上半年地区生产总值增长9.4%。", 9.4),
    ("今年全市一季度规模以上工业增加值增长8.8%。", 8.8),
    ("去年全市前三季度地区生产总值增长9.3%。", 9.3),
    ("今年全市前三季度固定资产投资增长12.1%。", 12.1),
], ids=["question", "half", "quarter", "last-year", "investment"])
def test_the_citys_figure_is_not_the_districts(sentence, value):
    assert not any(f[4] == value for f in figures(HEAD + sentence + "\n", FIELDS, meta=META))


def test_the_districts_own_whole_stays_its_own():
    got = figures(HEAD + "今年全区前三季度地区生产总值增长10.1%。\n", FIELDS, meta=META)
    assert ("gdp_growth", 2015, "Q1-Q3", "actual", 10.1) in got
