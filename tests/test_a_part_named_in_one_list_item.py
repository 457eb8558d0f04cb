"""A part of the place named in one item of a list set apart by semicolons (区本级固定资产投资下降14.6%;社会消费品零售总额
完成355.27亿元) is that item's only: the items after it are the whole place's again. Before, every later item of the
sentence was taken as the part's and dropped (issue 23, class 4: subjects). A part that leads the items with a colon
(其中,区本级:…;…), one joined to the place's name in brackets (平房区(哈经开区)…;…), and a sentence that goes area by
area (分区域看,…) still hold for every item after them. Made-up items of this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
META = {"region": "天心区"}
HEAD = "天心区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n2024年1月10日\n"


def charted(item: str) -> set[tuple]:
    return figures(HEAD + item + "\n", FIELDS, meta=META, charted=True)


@pytest.mark.parametrize("part", ["区本级", "区属", "主城区", "经开区", "高新区"])
def test_the_items_after_a_parts_item_are_the_places(part):
    got = charted(f"2023年,一般公共预算收入完成28.53亿元,增长7.9%;{part}固定资产投资同比下降14.6%;"
                  "社会消费品零售总额完成355.27亿元,同比增长1.1%。")
    assert {("retail_sales", 2023, "actual", 355.27), ("retail_sales_growth", 2023, "actual", 1.1)} <= got
    assert not {f for f in got if f[3] == -14.6}


@pytest.mark.parametrize("item", [
    "其中,区本级:一般公共预算收入完成8.5亿元;社会消费品零售总额完成35.2亿元。",
    "2023年,天心区(高新区)地区生产总值增长6%;社会消费品零售总额完成35.2亿元。",
    "分区域看,高新区地区生产总值增长6%;社会消费品零售总额完成35.2亿元。",
])
def test_a_part_leading_the_items_holds_for_all(item):
    assert not {f for f in charted(item) if f[3] in (8.5, 35.2, 6.0)}


@pytest.mark.parametrize("first", [
    "2023年预计区属地区生产总值实现290亿元,增长4.5%",
    "2023年,预计区本级地区生产总值实现290亿元,增长4.5%",
    "全年实现区属地区生产总值290亿元,增长4.5%",
    "全年完成区属固定资产投资290亿元,增长4.5%",
    "区长介绍,2023年预计区属地区生产总值290亿元,增长4.5%",
])
def test_a_part_after_a_verb_opens_no_sentence_of_the_part(first):
    """(预计区属… was read as a zone named 预计区属 that owned the whole sentence)"""
    got = charted(first + ";规模以上工业增加值增长7.4%;社会消费品零售总额实现137亿元,增长1.7%。")
    assert {("industrial_va_growth", 2023, "actual", 7.4), ("retail_sales", 2023, "actual", 137.0)} <= got
    assert not {f for f in got if f[3] in (290.0, 4.5)}
