"""A name with a level, a growth and a share in one sentence gives each its measure: the share word
(比重, 占比) before the last number makes it the share, though a percentage (the growth) came first.
Texts written for this test."""

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

K = load_knowledge()
HEAD = "2022年石湖县国民经济和社会发展统计公报\n石湖县统计局\n"


def charted(sentence):
    out = set()
    for doc in documents_from_text(K, HEAD + sentence, "case.txt", meta={"region": "罗湖区"}):
        out |= {(r["indicator"], r["value"]) for r in extract_document(doc, K) if r["confidence"] == "high"}
    return out


@pytest.mark.parametrize("sentence, share", [
    ("第三产业增加值49.3亿元,增长3.9%,占地区生产总值的比重为46.4%。", 46.4),
    ("第三产业增加值120亿元,增长6%,占GDP比重达到55.2%。", 55.2),
    ("全县第三产业增加值增长5.1%,占地区生产总值比重为48%。", 48.0),
    ("第三产业增加值80.5亿元,比上年增长4.2%,占比51.3%。", 51.3),
    ("第三产业增加值80.5亿元,下降1.2%,占地区生产总值的比重为39.9%。", 39.9),
])
def test_the_share_after_a_growth_is_read(sentence, share):
    assert ("tertiary_share", share) in charted(sentence)


@pytest.mark.parametrize("sentence, value", [
    # negatives: no share word before the second percentage; the growth is never a share
    ("第三产业增加值49.3亿元,增长3.9%,拉动经济增长1.8%。", 1.8),
    ("第三产业增加值49.3亿元,增长3.9%,占地区生产总值的比重为46.4%。", 3.9),
    ("第二产业增加值41.3亿元,增长10.7%,占地区生产总值的比重为38.8%。", 38.8),
])
def test_no_other_percentage_is_read_as_the_share(sentence, value):
    assert ("tertiary_share", value) not in charted(sentence)
