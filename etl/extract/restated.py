"""Pure: second readings of a document's figures, once every sentence is read: a headline's figure the body states
again, a figure stated again with another value or on another basis beside the reported one, and a figure read by a
local name whose scope varies by place (part of etl/extract/classify.py's extract_document)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from etl.combine.merge import same_number
from etl.extract.patterns import BULLET_MARK, FACTOR_TAKEN_OUT, POLICY_TAKEN_OUT, SAID_COMPARABLE
from etl.extract.tables import lines_with_starts
from etl.records import REASON_SEP, Mention

# a headline: a line of a few words that is no sentence (no comma, stop or semicolon in it), nor a table row
_HEADLINE = re.compile(r"^[^,,。;;|\t\n]{4,60}$", re.M)


def restated_in_body(mentions: list[Mention], text: str) -> list[Mention]:
    """A figure of a title or headline line that the body states again (GDP实现X亿元 over 上半年,…GDP实现X亿元)
    is the body's figure, with the body's period: the headline's reading is dropped, never a year of its own."""
    listed = _listed_lines(text)
    lines = [(m.start(), m.end()) for m in _HEADLINE.finditer(text) if m.start() not in listed]
    starts = [a for a, _ in lines]   # (in order and apart: the one line a mention may sit in is found by bisection)
    def in_headline(m: Mention) -> bool:
        k = bisect.bisect_right(starts, m.char_start) - 1 if m.char_start is not None else -1
        return k >= 0 and m.char_end is not None and m.char_end <= lines[k][1]
    said = {(m.indicator, m.value) for m in mentions if not in_headline(m)}
    return [m for m in mentions if not (in_headline(m) and (m.indicator, m.value) in said)]


def _listed_lines(text: str) -> set[int]:
    """The starts of the lines that are items of a list, no headlines: a line opening with a bullet (▲地区生产总值增长
    6%左右), or a short line in a run of them under a line that ends with a colon (主要目标是:). One pass, linear."""
    out, under_colon = set(), False
    for at, line in lines_with_starts(text):
        short = bool(_HEADLINE.fullmatch(line))
        if BULLET_MARK.match(line) or (under_colon and short):
            out.add(at)
        under_colon = line.rstrip().endswith((":", ":")) or (under_colon and short)
    return out


def restated_differently(mentions: list[Mention], stretch: frozenset[str] = frozenset()) -> list[Mention]:
    """A figure the document has already charted with another value (the same indicator, year, period and
    kind: 一般公共预算收入85亿元 in the summary, then 完成一般公共预算收入18.08亿元 in one industry's
    paragraph) is most likely a part's or another subject's: it goes to review, the first one stays. The
    same figure rounded (384 after 384.3) is not another value, nor one in another currency (人均8.4万元,折合1.19万美元:
    units differ only where an indicator keeps the currency it was stated in), nor an aim hedged as a stretch beside
    the aim (`stretch`: 增长6%以上,力争增长7%; the merge keeps both, the floor and the stretch)."""
    first: dict[tuple, tuple] = {}
    reported = {(m.indicator, m.year, m.period, m.kind) for m in mentions if m.confidence == "high" and m.basis == "reported"}
    out = []
    for m in mentions:
        key = (m.indicator, m.year, m.period, m.kind, m.basis, m.unit)
        if m.confidence == "high" and m.basis == "comparable" and key[:4] in reported \
                and (m.unit != "pct" or FACTOR_TAKEN_OUT.search(m.quote)):
            # 收入3.5亿元,…同口径完成3.67亿元, 增长14%,剔除退税影响后增长6%: another basis beside the reported figure is
            # not the series' (a growth 按可比口径 or at comparable prices is a series of its own, labelled so)
            m = to_review(m, "stated on a comparable basis beside the reported figure")
        elif m.confidence == "high" and key in first and not (m.kind == "target" and m.qualifier in stretch) and not (
                same_number(first[key][0], m.value) and same_number(first[key][1], m.value_high)):
            earlier = first[key][0]   # (a figure said in words, 负增长, has no number: None)
            m = to_review(m, "the document states this figure earlier as "
                          + (f"{earlier:g}" if earlier is not None else (first[key][2] or "a figure in words")))
        elif m.confidence == "high":
            first.setdefault(key, (m.value, m.value_high, m.qualifier))
        out.append(m)
    return out


def with_a_policy_taken_out(mentions: list[Mention]) -> list[Mention]:
    """A growth with a policy's effect taken out (收入扣除留抵退税因素后增长2.6%, 剔除减税降费因素,下降8.1%), not said to be
    comparable, is what the revenue would have done: neither the reported series nor a like-for-like basis (one-off
    items taken out are). It goes to review."""
    out = []
    for m in mentions:
        if m.confidence == "high" and m.basis == "comparable" and m.unit == "pct" \
                and POLICY_TAKEN_OUT.search(m.quote) and not SAID_COMPARABLE.search(m.quote):
            m = to_review(m, "a growth with a policy's effect taken out, not said to be comparable")
        out.append(m)
    return out


def by_fallback_name(mentions: list[Mention], fallback: dict[str, str]) -> list[Mention]:
    """A figure read by a fallback name (地方财政收入 for budget revenue, data/fallback_names.csv) goes to review: the
    name's scope varies by place (with or without fund revenue), so it is never charted as the family's for sure."""
    if not fallback:
        return mentions
    out = []
    for m in mentions:
        name = next((f for f in fallback if m.quote.startswith(f)), None)
        if name and m.confidence == "high":
            m = to_review(m, "read by a local name whose scope varies by place (data/fallback_names.csv): "
                              "not charted until confirmed")
        out.append(m)
    return out


def to_review(m: Mention, why: str) -> Mention:
    """`m` sent to review, `why` added to the reasons it already has."""
    return replace(m, confidence="low", confidence_reason=REASON_SEP.join(filter(None, [m.confidence_reason, why])))
