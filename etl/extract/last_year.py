"""Pure: whether a text names the year just past (去年, 上一年) as what it speaks of, or only as a comparison's base."""

from __future__ import annotations

from etl.extract.patterns import COMPARED_BASE, LAST_YEAR


def says_last_year(text: str) -> bool:
    """`text` names the year just past as what it is about (去年全市…), not only as a comparison's base (较去年同期增加106个)."""
    return any(not COMPARED_BASE.search(text, max(0, m.start() - 1), m.start()) and not text.startswith("同期", m.end())
               for m in LAST_YEAR.finditer(text))
