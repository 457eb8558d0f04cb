"""Two rules from a yearbook entry of set S, in texts written for this test:

1. An entry that opens by describing its place (【概况】X(以下简称Y)地处…, X位于…) is that place's, when X is one
   unit's full name; a name several units share, or a run that is no unit, says nothing.
2. A form's bracketed alternative after a growth word (比上年增长(下降)7.3%) is not a decline: such forms write a
   decline as a negative number.
"""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge
from tests.extracting import figures

K = load_knowledge()
BODY = "全旗南北狭长,东西较窄。2016年,全旗地区生产总值117.4亿元,比上年增长7.3%。\n"


def region_of(text):
    return read_region(text, K.regions, K.gazetteer, None, None).region


@pytest.mark.parametrize("head, region", [
    ("2017卷\n【概况】 阿鲁科尔沁旗(以下简称阿旗)地处内蒙古自治区中部,隶属赤峰市。东与通辽市扎鲁特旗接壤,"
     "南与赤峰市翁牛特旗隔河相望,西与巴林右旗相连。\n", "阿鲁科尔沁旗"),
    ("【概况】伊吾县位于新疆东部,东与甘肃省相邻,西与巴里坤哈萨克自治县接壤,南与哈密市伊州区相连。\n", "伊吾县"),
    ("天峻县地处青海省东北部,东邻刚察县,南接乌兰县,西与德令哈市相连。\n", "天峻县"),
    ("【基本情况】房县(以下简称本县)位于湖北省西北部,东与保康县、南与神农架林区、西与竹山县相连。\n", "房县"),
    ("【综述】宁远县地处湖南南部,东邻嘉禾县,南连蓝山县,西接道县,北与新田县相连。\n", "宁远县"),
    # negatives: a name two units share, a run that is no unit, a description not at the top
    ("【概况】新城区位于城市中部,东与雁塔区相邻。\n", None),
    ("【概况】本地区位于山区,东与外省相邻。\n", None),
])
def test_an_entry_that_opens_by_describing_its_place(head, region):
    assert region_of(head + BODY) == region


@pytest.mark.parametrize("sentence, value", [
    ("2016年,全区地区生产总值117.4亿元,按可比价格计算,比上年增长(下降)7.3%。", 7.3),
    ("2016年,全区一般公共预算收入12亿元,比上年增长(下降)-4.2%。", -4.2),
    ("2016年,全区社会消费品零售总额52亿元,比上年增长(减少)6.1%。", 6.1),
    ("2016年,全区固定资产投资80亿元,比上年增加(降低)9.5%。", 9.5),
    ("2016年,全区规模以上工业增加值40亿元,比上年增长(下降)3%。", 3.0),
    ("2016年,全区进出口总额30亿元,比上年上升(下降)8.2%。", 8.2),
    # negatives: a decline said plainly, and a growth then a separate decline, are declines
    ("2016年,全区地区生产总值117.4亿元,比上年下降7.3%。", -7.3),
    ("2016年,全区固定资产投资80亿元,扭转增长态势,比上年下降9.5%。", -9.5),
])
def test_a_forms_bracketed_alternative_is_no_decline(sentence, value):
    got = figures(sentence, ("indicator", "value"), meta={"region": "罗湖区"})
    assert any(v == value for ind, v in got if ind.endswith("_growth")), got
