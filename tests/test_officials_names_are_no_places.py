"""An official's name after the title (县长王宁海, 书记孙长兴, 市长贺海东) is a person's, not a place's: a given name that spells a
unit's short name (宁海, 长兴, 海东) never places the text (issue 22, found on development set K, where a city's congress news
told of its mayor 贺海东 and a segment was filed under 海东市). The head reporting to its congress (市长陈飞作政府工作报告) still
tells the kind of place the text speaks of as its own. Made-up items of this file's own wording. Negatives: the place
itself named by the text, beside such a name, still places it."""

import pytest

from etl.extract.self_place import own_kind
from tests.extracting import region_of

ITEM = ("{kind}十八届人大一次会议开幕。{title}{name}代表{kind}人民政府向大会作政府工作报告。过去一年,全{kind}地区生产总值增长6%,"
        "全{kind}一般公共预算收入增长5%。{title}{name}指出,要坚定信心,真抓实干。{own}\n")


@pytest.mark.parametrize("kind, title, name", [
    ("市", "市长", "贺海东"),
    ("市", "市长", "李吉安"),
    ("市", "市长", "张安康"),
    ("市", "市长", "刘延安"),
    ("市", "书记", "王德州"),
    ("县", "县长", "孙长兴"),
])
def test_an_officials_given_name_places_nothing(kind, title, name):
    assert region_of(ITEM.format(kind=kind, title=title, name=name, own="")) is None


@pytest.mark.parametrize("kind, title, name, own, place", [
    ("市", "市长", "贺海东", "大会在呼和浩特市召开,呼和浩特市各界代表出席。", "呼和浩特市"),
    ("县", "县长", "孙长兴", "大会在桐庐县召开,桐庐县各界代表出席。", "桐庐县"),
])
def test_the_place_the_text_names_beside_such_a_name_places_it(kind, title, name, own, place):
    assert region_of(ITEM.format(kind=kind, title=title, name=name, own=own)) == place


@pytest.mark.parametrize("line, kind", [
    ("2月23日,市十八届人大一次会议开幕,市长陈飞作政府工作报告。", "市"),
    ("县长李中耀代表县人民政府向大会作政府工作报告。", "县"),
    ("区长冯琳代表区政府向大会作工作报告。", "区"),
    ("旗长巴特尔向大会作政府工作报告。", "旗"),
    ("州长王勇代表州人民政府作政府工作报告。", "州"),
])
def test_the_head_reporting_to_its_congress_tells_the_texts_own_kind(line, kind):
    assert own_kind(line + "会议听取并审议了报告。") == (kind, True)


def test_a_deputy_or_another_levels_head_tells_no_kind():
    assert own_kind("副市长陈飞作说明。会议听取并审议了报告。") is None
    assert own_kind("省长王勇作政府工作报告。会议听取并审议了报告。") is None
