"""Subjects: the indicator names of a sentence, lists of names and of numbers (A、B分别x、y), and the words that say target or outcome."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.clause_years import clause_start, last_match
from etl.extract.numbers import NumberMention
from etl.extract.patterns import (
    COMPARABLE,
    GROWTH,
    LIST_SEP,
    MILESTONE_AFTER,
    MILESTONE_BEFORE,
    NUM_LIST_SEP,
    REACHED_AFTER,
    SHARED_LIST,
    words_of,
)
from etl.extract.places import OtherPlaces, PlaceTopic
from etl.knowledge import Knowledge
from etl.knowledge.tables import alternation


@dataclass
class TermHit:
    start: int
    end: int
    text: str
    family: str | None
    comparator: bool
    other: bool = False   # another place's name (全市地区生产总值 in a county's text), not a part's or no indicator's


def find_terms(sent: str, cat: Knowledge, other_place: OtherPlaces | None = None,
               topic: PlaceTopic | None = None, fallback: dict[str, str] | None = None,
               scope_open: bool = False, other_led: bool = False) -> list[TermHit]:
    """The indicator names of a sentence; `fallback` names (data/fallback_names.csv) count as their
    family where the caller says the document never uses the family's own names. `other_led`: the piece goes on, after
    a semicolon, from one that ended with another place's figure (全市地区生产总值增长4.6%;规上工业增加值增长5.2%): a
    name opening it is that place's too."""
    hits = []
    words = words_of(cat.grammar)
    marks = topic.others_before(sent) if topic else []
    others_at: set[int] = set()   # where each name found another place's ends
    qualifier = (0, -1)   # the brackets right after the last name of an indicator (固定资产投资(500万元以上项目))
    for m in cat.term_re.finditer(sent):
        family = cat.term_family[m.group()] or (fallback or {}).get(m.group())
        before = sent[max(0, m.start() - 6):m.start()]
        comparator = bool(words.comparator_before.search(before) or words.comparator.search(before)
                          or _compared_after_name(sent, m.start(), words, cat))
        if family and other_place is not None and (other_place.search(before) or other_place.whole_opens(m.group())
                                                   or other_place.leads(sent[clause_start(sent, m.start()):m.start()])
                                                   or other_place.announced(sent[_clause_before(sent, m.start()):m.start()])
                                                   or other_place.alone_before(sent[_clause_before(sent, m.start()):
                                                                                    clause_start(sent, m.start())])
                                                   or (hits and hits[-1].end in others_at
                                                       and _listed_after(sent, hits[-1].end, m.start(), topic))
                                                   or (other_led and not hits and not sent[:m.start()].strip())
                                                   or other_place.labelled(sent, m.start())):
            family = None  # a city-, province- or country-wide figure, not the district's
            others_at.add(m.end())
        if family and (in_part_scope(sent, m.start(), cat, scope_open, other_place.own_names if other_place else ())
                       or (cat.part_after is not None and cat.part_after.match(sent, m.end()))):
            family = None  # 区本级, 主城区, 收入(本级): a part of the place, not its headline
        if family and marks and PlaceTopic.is_other(marks, m.start(), sent):
            family = None  # the sentence is about another place
        if hits and family and hits[-1].family == family and not hits[-1].comparator \
                and re.fullmatch(r"\s*[()]?\s*", sent[hits[-1].end:m.start()]):
            prev = hits.pop()
            hits.append(TermHit(prev.start, m.end(), sent[prev.start:m.end()], family, False))
            continue
        if hits and family is None and hits[-1].family is None and hits[-1].end == m.start():
            prev = hits.pop()   # 税收 and 收入, two names of no indicator side by side: one name (税收收入), one item of a list
            hits.append(TermHit(prev.start, m.end(), sent[prev.start:m.end()], None, prev.comparator or comparator))
            continue
        if family is None and qualifier[0] <= m.start() and m.end() <= qualifier[1]:
            continue   # 固定资产投资(计划总投资500万元以上项目): a name in brackets after a name says what it counts
        if family is not None and (q := _qualifier(cat.grammar).match(sent, m.end())):
            qualifier = q.span()
        hits.append(TermHit(m.start(), m.end(), m.group(), family, comparator, m.end() in others_at))
    basis_spans = [b.span() for b in COMPARABLE.finditer(sent)]
    return [h for h in hits if not any(a <= h.start and h.end <= b for a, b in basis_spans)]


