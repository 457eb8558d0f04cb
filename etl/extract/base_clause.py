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


# the start of a change said to be last year's (由上年的798.4亿元增加到…, 从去年的5.1%提高到…)
_FROM_LAST_YEAR = re.compile(r"(?:由|从)(?:上年|去年|上一年)(?:同期)?(?:的|底|末)?\s*$")


def from_last_year(gap: str) -> bool:
    """The words between a name and its number say the number is last year's, where a change starts from."""
    return bool(_FROM_LAST_YEAR.search(gap))
