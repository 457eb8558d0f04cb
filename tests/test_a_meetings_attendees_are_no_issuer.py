"""Minutes of a city's meeting list the governments that attended (大武口区、惠农区、平罗县人民政府负责同志参加会议): the
last of them, before 人民政府, is no issuer, and the minutes stay the city's. (Issue 22, a place of every kind.) Negatives:
a county's own minutes keep the county, and one place's bodies listed together (中共某州委、某州人民政府) still name it.
Made-up minutes in this file's own wording."""

import pytest

from tests.extracting import region_of

MINUTES = ("{city}人民政府\n专题会议纪要\n〔2023〕第12号\n\n{city}人民政府办公室　　2023年10月20日\n\n关于全市前三季度经济运行调度会议的"
           "纪要\n\n10月18日,副市长某某主持召开会议,市发展改革委、统计局及{a}、{b}、{c}人民政府负责同志参加会议。\n\n"
           "一、前三季度,全市地区生产总值增长5.6%。全市规上工业增加值增长8%。{city}经济运行平稳。\n")


@pytest.mark.parametrize("city, a, b, c", [
    ("石嘴山市", "大武口区", "惠农区", "平罗县"),
    ("吴忠市", "利通区", "红寺堡区", "盐池县"),
    ("中卫市", "沙坡头区", "中宁县", "海原县"),
    ("固原市", "原州区", "西吉县", "隆德县"),
    ("白银市", "白银区", "平川区", "靖远县"),
])
def test_the_city_over_the_governments_that_attended(city, a, b, c):
    assert region_of(MINUTES.format(city=city, a=a, b=b, c=c)) == city


def test_a_countys_own_minutes_keep_the_county():
    page = ("平罗县人民政府\n专题会议纪要\n\n关于全县前三季度经济运行调度会议的纪要\n\n县发改局、统计局负责同志参加会议。\n"
            "前三季度,全县地区生产总值增长5.6%。平罗县经济运行平稳。\n")
    assert region_of(page) == "平罗县"
