"""Failure classes of reports never seen (set F), each with texts written for this test:

1. Prices: a level at comparable prices (可比价) is not the level; a growth of output at current prices (现价,
   名义) is not the real growth the series holds. Neither is charted. (An income's growth at current prices is its
   headline, as statistics offices state it: charted; see test_an_incomes_growth_at_current_prices.py.)
2. A day's date in a sentence (—— 2013年1月16日在…会议上 …一、2012年工作回顾…) is not the year the
   sentence is about; a bulletin's date in its title line (统计局 (2023年3月31日)) is not the year it reviews.
3. Forum markup of a copied page ([b]20[/b][b]2[/b][b]2[/b][b]年[/b]) is dropped before reading.
4. Two characters of a slogan (除险固安) are no county's name: one mention places a text only in full or
   with a unit above it named.
"""

import pytest

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()
FILLER = "各项工作稳步推进。" * 5


def charted(text, meta=None):
    return {(r["indicator"], r["year"], r["value"])
            for doc in documents_from_text(K, text, "case.txt", meta=meta or {"region": "罗湖区"})
            for r in extract_document(doc, K) if r["confidence"] == "high"}


BULLETIN = "2023年石湖区国民经济和社会发展统计公报\n"


@pytest.mark.parametrize("sentence, never, still", [
    ("全区地区生产总值(现价)完成698824万元,同比增长10.67%。", ("gdp_growth", 2023, 10.67), ("gdp", 2023, 69.8824)),
    ("全区地区生产总值(可比价)完成643911万元。", ("gdp", 2023, 64.3911), None),
    ("全区地区生产总值按现价计算增长9.1%。", ("gdp_growth", 2023, 9.1), None),
    ("按当年价格计算,全区地区生产总值增长8.8%。", ("gdp_growth", 2023, 8.8), None),
    # negatives: comparable-price growth, a plain level and an income's growth at current prices are the series'
    ("全区居民人均可支配收入名义增长5.3%。", None, ("disposable_income_growth", 2023, 5.3)),
    ("全区地区生产总值800亿元,按可比价格计算增长6.1%。", None, ("gdp_growth", 2023, 6.1)),
    ("全区地区生产总值800亿元,增长6.1%。", None, ("gdp", 2023, 800.0)),
])
def test_a_figure_at_the_wrong_prices_is_not_the_series(sentence, never, still):
    got = charted(BULLETIN + sentence)
    assert (never is None or never not in got) and (still is None or still in got), got


@pytest.mark.parametrize("text, row", [
    ("政府工作报告(摘要)—— 2013年1月16日在石湖区第十七届人民代表大会第二次会议上 区长 李明 一、2012年工作回顾"
     "(一)稳增长取得新成效预计全年实现全区生产总值212.8亿元,同比增长10.5%。", ("gdp_growth", 2012, 10.5)),
    ("石湖区统计局 (2023年3月31日)\n2022年是极不平凡的一年。\n一、综合\n全区地区生产总值69.9亿元,比上年增长1.8%。\n",
     ("gdp_growth", 2022, 1.8)),
    ("[align=center][b]20[/b][b]2[/b][b]2[/b][b]年[/b][b]石湖区[/b][b]国民经济和社会发展统计公报[/b][/align]\n"
     "一、综合\n全区三次产业结构为11.6:54.3:34.1。\n", ("tertiary_share", 2022, 34.1)),
])
def test_a_date_or_markup_does_not_date_the_figures(text, row):
    assert row in charted(text)


@pytest.mark.parametrize("text, region", [
    ("全县上下突出稳进增效、除险固安、改革突破。全县经济平稳。" + FILLER, None),     # a slogan
    ("全县上下坚持稳中求进,全县经济平稳,为伊吾发展打下基础。" + FILLER, None),     # once, nothing above it named
    ("全县上下坚持稳中求进,全县经济平稳,为伊吾县发展打下基础。" + FILLER, "伊吾县"),   # once, in full
    ("全县上下坚持稳中求进,哈密全市,全县经济平稳,为伊吾发展打下基础。" + FILLER, "伊吾县"),   # its city named
    ("全区上下坚持稳中求进,全区经济平稳,昆明市五华发展。" + FILLER, "五华区"),
])
def test_one_mention_places_a_text_only_in_full_or_under_a_named_parent(text, region):
    assert read_region(text, K.regions, K.gazetteer).region == region
