"""The place a text is about when only its body names it, once or twice: a unit of the gazetteer named in
full as the subject of a clause (at the start of a sentence or clause, after at most a time lead:
"2023年以来,X坚持…", "…。X进入…", "…领导下,X认真落实…"), the only place named so, and named at least as
often as any other place that is neither above nor below it. A text that calls itself by a kind (全县,
我市: etl/extract/self_place.py) must call itself that place's kind."""

from __future__ import annotations

import re

from etl.extract.self_place import compared_with, kind_of, named_anywhere
from etl.knowledge.gazetteer import Gazetteer, Unit

_CLAUSE_START = r"(?:^|[。!?;,:\n!?;,:])\s*(?:\d{4}年(?:以来|上半年|前三季度|全年)?[,,]?\s*)?"
# a name followed by its committee, government, congress or bureau is an issuer or a leader, read elsewhere;
# followed by a number it is a heading or a table's row
_NOT_SUBJECT = re.compile(r"\s*(?:[市县区州盟旗]?委|[市县区州盟旗]?政府|人民|人大|政协|统计局|党|两会|[\d(《“\"])")
_CLAUSE_GOES_ON = re.compile(r"[^\n。!?;,,;!?]{1,60}[。!?;,,;!?]")   # a clause, not a masthead line (X新闻)


def subject_place(body: str, counts: dict[str, int], gazetteer: Gazetteer, own_kind: str | None) -> str | None:
    """The full name of the place `body` is the subject of, else None (`counts`: gazetteer.mentions(body))."""
    head = body[:3000]
    subjects = []
    for name, n in counts.items():
        unit = gazetteer.resolve(name, head)
        if unit is None:
            continue
        starts = re.finditer(_CLAUSE_START + re.escape(name), body)
        if any(not _NOT_SUBJECT.match(body, m.end()) and _CLAUSE_GOES_ON.match(body, m.end())
               and not any(body.startswith(other, m.end()) for other in counts) for m in starts):
            # (a name followed by another is the head of a chain, 贵州省六盘水市钟山区: not the subject)
            subjects.append((n, name, unit))
    if len(subjects) != 1:
        return None
    n, name, unit = subjects[0]
    above = {p.code for p in gazetteer.parents(unit)}
    for other, times in counts.items():
        found = gazetteer.resolve(other, head)
        if other == name or (found is not None and (found.code in above
                                                     or unit.code in {p.code for p in gazetteer.parents(found)})):
            continue
        if times >= n:
            return None
    if own_kind and kind_of(name) != own_kind:
        return None
    return name


# a place that speaks of the whole of itself by name (缙云全县上下, 扬州全市): its name right before 全 and its kind
_WHOLE_OF = re.compile(r"([\u4e00-\u9fff]{2,8})全([市县区旗州盟省])")


def named_whole(body: str, own_kind: str | None, gazetteer: Gazetteer) -> Unit | None:
    """The one unit the text names right before 全 and the unit's kind (缙云全县上下: 缙云县), of the kind the text
    calls its own (全县 again, 县委), where the text names no other unit of that kind (南京 and 苏州全市 in one
    news item: either's); None otherwise, and when the text says no kind of its own."""
    found: dict[str, Unit] = {}
    for m in _WHOLE_OF.finditer(body):
        run, kind = m.groups()
        if kind != own_kind:
            continue
        for k in range(len(run) - 1):   # the longest name ending right before 全: 天津市全市 is not 津市's
            units = [u for u in (*gazetteer.by_short(run[k:]), *gazetteer.named(run[k:])) if kind_of(u.name) == kind]
            if units or run[k:] in gazetteer.by_name:
                found.update({u.code: u for u in units})
                break
    if len(found) != 1:
        return None
    unit = next(iter(found.values()))
    others = {c for c, _ in named_anywhere(body, gazetteer).items()
              if c != unit.code and kind_of(gazetteer.units[c].name) == kind_of(unit.name)}
    return None if others else unit


# a text tells its own place's story by name: 是X发展史上极不平凡的一年 (X发展历程中, X发展进程中), 把X打造成 / 把X建设成;
# measured on the corpus's texts at hand, every such name was the text's own place (41 of 41)
_OWN_STORY = re.compile(r"([\u4e00-\u9fff]{2,8}?)发展(?:的)?(?:历史|历程|进程|史)[上中]|把([\u4e00-\u9fff]{2,8}?)(?:打造|建设)成")


def _units_named(run: str, at_end: bool, gazetteer: Gazetteer) -> tuple[Unit, ...]:
    """The units of the longest name (full or counted short name) that ends `run` (`at_end`) or starts it."""
    parts = [run[k:] for k in range(len(run) - 1)] if at_end else [run[:k] for k in range(len(run), 1, -1)]
    for part in parts:
        units = (*gazetteer.by_short(part), *gazetteer.named(part))
        if units:
            return units
    return ()


def storied_place(body: str, own_kind: str | None, gazetteer: Gazetteer) -> Unit | None:
    """The one unit whose own story the text tells by name (是泽州发展历程中极不平凡的一年, 把漾濞打造成…), of the kind
    the text calls its own when it says one; None when no such phrase, or phrases of two places, or a namesake the
    text does not settle (吉林: the province or the city)."""
    found: dict[str, Unit] = {}
    for m in _OWN_STORY.finditer(body):
        units = _units_named(m.group(1) or m.group(2), bool(m.group(1)), gazetteer)
        if len(units) > 1:
            units = tuple(u for u in units if any(p.name in body for p in gazetteer.parents(u)))
        if len(units) != 1:
            return None
        found[units[0].code] = units[0]
    unit = next(iter(found.values())) if len(found) == 1 else None
    if unit is None or (own_kind and kind_of(unit.name) != own_kind):
        return None
    return unit


# the paper or station a page names as its source (来源:绍兴日报, 稿源: X县融媒体中心): a place's own media
_PAPER = re.compile(r"(?:来源|稿源|转自|转载自)\s*[::]?\s*(?:([\u4e00-\u9fff]{2,10}?)(?:日报|晚报|都市报|新闻网|广播电视台|融媒体中心"
                    r"|报(?=[\s\u3000]|$))|今日([\u4e00-\u9fff]{2,4}?)(?=[\s\u3000]|$))", re.M)   # (… 奉贤报, 今日醴陵)


def paper_place(body: str, own_kind: str | None, gazetteer: Gazetteer) -> Unit | None:
    """The one unit whose paper or station the page names as its source (来源:绍兴日报), when the page calls itself
    that unit's kind (我市, 全市) and names no other unit of that kind but those below it (a city's paper on its county
    names the county, read before this); None otherwise, and for a paper of a name two units share (吉林日报)."""
    found: dict[str, Unit] = {}
    for m in _PAPER.finditer(body):
        name = m.group(1) or m.group(2)
        units = {u.code: u for u in (*gazetteer.named(name), *gazetteer.by_short(name))}
        if len(units) != 1 or kind_of(next(iter(units.values())).name) != own_kind:
            return None
        found.update(units)
    if len(found) != 1 or own_kind is None:
        return None
    unit = next(iter(found.values()))
    above = {p.code for p in gazetteer.parents(unit) if compared_with(body, p, gazetteer)}   # (高于株洲市: measured against)
    others = [c for c in named_anywhere(body, gazetteer) if c != unit.code and kind_of(gazetteer.units[c].name) == own_kind
              and unit.code not in {p.code for p in gazetteer.parents(gazetteer.units[c])} and c not in above]
    return None if others else unit
