"""A title line that names one unit below the place an issuer line further down names (关注晋中太谷区 over 山西省人民政府发布:
国务院批复同意…) is that unit's item: the province or city only announces it (issue 22, found on development set AN: a
county's figures, in an item on its becoming a district, were filed under its province). A former name in the title
(再见太谷县) is read as today's unit. Made-up items of this file's own wording. Negatives: a title naming a unit that is
not below the issuer, or two such units, leaves the issuer's place."""

import pytest

from tests.extracting import region_of

ITEM = ("{title}\n\n9日上午,{issuer}人民政府发布:{what}\n\n"
        "2018年,全县地区生产总值完成96.6亿元;一般公共预算收入5.8亿元;社会消费品零售总额42.4亿元。\n")


@pytest.mark.parametrize("title, issuer, place", [
    ("关注晋中太谷区(再见太谷县你好)", "山西省", "太谷区"),
    ("关注晋中榆次区高质量发展", "山西省", "榆次区"),
    ("聚焦长沙宁乡市:县域经济再上台阶", "湖南省", "宁乡市"),
    ("走进绍兴新昌县:山区共富新样本", "浙江省", "新昌县"),
    ("看温州苍南县如何跑出加速度", "温州市", "苍南县"),
])
def test_the_titles_unit_below_the_announcer_is_the_place(title, issuer, place):
    text = ITEM.format(title=title, issuer=issuer, what="全省县域经济发展先进县名单公布。")
    assert region_of(text) == place


@pytest.mark.parametrize("title, issuer", [
    ("聚焦长沙宁乡市:县域经济再上台阶", "山西省"),
    ("关注晋中榆次区与太谷区协同发展", "山西省"),
])
def test_a_title_not_below_or_of_two_units_leaves_the_announcer(title, issuer):
    text = ITEM.format(title=title, issuer=issuer, what="全省县域经济发展先进县名单公布。")
    assert region_of(text) == issuer
