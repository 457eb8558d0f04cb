"""Trade passing through a place's border ports (口岸进出口贸易总额, 口岸进出口总额) is not the place's own imports and
exports: a border prefecture's report states both, and only the second is its trade (issue 23, found once set L's
texts were at hand again). Made-up texts of this file's own wording; negatives: the place's own trade, however named,
is still read."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
REPORT = "政府工作报告\n过去一年,全州经济平稳运行。2022年,全州实现地区生产总值721.4亿元,增长4.3%;{c}。\n"


@pytest.mark.parametrize("clause", ["口岸进出口贸易总额475.8亿元,增长77.7%", "口岸进出口总额300亿元,增长12%",
                                    "全州口岸进出口贸易总额突破400亿元,达475.8亿元", "完成口岸进出口总额21.5亿美元",
                                    "实现口岸进出口贸易总额120亿元"])
def test_trade_through_the_ports_is_not_the_places(clause):
    got = figures(REPORT.format(c=clause), FIELDS, meta={"region": "西双版纳傣族自治州"})
    assert ("gdp", 2022, 721.4) in got
    assert not {f for f in got if f[0].startswith("trade")}


@pytest.mark.parametrize("clause, value", [("进出口贸易总额75.8亿元,增长7.7%", 75.8), ("外贸进出口总额30亿元", 30.0)])
def test_the_places_own_trade_is_read(clause, value):
    got = figures(REPORT.format(c=clause), FIELDS, meta={"region": "西双版纳傣族自治州"})
    assert ("trade", 2022, value) in got
