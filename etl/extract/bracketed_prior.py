"""Pure: a growth rate in brackets after the period an outcome is compared with (比上半年(增长4.3%)有所加快, 较去年同期
(增长3.9%)提高1.9个百分点, 比1—8月(5.2%)提高, 比上年(7.2%)回落), or after 的 (比一季度的4.7%加快): that period's own
growth, stated in passing. Its year and period are the compared period's: a part of the same year, or the same part
(or the whole year) a year before."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.context import When
from etl.extract.patterns import PART_NAME, part_year_of

# where the year came from for the same period a year before when the text names no part of the year (上半年…;…比去年同期
# (下降9.6%)进一步扩大, the part in another piece): the whole year, or the part said elsewhere
PART_UNNAMED = "same period, part unnamed"
# the compared period and the bracket opened right after it, up to the figure (a growth's verb may open the bracket)
PRIOR_BRACKETED = re.compile(r"(?:比|较)\s*(?P<base>(?:上年|去年)同期|上年|去年|" + PART_NAME + r")\s*(?:[((]|的)\s*(?:同比)?(?:增长|下降)?\s*$")


def dated_prior(when: When, before: str) -> When:
    """`when`, moved to the compared period when the figure stands in brackets after it (`before`: its sentence up to
    the figure): an outcome only; a target's brackets say something else."""
    m = PRIOR_BRACKETED.search(before)
    if m is None or when.kind != "actual":
        return when
    base = m.group("base")
    if base.endswith("同期") and when.period == "year":   # the same period as the outcome's, of a part its sentence names
        part = part_year_of(before[:m.start()])
        return replace(when, year=when.year - 1, period=part or "year", year_source="relative" if part else PART_UNNAMED)
    if base.startswith(("上年", "去年")):
        return replace(when, year=when.year - 1, year_source="relative")
    return replace(when, period=part_year_of(base) or when.period)
