"""Pure: whether a text names the year just past (去年, 上一年) as what it speaks of, or only as a comparison's base."""

from __future__ import annotations

import re

from etl.extract.patterns import COMPARED_BASE, LAST_YEAR

# a frame opened before the year (与去年…) and closed only after a figure (…增长11.3%相比): the figure inside it is the
# year's own, the base stated; closed before any figure (与去年相比,增长5%), the year is a base only
_FRAME_OPEN = re.compile(r"(?:与|同|跟)$")
_FRAME_THEN = re.compile(r"[^\d。;;]*?(相比|比较|对比|相较|持平|\d|$)")   # (the text's end: the figure's place)


# 去年, 上年 named as what a report's sentence speaks of, not after a comparison's word (比去年) nor as its same period
LAST_YEAR_NAMED = re.compile(r"(?<![比较同与和从由])(?:去年|上一?年)(?!同期)")


def names_last_year(before: str, sent: str) -> bool:
    """`before` (the sentence up to its first indicator's name) names the year just past as the sentence's subject
    (去年全县…), or opens a frame of it that holds the figure (与去年全年全市地区生产总值增长11.3%相比)."""
    return bool(LAST_YEAR_NAMED.search(before)) or any(
        _figure_in_frame(sent, m) for m in LAST_YEAR.finditer(before))


def says_last_year(text: str) -> bool:
    """`text` names the year just past as what it is about (去年全市…, 与去年全年…增长11.3%相比), not only as a comparison's
    base (较去年同期增加106个, 与去年相比)."""
    return any(not compared_only(text, m) and not text.startswith("同期", m.end()) for m in LAST_YEAR.finditer(text))


def compared_only(text: str, m: re.Match) -> bool:
    """The year just past matched at `m` is a comparison's base (比去年, 与去年相比), holding no figure of its own."""
    return bool(COMPARED_BASE.search(text, max(0, m.start() - 1), m.start())) and not _figure_in_frame(text, m)


def _figure_in_frame(text: str, m: re.Match) -> bool:
    then = _FRAME_THEN.match(text, m.end()) if _FRAME_OPEN.search(text, max(0, m.start() - 1), m.start()) else None
    return bool(then) and (then.group(1).isdigit() or not then.group(1))


# a clause opened by the year just past as its time (去年全市…, 上年全县…), not its same period (去年同期) nor a base,
# and with no other place named between them
_CLAUSE_OF_LAST_YEAR = re.compile(r"\s*(?:去年|上一?年)(?!同期)(?:全年)?\s*(?:[全我本][市区县旗州盟省])?\s*")   # (not 去年玉林…)


def clause_of_last_year(clause: str) -> bool:
    """`clause` (a figure's clause up to its indicator's name) opens with the year just past as its time."""
    return bool(_CLAUSE_OF_LAST_YEAR.fullmatch(clause))
