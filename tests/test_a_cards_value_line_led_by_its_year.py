"""An infographic's card whose value lines are each led by their year (地区生产总值 / 2020年：1556.2亿元 / 五年年均增长：
6.8%): the name line and its year's value are read as one, the figure of that year. Before, such a card was not joined,
its figures lost (issue 23, class 3: structure; made-up set jt). Negatives: a line of a year and words without a unit
stays apart; a value line naming an indicator of its own is not joined to the card above it. Made-up cards in this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "中原区"}
HEAD = ("一图读懂|中共郑州市中原区第十二次代表大会报告\n来源:中原区融媒体中心 2021-07-28 10:05\n\n▌过去五年 成绩单\n\n")


@pytest.mark.parametrize("card, want", [
    ("〔卡片1〕\n地区生产总值\n2020年：856.3亿元\n五年年均增长：6.1%\n", ("gdp", 2020, "actual", 856.3)),
    ("〔卡片2〕\n一般公共预算收入\n2020年：61.2亿元(同比增长2.4%)\n", ("fiscal_revenue", 2020, "actual", 61.2)),
    ("〔卡片3〕\n社会消费品零售总额\n2020年：402.7亿元\n全市占比：约十分之一\n", ("retail_sales", 2020, "actual", 402.7)),
    ("〔卡片4〕\n全体居民人均可支配收入\n2020年：45210元\n", ("disposable_income", 2020, "actual", 4.521)),
    ("〔卡片5〕\n第三产业增加值占比\n2020年：71.3%\n", ("tertiary_share", 2020, "actual", 71.3)),
])
def test_the_cards_year_value_is_read_with_its_name(card, want):
    assert want in figures(HEAD + card, FIELDS, meta=META, charted=True)


def test_a_value_line_naming_its_own_indicator_is_not_joined():
    card = "〔卡片1〕\n地区生产总值\n2020年：一般公共预算收入61.2亿元\n"
    got = figures(HEAD + card, FIELDS, meta=META, charted=True)
    assert ("gdp", 2020, "actual", 61.2) not in got
