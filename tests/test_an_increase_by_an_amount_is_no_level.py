"""An amount a figure rose or fell by (净增8.1亿元, 较上年多出2.1亿元, 增加了10.2亿元, 较上年少1.1亿元, 新增30亿元) is no
level of the indicator. Before, only some of these words (增加, 增收, 多) were known, and the others charted the change
as the year's total, a wrong number (issue 23: reports never seen word their figures more than one way). Negatives: a
level after 至少 (at least) is still a level; a level with its change after it keeps the level. Made-up bulletins of
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BULLETIN = "微山县2023年国民经济和社会发展统计公报\n微山县统计局 2024年3月12日\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "微山县"}, charted=True)


@pytest.mark.parametrize("sentence,indicator,amount", [
    ("全年固定资产投资净增8.1亿元。", "fixed_investment", 8.1),
    ("全年进出口总额较上年多出2.1亿元。", "trade", 2.1),
    ("全年一般公共预算收入较上年净减0.6亿元。", "fiscal_revenue", 0.6),
    ("全年一般公共预算收入较上年少1.1亿元。", "fiscal_revenue", 1.1),
    ("全年地区生产总值新增30亿元。", "gdp", 30.0),
])
def test_an_amount_of_change_is_no_level(sentence, indicator, amount):
    assert (indicator, 2023, "actual", amount) not in charted(sentence)


def test_a_level_after_at_least_is_a_level():
    assert ("industrial_va", 2023, "actual", 20.0) in charted("全年规模以上工业增加值至少20亿元。")


def test_a_level_with_its_change_after_it():
    got = charted("全年社会消费品零售总额150.2亿元,比上年增加了10.2亿元,增长7.3%。")
    assert {("retail_sales", 2023, "actual", 150.2), ("retail_sales_growth", 2023, "actual", 7.3)} <= got
    assert ("retail_sales", 2023, "actual", 10.2) not in got
