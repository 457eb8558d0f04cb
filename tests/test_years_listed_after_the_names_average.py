"""Years listed before 分别 in a clause after the name's first figure (地区生产总值年均增长6%,2021年、2022年、2023年分别增长
6.8%、5.3%、5.9%) give the name's values of those years, in order. Before, a second number of the name with no word
of a basis, a level or an aim before it was dropped, and with it each year's growth (issue 23, class 5: 分别 lists
aligned to what they list). Negatives: a count of values unlike the count of years gives none of those years; a
second growth of the name with no list after it is still dropped. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "平邑县2024年政府工作报告\n——2024年1月11日在平邑县第十九届人民代表大会第三次会议上\n一、过去三年工作回顾\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(REPORT.format(s=sentence), FIELDS, meta={"region": "平邑县"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("三年来,全县地区生产总值年均增长6%,2021年、2022年、2023年分别增长6.8%、5.3%、5.9%。", ("gdp_growth", 2021, "actual", 6.8)),
    ("三年来,全县地区生产总值年均增长6%,2021年、2022年、2023年分别增长6.8%、5.3%、5.9%。", ("gdp_growth", 2022, "actual", 5.3)),
    ("全县固定资产投资年均增长7.7%,2021年至2023年分别增长9.1%、-2.4%、16.4%。", ("fixed_investment_growth", 2022, "actual", -2.4)),
    ("一般公共预算收入年均增长5%,2022年和2023年分别增长4.2%、5.8%。", ("fiscal_revenue_growth", 2022, "actual", 4.2)),
    ("社会消费品零售总额年均增长6.1%,其中2021—2023年分别增长8.3%、2.2%、7.9%。", ("retail_sales_growth", 2021, "actual", 8.3)),
])
def test_each_years_value_after_the_average(sentence, figure):
    assert figure in charted(sentence)


def test_a_count_unlike_the_years_gives_none_of_them():
    got = charted("全县地区生产总值年均增长6%,2021年、2022年、2023年分别增长6.8%、5.3%。")
    assert not {f for f in got if f[0] == "gdp_growth" and f[1] in (2021, 2022)}


def test_a_second_growth_with_no_list_is_dropped():
    got = charted("全县地区生产总值增长6%,服务业带动增长4.1%。")
    assert ("gdp_growth", 2023, "actual", 4.1) not in got
