"""The extended indicators people expect beside the core ones, by the names reports give them (issue 23 class 7):
经济密度 is GDP per square kilometre (亿元 or 万元 a km²), 税收总收入 and 全口径税收收入 the tax collected in the place,
with their growth. Before, neither name was known and the figures were not read. Negatives: 经济密度 with no figure, a
density per square metre (out of any plausible range), and the tax part of budget revenue (其中税收收入) are not these.
Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value", "confidence")
META = {"region": "雁塔区"}
PAGE = "雁塔区2023年国民经济和社会发展统计公报\n\n雁塔区统计局 2024年3月20日\n\n{s}\n"


def charted(sentence: str) -> set[tuple]:
    return {f[:2] for f in figures(PAGE.format(s=sentence), FIELDS, meta=META) if f[2] == "high"}


@pytest.mark.parametrize("sentence,figure", [
    ("全区经济密度达到16.5亿元/平方公里。", ("gdp_per_km2", 16.5)),
    ("经济密度为16500万元/平方公里。", ("gdp_per_km2", 1.65)),
    ("全区税收总收入120.3亿元,增长3.2%。", ("tax_revenue", 120.3)),
    ("全区税收总收入120.3亿元,增长3.2%。", ("tax_revenue_growth", 3.2)),
    ("全口径税收收入98.6亿元。", ("tax_revenue", 98.6)),
])
def test_an_extended_indicator_is_read_by_its_common_name(sentence, figure):
    assert figure in charted(sentence)


@pytest.mark.parametrize("sentence,key", [
    ("经济密度居全市第一。", "gdp_per_km2"),
    ("经济密度达到1.65万元/平方米。", "gdp_per_km2"),
    ("一般公共预算收入63.2亿元,其中税收收入52.1亿元。", "tax_revenue"),
])
def test_no_figure_of_it_where_none_is_stated(sentence, key):
    assert not any(k == key for k, _ in charted(sentence))