@lru_cache(maxsize=8)
def _qualifier(grammar) -> re.Pattern:
    """Brackets right after a name holding no figure but a scope's floor (500万元以上: the data's floor words)."""
    floors = alternation([w for w in grammar.suffixes if grammar.bounds.get(w) == "floor"])
    return re.compile(r"\s*[(（][^()（）\d]{0,12}(?:\d+(?:\.\d+)?\s*[万亿]?元\s*(?:" + floors + r"))?[^()（）\d]{0,8}[)）]")


def _clause_before(sent: str, at: int) -> int:
    """Where the clause before the one holding `at` starts (惠州市委提出,今年地区生产总值…: at 惠州)."""
    here = clause_start(sent, at)
    return clause_start(sent, here - 1) if here > 0 else here


def _listed_after(sent: str, end: int, at: int, topic: PlaceTopic | None) -> bool:
    """The name at `at` follows, in one list set apart by 、 (or by commas, each clause a name and its figure), a name
    ending at `end` that was another place's (全市地区生产总值增长4.1%、规上工业增加值增长6.0%): the list is that place's,
    unless our own place is named between them."""
    gap = sent[end:at]
    listed = ("、" in gap and not _CLAUSE_BREAK.search(gap)) or bool(_ITS_FIGURE_THEN_NEXT.fullmatch(gap))
    return listed and not (topic is not None and topic.own is not None and topic.own.search(gap))


_CLAUSE_BREAK = re.compile(r"[,,;;。:：]")
# … or a run of clauses, each a name and its figure only (全省地区生产总值增长6%左右,规上工业增加值增长7%以上,…): the run is
# that place's too; not after a gap in points (高于全省1.2个百分点,…) or any other words
# (the run may go on past a semicolon, and name a level and its growth before the next name: 全市地区生产总值1356.8亿元,
# 增长4.6%;规上工业增加值增长5.2%)
_ITS_FIGURE_THEN_NEXT = re.compile(
    r"(?:[^,,;;。:：\d]{0,12}?-?\d+(?:\.\d+)?(?!\s*个?百分点)\s*[%\u4e00-\u9fff]{0,2}[^,,;;。:：\d]{0,3}[,,、;;]\s*)+")


def _compared_after_name(sent: str, at: int, words, cat: Knowledge) -> bool:
    """A place's full name stands between a comparison's word and the indicator's name (占天津市地区生产总值的比重):
    the name is what is compared with, as after 占全市."""
    name = cat.gazetteer.name_ending(sent[max(0, at - 12):at]) if at else None
    return bool(name) and bool(words.comparator_before.search(sent[max(0, at - len(name) - 6):at - len(name)]))


_WHOLE_AGAIN = re.compile(r"全[区县市旗省]|辖区")


def in_part_scope(sent: str, at: int, cat: Knowledge, scope_open: bool = False, own: tuple[str, ...] = ()) -> bool:
    """A part of the place (区本级, 主城区: data/part_scopes.csv) is named before `at` in the sentence (or
    in an earlier clause of it: `scope_open`) and the whole (全区, 辖区) is not named again after it: a
    name there is the part's, not the place's. `own`: the place's names, one of which may end in a part's word (滨海新区
    calls itself 新区): that word is the place."""
    if cat.part_scope is None:
        return False
    last = 0 if scope_open else None
    opened = [end for end in part_openings(sent, cat, own) if end <= at]
    if opened:
        last = opened[-1]
    for m in cat.part_scope.finditer(sent):   # the whole sentence: the pattern looks ahead at the name
        if m.end() > at:
            break
        if not _own_word(m.group().strip(), own):
            last = max(last or 0, m.end())
    if last is None:
        return False
    words = words_of(cat.grammar)   # (高于全区平均水平: the whole compared with, not the subject again)
    return not any(not (words.comparator.search(sent, max(0, m.start() - 4), m.start())
                        or words.comparator_before.search(sent, max(0, m.start() - 4), m.start()))
                   for m in _WHOLE_AGAIN.finditer(sent, last, at))


