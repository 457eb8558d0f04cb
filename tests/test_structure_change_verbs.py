"""A structure said to change from last year's state by 调优 (tuned) or 演变 (evolved) (由上年的17.3:51.9:30.8调优为16.7:51.6:31.7)
changes as by 调整 or 优化: the first state is last year's and the second this year's (issue 23, found on development sets
AA and AT, whose first states went unread). Made-up texts of this file's own wording. Negatives: a verb of no change
(由上年的…,比重为…) reads no first state."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "value")
BULLETIN = "某县2014年国民经济和社会发展统计公报\n2014年,全县经济平稳发展。{line}\n"


def shares(line: str) -> set[tuple]:
    return {f for f in figures(BULLETIN.format(line=line), FIELDS, meta={"region": "桐庐县"}) if f[0] == "tertiary_share"}


@pytest.mark.parametrize("line", [
    "三次产业结构由上年的17.3:51.9:30.8调优为16.7:51.6:31.7。",
    "三次产业结构由上年的17.3:51.9:30.8演变为16.7:51.6:31.7。",
    "三次产业比例由上年的17.3:51.9:30.8调优到16.7:51.6:31.7。",
    "三次产业结构由上年的17.3∶51.9∶30.8演变到16.7∶51.6∶31.7。",
    "三次产业结构由上年的17.3:51.9:30.8演变至16.7:51.6:31.7,结构持续优化。",
])
def test_tuned_or_evolved_structures_have_last_years_first_state(line):
    assert {("tertiary_share", 2013, 30.8), ("tertiary_share", 2014, 31.7)} <= shares(line)


def test_no_verb_of_change_reads_no_first_state():
    assert not {f for f in shares("三次产业结构由上年的17.3:51.9:30.8,比重为16.7:51.6:31.7。") if f[2] == 30.8}
