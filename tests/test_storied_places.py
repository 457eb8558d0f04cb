"""A text that names its place only where it tells that place's own story (issue 22, unknowns of the corpus at
hand): 是X发展史上极不平凡的一年, X发展历程中, X发展进程中, 把X打造成 / 把X建设成 name the text's own place, when
they name one unit of the kind the text calls its own. A 全省 that counts the text among the province's first or
only ones (全省首批, 在全市率先) ranks it, and is not the text's own kind. Made-up texts of this file's own wording;
negatives: stories of two places, a story of a place of another kind than the text's own, a name several units
share and the text does not settle, and a story with no place in it."""

import pytest

from etl.documents import documents_from_text
from etl.extract.self_place import own_kind
from tests.extracting import K


def place(text: str) -> str | None:
    return documents_from_text(K, text, "made_up.txt")[0].region


TAIL = "全县上下团结一心,地区生产总值增长6.5%,一般公共预算收入增长5%。"


@pytest.mark.parametrize("opening, region", [
    ("2021年是安吉发展史上极不平凡的一年。", "安吉县"),
    ("刚刚过去的一年,是桐庐发展历程中具有里程碑意义的一年。", "桐庐县"),
    ("这一年,是泽州县发展进程中值得铭记的一年。", "泽州县"),
    ("今后五年,我们要奋力把淳安建设成生态文明示范区。", "淳安县"),
    ("坚持生态立县,努力把德清打造成长三角的后花园。", "德清县"),
    ("2019年是剑阁发展的历史上不平凡的一年。", "剑阁县"),
])
def test_a_place_named_in_its_own_story_is_the_texts(opening, region):
    assert place(opening + TAIL) == region


def test_first_and_only_ones_of_the_province_rank_the_text():
    text = ("2022年是泽州发展历程中不平凡的一年。全县上下攻坚克难,入选全省首批试点,在全市率先建成数字平台,"
            "又成为全省唯一的示范县。地区生产总值增长6%。")
    assert own_kind(text) is None
    assert place(text) == "泽州县"


@pytest.mark.parametrize("text", [
    "2021年是安吉发展史上极不平凡的一年,我们要把德清打造成对口合作的样板。" + TAIL,   # two places' stories
    "2021年是贵州发展史上极不平凡的一年。全县上下团结一心,县委带领全县人民,地区生产总值增长6%。",   # a province in a county's text
    "2021年是朝阳发展史上极不平凡的一年。" + TAIL,   # several units share the name
    "2021年是发展史上极不平凡的一年,我们要把县城打造成宜居之城。" + TAIL,   # no place in the story
])
def test_a_story_that_does_not_settle_one_place_names_none(text):
    assert place(text) is None


# a text that names one place, and no other, four times by its short name is that place's (five times when others
# are named too)
FOUR = "来源:《{s}日报》。{s}经济稳中有进。推动{s}全面振兴。{s}项目建设提速。地区生产总值增长6%,全市上下团结奋进。"


@pytest.mark.parametrize("short, region", [("长春", "长春市"), ("洛阳", "洛阳市"), ("绵阳", "绵阳市"), ("赣州", "赣州市"),
                                           ("遵义", "遵义市")])
def test_the_only_place_named_four_times_is_the_texts(short, region):
    assert place(FOUR.format(s=short)) == region


@pytest.mark.parametrize("text", [
    "来源:《长春日报》。长春经济稳中有进。推动长春全面振兴。地区生产总值增长6%,全市上下团结奋进。",   # three times
    FOUR.format(s="长春") + "四平经济也有起色。",   # another place named
    FOUR.format(s="长春").replace("全市上下", "全县上下团结,县委带领全县"),   # a county's text naming its city
])
def test_fewer_times_another_place_or_another_kind_names_none(text):
    assert place(text) is None