# a quotation or a list's mark opening the clause (“开发区…, · 东部新区…)
_CLAUSE_START = re.compile(r"^\s*(?:[·•●▪◆■▲*]|\d{1,2}[.、])?\s*[“\"「]?|[,,]\s*[“\"「]?")
_LEADS = re.compile(r"[^,,;;。\d]{0,4}[::]")


def part_leads(sent: str, cat: Knowledge, openings: list[int]) -> bool:
    """A part of the place opens a clause and leads what follows with a colon (其中,区本级:…, 高新区方面:…), or is joined
    to the place's name in brackets (平房区(哈经开区)地区生产总值…): the items of the list after it, set apart by
    semicolons, are the part's (the two's) too. `openings`: part_openings(sent, cat)."""
    if cat.part_scope is None:
        return False
    return bool(_BY_AREA.match(sent)) or any(_LEADS.match(sent, end) for end in openings) \
        or any(m.group().startswith(("(", "(")) for m in cat.part_scope.finditer(sent))


_BY_AREA = re.compile(r"^\s*(?:分|从)(?:区域|地区|区县|县区|片区|板块)(?:来)?看")   # 分区域看,…: area by area, parts all


def _own_word(word: str, own: tuple[str, ...]) -> bool:
    return bool(word) and any(name.endswith(word) for name in own)


def part_openings(sent: str, cat: Knowledge, own: tuple[str, ...] = ()) -> list[int]:
    """Where each part of the place (经开区, 高新区: data/part_scopes.csv `subject`) that opens a clause as
    its subject ends (天易经开区实现…; …,其中高新区完成…), in order; a unit of the gazetteer named so
    (滨海新区) is a place, not a part."""
    if cat.part_subject is None:
        return []
    out = []
    for start in _CLAUSE_START.finditer(sent):
        m = cat.part_subject.match(sent, start.end())
        if m is not None and not cat.gazetteer.name_ending(m.group("part")) and not _own_word(m.group("part"), own):
            out.append(m.end())
    return out


# a name the catalogue does not know, as an item of a list of names (规上工业总产值, 限上社零额): 2 to 12 characters, no figure
_UNKNOWN_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z()()]{2,12}")
# a list's separator and the head of a name whose end is a term of no family (、规上工业总|产值)
_HEAD_OF_ITEM = re.compile(r"^\s*(?:、|和|及|与)\s*[\u4e00-\u9fffA-Za-z]{1,10}$")
# what ends a list of names before its values (…分别增长, …均增长)
_EACH_AHEAD = re.compile(r"\s*(?:同比|比上年)?(?:分别|均)")


def _unknown_items(gap: str, at: int, closing: bool) -> list[TermHit] | None:
    """The names between two of a list's known names (、规上工业总产值、), or after its last one before 分别 (`closing`),
    each as a subject of no family that holds its place in the list: None when `gap` is not such a run of names
    separated by 、 (a 和, 及 or 与 may join the last known name to them)."""
    body = gap.strip()
    if not body.startswith(("、", "和", "及", "与")):
        return None
    body = body[1:] if closing else body[1:-1] if body.endswith(("、", "和", "及", "与")) and len(body) > 1 else None
    items = body.split("、") if body else None
    if not items or not all(_UNKNOWN_ITEM.fullmatch(x.strip()) for x in items):
        return None
    pos, out = at, []
    for x in items:
        start = gap.find(x, pos - at) + at
        out.append(TermHit(start, start + len(x), x, None, False))
        pos = start + len(x)
    return out


def subject_lists(terms: list[TermHit], sent: str) -> dict[int, list[TermHit]]:
    """Map id(term) -> the list of subjects it belongs to (A、B和C), for subjects only. A name the catalogue does not
    know holds its place in the list (GDP、规上工业总产值、固定资产投资分别增长6%、7.5%、5%: the second value is not
    the investment's), as a subject of no family, whose values are not read."""
    groups: list[list[TermHit]] = []
    held: dict[int, list[TermHit]] = {}   # a known name inside an unknown one: its list, where it holds no family
    for t in terms:
        if t.comparator:
            continue
        gap = sent[groups[-1][-1].end:t.start] if groups else ""
        if groups and (LIST_SEP.match(gap) or groups[-1][-1].start == t.start):
            groups[-1].append(t)
        elif groups and _HEAD_OF_ITEM.match(gap):   # 、规上工业总产值 / 、限上社零额: a name the catalogue does not hold whole
            groups[-1].append(TermHit(t.start, t.end, t.text, None, False) if t.family else t)
            held[id(t)] = groups[-1]
        elif groups and (between := _unknown_items(gap, groups[-1][-1].end, False)) is not None:
            groups[-1].extend([*between, t])
        else:
            groups.append([t])
    starts = [t.start for t in terms]
    for g in groups:
        each = _EACH_AHEAD.search(sent, g[-1].end)
        ahead = each and not any(g[-1].end <= a < each.start() for a in starts)
        after = _unknown_items(sent[g[-1].end:each.start()], g[-1].end, True) if ahead else None
        g.extend(after or [])
    return {id(t): g for g in groups for t in g} | held


