"""Two words the catalogue holds as names of no indicator, written side by side (税收 and 收入: 税收收入; 项目 and
投资: 项目投资; 出口 and 交易额), are one name: one item of a 分别 list, so the values after 分别 fall to the names in
their order. Before, they counted as two items, or the second stood alone as the number's subject, and the list's
known name lost its value (issue 23, class 5: 分别 lists aligned to their subjects). Negatives: a known name's value
stays its own, and the unknown name's value is never the known name's. Made-up bulletins in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
BULLETIN = "永安市2023年国民经济和社会发展统计公报\n永安市统计局 2024年3月18日\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(BULLETIN.format(s=sentence), FIELDS, meta={"region": "永安市"}, charted=True)


@pytest.mark.parametrize("sentence,want", [
    ("一般公共预算收入、税收收入分别完成36.3亿元、22.1亿元。", ("fiscal_revenue", 2023, "actual", 36.3)),
    ("全年一般公共预算收入、税收收入分别增长4.1%、2.6%。", ("fiscal_revenue_growth", 2023, "actual", 4.1)),
    ("一般公共预算收入、税收收入分别完成36.3亿元、22.1亿元,分别增长4.1%、2.6%。",
     ("fiscal_revenue_growth", 2023, "actual", 4.1)),
    ("税收收入、一般公共预算收入分别完成22.1亿元、36.3亿元。", ("fiscal_revenue", 2023, "actual", 36.3)),
    ("固定资产投资、项目投资分别增长4%、8%。", ("fixed_investment_growth", 2023, "actual", 4.0)),
    ("地区生产总值、项目投资分别增长5.5%、12%。", ("gdp_growth", 2023, "actual", 5.5)),
])
def test_the_known_name_keeps_its_place_in_the_list(sentence, want):
    assert want in charted(sentence)


@pytest.mark.parametrize("sentence,never", [
    ("一般公共预算收入、税收收入分别完成36.3亿元、22.1亿元。", 22.1),
    ("税收收入、一般公共预算收入分别完成22.1亿元、36.3亿元。", 22.1),
    ("固定资产投资、项目投资分别增长4%、8%。", 8.0),
    ("一般公共预算收入完成36.3亿元,其中税收收入22.1亿元。", 22.1),
    ("税收收入22.1亿元,增长2.6%。", 2.6),
])
def test_the_unknown_names_value_is_never_the_known_ones(sentence, never):
    assert not any(v == never for i, y, k, v in charted(sentence))
