"""A subdistrict opening a clause as its subject (城关街道完成生产总值20.1亿元; 2023年,东关街道实现规模以上工业增加值…)
reports that subdistrict's figures, not the county's or the district's (data/part_scopes.csv, as a development zone's
are; issue 23, found by writing a county report that names its subdistricts first: the subdistrict's GDP was charted as
the county's). Negatives: the place's own figures (全县…), also after a subdistrict's, are still read. Made-up texts of
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value", "confidence")
META = {"region": "淳化县"}
PAGE = "淳化县2024年政府工作报告\n\n——2024年1月12日在淳化县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return {f[:2] for f in figures(PAGE.format(s=sentence), FIELDS, meta=META) if f[2] == "high"}


@pytest.mark.parametrize("sentence,part", [
    ("城关街道完成生产总值20.1亿元,增长6%。", ("gdp", 20.1)),
    ("城关街道完成生产总值20.1亿元,增长6%。", ("gdp_growth", 6.0)),
    ("2023年,东关街道实现规模以上工业增加值增长15%。", ("industrial_va_growth", 15.0)),
    ("城关街道社会消费品零售总额12.3亿元。", ("retail_sales", 12.3)),
    ("西城街道固定资产投资增长9%。", ("fixed_investment_growth", 9.0)),
])
def test_a_subdistricts_figures_are_not_the_places(sentence, part):
    assert part not in charted(sentence)


@pytest.mark.parametrize("sentence,own", [
    ("全县生产总值完成68.2亿元,增长4.9%。", ("gdp", 68.2)),
    ("城关街道完成生产总值20.1亿元;全县生产总值完成68.2亿元,增长4.9%。", ("gdp", 68.2)),
])
def test_the_places_own_figures_are_read(sentence, own):
    assert own in charted(sentence)
