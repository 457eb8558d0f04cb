"""In a review of a past span (过去五年, 五年来, “十二五”时期), a structure said to change from one state to another with no year
named (三次产业结构由12.6:52.5:34.9优化为12.4:47.0:40.6) began from the state of the year before the span's first: the first
ratio's tertiary share is that year's (issue 23, found on development sets AK, AL, M and Y: the first state was never
read). Made-up texts of this file's own wording. Negatives: the same change in one year's review, where a term's review
and a year's look alike, reads no first state; a first state said to be last year's (由上年的) is still last year's."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "kind", "value")
REPORT = "某县2016年政府工作报告\n——2016年1月12日在某县第十六届人民代表大会第一次会议上\n各位代表:\n{para}\n"


def shares(para: str) -> set[tuple]:
    return {f for f in figures(REPORT.format(para=para), FIELDS, meta={"region": "桐庐县"}) if f[0] == "tertiary_share"}


@pytest.mark.parametrize("para", [
    "过去五年,全县经济实力显著增强,三次产业结构由12.6:52.5:34.9优化为12.4:47.0:40.6。",
    "五年来,产业转型步伐加快,三次产业结构从12.6:52.5:34.9调整为12.4:47.0:40.6。",
    "“十二五”时期,全县经济持续较快发展,三次产业结构由12.6∶52.5∶34.9调整到12.4∶47.0∶40.6。",
    "过去五年,我们坚持稳中求进,三次产业比例由12.6:52.5:34.9优化调整为12.4:47.0:40.6。",
    "五年来,全县上下攻坚克难,三次产业结构由12.6:52.5:34.9演进为12.4:47.0:40.6。",
])
def test_the_first_state_is_the_year_before_the_span(para):
    assert ("tertiary_share", 2010, "actual", 34.9) in shares(para)


def test_in_one_years_review_the_first_state_is_not_read():
    got = shares("2015年,全县经济稳中有进,三次产业结构由12.6:52.5:34.9优化为12.4:47.0:40.6。")
    assert not {f for f in got if f[3] == 34.9}


def test_a_first_state_said_to_be_last_years_is_last_years():
    got = shares("2015年,全县经济稳中有进,三次产业结构由上年的12.6:52.5:34.9调整为12.4:47.0:40.6。")
    assert ("tertiary_share", 2014, "actual", 34.9) in got
