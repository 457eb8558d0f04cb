"""A title that names its place by a short name (巴州2023年…统计公报) is that unit's only when the body speaks of itself
as the same kind of place: 巴州 over 全州…全州 is no 巴州区 (its text would say 全区), and 凉山 over 全县…全县 is no
prefecture. Before, the one unit of that short name was taken whatever the body said (issue 22: a name is only ever a
place of the gazetteer, and never the wrong one). An autonomous region says 全区 of itself (新疆 over 全区 stays
新疆维吾尔自治区). Made-up pages in this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = "\n{w}地区生产总值增长5.1%。{w}一般公共预算收入增长3.2%。{w}社会消费品零售总额增长6%。\n"


@pytest.mark.parametrize("title,whole,never", [
    ("巴州2023年国民经济和社会发展统计公报", "全州", "巴州区"),
    ("吉州2023年国民经济和社会发展统计公报", "全市", "吉州区"),
    ("凉山2023年国民经济和社会发展统计公报", "全县", "凉山彝族自治州"),
    ("延边2023年政府工作报告", "全市", "延边朝鲜族自治州"),
    ("锡林郭勒2023年国民经济和社会发展统计公报", "全旗", "锡林郭勒盟"),
    ("普洱2023年国民经济和社会发展统计公报", "全区", "普洱市"),
])
def test_the_body_of_another_kind_is_not_that_unit(title, whole, never):
    assert region_of(title + BODY.format(w=whole)) != never


@pytest.mark.parametrize("title,whole,unit", [
    ("巴州2023年国民经济和社会发展统计公报", "全区", "巴州区"),
    ("凉山2023年国民经济和社会发展统计公报", "全州", "凉山彝族自治州"),
    ("2022年新疆政府工作报告", "全区", "新疆维吾尔自治区"),
    ("锡林郭勒2023年国民经济和社会发展统计公报", "全盟", "锡林郭勒盟"),
])
def test_the_body_of_the_same_kind_keeps_it(title, whole, unit):
    assert region_of(title + BODY.format(w=whole)) == unit
