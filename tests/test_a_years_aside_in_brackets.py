"""A year inside a bracketed aside between a name and its figure (地区生产总值412.6亿元(2022年为389.5亿元),增长5.9%) is
the aside's: the figure after the aside keeps the year of its sentence. Before, the aside's year was taken for the year
named between the name and the figure, and the growth was charted as the year before's (issue 23, class 1: the year
from the clause). Negatives: a year named plainly between a name and its figure (一般公共预算收入2020年达到61亿元) is
still the figure's. Made-up bulletins of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BULLETIN = "汶上县2023年国民经济和社会发展统计公报\n汶上县统计局 2024年3月12日\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "汶上县"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("2023年全县地区生产总值412.6亿元(2022年为389.5亿元),增长5.9%。", ("gdp_growth", 2023, "actual", 5.9)),
    ("全年一般公共预算收入21.3亿元(2022年19.9亿元),比上年增长7.1%。", ("fiscal_revenue_growth", 2023, "actual", 7.1)),
    ("全年社会消费品零售总额150.2亿元(2022年:143.7亿元),增长4.5%。", ("retail_sales_growth", 2023, "actual", 4.5)),
    ("全年规模以上工业增加值(2022年为160.2亿元)增长7.7%。", ("industrial_va_growth", 2023, "actual", 7.7)),
    ("全年进出口总额35.1亿元(2022年同期31.3亿元),增长12.2%。", ("trade_growth", 2023, "actual", 12.2)),
])
def test_the_asides_year_is_its_own(sentence, figure):
    got = charted(sentence)
    assert figure in got
    assert (figure[0], figure[1] - 1, figure[2], figure[3]) not in got


def test_a_year_named_plainly_is_the_figures():
    got = charted("全县一般公共预算收入2022年达到19.9亿元,2023年达到21.3亿元。")
    assert ("fiscal_revenue", 2022, "actual", 19.9) in got
