"""A host spelled alike by the names of several units (yanjin: 延津县 of 河南 and 盐津县 of 云南; yulin: 榆林市 and 玉林市) is
told apart by the one the text names, once, of the kind it speaks of as its own (全县 … 共商延津发展): a county's congress
news on its own site had no region although it named itself (issue 22, found on development set AN). Made-up items of
this file's own wording. Negatives: a text naming neither namesake, or naming one of another kind than its own, or a
name two units of its kind share (朝阳区 of 北京 and of 长春), stays unknown."""

import pytest

from tests.extracting import region_of

ITEM = ("4月18日上午,{kind}第十届人民代表大会第一次会议隆重开幕。与会代表肩负全{kind}人民重托,共商{short}未来发展大计。"
        "报告指出,过去一年全{kind}地区生产总值增长6.2%,一般公共预算收入增长8.1%。\n")


def region_at(host: str, short: str, kind: str) -> str | None:
    return region_of(ITEM.format(kind=kind, short=short), "item.txt", f"https://www.{host}.gov.cn/newsinfo/1885.html")


@pytest.mark.parametrize("host, short, kind, place", [
    ("yanjin", "延津", "县", "延津县"),
    ("yanjin", "盐津", "县", "盐津县"),
    ("yulin", "玉林", "市", "玉林市"),
    ("yichun", "伊春", "市", "伊春市"),
    ("taizhou", "泰州", "市", "泰州市"),
    ("yueyang", "岳阳", "县", "岳阳县"),
])
def test_the_namesake_the_text_names_is_its_place(host, short, kind, place):
    assert region_at(host, short, kind) == place


@pytest.mark.parametrize("host, short, kind", [
    ("yanjin", "家乡", "县"),      # names neither
    ("yanjin", "延津", "市"),      # names one, but speaks of a city as its own
    ("chaoyang", "朝阳", "区"),    # two districts are named 朝阳区
])
def test_namesakes_the_text_does_not_tell_apart_stay_unknown(host, short, kind):
    assert region_at(host, short, kind) is None
