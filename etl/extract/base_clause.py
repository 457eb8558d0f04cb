"""Pure: a figure stated as the base an aim builds on (在去年增长5.3%的基础上增长6%左右, 在上年完成6.2亿元的基础上增长5%),
or as last year's start of a change (由上年的798.4亿元增加到812.6亿元): an earlier year's outcome, never the aim nor this
year's; the figure after it is."""

from __future__ import annotations

import re

from etl.extract.clause_years import clause_start

# what closes a base: 的基础上, 的高基数基础上, 较高基础上
_ON_BASE_AFTER = re.compile(r"^\s*的?(?:较高|高位|高)?(?:基数)?的?基础上")


def is_base(sent: str, start: int, end: int) -> bool:
    """The number at sent[start:end] is the base its clause builds on: 在 before it in the clause, 的基础上 right after."""
    return bool(_ON_BASE_AFTER.match(sent[end:end + 12])) and "在" in sent[clause_start(sent, start):start]


def after_base(since: str, before_base: str) -> bool:
    """The words between a base and the next number of the same name open with 的基础上: that number is the aim, unless
    the base names its year (在2024年实现120.5亿元的基础上,达到…), which the figure after it would wrongly take."""
    return bool(_ON_BASE_AFTER.match(since)) and not _YEAR.search(before_base[before_base.rfind("在"):])


_YEAR = re.compile(r"\d{4}\s*年")


# the start of a change said to be last year's (由上年的798.4亿元增加到…, 从去年的5.1%提高到…), or last year's outcome a
# figure is compared with (预算为252.3亿元,比上年实际完成数235.8亿元增长7%)
_FROM_LAST_YEAR = re.compile(r"(?:由|从)(?:上年|去年|上一年)(?:同期)?(?:的|底|末)?\s*$|"
                             r"比(?:上年|去年)(?:实际)?(?:完成数?|决算数?|执行数?)的?\s*$")
# … and the growth over that outcome, of the aim before it (预算为252.3亿元,比上年实际完成数235.8亿元增长7%)
_GROWTH_OVER_DONE = re.compile(r"比(?:上年|去年)(?:实际)?(?:完成数?|决算数?|执行数?)的?\s*\d+(?:\.\d+)?\s*[亿万]元\s*(?:增长|下降)\s*$")
_AIM_BEFORE = re.compile(r"预算(?:数|安排)?(?:为|是)|安排|目标|计划")


def from_last_year(gap: str) -> bool:
    """The words between a name and its number say the number is last year's, where a change starts from."""
    return bool(_FROM_LAST_YEAR.search(gap))


def growth_of_an_aim(gap: str) -> bool:
    """The words between a name and its growth hold an aim's figure, then last year's outcome that growth is over
    (…预算为252.3亿元,比上年实际完成数235.8亿元增长7%): the growth is the aim's."""
    m = _GROWTH_OVER_DONE.search(gap)
    return bool(m) and bool(_AIM_BEFORE.search(gap, 0, m.start()))


# a change over the figure's earlier estimate (比原初步核算数增加47.28亿元,增幅为6.0%; 比修订前提高…): the revision's size
_OVER_AN_ESTIMATE = re.compile(r"比(?:原|此前|之前)?(?:的)?(?:初步)?(?:核算数|核算结果|公布数|发布数)|比修订前")


def over_an_earlier_estimate(since_name: str) -> bool:
    """The last comparison between a name and its number (`since_name`) is with the figure's own earlier estimate: the
    number is a revision's size, not a growth over last year (…,增幅为6.0%;按不变价格计算,比上年增长6.4%: 6.4 is)."""
    last = since_name.rfind("比")
    return last >= 0 and bool(_OVER_AN_ESTIMATE.match(since_name, last))
