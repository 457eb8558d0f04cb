"""A region of several places named before an indicator (关中地区生产总值增长4.6%, 苏南地区…, 珠三角地区…) gives that
region's figure, not the province's: the name of the indicator (地区生产总值) had swallowed the region's 地区 (issue 23,
found by writing a provincial bulletin that reports by region: the region's growth was charted as the province's).
The regions are listed in data/part_scopes.csv. Negatives: the province's own figure is still charted. Made-up texts
of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value", "confidence")


def charted(place: str, sentence: str) -> set[tuple]:
    text = f"{place}2023年国民经济和社会发展统计公报\n\n{place}统计局 2024年3月15日\n\n{sentence}\n"
    return {f[:2] for f in figures(text, FIELDS, meta={"region": place}) if f[2] == "high"}


@pytest.mark.parametrize("place,sentence,region", [
    ("陕西省", "关中地区生产总值增长4.6%,全省生产总值增长4.3%。", ("gdp_growth", 4.6)),
    ("陕西省", "陕北地区生产总值8012.3亿元。全省生产总值33786.07亿元。", ("gdp", 8012.3)),
    ("江苏省", "苏南地区生产总值增长6.1%,全省生产总值增长5.8%。", ("gdp_growth", 6.1)),
    ("广东省", "珠三角地区生产总值增长4.9%,全省生产总值增长4.8%。", ("gdp_growth", 4.9)),
    ("江西省", "赣南地区规模以上工业增加值增长8.2%,全省规模以上工业增加值增长5.4%。", ("industrial_va_growth", 8.2)),
])
def test_a_regions_figure_is_not_the_provinces(place, sentence, region):
    assert region not in charted(place, sentence)


@pytest.mark.parametrize("place,sentence,own", [
    ("陕西省", "关中地区生产总值增长4.6%,全省生产总值增长4.3%。", ("gdp_growth", 4.3)),
    ("江苏省", "全省生产总值增长5.8%。", ("gdp_growth", 5.8)),
])
def test_the_provinces_own_figure_is_charted(place, sentence, own):
    assert own in charted(place, sentence)
