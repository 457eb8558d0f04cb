"""Pure: a sum said of the object of its own clause, after the clause that named an indicator (社会消费品零售总额一度下降5.8%,
我们先后发放消费券1200万元): what was handed out or put in, not a figure of the indicator named before."""

from __future__ import annotations

import re

from etl.extract.clause_years import clause_start

# a verb of handing out or putting in, with its object before the number (发放消费券, 投入资金); not 争取 (争取9%: a stretch aim)
_SPENT = re.compile(r"(?:发放|投入|兑现|拨付|筹措|筹集|减免|奖补|补贴|撬动|带动)[^,,;;。\d]{0,10}$")


def spent_in_own_clause(sent: str, name_end: int, at: int) -> bool:
    """The number at `at` stands in a later clause than the name ending at `name_end`, after a verb of spending and its
    object: a sum of that object."""
    own = clause_start(sent, at, ",,;;")
    return own > name_end and bool(_SPENT.search(sent, own, at))
