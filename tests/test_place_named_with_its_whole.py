"""Another place named right before a whole-of word (泰州市全市一般公共预算收入增长…, in a report of a county-level city
whose own whole is also 全市): the figure is that place's, not the document's. Before, the whole-of word was read as the
document's own and the other place's rate charted as ours (issue 22, other places' figures). Negatives: the document's
own name with its whole stays ours. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")


def read(place: str, body: str) -> set[tuple]:
    text = f"{place}2016年国民经济和社会发展统计公报\n{body}\n"
    return figures(text, FIELDS, meta={"region": place}, charted=True)


@pytest.mark.parametrize("place, other, sentence", [
    ("兴化市", "泰州市", "同期{o}全市一般公共预算收入增长9.4%。"),
    ("高邮市", "扬州市", "同期{o}全市进出口总额增长9.4%。"),
    ("邓州市", "南阳市", "同期{o}全市地区生产总值增长9.4%,我市增幅居第二。"),
    ("武安市", "邯郸市", "上年{o}全市规模以上工业增加值增长9.4%,今年预期增长8%左右。"),
    ("海城市", "鞍山市", "全年{o}全市固定资产投资增长9.4%,我市增长6.1%。"),
    ("新沂市", "徐州市", "同期{o}全市社会消费品零售总额增长9.4%。"),
])
def test_another_place_with_its_whole_is_not_ours(place, other, sentence):
    got = read(place, sentence.format(o=other))
    assert not any(v == 9.4 for i, y, k, v in got), got


@pytest.mark.parametrize("place, sentence", [
    ("兴化市", "兴化市全市一般公共预算收入增长9.4%。"),
    ("高邮市", "全市一般公共预算收入增长9.4%。"),
    ("丰县", "丰县全县地区生产总值增长9.4%。"),
])
def test_our_own_name_with_its_whole_is_ours(place, sentence):
    got = read(place, sentence)
    assert any(v == 9.4 and k == "actual" for i, y, k, v in got), got
