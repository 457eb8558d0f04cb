"""Years named one by one before 分别 (2021年、2022年、2023年分别增长6.8%、5.3%、5.9%; 2022年和2023年分别完成…) give each
value its year, in order, as a span of years (2021—2023年) already did. Before, the values of a list of years had no
reading and were lost (issue 23, class 5: 分别 lists aligned to what they list). Negatives: a count of values unlike
the count of years gives none of these years; a list of subjects between the years and 分别 pairs values with the
subjects, never with the years. Made-up reports of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "梁山县2024年政府工作报告\n——2024年1月11日在梁山县第十九届人民代表大会第三次会议上\n一、过去三年工作回顾\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return figures(REPORT.format(s=sentence), FIELDS, meta={"region": "梁山县"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("全县地区生产总值2021年、2022年、2023年分别增长6.8%、5.3%、5.9%。", ("gdp_growth", 2021, "actual", 6.8)),
    ("全县地区生产总值2021年、2022年、2023年分别增长6.8%、5.3%、5.9%。", ("gdp_growth", 2022, "actual", 5.3)),
    ("一般公共预算收入2022年和2023年分别完成20.0亿元、21.3亿元。", ("fiscal_revenue", 2022, "actual", 20.0)),
    ("2021年、2022年、2023年,全县固定资产投资分别增长9.1%、-2.4%、4.0%。", ("fixed_investment_growth", 2022, "actual", -2.4)),
    ("社会消费品零售总额2021、2022、2023年分别达到140.1亿元、143.7亿元、150.2亿元。", ("retail_sales", 2021, "actual", 140.1)),
])
def test_each_value_its_year(sentence, figure):
    assert figure in charted(sentence)


def test_a_count_unlike_the_years_gives_none_of_them():
    got = charted("全县地区生产总值2021年、2022年、2023年分别增长6.8%、5.3%。")
    assert not {f for f in got if f[1] in (2021, 2022)}


def test_subjects_between_the_years_and_fenbie_are_not_years():
    got = charted("2022年、2023年,全县地区生产总值、一般公共预算收入分别增长5.3%、5.9%。")
    assert ("gdp_growth", 2022, "actual", 5.3) not in got
    assert ("fiscal_revenue_growth", 2023, "actual", 5.9) in got
