"""Papers' items about a county. A masthead line (某某日报 2022.12.21 第A05版) dates the item; before, the item was undated
and its figures of the year so far were lost. An item's head that names the year so far and then a part of it
(今年以来,…。上半年,全县实现…) is about that part, so the paragraphs after it that name no part are that part's (before,
the year's, sent to review). And aims decided at the year's start said with 的是 (年初我们确定的是:…) are aims. (Issue 23,
class 2: time and kind.) Negative: an item that names only the year so far keeps the year. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")


def read(text: str, charted: bool = True) -> set[tuple]:
    return figures(text, FIELDS, meta={"region": "辽中区"}, charted=charted)


@pytest.mark.parametrize("masthead", ["沈阳日报 2022.12.21 第A05版:区县(市)", "辽宁日报 2022.12.21 第07版",
                                      "沈阳晚报 2022.12.21", "鞍山日报 2022.12.21 星期三", "营口日报 2022.12.21 第2版"])
def test_a_masthead_dates_the_item(masthead):
    text = (masthead + "\n\n辽中区:1—11月固定资产投资增速居全市首位\n\n本报记者 杨某\n\n"
            "记者从辽中区统计局了解到,今年1—11月,全区固定资产投资同比增长24.6%。\n")
    assert ("fixed_investment_growth", 2022, "M1-M11", "actual", 24.6) in read(text)


HEAD = ("吉林日报 >> 县域经济\n\n梨树县:“黑土地”上跑出发展加速度\n\n2014年07月28日 来源:吉林日报\n\n"
        "盛夏时节,梨树县百万亩玉米田长势喜人。\n\n今年以来,梨树县坚持农业稳县、工业强县,经济运行稳中有进。")


@pytest.mark.parametrize("part, label", [("上半年", "H1"), ("1—6月", "H1"), ("前5个月", "M1-M5"), ("1—5月", "M1-M5"),
                                         ("1至6月", "H1")])
def test_a_part_named_after_the_year_so_far_holds_for_the_item(part, label):
    text = HEAD + part + ",全县实现地区生产总值89.4亿元,同比增长9.1%。\n\n工业经济稳步回升。规模以上工业增加值同比增长10.8%。\n"
    assert ("industrial_va_growth", 2014, label, "actual", 10.8) in read(text)


def test_the_year_so_far_alone_keeps_the_year():
    text = HEAD + "全县规模以上工业增加值同比增长10.8%。\n"
    assert not any(p != "year" for i, y, p, k, v in read(text, charted=False))


@pytest.mark.parametrize("lead", ["年初我们确定的是:", "年初区里确定的是:", "年初区人代会确定的是:", "年初区委全会确定的是:",
                                  "年初我们提出的是:"])
def test_aims_decided_said_with_de_shi_are_aims(lead):
    text = ("对话辽中区区长:冲刺全年目标\n播出时间:2024-12-06 20:00\n主持人:今年经济运行情况如何?\n"
            "区长:今年以来,全区经济持续向好。1—3季度,全区实现生产总值121.5亿元,增长5.9%。\n"
            "主持人:年初定的目标完成得怎么样?\n区长:" + lead + "地区生产总值增长6.5%,规上工业增加值增长8%,固定资产投资增长10%。\n")
    got = read(text)
    assert ("industrial_va_growth", 2024, "year", "target", 8.0) in got, got
