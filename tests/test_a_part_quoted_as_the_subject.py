"""A part of the place quoted as the subject of a speaker's words (“开发区去年完成规上工业增加值增长11.3%,…”): the figure is
the part's, not the county's, as when no quotation mark opens the clause. Before, the quotation mark hid the part, and
the zone's figure was charted as the county's (and the county's own figure, said after it, went to review as a second
value). Negatives: the county's own figure in a quotation is still the county's. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "沭阳县代表热议政府工作报告\n2024-03-08 来源:沭阳县融媒体中心\n"


def read(line: str) -> set[tuple]:
    return figures(HEAD + line + "\n", FIELDS, meta={"region": "沭阳县"}, charted=True)


@pytest.mark.parametrize("quote,part", [
    ("“开发区去年完成规上工业增加值增长11.3%,高于全县平均水平。”", 11.3),
    ("“高新区去年固定资产投资增长15.2%,项目建设势头很好。”", 15.2),
    ("「经开区去年实现规上工业增加值增长12.4%」,代表说。", 12.4),
    ("\"工业园区去年规上工业增加值增长13.1%,\"代表说。", 13.1),
    ("“我们园区去年规上工业增加值增长14.6%,”代表说。", 14.6),
])
def test_the_quoted_part_is_not_the_county(quote, part):
    got = read(quote + "据了解,2023年沭阳全县规模以上工业增加值增长9.1%。")
    assert not any(v == part for i, y, k, v in got), got
    assert ("industrial_va_growth", 2023, "actual", 9.1) in got


def test_the_county_quoted_is_the_county():
    got = read("“去年全县规模以上工业增加值增长9.1%,势头很好。”代表说。")
    assert ("industrial_va_growth", 2023, "actual", 9.1) in got


@pytest.mark.parametrize("item,part", [
    ("· 东部新区去年固定资产投资增长21.3%", 21.3),
    ("● 高新区去年固定资产投资增长15.2%", 15.2),
    ("1. 经开区去年社会消费品零售总额增长12.4%", 12.4),
    ("2、工业园区去年固定资产投资增长13.1%", 13.1),
    ("▲ 综合保税区去年进出口总额增长14.6%", 14.6),
    ("· 经开区去年社会消费品零售总额增长16.4%", 16.4),
    ("◆ 高新区去年固定资产投资增长17.7%", 17.7),
    ("3、高新区去年进出口总额增长18.8%", 18.8),
])
def test_a_part_opening_a_list_item_is_the_parts(item, part):
    """A part of the place opening an item of a list after its mark (· 东部新区…, 1. 经开区…) is the part's too."""
    got = read("据了解,2023年沭阳全县规模以上工业增加值增长9.1%。\n" + item)
    assert not any(v == part for i, y, k, v in got), got
