"""全州 in a prefecture's text is the whole prefecture speaking of itself (全州经济运行…), not 全州县 of Guangxi by its short
name: counted as that county nine times, it outnumbered the prefecture's own name and left the text with no region
(issue 22, found on set AQ after it was measured once). Made-up items of this file's own wording. Negatives: 全州县
named in full is still that county, and a prefecture named by its short form is read as before."""

import pytest

from tests.extracting import region_of

FILLER = "全州农业生产平稳,全州工业增加值增长9%,全州固定资产投资下降10%,全州社会消费品零售总额增长11%。全州就业稳定。"


@pytest.mark.parametrize("text, place", [
    ("本报讯 4月19日,甘孜州举行一季度经济形势发布会。今年一季度,甘孜州实现地区生产总值30.98亿元。" + FILLER,
     "甘孜藏族自治州"),
    ("本报讯 恩施州统计局发布一季度数据。恩施州实现地区生产总值230亿元。" + FILLER, "恩施土家族苗族自治州"),
    ("本报讯 凉山州一季度经济运行情况发布。凉山州实现地区生产总值350亿元。" + FILLER, "凉山彝族自治州"),
    ("本报讯 黔东南州上半年经济运行平稳。黔东南州实现地区生产总值560亿元。" + FILLER, "黔东南苗族侗族自治州"),
    ("本报讯 大理州前三季度经济运行情况。大理州实现地区生产总值1100亿元。" + FILLER, "大理白族自治州"),
    ("本报讯 楚雄州召开经济形势分析会。楚雄州实现地区生产总值780亿元。" + FILLER, "楚雄彝族自治州"),
    ("本报讯 湘西州一季度经济数据发布。湘西州实现地区生产总值150亿元。" + FILLER, "湘西土家族苗族自治州"),
])
def test_a_prefectures_whole_is_not_a_county(text, place):
    assert region_of(text + "\n") == place


def test_the_county_named_in_full_is_still_read():
    text = "全州县2023年政府工作报告\n全州县人民政府\n过去一年,全州县地区生产总值增长5%,全县上下团结奋进。全县经济平稳。\n"
    assert region_of(text) == "全州县"
