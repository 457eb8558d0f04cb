"""Places below a city's or a province's own, as a text names them (issue 22, other places): a county's whole or own word
(全县, 我县, 全旗) in a city's text is a county's; a county whose name is two characters (沛县, 睢县) opens its clause as
any other unit does; a clause that is a place alone, or with a word of where it lies (隔壁的X县,), makes the clause after
it that place's. Negatives: a county's own text keeps its 全县 and its own name, and a comparison with a place before a
comma does not give the place the next figure. Made-up sentences in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
HEAD = "{own}2023年经济运行情况\n发布时间:2024-02-05\n"


def read(own: str, sent: str) -> set[tuple]:
    return figures(HEAD.format(own=own) + sent + "\n", FIELDS, meta={"region": own}, charted=True)


@pytest.mark.parametrize("own, sent, value", [
    ("商丘市", "2023年,睢县地区生产总值增长7.9%,领跑全市。", 7.9),
    ("徐州市", "2023年,县区方面,沛县规上工业增加值增长9.4%,位居前列。", 9.4),
    ("周口市", "2023年,全县规上工业增加值增长9.4%。", 9.4),
    ("赤峰市", "2023年,全旗地区生产总值增长7.7%。", 7.7),
    ("大同市", "2023年,我县一般公共预算收入增长12.3%。", 12.3),
    ("梅州市", "2023年,隔壁的五华县,地区生产总值增长7.1%,总量领先。", 7.1),
    ("信阳市", "2023年,其中的光山县,规上工业增加值增长9.4%。", 9.4),
])
def test_a_place_below_the_texts_own(own, sent, value):
    assert not any(v == value for *_, v in read(own, sent))


@pytest.mark.parametrize("own, sent, fact", [
    ("睢县", "2023年,全县地区生产总值增长7.9%。", ("gdp_growth", 2023, "actual", 7.9)),
    ("沛县", "2023年,沛县规上工业增加值增长9.4%。", ("industrial_va_growth", 2023, "actual", 9.4)),
    ("五华县", "2023年,我县一般公共预算收入增长12.3%。", ("fiscal_revenue_growth", 2023, "actual", 12.3)),
    ("梅州市", "2023年,与五华县相比,全市地区生产总值增长6.1%。", ("gdp_growth", 2023, "actual", 6.1)),
])
def test_the_texts_own_place_keeps_its_figures(own, sent, fact):
    assert fact in read(own, sent)
