"""A unit named by two of its forms (恩施州 three times, 恩施自治州 once) with only its province besides is the text's place,
also where it calls itself by a short name it shares with a county-level city (恩施, 恩施市): its other form was counted
as a rival, and a prefecture's anniversary review had no region (issue 22, found on set AR after it was measured
once). Made-up items of this file's own wording. Negatives: a rival of its own (another prefecture named more often)
still leaves the text unknown."""

import pytest

from tests.extracting import region_of

ITEM = ("{long}建州30周年的回顾与展望(上)新华社记者某某{short},三十而立!立,对于{short},是在{prov}委、省政府的正确领导下不断成长。"
        + "{short}人民团结奋进," * 6 + "据统计{a}地区生产总值达到400亿元,据测算{a}一般公共预算收入40亿元,另据统计{a}社会消费品零售总额"
        "183亿元。{prov}各地共同发展。全州上下一心。{b}\n")


@pytest.mark.parametrize("long, short, a, prov, place", [
    ("恩施自治州", "恩施", "恩施州", "湖北省", "恩施土家族苗族自治州"),
    ("大理自治州", "大理", "大理州", "云南省", "大理白族自治州"),
    ("楚雄自治州", "楚雄", "楚雄州", "云南省", "楚雄彝族自治州"),
    ("文山自治州", "文山", "文山州", "云南省", "文山壮族苗族自治州"),
    ("临夏自治州", "临夏", "临夏州", "甘肃省", "临夏回族自治州"),
    ("昌吉自治州", "昌吉", "昌吉州", "新疆维吾尔自治区", "昌吉回族自治州"),
])
def test_two_forms_of_one_unit_are_no_rivals(long, short, a, prov, place):
    assert region_of(ITEM.format(long=long, short=short, a=a, prov=prov, b="")) == place


def test_another_prefecture_named_more_often_is_still_a_rival():
    text = ITEM.format(long="恩施自治州", short="恩施", a="恩施州", prov="湖北省", b="宜昌市同期增长。" * 6)
    assert region_of(text) != "恩施土家族苗族自治州"
