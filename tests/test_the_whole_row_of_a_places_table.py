"""A table of a place's parts, one row per part and a row for the whole (地区 | 地区生产总值 | 增长% over 全市, then
each district): the whole's row is the document's own place, as a row under its name is. Before, only a row under the
place's name counted, and a city's own total in its table of districts was lost (issue 23, class 3: a table read by
its header). Negatives: the parts' rows stay out; the level above's row in a county's table stays out. Made-up pages in
this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def charted(place: str, title: str, rows: list[list[str]], sep: str = " | ") -> set[tuple]:
    text = f"{title}\n{place}统计局\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    return figures(text, FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("sep", [" | ", "\t"])
@pytest.mark.parametrize("place,whole,parts", [
    ("深圳市", "全市", ["福田区", "罗湖区"]),
    ("广东省", "全省", ["广州市", "深圳市"]),
    ("沐川县", "全县", ["沐溪镇", "永福镇"]),
    ("罗湖区", "全区", ["桂园街道", "东门街道"]),
    ("乐山市", "全市", ["沐川县", "犍为县"]),
])
def test_the_wholes_row_is_ours(sep, place, whole, parts):
    rows = [["地区", "地区生产总值(亿元)", "增长%"], [whole, "1200.5", "5.3"], [parts[0], "300.2", "4.1"],
            [parts[1], "250.7", "6.6"]]
    got = charted(place, f"{place}2024年各地主要经济指标", rows, sep)
    assert {("gdp", 2024, "actual", 1200.5), ("gdp_growth", 2024, "actual", 5.3)} <= got
    assert not any(v in (300.2, 4.1, 250.7, 6.6) for i, y, k, v in got)


def test_the_level_aboves_row_stays_out():
    rows = [["地区", "地区生产总值(亿元)", "增长%"], ["全市", "2500.3", "4.1"], ["沐川县", "120.5", "5.3"]]
    got = charted("沐川县", "沐川县2024年主要经济指标对比", rows)
    assert not any(v in (2500.3, 4.1) for i, y, k, v in got)
