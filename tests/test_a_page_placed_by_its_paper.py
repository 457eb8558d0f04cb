"""A city's or a county's news reposted with its own paper or station as the source (来源:绍兴日报, 稿源:X县融媒体中心)
and naming its place only as 我市/全市 is that place's page, when the paper's name is one unit's and of the kind the
page calls itself (issue 22). Negatives: a paper of a name two units share, a page that calls itself another kind,
and a page that names another unit of its kind stay unknown. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import region_of


def commentary(source: str, kind: str = "市") -> str:
    return ("把目标变成实绩\n——三论贯彻两会精神\n" + source + "  2025年2月18日  本报评论员\n"
            f"两会已胜利闭幕。政府工作报告提出,今年全{kind}地区生产总值增长6%左右,一般公共预算收入增长4%。"
            f"这组数字是我{kind}的郑重承诺。过去一年,全{kind}经济增长5.9%,高于全省0.4个百分点。"
            f"实现目标,关键在干。让我们以开局即冲刺的状态,奋力交出我{kind}高质量发展的答卷!\n")


@pytest.mark.parametrize("source, kind, region", [
    ("来源:绍兴日报", "市", "绍兴市"),
    ("来源: 南通日报", "市", "南通市"),
    ("稿源:盘锦晚报", "市", "盘锦市"),
    ("来源:白城新闻网", "市", "白城市"),
    ("转自:湖州日报", "市", "湖州市"),
    ("来源:营山县融媒体中心", "县", "营山县"),
])
def test_the_papers_place_is_the_pages(source, kind, region):
    assert region_of(commentary(source, kind)) == region


@pytest.mark.parametrize("source, kind", [
    ("来源:吉林日报", "市"),       # the province's paper and a city's name alike
    ("来源:绍兴日报", "县"),       # a city's paper on a page that calls itself a county
])
def test_no_place_when_the_paper_does_not_settle_it(source, kind):
    assert region_of(commentary(source, kind)) is None


def test_another_place_of_the_kind_named_keeps_it_unknown():
    text = commentary("来源:绍兴日报") + "宁波市、温州市同期分别增长5.4%和5.6%。\n"
    assert region_of(text) is None
