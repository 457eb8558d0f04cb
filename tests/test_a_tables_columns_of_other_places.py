"""A table that sets the place beside the levels above it, one column each (指标 | 全省 | 全市 | 雁塔区; 陕西省 | 西安市 |
雁塔区): the columns of the other places are theirs, never the document's, whichever comes first (issue 22/23 class 4,
found by writing a district bulletin's table of comparisons: the province's column, coming first, was charted as the
district's and the district's own sent to review). Negatives: the district's own column, by its name or 全区, is read;
a table with no place in its headers reads as before. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "value", "confidence")
META = {"region": "雁塔区"}
HEAD = "雁塔区2023年国民经济和社会发展统计公报\n\n雁塔区统计局 2024年3月20日\n\n表1 2023年主要指标对比\n\n"
ROWS = "\n地区生产总值增速(%) | {a} | {b} | {c}\n一般公共预算收入增速(%) | {d} | {e} | {f}\n"


def charted(header: str, values: dict) -> set[tuple]:
    return {f[:2] for f in figures(HEAD + header + ROWS.format(**values), FIELDS, meta=META) if f[2] == "high"}


@pytest.mark.parametrize("header,values,theirs", [
    ("指标 | 全省 | 全市 | 雁塔区", dict(a=4.3, b=5.2, c=5.6, d=5.0, e=7.1, f=6.2), ("gdp_growth", 4.3)),
    ("指标 | 全省 | 全市 | 雁塔区", dict(a=4.3, b=5.2, c=5.6, d=5.0, e=7.1, f=6.2), ("fiscal_revenue_growth", 5.0)),
    ("指标 | 陕西省 | 西安市 | 雁塔区", dict(a=4.3, b=5.2, c=5.6, d=5.0, e=7.1, f=6.2), ("gdp_growth", 4.3)),
    ("指标 | 全市 | 全区 | 全省", dict(a=5.2, b=5.6, c=4.3, d=7.1, e=6.2, f=5.0), ("gdp_growth", 5.2)),
    ("指标 | 全国 | 全省 | 雁塔区", dict(a=5.2, b=4.3, c=5.6, d=6.4, e=5.0, f=6.2), ("fiscal_revenue_growth", 6.4)),
])
def test_another_places_column_is_never_charted_as_ours(header, values, theirs):
    assert theirs not in charted(header, values)


@pytest.mark.parametrize("header,values,ours", [
    ("指标 | 全省 | 全市 | 雁塔区", dict(a=4.3, b=5.2, c=5.6, d=5.0, e=7.1, f=6.2), ("gdp_growth", 5.6)),
    ("指标 | 全市 | 全区 | 全省", dict(a=5.2, b=5.6, c=4.3, d=7.1, e=6.2, f=5.0), ("fiscal_revenue_growth", 6.2)),
    ("指标 | 2023年 | 2022年 | 增减", dict(a=5.6, b=4.8, c=0.8, d=6.2, e=5.1, f=1.1), ("gdp_growth", 5.6)),
])
def test_our_own_column_is_read(header, values, ours):
    assert ours in charted(header, values)
