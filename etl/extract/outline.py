"""Pure: a five-year plan's outline, known by its title (某县“十三五”规划纲要, 第十四个五年规划和2035年远景目标纲要): the
first year of its plan. An outline is adopted early in that year: it reviews the plan before it, to the year before,
and aims at its own plan's years (etl/extract/metadata.py dates an undated outline so)."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.patterns import FIVE_YEAR_PLANS

# a five-year plan's outline by its title (某县“十三五”规划纲要, 第十三个五年规划纲要(草案), …(节选)): its years are the plan's …
_OUTLINE = re.compile(r"(?:十|第十)([一二三四五])(?:五|个五年)”?[^\n]{0,24}?(?:规划|远景目标)(?:纲要)?\s*(?:[((](?:草案|节选|摘要)[))])?\s*$")
# … not an account of one (中期评估, 实施情况, 总结, 报告)
_NOT_THE_OUTLINE = re.compile(r"评估|实施情况|执行情况|总结|报告|完成情况")


@lru_cache(maxsize=64)
def outline_start(title: str) -> int | None:
    """The first year of the five-year plan whose outline `title` names (某县“十三五”规划纲要: 2016), read once per
    document however many cells ask; None for any other title."""
    m = _OUTLINE.search(title)
    return FIVE_YEAR_PLANS[m.group(1)][0] if m and not _NOT_THE_OUTLINE.search(title) else None


# a title that names a five-year plan, an outline or an account of one (…第十四个五年规划纲要实施情况中期评估的报告)
_PLAN_IN_TITLE = re.compile(r"(?:十|第十)([一二三四五])(?:五|个五年)”?[^\n]{0,24}?(?:规划|纲要)")


@lru_cache(maxsize=64)
def plan_of_title(title: str) -> tuple[int, int] | None:
    """The years of the five-year plan `title` names, outline or account of it; None when it names none. What the
    body calls 《纲要》 or 规划目标 is that plan."""
    m = _PLAN_IN_TITLE.search(title)
    return FIVE_YEAR_PLANS[m.group(1)] if m else None
