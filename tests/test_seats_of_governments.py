"""A government named as the seat a place hosts (海拉尔区…是中共呼伦贝尔市委员会、呼伦贝尔市人民政府所在地) is not the
text's issuer: a district's yearbook entry was filed under the city whose seat it is (issue 22, found on set AN after it
was measured once). Made-up entries of this file's own wording. Negatives: a government that issues the text (X市人民
政府发布) is still its issuer."""

import pytest

from tests.extracting import region_of

ENTRY = ("内蒙古年鉴2016卷\n• {d}\n【概况】 {d}地处内蒙古自治区东北部,{c}中部。北部与邻旗毗邻。是中共{c}委员会、{c}人民政府{seat},"
         "是{c}政治、经济、文化中心。总面积1440平方公里,辖26个街道办事处。2015年,{d}地区生产总值287.85亿元,比上年增长8.9%。\n")


@pytest.mark.parametrize("district, city, seat", [
    ("海拉尔区", "呼伦贝尔市", "所在地"),
    ("集宁区", "乌兰察布市", "所在地"),
    ("临河区", "巴彦淖尔市", "驻地"),
    ("红山区", "赤峰市", "所在地"),
    ("科尔沁区", "通辽市", "的所在地"),
])
def test_the_seat_a_district_hosts_is_not_its_issuer(district, city, seat):
    assert region_of(ENTRY.format(d=district, c=city, seat=seat)) == district


def test_a_government_that_issues_the_text_is_its_issuer():
    text = "呼伦贝尔市人民政府发布\n2015年,全市地区生产总值1595.96亿元,比上年增长8.1%。全市经济平稳运行。\n"
    assert region_of(text) == "呼伦贝尔市"
