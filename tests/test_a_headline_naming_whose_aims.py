"""A headline that says whose aims the year has by the place's short name (报告提出今年宝鸡主要预期目标, 2024年汉中主要目标)
gives the place, also outside data/regions.csv (issues 22 and 23, found in a newspaper's front page of the texts at hand:
the place was named in its headline only, and every figure went to review for want of a place). Negatives: a word
that is no unit's short name (全市, 经济), a short name several units share, and a place of another kind than the text
speaks of as its own give none. Made-up texts of this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = "\n\n市长作政府工作报告。\n今年预期目标\n全市生产总值增长6%左右,一般公共预算收入增长5%。\n"


@pytest.mark.parametrize("title,place", [
    ("市长作政府工作报告提出今年宝鸡主要预期目标", "宝鸡市"),
    ("2024年汉中主要目标:生产总值增长6%", "汉中市"),
    ("报告提出今年咸阳经济社会发展主要预期目标", "咸阳市"),
    ("聚焦两会 今年榆林的主要预期目标出炉", "榆林市"),
    ("政府工作报告明确2023年渭南主要预期目标", "渭南市"),
])
def test_the_short_name_of_whose_aims_gives_the_place(title, place):
    assert (region_of(title + BODY) or "").endswith(place)


@pytest.mark.parametrize("title", [
    "报告提出今年全市主要预期目标",       # no unit's short name
    "今年经济主要预期目标出炉",          # a word, no place
    "报告提出今年朝阳主要预期目标",       # several units share it
    "报告提出今年陕西主要预期目标",       # a province, in a text of 全市 and 市长
])
def test_no_place_from_another_word_or_kind(title):
    assert region_of(title + BODY) is None
