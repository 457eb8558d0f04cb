"""A growth rate said to have fallen to a value (增长率下降为3.3%; 增速由6.1%回落到4.2%) is that rate, not a decline by
it. Before, 为 after the verb was not known as "to", and a rate it fell from standing between the rate's word and the
verb hid the rate's word, so the rate was charted negative: a wrong sign (issue 23: reports never seen word their
figures more than one way). Negatives: a decline of the figure itself (下降3.3%) stays negative; a decline's narrowing
(降幅收窄至2.1%) stays a decline. Made-up bulletins of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BULLETIN = "泗水县2023年国民经济和社会发展统计公报\n泗水县统计局 2024年3月12日\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "泗水县"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("全年社会消费品零售总额增长率下降为3.3%。", ("retail_sales_growth", 2023, "actual", 3.3)),
    ("全年一般公共预算收入增速由6.1%回落到4.2%。", ("fiscal_revenue_growth", 2023, "actual", 4.2)),
    ("全年地区生产总值增速由7.2%下降至5.1%。", ("gdp_growth", 2023, "actual", 5.1)),
    ("全年固定资产投资增幅由12%回落为8.3%。", ("fixed_investment_growth", 2023, "actual", 8.3)),
    ("全年规模以上工业增加值增长率回落为6.4%。", ("industrial_va_growth", 2023, "actual", 6.4)),
])
def test_a_rate_that_fell_to_a_value(sentence, figure):
    got = charted(sentence)
    assert figure in got
    assert (figure[0], 2023, "actual", -figure[3]) not in got


def test_a_decline_of_the_figure_stays_negative():
    assert ("retail_sales_growth", 2023, "actual", -3.3) in charted("全年社会消费品零售总额下降3.3%。")


def test_a_declines_narrowing_stays_a_decline():
    assert ("trade_growth", 2023, "actual", -2.1) in charted("全年进出口总额降幅收窄至2.1%。")
