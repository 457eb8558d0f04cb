"""An outcome given only as a level it passed (生产总值突破285亿元, 超过1234亿元) states no value of its own, whether the
number is round or not: it is read and sent to review, as a round one (突破5000亿元) already was (issue 23, found by
writing work reports' reviews with their headline levels: a passed level of three significant digits was charted as
the year's level). Negatives: a level reached (达到285.6亿元) and a growth are still charted. Made-up texts of this
file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value", "confidence")
META = {"region": "彬州市"}
PAGE = "彬州市2024年政府工作报告\n\n——2024年1月10日在彬州市第二届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return {f[:2] for f in figures(PAGE.format(s=sentence), FIELDS, meta=META) if f[2] == "high"}


@pytest.mark.parametrize("sentence,passed", [
    ("全市生产总值突破285亿元,增长4.1%。", ("gdp", 285.0)),
    ("全市生产总值超过1234亿元。", ("gdp", 1234.0)),
    ("全市一般公共预算收入突破21.3亿元。", ("fiscal_revenue", 21.3)),
    ("全市社会消费品零售总额突破2480亿元。", ("retail_sales", 2480.0)),
    ("全市进出口总额超过36.5亿元。", ("trade", 36.5)),
])
def test_a_level_passed_is_not_charted_as_the_level(sentence, passed):
    assert passed not in charted(sentence)


@pytest.mark.parametrize("sentence,figure", [
    ("全市生产总值突破285亿元,增长4.1%。", ("gdp_growth", 4.1)),
    ("全市生产总值达到285.6亿元,增长4.1%。", ("gdp", 285.6)),
])
def test_a_level_reached_and_a_growth_are_charted(sentence, figure):
    assert figure in charted(sentence)
