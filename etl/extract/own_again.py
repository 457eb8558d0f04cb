"""Our place named again with a name's figure left out: "全市地区生产总值增长4.1%,我县增长5.3%". The name is another
place's in the first clause; the next clause has our place as its only subject and a growth, so its figure is ours of
the same name. And the other way: a name after 其中 and a qualifier whose whole the paragraph gave a figure already
(…。其中,城镇固定资产投资…) is that whole's part, not the place's headline (parts_of_a_whole)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from etl.extract.clause_years import clause_start
from etl.extract.figure_time import LIST_MARK
from etl.extract.places import OtherPlaces, PlaceTopic
from etl.extract.subjects import TermHit
from etl.knowledge import Knowledge
from etl.knowledge.tables import alternation

# what may follow our place in that clause: a target's, an outcome's or a hedge's word or two (data/kind_words.csv,
# hedges.csv) or a basis, then a growth word and its figure (我县同比增长5.3%, 全县力争增长6.5%); nothing else, so that
# no name the catalogue does not know (全县民宿收入增长) stands among them
_BASIS = r"比上年|较上年|比去年|较去年|同期"


@functools.lru_cache(maxsize=8)
def _grows_next(grammar) -> re.Pattern:
    words = alternation(grammar.target_words + grammar.outcome_words + grammar.clause_hedges) + "|" + _BASIS
    return re.compile(rf"\s*(?:(?:{words})\s*){{0,2}}(?:增长|下降|增速为?|增幅为?)\s*-?\d")


# between the other place's name and our place: its growth last (a level before it), then a comma or a semicolon
_ONE_FIGURE = re.compile(r"[^;;。、]*?\d[\d.]*\s*%[^,,;;。、\d]{0,6}[,,;;]\s*(?:(?:其中|而)[,,]?\s*)?$")


def own_again(hits: list[TermHit], sent: str, cat: Knowledge, topic: PlaceTopic | None,
              prior: TermHit | None = None) -> list[TermHit]:
    """`hits` with a name added where our place is named again right after another place's figure of that name
    (the name's text, our place's position): the name's family is the one it has for ourselves. `prior`: such a
    name that ended the piece before this one, after a semicolon (全市…增长4.1%;我县增长5.3%), for our place opening this."""
    if topic is None or topic.own is None or not (hits or prior):
        return hits
    out = list(hits)
    for m in topic.own.finditer(sent):
        grows = _grows_next(cat.grammar).match(sent, m.end())
        if not grows or any(m.end() <= h.start < grows.end() for h in out):
            continue
        before = [h for h in out if h.end <= m.start()]
        last = before[-1] if before else prior
        if last is None or last.family is not None or last.comparator:
            continue
        family = cat.term_family.get(last.text)
        if family and (_ONE_FIGURE.match(sent[:m.start()], last.end) if before else _OPENS.fullmatch(sent[:m.start()])):
            out.insert(out.index(last) + 1 if before else 0, TermHit(m.start(), m.end(), last.text, family, False))
    return out


def trailing_other(hits: list[TermHit], sent: str, cat: Knowledge) -> TermHit | None:
    """The last name of a piece when it is another place's (or a part's) and its figure ends the piece (全市地区生产总值
    增长4.1%): the next piece may name our place with that name left out."""
    last = hits[-1] if hits else None
    if last is None or last.family is not None or last.comparator or not cat.term_family.get(last.text) \
            or _SHARE_OF.search(sent, max(0, last.start - 8), last.start):
        return None   # (占全州经济总量的27.9%;…: the whole a share is of, no run of its figures)
    named = [m.group() for m in _wholes(cat.grammar).finditer(sent, 0, last.start)]
    # (全市…增长6.4%,高于全省0.4个百分点;: a gap to another whole than the one the piece is of says no more)
    gap = _points_gap(cat.grammar)
    tail = gap.sub(lambda m: m.group() if named and named[-1] in m.group() else "", sent[last.end:].rstrip() + ";")
    return last if _ONE_FIGURE.match(tail) else None


_SHARE_OF = re.compile(r"占[^,,;;。\d]{0,6}$")


@functools.lru_cache(maxsize=8)
def _points_gap(grammar) -> re.Pattern:
    """A clause of a gap in points (data/units.csv, dimension pp) and no figure of its own (,高于全省0.4个百分点,
    ,比全省高0.4个百分点, ,快于全国1.2个百分点)."""
    points = alternation([u for u in grammar.units if grammar.dimension.get(u) == "pp"])
    return re.compile(r"[,,][^,,;;。%%]*?\d[\d.]*\s*(?:" + points + r")(?=[,,;;])") if points else re.compile(r"(?!)")


@functools.lru_cache(maxsize=8)
def _wholes(grammar) -> re.Pattern:
    return re.compile(alternation(set(grammar.whole_of.values())))


_OPENS = re.compile(r"\s*(?:(?:其中|而)[,,]?\s*)?")


# a clause's time word before its list of places (2024年全市、全县…)
_TIME_HEAD = re.compile(r"^\s*(?:\d{4}年|今年|去年|全年|同期)\s*[,,]?\s*")


def ours_among_places(sent: str, subject: TermHit, run: list, n, cat: Knowledge, topic: PlaceTopic | None,
                      others: OtherPlaces) -> list[TermHit]:
    """[the name, with its family] for the number of `run` in our place's position, when one name follows a list of
    places as long as the run, ours among them once, and 分别 gives their values in order (全市、全县地区生产总值分别增长
    4.1%和5.3%: the second is ours); [] for any other number or shape."""
    if topic is None or topic.own is None or len(run) < 2 or "分别" not in sent[subject.end:run[0].start]:
        return []
    head = _TIME_HEAD.sub("", sent[clause_start(sent, subject.start):subject.start])
    items = [w.strip() for w in LIST_MARK.split(head)]
    mine = [k for k, w in enumerate(items) if topic.own.fullmatch(w)]
    if len(items) != len(run) or len(mine) != 1 or run.index(n) != mine[0] \
            or not all(k == mine[0] or others.search(w) for k, w in enumerate(items)):
        return []
    family = cat.term_family.get(subject.text)
    return [TermHit(subject.start, subject.end, subject.text, family, False)] if family else []


# a part named after its whole (全社会固定资产投资1186.42亿元,…。其中,城镇固定资产投资(不含农户)1120.53亿元,增长27.6%): the
# whole's part, not the place's headline; 其中 and the words that make the name a part (城镇, 民间), no number or mark
_OF_WHICH = re.compile(r"\s*其中\s*[,,::]?\s*((?:(?![年月季期])[\u4e00-\u9fff]){1,6})\s*")   # (not 二季度单季: a part of the year)


def parts_of_a_whole(hits: list[TermHit], sent: str, before: str, cat) -> list[TermHit]:
    """`hits` with each name opened by 其中 and a qualifier, whose family the paragraph before (`before`) or the
    sentence before it names, made no indicator's (family None): the whole's part."""
    out = []
    for h in hits:
        at = sent.rfind("其中", clause_start(sent, h.start, "。;;"), h.start)   # (其中,城镇…: its comma opens no clause)
        lead = h.family and at >= 0 and (at == 0 or sent[at - 1] in ",,;;。") and _OF_WHICH.fullmatch(sent, at, h.start)
        if lead and _named_before(h.family, before + sent[max(0, at - 400):at], cat):   # (near it: a run-together text)
            h = replace(h, family=None)
        out.append(h)
    return out


def _named_before(family: str, text: str, cat) -> bool:
    """A name of `family` stands in `text` with a figure after it."""
    return any(cat.term_family.get(m.group()) == family and re.match(r"[^。;;]{0,12}?\d", text[m.end():])
               for m in cat.term_re.finditer(text))
