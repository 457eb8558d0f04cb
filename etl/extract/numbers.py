"""Pure: a piece of normalised text -> number mentions (value, range, unit, hedge, offsets).

Knows nothing about indicators; the words it reads after a number (units, hedges) come from
data/units.csv and data/hedges.csv. `find_numbers` never raises on any string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.knowledge.tables import alternation
from etl.knowledge.words import Grammar

_NUM = r"\d+(?:\.\d+)?"
MAX_DIGITS = 12
_RANGE_SEP = r"\s*(?:-|~|–|—|至|到)\s*"   # 6%-7%, 6%至7%, 6%到7%
_OTHER_UNIT = re.compile(r"\s*([\u4e00-\u9fffA-Za-z/²³])")
# the verbs that may stand between a prefix hedge and its number (突破达到…, 控制在…)
_PREFIX_LINK = r"(?:达到|达|实现|完成|为|在|至|到)?\s*$"


@lru_cache(maxsize=4)
def _patterns(grammar: Grammar) -> tuple[re.Pattern, re.Pattern]:
    """The number pattern and the prefix-hedge pattern, built from the data files' words: units
    the extractor can read (anything else right after a number, 家 个 年 …, is kept as an "other"
    unit so that lists and ranges still line up, but it is never a headline figure), and hedges."""
    unit, suffix, prefix = alternation(grammar.units), alternation(grammar.suffixes), alternation(grammar.prefixes)
    mention = re.compile(
        rf"(?P<neg>-)?(?P<n1>{_NUM})\s*(?P<u1>{unit})?"
        rf"(?:(?P<sep>{_RANGE_SEP})(?P<n2>{_NUM})\s*(?P<u2>{unit}))?"
        rf"\s*(?P<suffix>{suffix})?"
    )
    return mention, re.compile(rf"({prefix}){_PREFIX_LINK}")


@dataclass(frozen=True)
class NumberMention:
    start: int          # offset of the first character (minus sign or digit)
    end: int            # offset after the unit and any suffix hedge
    num_end: int        # offset after the last digit/unit, before a suffix hedge
    value: float
    value_high: float | None
    unit: str           # a unit from _UNITS (canonical spelling) or "other:<char>" or ""
    prefix: str | None  # hedge before the number (突破, 近, 力争 …)
    suffix: str | None  # hedge after the unit (左右, 以上, 以内 …)
    text: str


def _prefix_hedge(prefix_re: re.Pattern, text: str, start: int) -> str | None:
    window = text[max(0, start - 8):start]
    m = prefix_re.search(window)
    return m.group(1) if m else None


def _other_unit(text: str, at: int) -> str:
    """A word after a number that is not a unit of data/units.csv (家, 个, 年 …), kept as other:<char>."""
    other = _OTHER_UNIT.match(text, at)
    return f"other:{other.group(1)}" if other else ""


def find_numbers(text: str, grammar: Grammar) -> list[NumberMention]:
    """Every number in `text` with its unit, range and hedges. Ordinals (第3) and parts of
    longer digit runs are skipped; negative numbers need a non-digit before the minus sign."""
    mention_re, prefix_re = _patterns(grammar)
    canonical = grammar.canonical
    out: list[NumberMention] = []
    pos = 0
    while True:
        m = mention_re.search(text, pos)
        if m is None:
            break
        pos = m.end()
        start = m.start()
        if len(m.group("n1").partition(".")[0]) > MAX_DIGITS:
            continue   # a long run of digits (an id, a phone number, a corrupted cell) is not a figure
        # a dash right after a digit is a range or a date separator, not a sign
        neg = bool(m.group("neg")) and not (start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."))
        start += 1 if m.group("neg") and not neg else 0
        n_start = m.start("n1")
        if n_start > 0 and text[n_start - 1] in "第.":
            pos = m.end("n1")
            continue
        v1 = float(m.group("n1"))
        if neg:
            v1 = -v1
        u1, u2, n2 = m.group("u1"), m.group("u2"), m.group("n2")
        v2 = None
        unit = u1 or ""
        num_end = m.end("u1") if u1 else m.end("n1")
        if n2 is not None:
            if (u1 is None or u1 == u2) and float(n2) > v1:
                v2 = float(n2)
                unit = u2
                num_end = m.end("u2")
            else:  # not a range: keep only the first number; the second is matched again
                pos = num_end
                suffix = None
                if not u1:
                    unit = _other_unit(text, m.end("n1"))
                out.append(NumberMention(start, num_end, num_end, v1, None, canonical.get(unit, unit),
                                         _prefix_hedge(prefix_re, text, start), suffix, text[start:num_end]))
                continue
        if not unit:
            unit = _other_unit(text, num_end)
        suffix = m.group("suffix")
        end = m.end("suffix") if suffix else num_end
        out.append(NumberMention(start, end, num_end, v1, v2, canonical.get(unit, unit),
                                 _prefix_hedge(prefix_re, text, start), suffix, text[start:end]))
    return out
