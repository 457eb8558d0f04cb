"""A speech headed by its speaker's posts with the party's prefix left out (昌吉市委副书记、市长, 某县委书记 ×××): the
committee's place is the speech's place, as with 中共 written (test_speakers_party_office.py). Before, such a speech whose
body speaks only of 全市 got no place, or the place of a comparison in it (issue 22, made-up set jl). Negatives: a line
of a higher official's visit names no speaker. Made-up pages in this file's own wording."""

import pytest

from tests.extracting import region_of

TITLE = "在全市一季度经济运行分析会上的讲话\n\n"
BODY = "\n(2024年4月22日)\n\n同志们:\n\n一季度,全市地区生产总值增长6.1%,规上工业增加值增长7.8%。\n"


@pytest.mark.parametrize("line, place", [
    ("昌吉市委副书记、市长", "昌吉市"),
    ("阜康市委书记  ×××", "阜康市"),
    ("奎屯市委副书记、市长 王某", "奎屯市"),
    ("天水市委书记", "天水市"),
    ("张掖市委常委、副市长  ×××", "张掖市"),
    ("格尔木市委主要负责同志", "格尔木市"),
])
def test_the_speakers_office_names_the_place(line, place):
    assert region_of(TITLE + line + BODY) == place


@pytest.mark.parametrize("line", ["甘肃省委书记张某到天水市调研并讲话", "市委书记主持召开会议听取汇报"])
def test_a_visit_or_a_meeting_names_no_speaker(line):
    assert region_of(TITLE + line + BODY) is None
