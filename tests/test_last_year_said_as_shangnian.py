"""上年 opening a sentence or a clause (上年全省地区生产总值48810亿元; 初步统计,上年…) names the year just past as 去年
does: in an item of the congress season, its figures are last year's outcomes, and a 今年 after it sets this year's aims
(issue 23, found by saying every development text's 去年 as 上年: last year's outcomes were read as this year's targets).
Negatives: 上年 inside a clause is a comparison's base or a share of it (比上年增长, 为上年的1.1倍, 上年同期), never the
year spoken of. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def charted(text: str) -> set[tuple]:
    return figures(f"福建省人代会开幕\n{text}\n", FIELDS, meta={"region": "福建省", "date": "2022-01-22"}, charted=True)


@pytest.mark.parametrize("sentence,figure", [
    ("《政府工作报告》显示,初步统计,上年全省地区生产总值48810亿元、增长8.0%,今年全省地区生产总值预期增长6.5%。",
     ("gdp", 2021, "actual", 48810.0)),
    ("《政府工作报告》显示,初步统计,上年全省地区生产总值48810亿元、增长8.0%,今年全省地区生产总值预期增长6.5%。",
     ("gdp_growth", 2021, "actual", 8.0)),
    ("上年全省一般公共预算收入3383亿元、增长9.9%,今年预期增长5%。", ("fiscal_revenue", 2021, "actual", 3383.0)),
    ("上年,全省社会消费品零售总额20373亿元、增长14.7%,今年预期增长8%。", ("retail_sales", 2021, "actual", 20373.0)),
    ("报告显示,上年全省进出口总额18449亿元、增长30.9%,今年预期增长5%。", ("trade_growth", 2021, "actual", 30.9)),
])
def test_shangnian_opening_a_clause_is_last_year(sentence, figure):
    assert figure in charted(sentence)


@pytest.mark.parametrize("sentence", ["全省地区生产总值比上年增长8.0%。", "全省一般公共预算收入为上年的1.1倍,增长9.9%。"])
def test_shangnian_inside_a_clause_is_no_year_spoken_of(sentence):
    assert not {f for f in charted(sentence) if f[1] == 2021}
