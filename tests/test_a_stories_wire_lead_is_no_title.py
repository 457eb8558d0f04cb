"""A story's wire lead (宝坻讯记者从区统计局获悉…, 本报讯记者从区统计局了解到…) opens its text: it is no title naming a
zone (宝坻讯记者从区), so the place its headline names stands. A title naming a zone below a unit
(天津市宝坻区京津新城经济开发区…) still keeps the text out of every series (issue 22: places; made-up set iz).
Made-up stories in this file's own wording."""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()


def region_of(title: str, lead: str) -> str | None:
    text = (f"{title}\n增速高于全市0.5个百分点\n\n来源:融媒体中心 发布时间:2025-04-25\n\n{lead}记者从区统计局获悉,"
            "一季度,全区实现地区生产总值147.4亿元,同比增长6.1%。\n")
    return read_region(text, K.regions, K.gazetteer, None, None).region


@pytest.mark.parametrize("title, lead, place", [
    ("一季度宝坻区地区生产总值增长6.1%", "宝坻讯", "宝坻区"),
    ("一季度武清区地区生产总值增长5.9%", "武清讯", "武清区"),
    ("一季度宁河区地区生产总值增长5.3%", "宁河讯", "宁河区"),
    ("一季度蓟州区地区生产总值增长4.8%", "蓟州讯", "蓟州区"),
    ("一季度静海区地区生产总值增长5.5%", "静海讯", "静海区"),
], ids=["baodi", "wuqing", "ninghe", "jizhou", "jinghai"])
def test_the_headlines_place_stands(title, lead, place):
    assert region_of(title, lead) == place


def test_a_zone_in_the_title_still_keeps_the_text_out():
    assert region_of("天津市宝坻区京津新城经济开发区一季度经济运行情况", "本报讯") is None
