"""A change said in tenths or as a doubling, as speeches and news put it (issue 23, class 1): 增长三成 is a growth of 30%,
下降了两成 a fall of 20%, 增长两成多 a growth of more than 20%; 同比翻了一番 a growth of 100% on the year before. Negatives:
words that only look so (增长成为, 增长一成半, a doubling over years 比2010年翻一番, a share 占七成) are no growth.
Made-up sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "某市2023年国民经济运行情况\n发布时间:2024-01-30\n"


def read(sent: str) -> set[tuple]:
    return figures(HEAD + sent + "\n", FIELDS, meta={"region": "齐齐哈尔市"})


@pytest.mark.parametrize("sent, fact", [
    ("2023年,全市进出口总额增长三成。", ("trade_growth", 2023, "actual", 30.0)),
    ("2023年,全市固定资产投资下降了两成。", ("fixed_investment_growth", 2023, "actual", -20.0)),
    ("2023年,全市社会消费品零售总额增长两成多。", ("retail_sales_growth", 2023, "actual", 20.0)),
    ("2023年,全市进出口总额同比翻了一番。", ("trade_growth", 2023, "actual", 100.0)),
    ("2023年,全市一般公共预算收入比上年翻了一番。", ("fiscal_revenue_growth", 2023, "actual", 100.0)),
])
def test_a_change_in_tenths_or_doubled(sent, fact):
    assert fact in read(sent)


@pytest.mark.parametrize("sent", [
    "2023年,全市进出口总额增长成为一大亮点。",
    "2023年,全市进出口总额增长一成半。",
    "2023年,全市进出口总额比2010年翻一番。",
    "2023年,全市进出口总额占全省七成。",
])
def test_words_that_only_look_so(sent):
    assert not any(i == "trade_growth" for i, *_ in read(sent)), read(sent)
