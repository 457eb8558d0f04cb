"""A share's name that ends in 占比 before the year of its value (第三产业增加值占比2020年达到71.3%): 占比 is the share's
word, not 比 of a comparison with that year (比2020年). Before, the year was taken for a base and the figure fell back to
the page's date (issue 23, class 1: time; made-up set jt). Negatives: 比2020年 after a name is still a comparison. Made-up
sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
META = {"region": "管城回族区"}
HEAD = "管城回族区五年发展回顾\n来源:管城回族区人民政府 2021-07-30 10:00\n\n"


@pytest.mark.parametrize("sentence, want", [
    ("第三产业增加值占比2020年达到71.3%。", ("tertiary_share", 2020, 71.3)),
    ("全区第三产业增加值占比2020年:70.2%。", ("tertiary_share", 2020, 70.2)),
    ("第三产业增加值占比2019年为66.0%。", ("tertiary_share", 2019, 66.0)),
    ("第三产业增加值占比2016年达到58.2%。", ("tertiary_share", 2016, 58.2)),
    ("第三产业增加值占比2018年提升至63.9%。", ("tertiary_share", 2018, 63.9)),
    ("第三产业增加值占比2015年是55.7%。", ("tertiary_share", 2015, 55.7)),
])
def test_the_year_after_the_share_is_the_figures(sentence, want):
    assert want in figures(HEAD + sentence + "\n", FIELDS, meta=META, charted=True)


def test_a_comparison_with_a_year_is_still_one():
    got = figures(HEAD + "2020年,全区地区生产总值增长3.1%,比2019年回落4.2个百分点。\n", FIELDS, meta=META, charted=True)
    assert ("gdp_growth", 2019, 4.2) not in got
