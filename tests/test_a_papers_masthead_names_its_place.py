"""A page whose source is a local paper named "X报" or "今日X" (来源:奉贤报, 来源:今日醴陵) is that place's when the page
calls itself that kind of place (我市, 全区) and names no other place of that kind but the one above, which it measures
itself against (高于株洲市0.9个百分点). A page naming another place of its kind that it does not measure itself
against stays unknown (issue 22: places; made-up set iz). Made-up stories in this file's own wording."""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()


def region_of(paper: str, kind: str, above: str, other: str = "") -> str | None:
    text = (f"一季度我{kind}经济实现开门红\n\n来源:{paper} 2016年4月22日 第01版\n\n本报讯 今年一季度,全{kind}实现地区生产总值"
            f"118.5亿元,同比增长9.3%,增速高于{above}0.9个百分点。全{kind}规模工业增加值增长9.6%,高于{above}1.2个百分点。"
            f"{other}\n")
    return read_region(text, K.regions, K.gazetteer, None, None).region


@pytest.mark.parametrize("paper, kind, above, place", [
    ("今日醴陵", "市", "株洲市", "醴陵市"),
    ("今日浏阳", "市", "长沙市", "浏阳市"),
    ("奉贤报", "区", "上海市", "奉贤区"),
    ("今日攸县", "县", "株洲市", "攸县"),
    ("今日宁乡", "市", "长沙市", "宁乡市"),
    ("今日汨罗", "市", "岳阳市", "汨罗市"),
    ("今日韶山", "市", "湘潭市", "韶山市"),
], ids=["liling", "liuyang", "fengxian", "youxian", "ningxiang", "miluo", "shaoshan"])
def test_the_papers_place(paper, kind, above, place):
    assert region_of(paper, kind, above) == place


def test_another_place_of_its_kind_not_measured_against_leaves_it_unknown():
    assert region_of("今日醴陵", "市", "株洲市", "湘潭市一季度也增长较快。") is None
