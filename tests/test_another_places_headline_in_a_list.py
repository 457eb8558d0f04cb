"""A page's list of links or items headed by another place named in full, then a few words of time (· 惠安县上半年固定资产
投资增长4.5%, 3. 永春县1-5月规上工业增加值增长8.1%, 泉州市前三季度…): the figure is that place's, not the page's. Before,
the words of time between the name and the indicator hid the place, and a neighbour's figure was read as the page's
own (charted, or sent to review only by the chance of its path) (issue 22: other places' figures). Negatives: the page's own place named so stays its own, and what another place
hands down to ours (贵港市下达我市今年地区生产总值增长目标为6.5%) is ours. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "南安市上半年经济运行稳中有进\n发布时间:2024-07-30 来源:南安市融媒体中心\n2024年上半年,全市地区生产总值同比增长6.2%。\n热点新闻\n"


def read(line: str, charted: bool = False) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "南安市"}, charted=charted)


@pytest.mark.parametrize("line,theirs", [
    ("· 惠安县上半年固定资产投资增长4.5%", 4.5),
    ("3. 永春县1-5月规上工业增加值增长8.1%", 8.1),
    ("● 泉州市上半年社会消费品零售总额增长5.3%", 5.3),
    ("- 晋江市今年以来一般公共预算收入增长7.7%", 7.7),
    ("石狮市上半年规上工业增加值增长9.9%", 9.9),
])
def test_the_listed_places_figure_is_theirs(line, theirs):
    assert not any(v == theirs for i, y, k, v in read(line)), read(line)   # not even in review
    assert ("gdp_growth", 2024, "actual", 6.2) in read(line, charted=True)


def test_our_own_place_named_so_stays_ours():
    assert ("industrial_va_growth", 2024, "actual", 8.1) in read("南安市上半年规上工业增加值增长8.1%")


def test_what_another_place_hands_down_to_us_is_ours():
    text = ("桂平市经济工作会议召开\n发布时间:2023-01-09 来源:桂平市融媒体中心\n"
            "会议明确,贵港市下达我市今年地区生产总值增长目标为6.5%,全市要力争增长7%。\n")
    got = figures(text, FIELDS, meta={"region": "桂平市"}, charted=False)
    assert any(i == "gdp_growth" and k == "target" and v == 6.5 for i, y, k, v in got), got
