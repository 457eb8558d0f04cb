"""A speech's speaker line that names a party committee and its leading comrade instead of a post and a name
(中共赣州市南康区委主要负责同志, 中共某县委主要领导) is the committee's place's text, as a secretary's line (中共X市委书记
×××) already was: a district's speech at its economic work meeting had no region. A line naming a committee in a
sentence (中共某市委主要负责同志到南康区调研) is no speaker's line (issue 22: places; made-up set jh). Made-up speeches in
this file's own wording."""

import pytest

from etl.extract.region import read_region
from etl.knowledge import load_knowledge

K = load_knowledge()


def region_of(speaker: str) -> str | None:
    text = (f"在全区2018年经济工作会议上的讲话\n\n{speaker}\n(2018年1月19日,根据录音整理)\n\n同志们:\n"
            "过去的一年,全区上下苦干实干。2017年,全区地区生产总值增长9.4%,规模以上工业增加值增长9.2%。\n")
    return read_region(text, K.regions, K.gazetteer, None, None).region


@pytest.mark.parametrize("speaker, place", [
    ("中共赣州市南康区委主要负责同志", "南康区"),
    ("中共南康区委主要负责同志", "南康区"),
    ("中共赣州市章贡区委主要领导", "章贡区"),
    ("中共信丰县委主要负责同志", "信丰县"),
    ("中共于都县委主要领导", "于都县"),
    ("中共赣州市赣县区委主要负责同志", "赣县区"),
    ("中共宁都县委主要负责同志", "宁都县"),
    ("中共吉安市吉州区委主要负责同志", "吉州区"),
    ("中共萍乡市湘东区委主要领导", "湘东区"),
], ids=["full", "short", "lingdao", "county", "county-lingdao", "ganxian", "ningdu", "jizhou", "xiangdong"])
def test_the_committees_place(speaker, place):
    assert region_of(speaker) == place


def test_a_visit_is_no_speakers_line():
    assert region_of("中共赣州市委主要负责同志到南康区调研时强调") != "赣州市"
