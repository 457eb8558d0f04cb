"""A month's own figure said in words (本月,全县规上工业增加值增长9.5%; 9月份全县…; 当月…): one month's, no headline
figure of the year or of the months so far. Before, 本月 was not known as one month, nor a month before the place's
whole (9月份全县…), and the month's growth was charted as the whole year's, with high confidence (issue 23, class 1:
the period from the clause). Negatives: the months so far (1-9月, 今年以来) keep their figures. Made-up pages in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
HEAD = "2024年9月沐川县经济运行简况\n沐川县统计局 2024-10-25\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("body", [
    "本月,全县规模以上工业增加值增长9.5%。",
    "本月全县规模以上工业增加值增长9.5%。",
    "9月份全县规模以上工业增加值增长9.5%。",
    "1-9月,全县固定资产投资增长3.0%;本月,规模以上工业增加值增长9.5%。",
    "全县经济运行平稳,其中,本月规模以上工业增加值增长9.5%。",
])
def test_one_months_figure_is_no_headline(body):
    assert not any(v == 9.5 for i, y, p, v in read(body))


@pytest.mark.parametrize("body,period", [
    ("1-9月,全县规模以上工业增加值增长8.1%。", "Q1-Q3"),
    ("前三季度全县规模以上工业增加值增长8.1%。", "Q1-Q3"),
])
def test_the_months_so_far_keep_their_figures(body, period):
    assert ("industrial_va_growth", 2024, period, 8.1) in read(body)
