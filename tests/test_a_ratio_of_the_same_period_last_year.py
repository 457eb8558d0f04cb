"""A structure compared with the same period of last year (三次产业结构由上年同期的7.3:48.8:43.9调整为6.7:47.8:45.5) in a
text that names no part of the year: the earlier ratio is a part of last year, not last year's whole state, and is
read but not charted. Before, in a release, it was charted as the year before's share (issue 23, class 1: the period
from the text, never guessed). Negatives: a ratio of last year itself (由上年的…) is still last year's. Made-up
releases in this file's own wording."""

import pytest

from tests.extracting import figures

FIELDS = ("indicator", "year", "period", "value")
RELEASE = "{place}统计局关于经济运行情况的通报\n发布日期:{date}\n{s}\n"


def read(s: str, date: str, charted: bool) -> set[tuple]:
    text = RELEASE.format(place="龙岩市", date=date, s=s)
    return figures(text, FIELDS, meta={"region": "龙岩市"}, charted=charted)


@pytest.mark.parametrize("s,date,before", [
    ("三次产业结构由上年同期的7.3:48.8:43.9调整为6.7:47.8:45.5。", "2018-10-23", 43.9),
    ("全市三次产业结构由去年同期的8.1:45.2:46.7调整为7.6:44.9:47.5。", "2019-10-21", 46.7),
    ("三次产业比例由上年同期的6.0:50.1:43.9优化为5.8:49.6:44.6。", "2021-07-20", 43.9),
    ("全市三次产业结构由上年同期的9.2:41.3:49.5变为8.8:40.7:50.5。", "2022-10-25", 49.5),
    ("三次产业结构由上一年同期的7.7:46.6:45.7调整为7.2:46.1:46.7。", "2023-10-20", 45.7),
])
def test_the_same_period_ratio_is_not_charted(s, date, before):
    assert ("tertiary_share", int(date[:4]) - 1, "year", before) in read(s, date, charted=False)
    assert not any(v == before for i, y, p, v in read(s, date, charted=True))


def test_last_years_own_ratio_is_still_last_years():
    got = read("三次产业结构由上年的7.3:48.8:43.9调整为6.7:47.8:45.5。", "2019-03-20", charted=True)
    assert ("tertiary_share", 2017, "year", 43.9) in got   # a release of March 2019 reviews 2018