def number_runs(nums: list[NumberMention], sent: str, grammar) -> dict[int, list[NumberMention]]:
    runs: list[list[NumberMention]] = []
    for n in nums:
        if runs and NUM_LIST_SEP.match(sent[runs[-1][-1].end:n.start]) \
                and dimension_of(runs[-1][-1].unit, grammar) == dimension_of(n.unit, grammar):
            runs[-1].append(n)
        else:
            runs.append([n])
    return {id(n): r for r in runs for n in r}


# 分别 (or 均) with its verb, between a list of levels and the rates that follow them in order
_EACH_RATE = re.compile(r"^[,,、\s]*(?:同比|比上年|比去年)?(?:分别|均)(?:同比|比上年)?[\u4e00-\u9fff]{0,4}\s*$")


def level_subjects(terms: list[TermHit], nums: list[NumberMention], run: list[NumberMention], sent: str,
                   grammar) -> list[TermHit]:
    """The subjects of a run of rates after 分别 when each was named with a level of its own before it
    (地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%; A 71.5亿元、B 64.5亿元、C 2.4亿美元,
    分别比增2.3%、9.3%和3.8%): the last len(run) names, each followed by exactly one level and nothing
    else, in order; [] when the sentence is not of that shape."""
    first = run[0]
    before = [n for n in nums if n.end <= first.start]
    names = [t for t in terms if not t.comparator and t.end <= first.start]
    if len(run) < 2 or len(names) < len(run) or not before or dimension_of(first.unit, grammar) != "pct":
        return []
    chosen = names[-len(run):]
    bounds = [t.start for t in chosen[1:]] + [first.start]
    for t, end in zip(chosen, bounds, strict=True):
        own = [n for n in before if t.end <= n.start and n.end <= end]
        if len(own) != 1 or dimension_of(own[0].unit, grammar) in ("pct", "other"):
            return []
    if not _EACH_RATE.match(sent[before[-1].end:first.start]):
        return []
    return [chosen[run.index(n)] for n in run]


def dimension_of(unit: str, grammar) -> str:
    """CNY | USD | pct | pp | ugm3 … from data/units.csv; "other" for a word the table does not know."""
    return grammar.dimension.get(unit, "other") if unit else "other"


# the figures after a shared noun are the list's (分别, or two numbers side by side: 26330元和12804元)
_EACH_AFTER = re.compile(r"[^。;;\d]{0,12}?(?:分别|均|都|各|\d+(?:\.\d+)?\s*[\u4e00-\u9fff%]{0,2}\s*(?:、|和|与|及)\s*\d)")


def expand_shared_lists(hits: list[TermHit], sent: str, cat: Knowledge) -> list[TermHit]:
    """城、乡居民人均可支配收入 names two subjects sharing one noun when a list of figures follows (分别,
    or two numbers): each is read as its own name (城 -> 城镇…, 乡 -> 农村…, by data/abbreviations.csv);
    one the catalogue does not know is kept as a non-headline subject so that the numbers of the list
    still pair up. With one figure after it, the noun is the whole's (城乡居民…16491元)."""
    out = []
    for h in hits:
        parts, noun, start = shared_parts(sent[max(0, h.start - 5):h.start], cat.abbreviations), h.text, h.start
        if not parts:   # 城镇、农村居民人均可支配收入: the second member named with the noun, the first before it
            parts, noun, start = elided_member(h, sent, cat.abbreviations)
        if not parts or h.comparator or not _EACH_AFTER.match(sent, h.end):
            out.append(h)   # 城乡居民人均可支配收入16491元: one figure of the whole, not a list
            continue
        for part in parts:
            full = cat.abbreviations.get(part, part) + noun
            bare = noun.removeprefix("常住").removeprefix("户籍")   # 农村(常住)居民…: the name with or without it
            family = next(filter(None, (cat.term_family.get(cat.abbreviations.get(part, part) + name)
                                        for name in (noun, noun.removeprefix("居民"), bare, bare.removeprefix("居民")))), None)
            out.append(TermHit(start, h.end, full, family, False))
    return out


