"""A speech or a report on one's duties headed by its speaker's line (中共广州市番禺区委副书记、区长 ×××, 中共梅河口市委书记
×××): the party committee's place is the text's place. Before, such a text whose body speaks only of 全区 or 全市 got no
place, and every figure went to review (issue 22, region reading). Negatives: a line of a higher official's visit
(中共某省委书记张某到某县调研) names no speaker of the text. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import region_of

BODY = "\n(2021年1月20日)\n\n一、稳住经济基本盘\n全年地区生产总值增长3.1%,全区上下齐心协力。\n"


@pytest.mark.parametrize("line, place", [
    ("中共长沙县委书记  ×××", "长沙县"),
    ("中共梅河口市委书记  ×××", "梅河口市"),
    ("中共宁乡市委副书记、市长 王某", "宁乡市"),
    ("中共浏阳市委书记", "浏阳市"),
    ("中共西昌市委书记  ×××", "西昌市"),
    ("中共醴陵市委书记 张某", "醴陵市"),
])
def test_the_speakers_office_names_the_place(line, place):
    assert region_of("2020年度述职述廉报告\n" + line + BODY) == place


def test_a_visit_names_no_speaker():
    assert region_of("中共湖南省委书记张某到安化县调研\n" + BODY.replace("全区", "全县")) != "湖南省"
