"""A hard line break inside a growth's verb, right before its rate (固定资产投资增\\n长3.2%, 一般公共预算收入下\\n降2.1%), in
a text wrapped at no steady width: the two lines are one sentence, and the rate is the indicator's growth. Before, only
breaks inside an indicator's name were joined, and such a growth was lost (issue 23, class 6: hard line breaks inside
words). Negatives: a break after 增 that no rate follows leaves the lines apart, and a break inside a name is joined as
before. Made-up pages in this file's own wording."""

import pytest

from etl.documents import documents_from_text
from tests.extracting import K, figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "2024年沐川县人民政府工作报告\n——2024年1月10日在沐川县第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n"


def read(body: str) -> set[tuple]:
    return figures(HEAD + body + "\n", FIELDS, meta={"region": "沐川县"}, charted=True)


@pytest.mark.parametrize("body,expected", [
    ("全县固定资产投资增\n长3.2%,社会消费品零售总额增长6%。", ("fixed_investment_growth", 2023, "actual", 3.2)),
    ("一般公共预算收入6.2亿元,下\n降2.1%。", ("fiscal_revenue_growth", 2023, "actual", -2.1)),
    ("全县地区生产总值增\n速为5.3%。", ("gdp_growth", 2023, "actual", 5.3)),
    ("规模以上工业增加值增\n幅8.1%。", ("industrial_va_growth", 2023, "actual", 8.1)),
    ("社会消费品零售总额增\n\n长6.4%。", ("retail_sales_growth", 2023, "actual", 6.4)),
])
def test_the_cut_verb_is_joined(body, expected):
    assert expected in read(body)


def test_a_break_after_zeng_without_a_rate_stays():
    text = documents_from_text(K, HEAD + "动能持续增\n强,后劲更足。\n", "case.txt", meta={"region": "沐川县"})[0].text
    assert "增\n强" in text


def test_a_cut_name_as_before():
    assert ("fiscal_revenue", 2023, "actual", 6.2) in read("一般公共预算收\n入6.2亿元,增长4.1%。")
