"""Two readings of the tertiary share (issue 23, class of set AI): a structure named by its abbreviation 三产比 (三产比由上年的
10.78:45.02:44.20调整为10.59:45.16:44.25) is read as 三次产业结构 is; and a share stated in a past span's review
(“十三五”以来,…服务业增加值占比达52.5%) is the share the span ended at, as a plain level there is. Made-up texts of this
file's own wording; negatives: 三产 words before no ratio, and a share in a paragraph of one year, are read as before."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")


@pytest.mark.parametrize("sentence, want", [
    ("2022年,全县三产比由上年的10.78:45.02:44.20调整为10.59:45.16:44.25。", {44.2, 44.25}),
    ("2022年,全县三产比为10.59:45.16:44.25。", {44.25}),
    ("2022年,三产比由上年的12.1:40.3:47.6调整为11.8:39.9:48.3,结构持续优化。", {47.6, 48.3}),
])
def test_an_abbreviated_structure_gives_the_tertiary_share(sentence, want):
    got = {f[2] for f in figures("某县统计公报\n" + sentence + "\n", FIELDS, meta={"region": "溆浦县"}, charted=True)
           if f[0] == "tertiary_share"}
    assert got == want


@pytest.mark.parametrize("lead", ["“十三五”以来", "五年来"])
def test_a_share_in_a_span_review_is_the_spans_end(lead):
    text = ("政府工作报告\n——2021年1月26日在某省人民代表大会上\n各位代表:\n" + lead + ",全省经济实力跃上新台阶。"
            "现代服务业加快发展,服务业增加值占比达52.5%;一般公共预算收入9059亿元。\n")
    got = figures(text, FIELDS, meta={"region": "江苏省"}, charted=True)
    assert ("tertiary_share", 2020, 52.5) in got


@pytest.mark.parametrize("sentence", ["2022年,全县三产比较发达,服务业增长较快。", "2022年,全县三产比上年增长5%。"])
def test_san_chan_words_before_no_ratio_give_no_share(sentence):
    got = figures("某县统计公报\n" + sentence + "\n", FIELDS, meta={"region": "溆浦县"})
    assert not {f for f in got if f[0] == "tertiary_share"}
