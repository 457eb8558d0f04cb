"""Pure: a target the level above handed down to the place (市里下达我县地区生产总值增长目标为6%), said before the aim
the place sets itself in the same sentence (,我们提出增长6.5%左右). The place's own aim is the one to chart; the handed-down
one goes to review. Said alone, a handed-down target is the place's target and stays. The words: data/kind_words.csv
(kind `assigned`)."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.clause_years import clause_start
from etl.extract.restated import to_review
from etl.knowledge.tables import alternation
from etl.records import Mention

_WHY = "a target the level above handed down to the place; the aim the place sets itself follows it"


@lru_cache(maxsize=8)
def _assigned(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(alternation(words)) if words else re.compile(r"(?!)")


def handed_down(words: tuple[str, ...], clause: str) -> bool:
    """The clause of a figure says the level above handed it down (下达, 分解)."""
    return bool(_assigned(words).search(clause))


def own_after_handed_down(mentions: list[Mention], text: str, words: tuple[str, ...]) -> list[Mention]:
    """A charted target whose clause says it was handed down goes to review when a later target of the same indicator,
    year and period in the same sentence states another value (the place's own aim)."""
    if not words:
        return mentions
    later: dict[tuple, list[Mention]] = {}
    for m in mentions:
        if m.kind == "target" and m.confidence == "high":
            later.setdefault((m.indicator, m.year, m.period, m.sentence_start), []).append(m)
    out = []
    for m in mentions:
        same = later.get((m.indicator, m.year, m.period, m.sentence_start), [])
        if len(same) > 1 and m.char_start is not None and m.confidence == "high" and m.kind == "target" \
                and any(o.char_end is not None and m.char_end is not None and o.char_end > m.char_end and o.value != m.value for o in same) \
                and handed_down(words, text[clause_start(text, m.char_start):m.char_start]):
            m = to_review(m, _WHY)
        out.append(m)
    return out