_RESIDENCE = re.compile(r"(?:常住|户籍)$")
_MEMBER_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,2})\s*[、和与及]\s*$")


def elided_member(h: TermHit, sent: str, abbreviations: dict[str, str]) -> tuple[tuple[str, ...], str, int]:
    """城镇、农村居民人均可支配收入: a name that opens with a member of data/abbreviations.csv (农村) after another member and
    a list mark (城镇、): the two members, the noun they share (居民人均可支配收入) and where the first member starts;
    ((), name, its start) otherwise."""
    known = {*abbreviations, *abbreviations.values()}
    lead = next((w for w in sorted(known, key=len, reverse=True) if h.text.startswith(w)), None)
    m = _MEMBER_BEFORE.search(sent, max(0, h.start - 4), h.start) if lead else None
    if m and m.group(1) in known and m.group(1) != lead:
        return (m.group(1), lead), h.text[len(lead):], m.start(1)
    return (), h.text, h.start


def shared_parts(before: str, abbreviations: dict[str, str]) -> tuple[str, ...]:
    """The members of a list that share the noun after `before`: 城、乡 (a list mark), or two short
    forms of data/abbreviations.csv right before the noun (其中城乡居民…: 城, 乡); () when none."""
    m = SHARED_LIST.search(before)
    known = {*abbreviations, *abbreviations.values()}
    if m and m.group(2) and {m.group(1), m.group(3)} <= known:   # not 规上工业增加值、限上社零额: 加值、限上 share nothing
        return m.group(1), m.group(3)
    tail = _RESIDENCE.sub("", before)[-2:]   # 城乡常住居民…均增长: the residence word stands between the forms and the noun
    if len(tail) == 2 and all(c in abbreviations for c in tail):
        return tuple(tail)
    return ()


def is_milestone(sent: str, n: NumberMention, bounds: dict[str, str] | None = None) -> bool:
    """突破4000亿元大关, 迈上3000亿元台阶, 突破2000亿元,达到2009.5亿元: a round number passed on the way,
    not the figure."""
    before = sent[max(0, n.start - 4):n.start]
    return bool(MILESTONE_AFTER.match(sent[n.end:]) or MILESTONE_BEFORE.search(before)
                or (bool(bounds) and bounds.get(n.prefix) == "floor" and REACHED_AFTER.match(sent[n.end:])))


_ALTERNATIVE = re.compile(r"(?<=增长|增加|提高|上升)\s*[((](?:下降|减少|降低)[))]")


def last_verb(gap: str) -> str:
    """The growth or decline word nearest the number (扭转…下降趋势,增长1.4%: 增长); a form's bracketed alternative
    after a growth word (比上年增长(下降)7.3%: a decline is written as a negative number there) is not it."""
    m = last_match(GROWTH, _ALTERNATIVE.sub("", gap))
    return m.group() if m else ""


def subjects_of(group: list[TermHit], run: list[NumberMention], n: NumberMention, dim: str) -> list[TermHit]:
    """The subjects a number of a run belongs to: A、B分别x、y pairs them in order; one percentage after
    a list of names is each one's (A和B分别增长x%, A和B稳定在x%); one name with several numbers, or
    lists of other lengths, say nothing for sure."""
    if len(group) == 1:
        return group if len(run) == 1 else []
    if len(run) == len(group):
        return [group[run.index(n)]]
    return list(group) if len(run) == 1 and dim == "pct" else []


def fallback_names(text: str, cat: Knowledge) -> dict[str, str]:
    """The fallback names (data/fallback_names.csv) of the families `text` never names otherwise."""
    if not cat.fallback_names or not any(name in text for name in cat.fallback_names):
        return {}
    named = {cat.term_family.get(m.group()) for m in cat.term_re.finditer(text)}
    return {name: family for name, (family, unless) in cat.fallback_names.items()
            if family not in named and not any(w in text for w in unless)}
