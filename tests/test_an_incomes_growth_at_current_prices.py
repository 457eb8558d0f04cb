"""An income's growth at current prices (居民人均可支配收入名义增长6.1%) is its headline growth, as statistics offices
state it: read, with a real growth beside it (扣除价格因素实际增长5.2%) kept as a basis of its own. Before, 名义 made any
growth "at current prices" and dropped it, a rule meant for output, whose series is real (issue 23, class 7: the
indicators people expect beside the core ones). Which growths are headlines at current prices is a column of
data/indicators.csv (nominal_growth). Negatives: output's growth at current prices (地区生产总值名义增长8%) is still not
its growth; a real growth alone is still read. Made-up bulletins of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
BULLETIN = "曲阜市2023年国民经济和社会发展统计公报\n曲阜市统计局 2024年3月12日\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "曲阜市"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("全年居民人均可支配收入32000元,名义增长6.1%。", ("disposable_income_growth", 2023, "year", "actual", 6.1)),
    ("全年居民人均可支配收入名义增长6.1%,扣除价格因素实际增长5.2%。",
     ("disposable_income_growth", 2023, "year", "actual", 6.1)),
    ("全年城镇居民人均可支配收入45000元,比上年名义增长5.4%。", ("disposable_income_urban_growth", 2023, "year", "actual", 5.4)),
    ("一季度,全体居民人均可支配收入9800元,同比名义增长7.7%。", ("disposable_income_growth", 2023, "Q1", "actual", 7.7)),
    ("全年全体居民人均可支配收入按现价计算增长6.6%。", ("disposable_income_growth", 2023, "year", "actual", 6.6)),
])
def test_an_incomes_growth_at_current_prices(sentence, figure):
    assert figure in charted(sentence)


def test_outputs_growth_at_current_prices_is_not_its_growth():
    got = charted("全年地区生产总值412亿元,名义增长8%,按可比价格计算增长5.9%。")
    assert ("gdp_growth", 2023, "year", "actual", 8.0) not in got
    assert ("gdp_growth", 2023, "year", "actual", 5.9) in got


def test_a_real_growth_alone_is_read():
    assert ("disposable_income_growth", 2023, "year", "actual", 5.2) in charted("全年居民人均可支配收入实际增长5.2%。")
