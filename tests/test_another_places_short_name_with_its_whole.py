"""Another place named by its short name right before its whole (同期江门全市一般公共预算收入下降8.7%) is that place's
figure, not the text's: before, a county-level city's report charted its city's decline as its own, since 全市 is also
how the text speaks of itself. (Issue 22 and issue 23, class 5: places.) Negatives: the text's own short name before its
whole (鹤山全市…) stays its own; a whole with no name before it stays the text's. Made-up pages in this file's own
wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
HEAD = "关于鹤山市2022年财政决算的报告\n——2023年8月29日在鹤山市第十六届人民代表大会常务委员会第十四次会议上\n一、2022年财政决算情况\n"


def read(text: str) -> set[tuple]:
    return figures(HEAD + text + "\n", FIELDS, meta={"region": "鹤山市"})


@pytest.mark.parametrize("other", [
    "同期江门全市一般公共预算收入下降8.7%,我市降幅小于全市1.8个百分点。",
    "同期,江门全市一般公共预算收入下降8.7%。",
    "而江门全市一般公共预算收入下降8.7%,降幅大于我市。",
    "佛山全市一般公共预算收入下降8.7%,我市好于周边。",
    "比较来看,广州全市一般公共预算收入下降8.7%。",
])
def test_another_places_short_name_before_its_whole_is_that_places(other):
    got = read("2022年,全市一般公共预算收入完成27.65亿元,下降6.9%。" + other)
    assert ("fiscal_revenue_growth", 2022, "year", "actual", -6.9) in got, got
    assert not any(v == -8.7 for i, y, p, k, v in got), got


@pytest.mark.parametrize("own", ["鹤山全市一般公共预算收入下降6.9%。", "全市一般公共预算收入下降6.9%。"])
def test_the_texts_own_whole_stays_its_own(own):
    assert ("fiscal_revenue_growth", 2022, "year", "actual", -6.9) in read("2022年," + own)
