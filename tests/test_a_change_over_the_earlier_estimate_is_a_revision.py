"""A change over a figure's own earlier estimate (比原初步核算数增加47.28亿元,增幅为6.0%; 比修订前增加…,增长…) is the size of
a revision, not a growth over last year: it is no growth of the indicator. Before, a county's revision bulletin had its
revision's 6.0% charted as the year's growth (issue 23, class 2: kind; made-up set ik). Negatives: the growth over last
year said beside it (按不变价格计算,比上年增长6.4%) is still the year's. Made-up bulletins in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "枣阳市"}
HEAD = "枣阳市关于2023年地区生产总值修订结果的公告\n2024年12月20日\n\n经修订,"


@pytest.mark.parametrize("revision, size", [
    ("2023年全市地区生产总值为836.15亿元,比原初步核算数增加47.28亿元,增幅为6.0%", 6.0),
    ("2023年全市地区生产总值为836.15亿元,比初步核算数增加47.28亿元,增长6.0%", 6.0),
    ("2023年全市地区生产总值为836.15亿元,比原核算数增加47.28亿元,增幅6.0%", 6.0),
    ("2023年全市地区生产总值为836.15亿元,比修订前增加47.28亿元,增长6.0%", 6.0),
    ("2023年全市地区生产总值为836.15亿元,比原初步核算结果增加47.28亿元,增长6.0%", 6.0),
    ("2023年全市地区生产总值为836.15亿元,比此前公布数增加47.28亿元,增幅为6.0%", 6.0),
])
def test_the_revisions_size_is_no_growth(revision, size):
    got = figures(HEAD + revision + "。\n", FIELDS, meta=META)
    assert ("gdp", 2023, "actual", 836.15) in got
    assert ("gdp_growth", 2023, "actual", size) not in got


def test_the_growth_over_last_year_beside_it_is_the_years():
    text = HEAD + "2023年全市地区生产总值为836.15亿元,按不变价格计算,比上年增长6.4%,比原初步核算数增加47.28亿元。\n"
    got = figures(text, FIELDS, meta=META)
    assert ("gdp_growth", 2023, "actual", 6.4) in got
