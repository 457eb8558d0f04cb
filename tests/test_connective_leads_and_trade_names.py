"""A part of the year after a connective that adds to what was said (此外,上半年…; 同时,一季度…) leads its paragraph as
it would alone; and 进出口贸易总额 is the total of imports and exports (issue 23, classes of set AD). Made-up texts of
this file's own wording; negatives: a connective with no part of the year after it leads nothing, and a trade in
goods stays the total. The trade in services alone (服务贸易进出口总额) is no longer read as the total."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "kind", "value")
ITEM = ("据报道,根据核算结果,2023年上半年天津市地区生产总值为7842.83亿元,同比增长4.8%。\n"
        "{c}{p}天津市城镇新增就业18.96万人。天津市居民人均可支配收入26655元,同比增长4.7%。\n")


@pytest.mark.parametrize("connective, part, label", [("此外,", "上半年", "H1"), ("另外,", "上半年", "H1"),
                                                     ("同时,", "前三季度", "Q1-Q3"), ("与此同时,", "一季度", "Q1"),
                                                     ("此外,", "1-5月", "M1-M5")])
def test_a_part_after_a_connective_leads_its_paragraph(connective, part, label):
    got = {f[2] for f in figures(ITEM.format(c=connective, p=part), FIELDS) if f[0] == "disposable_income_growth"}
    assert got == {label}


def test_a_connective_alone_leads_nothing():
    got = {f[2] for f in figures(ITEM.format(c="此外,", p="今年"), FIELDS) if f[0] == "disposable_income_growth"}
    assert got == {"year"}


TRADE = "某县经济运行\n2018-07-20\n上半年,{p}完成{w}32.22亿元,同比增长70%。"


@pytest.mark.parametrize("place", ["西藏", "全县", "全市", "全区", "我县"])
def test_trade_named_as_its_total_in_trade(place):
    got = {f for f in figures(TRADE.format(p=place, w="进出口贸易总额"), FIELDS) if f[0].startswith("trade")}
    assert got == {("trade", 2018, "H1", "actual", 32.22), ("trade_growth", 2018, "H1", "actual", 70.0)}


@pytest.mark.parametrize("words", ["服务贸易进出口总额", "服务贸易进出口"])
def test_trade_in_services_is_not_the_total(words):
    got = {f for f in figures(TRADE.format(p="全县", w=words), FIELDS) if f[0].startswith("trade")}
    assert got == set()


def test_trade_in_goods_stays_the_total():
    got = {f for f in figures(TRADE.format(p="全县", w="货物进出口总额"), FIELDS) if f[0] == "trade"}
    assert got == {("trade", 2018, "H1", "actual", 32.22)}
