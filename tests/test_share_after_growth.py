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


@pytest.mark.parametrize("sentence, share", [
    ("三次产业分别增长1.9%、5.0%和8.0%,比重为2.1:31.7:66.2。", 66.2),          # the growths first, then the shares
    ("三次产业增加值分别增长3%、6%和7%,三次产业结构为5:35:60。", 60.0),
    ("三次产业对经济增长的拉动分别为0.5、3.9和3.7个百分点,三次产业结构为15:30:55。", 55.0),
    ("三次产业结构为8.3:40.2:51.5。", 51.5),
    ("三次产业比例由上年的9:41:50调整为8:40:52。", 52.0),
])
def test_the_structure_is_the_three_numbers_that_make_a_hundred(sentence, share):
    assert ("tertiary_share", share) in charted(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("三次产业对经济增长的贡献率分别为5.9%、69.5%和24.6%。", 24.6),              # contributions to growth
    ("三次产业对经济增长的贡献率分别为10%、40%和50%,拉动经济增长0.6、2.4和3个百分点。", 50.0),
    ("三次产业分别增长1.9%、5.0%和8.0%。", 8.0),
])
def test_contributions_to_growth_are_not_the_structure(sentence, value):
    assert ("tertiary_share", value) not in charted(sentence)
