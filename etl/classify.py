"""Pure: a normalised document -> observations (indicator, year, period, kind, value, hedge …).

The reading is sentence by sentence with a small context that carries across sentences:
which section we are in (review of year Y or targets for year Y) and whether a five-year span
(“十三五”时期) is being summarised. Inside a sentence each number is attached to the nearest
indicator name before it (or to the matching member of a list: A、B、C分别下降x、y、z), and what
the number measures is read from the words between the name and the number.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import lru_cache

from etl.catalogue import Catalogue, Regions, alternation, grammar_of, implausible, qualitative_of, regions_of
from etl.documents import Document
from etl.figures import NumberMention, find_numbers
from etl.records import REASON_SEP, Mention
from etl.tables import Cell, find_cells

# --- grammar: words, not knowledge about indicators ---------------------------------------

_SENTENCE_END = re.compile(r"[。!?;\n]")
_GROWTH = re.compile(r"增长|增速|增幅|同比|下降|降低|减少|回落|下滑|负增长|提高|上升|增加|拉升|上涨")
_DECLINE = re.compile(r"下降|降低|减少|回落|下滑|负增长")
_TO_LEVEL = re.compile(r"(?:增长|提高|上升|增加|下降|降低|减少|降|增|提升)(?:至|到)")
_INCREMENT_BEFORE = re.compile(r"(?:增长|增加|减少|下降|提高|增收|减收|多)\s*$")
_FROM_BEFORE = re.compile(r"(?:由|从)\s*$")
_REACH_BEFORE = re.compile(r"(?:达到|达)\s*$")   # 年均增长9.4%,达到1709亿元: the level reached
_TARGET_INLINE = re.compile(r"目标")
_DERIVED_TAIL = r"(?:年初|全年)?(?:预期|预定|计划|既定)?目标\s*$"   # …预期目标0.5个百分点
_RATIO_BEFORE = re.compile(r"(?:的|占|为上年|是全市|相当于)\s*\(?\s*$")
_COMPARABLE = re.compile(r"可比口径|同口径|可比价|剔除[^,;。]{0,15}因素|剔出不可比因素|扣除[^,;。]{0,12}因素|不可比因素")
_AVG = re.compile(r"年均")
_YEAR_JUST_BEFORE = re.compile(r"(?<!\d)(\d{4})\s*年(?:的|底|末)?\s*(?:达到|达|实现|完成|为|增至|提高到|增长到)?\s*$")
_CUMULATIVE = re.compile(r"累计")
_LIST_SEP = re.compile(r"^\s*(?:\([^()]{0,20}\))?\s*(?:、|和|及|与|以及)\s*$")
_NUM_LIST_SEP = re.compile(r"^\s*(?:、|和|及|,)\s*$")
_COMPARATOR_BEFORE = re.compile(r"(?:占|与|同|较|比|快于|慢于|相当于|是)(?:全区|辖区|本区|全市)?\s*$")
_YEAR = re.compile(r"(?<!\d)(\d{4})年(?!以来|以前|末|底|初|起|前)")
_YEAR_BAD_BEFORE = re.compile(r"(?:比|较|与|同|从|自|由|(?<!对)于|和|至|到|截至)\s*$")   # 对于2018年工作: about 2018
_CONGRESS = re.compile(r"政府工作报告|人民代表大会|人大\S{0,4}会议")
# an estimate or a comparison with last year: an outcome, never a target (完成 and 达到 are both)
_ESTIMATE = re.compile(r"预计|初步核算|初步统计|同比|比上年|较上年")
_FIRST_ESTIMATE = re.compile(r"初步预计|初步核算|初步统计")

_TO = r"\s*(?:-|—|–|~|至|到)\s*"   # month ranges: 1-11月, 1—11月, 1至11月, 1~11月
_JAN_TO = r"(?<!\d)1月?" + _TO        # … and 1月-11月
_PERIODS = [
    (re.compile(r"前三季度|" + _JAN_TO + r"9月"), "Q1-Q3"),
    (re.compile(r"上半年|" + _JAN_TO + r"6月"), "H1"),
    (re.compile(r"第?一季度|" + _JAN_TO + r"3月"), "Q1"),
    (re.compile(r"第?二季度"), "Q2"),
    (re.compile(r"第?三季度"), "Q3"),
    (re.compile(r"第?四季度"), "Q4"),
    (re.compile(_JAN_TO + r"(1[01]|[2-8])月"), "M1-M{0}"),
]
_WHOLE_YEAR = re.compile(r"全年|" + _JAN_TO + r"12月")
# a year (and a part-year) at the head of a sentence or paragraph: "2021年,…", "2022年一季度,…", "1—11月,…"
_LEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、])?\s*"
                   r"(?:(?P<year>\d{4})年(?!以来|以前|前|起|初|底|末|\d{1,2}月\d{1,2}日|[至到\-—~]))?\s*"
                   r"(?P<period>前三季度|上半年|第?[一二三四]季度|1月?" + _TO + r"\d{1,2}月)?")
# a target said in so many words within the clause (news wording: 预期增长, 确保): the words are
# data (data/kind_words.csv); "…X亿元的目标" after the number says it too
_TARGET_AFTER_WORDS = r"\s*的?(?:发展|奋斗|规划)?目标"
_BY_YEAR = re.compile(r"(?:到|至)(\d{4})年(?:底|末)?")
_PLAN_SPAN = re.compile(r"“?十([一二三四五])五”?")
# a round number passed on the way (突破4000亿元大关, 迈上3000亿元台阶), not the figure
_MILESTONE_AFTER = re.compile(r"^\s*(?:的)?(?:大关|台阶|关口|门槛|新台阶|量级)")
_MILESTONE_BEFORE = re.compile(r"(?:迈上|跨上|站上|跨越|越过|登上)\s*$")
_DECLINE_RATE = re.compile(r"降幅(?:收窄|扩大|为|达|是)?(?:至|到)?\s*$")
_RATE_LEVEL = re.compile(r"(?:增速|增幅|增长率)[^,;]{0,6}(?:回落|下降|放缓|提高|回升|加快|收窄|提升)(?:至|到)\s*$")
_TABLE_TARGET = re.compile(r"计划|目标|预期")
_TABLE_ACTUAL = re.compile(r"完成|实际|执行|实绩|绝对值|比上年|同比")
_BULLET = re.compile(r"\s*[●◆■▪•·◎○◇□▶►\-*]\s*")
_TIME_WORDS = re.compile(r"\s*(?:全年|全区|年内|当年|今年|去年|共|累计|全年共)?\s*")
_FORMAL = ("government work report", "plan report", "statistics release")

_PLAN_START = re.compile(
    r"(?:(\d{4})年|今年|明年)?[^。;,:]{0,16}?主要(?:预期)?目标(?!任务)(?:是|为|如下|:)"
    r"|(\d{4})年[^。;,:]{0,16}?主要(?:预期)?目标(?!任务)"
    r"|(\d{4})年(?:国民经济和社会发展)?计划(?:\(草案\)|草案)"
)
_REVIEW_START = re.compile(r"(\d{4})年(?:上半年)?(?:全区)?(?:国民经济和社会发展)?(?:计划执行情况|工作回顾)"
                           r"|回顾(?:了)?(\d{4})年(?:的)?(?:工作|发展)|过去一年|一年来")
_SPAN_START = re.compile(r"^.{0,8}?(?:“?十([一二三四五])五”?(?:时期|期间|以来)|过去五年|五年来)")
_ANNUAL_MARK = re.compile(r"过去一年|这一年|去年|今年|全年|一年来|^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
_FIVE_YEAR_PLANS = {"一": (2006, 2010), "二": (2011, 2015), "三": (2016, 2020), "四": (2021, 2025), "五": (2026, 2030)}
# Dated news and other documents without review/plan sections: years relative to the date.
_LAST_YEAR = re.compile(r"去年|过去一年|上一年|上年度")
_WHOLE_YEAR_DONE = re.compile(r"全年[^。;]{0,12}?(?:实现|完成|达到|达)")
_THIS_YEAR = r"今年[^。;]{0,30}?(?:目标|计划|TARGET_WORDS)|(?:目标|预期)[^。;]{0,30}?今年"
_PRELIMINARY = re.compile(r"预计|初步核算|初步统计|快报")
_FINAL = re.compile(r"核实|统一核算|统计公报|最终核实|年报")


@dataclass
class Context:
    section: str | None = None   # "review" | "plan" | None
    year: int | None = None
    year_source: str = "document"  # section (a heading or a review/plan sentence) | document (date, title, type)
    span: tuple[int, int] | None = None


@dataclass
class Lead:
    """A year and a part-year stated at the head of a sentence or a paragraph; it carries to the
    clauses after it (through ';' lists) and, at a paragraph's head, to the paragraph's end."""
    year: int | None = None
    period: str | None = None


@dataclass(frozen=True)
class When:
    kind: str             # target | actual
    year: int
    period: str
    year_source: str      # clause | relative | sentence | paragraph | section | document
    kind_source: str      # section | cue | span | relative | default


@dataclass
class TermHit:
    start: int
    end: int
    text: str
    family: str | None
    comparator: bool


def sentences(text: str):
    """(start, end, terminator) of each sentence; the terminator is excluded from the span."""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos:
            yield pos, m.start(), m.group()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text), ""


def other_places(regions: Regions, own: str | None) -> re.Pattern:
    """Words just before an indicator name that make it another place's figure: every place of
    data/regions.csv but the document's own, and the whole-of words of data/region_levels.csv (and
    全球) unless that is the document's level."""
    mine = regions.by_name(own)
    names = {w for r in regions.rows if r is not mine for w in (r.name_zh, r.short_zh, *r.aliases) if w}
    names |= {w for level, w in grammar_of().whole_of.items() if not (mine and mine.level == level) and level != "district"}
    names.add("全球")
    if mine:   # X市Y区: a parent named with the district is the district
        names -= {mine.name_zh, mine.short_zh}
    known = alternation(names)
    # a place the table does not know, by its suffix (甲州经济总量, 某某县GDP), unless it is this one
    own = [w for w in ((mine.name_zh, mine.short_zh, *mine.aliases) if mine else ()) if w]
    not_own = "".join(f"(?<!{re.escape(w)})" for w in own if len(w) <= 8)
    return re.compile("(?:" + known + r"|[\u4e00-\u9fff]{1,3}(?<![全本我该辖城各])(?:州|市|省|县)" + not_own + r")\s*$")


class PlaceTopic:
    """Which place a sentence is about where its indicator names carry no place of their own:
    "X省…会议提到,…,预计经济总量突破Y" is X's figure. The last place named before the name decides,
    unless it only leads (在X市委…领导下), is compared with (比X市), or the document's own place
    (by name or 全区/我区/本区) comes after it."""

    def __init__(self, regions: Regions, own: str | None):
        mine = regions.by_name(own)
        own_words = {w for w in ((mine.name_zh, mine.short_zh, *mine.aliases) if mine else (own,)) if w}
        # every place but ours by name (全国 is a whole-of word, not a name: 居全国首位 is about us)
        others = {w for r in regions.rows if r is not mine
                  for w in ((r.name_zh,) if r.level != "nation" else ()) + tuple(r.aliases) if w}
        others -= own_words
        level = mine.level if mine else None
        own_words |= {w for lvl, w in grammar_of().whole_of.items() if lvl == (level or "district")}
        own_words |= {"我区", "本区", "辖区"} if (level or "district") == "district" else set()
        self.pattern = re.compile("(?P<own>" + alternation(own_words) + ")|(?P<other>" + alternation(others) + ")") \
            if others and own_words else None

    def others_before(self, sent: str) -> list[int]:
        """Start offsets of the clauses from which the sentence is about another place (sorted)."""
        if self.pattern is None:
            return []
        starts, about_other = [], False
        for m in self.pattern.finditer(sent):
            if m.group("own"):
                if about_other:
                    starts.append(-m.start())     # back to our own place from here on
                about_other = False
                continue
            tail = sent[m.end():m.end() + 2]
            lead_in = sent[max(0, m.start() - 3):m.start()]
            if tail.startswith(("委", "政府", "人民政府")) or re.search(r"[比较与同于在占]\s*$", lead_in):
                continue
            if not about_other:
                starts.append(m.start())
            about_other = True
        return starts

    @staticmethod
    def is_other(marks: list[int], pos: int, sent: str) -> bool:
        state = False
        for mark in marks:
            at = abs(mark)
            if at >= pos:
                break
            state = mark >= 0 and not _LED_BY.search(sent[at:pos])
        return state


@functools.lru_cache(maxsize=256)
def _topic_for(region: str | None) -> PlaceTopic:
    return PlaceTopic(regions_of(), region)


@functools.lru_cache(maxsize=256)
def _other_places_for(region: str | None) -> re.Pattern:
    """other_places for a document's region, compiled once per region (not once per document)."""
    return other_places(regions_of(), region)


_LED_BY = re.compile(r"(?:领导|支持|监督|指导|带领)下")


def find_terms(sent: str, cat: Catalogue, other_place: re.Pattern | None = None,
               topic: PlaceTopic | None = None) -> list[TermHit]:
    hits = []
    compared = _kind_words(grammar_of()).comparator
    marks = topic.others_before(sent) if topic else []
    for m in cat.term_re.finditer(sent):
        family = cat.term_family[m.group()]
        before = sent[max(0, m.start() - 6):m.start()]
        comparator = bool(_COMPARATOR_BEFORE.search(before) or compared.search(before))
        if family and other_place is not None and other_place.search(before):
            family = None  # a city-, province- or country-wide figure, not the district's
        if family and marks and PlaceTopic.is_other(marks, m.start(), sent):
            family = None  # the sentence is about another place
        if hits and family and hits[-1].family == family and not hits[-1].comparator \
                and re.fullmatch(r"\s*[()]?\s*", sent[hits[-1].end:m.start()]):
            prev = hits.pop()
            hits.append(TermHit(prev.start, m.end(), sent[prev.start:m.end()], family, False))
            continue
        hits.append(TermHit(m.start(), m.end(), m.group(), family, comparator))
    basis_spans = [b.span() for b in _COMPARABLE.finditer(sent)]
    return [h for h in hits if not any(a <= h.start and h.end <= b for a, b in basis_spans)]


def _subject_lists(terms: list[TermHit], sent: str) -> dict[int, list[TermHit]]:
    """Map id(term) -> the list of subjects it belongs to (A、B和C), for subjects only."""
    groups: list[list[TermHit]] = []
    for t in terms:
        if t.comparator:
            continue
        if groups and (_LIST_SEP.match(sent[groups[-1][-1].end:t.start]) or groups[-1][-1].start == t.start):
            groups[-1].append(t)
        else:
            groups.append([t])
    return {id(t): g for g in groups for t in g}


def _number_runs(nums: list[NumberMention], sent: str) -> dict[int, list[NumberMention]]:
    runs: list[list[NumberMention]] = []
    for n in nums:
        if runs and _NUM_LIST_SEP.match(sent[runs[-1][-1].end:n.start]) \
                and _dimension(runs[-1][-1].unit) == _dimension(n.unit):
            runs[-1].append(n)
        else:
            runs.append([n])
    return {id(n): r for r in runs for n in r}


def _dimension(unit: str) -> str:
    """CNY | USD | pct | pp | ugm3 … from data/units.csv; "other" for a word the table does not know."""
    return grammar_of().dimension.get(unit, "other") if unit else "other"


def _explicit_year(sent: str, subject_start: int, doc: Document) -> int | None:
    """A year stated just before the subject (初步核算,2020年实现地区生产总值 …)."""
    best = None
    for m in _YEAR.finditer(sent, 0, subject_start):
        if _YEAR_BAD_BEFORE.search(sent[max(0, m.start() - 3):m.start()]):
            continue
        between = sent[m.end():subject_start]
        if len(between) <= 12 and not re.search(r"\d", between) or m.start() <= 2:
            best = int(m.group(1))
    if best is None:
        return None
    ref = doc.report_year or best
    return best if ref - 15 <= best <= ref + 6 else None


def _declined(value: float, value_high: float | None) -> tuple[float, float | None]:
    """下降5% -> -5; a declining range 下降5-6% -> -6..-5 (low end first)."""
    if value_high is None:
        return -value, None
    return -value_high, -value


def _period(before: str) -> str | None:
    """The part-year named in `before` (None when none is)."""
    for rx, label in _PERIODS:
        m = rx.search(before)
        if m:
            return label.format(*m.groups()) if m.groups() else label
    return None


def read_lead(sent: str) -> Lead | None:
    m = _LEAD.match(sent)
    if not m or not (m.group("year") or m.group("period")):
        return None
    return Lead(int(m.group("year")) if m.group("year") else None,
                _period(m.group("period")) if m.group("period") else None)


def _plan_span(hi: int) -> tuple[int, int] | None:
    """The five-year plan that ends in `hi` (2025 -> 十四五 2021-2025)."""
    for lo_hi in _FIVE_YEAR_PLANS.values():
        if lo_hi[1] == hi:
            return lo_hi
    return None


def _clause_start(sent: str, pos: int) -> int:
    return max(sent.rfind(c, 0, pos) for c in ",:") + 1


class _Extractor:
    def __init__(self, doc: Document, cat: Catalogue):
        self.doc = doc
        self.cat = cat
        self.ctx = Context()
        self.out: list[Mention] = []
        if doc.doc_type in _FORMAL:
            self.ctx.section, self.ctx.year = "review", doc.reviews_year
        self.date_year = int(doc.doc_date[:4]) if doc.doc_date else None
        self.date_month = int(doc.doc_date[5:7]) if doc.doc_date else None
        # the last year whose outcomes could be known when the document was written
        self.other_place = _other_places_for(doc.region)
        self.topic = _topic_for(doc.region)
        self.grammar = grammar_of()
        self.words = _kind_words(self.grammar)
        # news of the congress season reporting the work report: its stated outcomes are last year's
        self.congress_news = doc.doc_type == "news" and bool(_CONGRESS.search(doc.text[:1500]))
        self.past_until = doc.reviews_year or ((self.date_year - 1) if self.date_year else None)
        stated = {int(y) for y in _YEAR.findall(doc.text[:20000]) if 1990 <= int(y) <= 2100}
        self.only_year = stated.pop() if len(stated) == 1 else None
        self.para_lead: Lead | None = None
        self.sent_lead: Lead | None = None
        self.relative: tuple[str, int] | None = None
        self.sent_outcome = False   # the full sentence so far says its figures were achieved (完成, 同比 …)
        self.piece_outcome = False  # … this piece of it (up to the next ';') does
        self.sent_estimate = False  # … or estimated (预计, 同比): outcomes for sure
        self.para_start = 0
        self.inline_plan = False    # the plan section was opened by a sentence of a news item, not a heading
        self.para_year: int | None = None   # the last year stated in this paragraph so far
        self.doc_year: int | None = None    # the last year stated as a lead or in a clause so far

    # context ---------------------------------------------------------------------------
    def update_context(self, sent: str, heading: bool) -> None:
        plan = _PLAN_START.search(sent) if ("目标" in sent or "计划" in sent) else None
        review = _REVIEW_START.search(sent) if ("年" in sent) else None
        review_year = next((g for g in review.groups() if g), None) if review else None
        if plan and review and review.start() < plan.start() and review_year:
            return  # a title naming both years ("2019年计划执行情况与2020年计划(草案)")
        if plan:
            year = next((g for g in plan.groups() if g), None)
            self.ctx.section = "plan"
            if year:
                self.ctx.year = int(year)
            elif "明年" in plan.group(0) and self.doc.report_year:
                self.ctx.year = self.doc.report_year + 1
            else:
                self.ctx.year = self.doc.plans_year or self.doc.report_year
            self.ctx.year_source = "section"
            self.ctx.span = None
            self.para_lead = None   # a new section: what the paragraph said before it no longer holds
            self.inline_plan = not heading and self.doc.doc_type not in _FORMAL
            return
        # a review heading ends a plan section; a review phrase inside a plan section does not
        reviewing = self.ctx.section != "plan" or (heading and review_year)
        if review and reviewing and (review_year or self.doc.reviews_year or self.ctx.year):
            self.ctx.section = "review"
            self.ctx.year = int(review_year) if review_year else (self.doc.reviews_year or self.ctx.year)
            self.ctx.year_source = "section"
            self.para_lead = None
        span = _SPAN_START.search(sent) if "五" in sent[:16] else None
        if span:
            if span.group(1):
                self.ctx.span = _FIVE_YEAR_PLANS[span.group(1)]
            elif self.doc.reviews_year:
                self.ctx.span = (self.doc.reviews_year - 4, self.doc.reviews_year)
        elif _ANNUAL_MARK.search(sent):
            self.ctx.span = None

    def relative_year(self, sent: str) -> tuple[str, int] | None:
        """For news and other documents without formal sections: (section, year) of a sentence that
        says which year it means relative to the document's date (今年…目标, 去年, 全年…实现 in Q1)."""
        if self.doc.doc_type in _FORMAL:
            return None
        if not self.date_year:
            # undated: 今年 is the one year the document states anywhere, if it states only one (a guess:
            # its figures go to review)
            if self.only_year and "今年" in sent:
                return ("plan" if self.words.this_year_target.search(sent) else "this year"), self.only_year
            return None
        if self.words.this_year_target.search(sent):
            return "plan", self.date_year
        if _LAST_YEAR.search(sent) or (self.date_month <= 3 and _WHOLE_YEAR_DONE.search(sent)):
            return "review", self.date_year - 1
        if "今年" in sent:
            return "this year", self.date_year
        return None

    def _future(self, year: int) -> bool:
        return self.past_until is not None and year > self.past_until

    # one sentence ----------------------------------------------------------------------
    def sentence(self, s0: int, s1: int, *, new_sentence: bool, new_paragraph: bool, heading: bool,
                 title: bool, bullet: bool = False) -> None:
        sent = self.doc.text[s0:s1]
        if new_paragraph:
            self.para_start, self.para_lead, self.para_year = s0, None, None
        if not title:
            self.update_context(sent, heading)
        said_done = self.piece_outcome = bool(self.words.outcome.search(sent))
        self.sent_outcome = said_done if new_sentence else (self.sent_outcome or said_done)
        estimated = bool(_ESTIMATE.search(sent))
        self.sent_estimate = estimated if new_sentence else (self.sent_estimate or estimated)
        if new_sentence:
            self.sent_lead = self.lead_of(sent)
            if self.sent_lead and self.sent_lead.year:
                self.doc_year = self.sent_lead.year
            if new_paragraph or (bullet and self.para_lead is None):
                # a paragraph's (or a list's first item's) opening sentence sets its year ("2018年全区经济…。")
                self.para_lead = self.sent_lead
            if new_paragraph and self.inline_plan and self.ctx.section == "plan" and (
                    (self.sent_lead and self.sent_lead.period) or _FIRST_ESTIMATE.search(sent)):
                # news: the targets a sentence announced end where a paragraph reports a part-year or a
                # first estimate ("2022年一季度,…初步预计,…增长22%")
                self.ctx.section, self.ctx.year, self.inline_plan = None, None, False
        self.relative = self.relative_year(sent)
        self._sentence(sent, s0)

    def lead_of(self, sent: str) -> Lead | None:
        """The year (and part-year) a full sentence is about, from its head or from its first
        clause before the first indicator name ("报告指出,2020年全区…;…")."""
        lead = read_lead(sent)
        if lead and lead.year and not self._plausible(lead.year):
            lead = Lead(None, lead.period)
        if lead and lead.year:
            return lead
        m = self.cat.term_re.search(sent)
        first_term = m.start() if m else len(sent)
        for y in _YEAR.finditer(sent, 0, first_term):
            if _YEAR_BAD_BEFORE.search(sent[max(0, y.start() - 3):y.start()]) or not self._plausible(int(y.group(1))):
                continue
            after = sent[y.end():y.end() + 12]
            if re.match(r"\s*(?:至|到|-|—)", after):
                continue
            return Lead(int(y.group(1)), _period(sent[y.end():first_term]) or (lead.period if lead else None))
        return lead

    def _sentence(self, sent: str, s0: int) -> None:
        terms = self.terms(sent, s0)
        if not terms:
            return   # most sentences name no indicator: their numbers are not read at all
        nums = [n for n in find_numbers(sent) if not _milestone(sent, n)]
        lists = _subject_lists(terms, sent)
        runs = _number_runs(nums, sent)
        last_growth: dict[str, tuple[float, NumberMention]] = {}
        for n in nums:
            dim = _dimension(n.unit)
            subject = next((t for t in reversed(terms) if t.end <= n.start and not t.comparator), None)
            if dim == "other" or subject is None:
                continue
            run = runs[id(n)]
            group = lists[id(subject)]
            if len(group) > 1:
                if len(run) != len(group):
                    continue
                subject = group[run.index(n)]
            elif len(run) > 1:
                continue  # one name, several numbers in a list: which is which is not said
            if subject.family is None:
                continue
            first = run[0]
            same_dim_before = [m for m in nums if subject.end <= m.start and m.end <= first.start
                               and _dimension(m.unit) == dim and m not in run]
            if same_dim_before:
                since = sent[same_dim_before[-1].end:first.start]
                if not (_COMPARABLE.search(since) or _TARGET_INLINE.search(since) or _TO_LEVEL.search(since)):
                    continue
            gap_start = max(subject.end, self._end_before(nums, first, subject))
            gap = sent[gap_start:first.start]
            hedge = n.suffix or run[-1].suffix or n.prefix or first.prefix
            if not hedge:   # 力争地区生产总值增长8%: a hedge that reaches over the name
                hedge = next((w for w in self.grammar.clause_hedges if w in gap), None)
            if n.prefix and not n.suffix and self.grammar.bounds.get(n.prefix) == "ceiling":
                hedge = n.prefix   # 控制在3%: the ceiling of this number, not the list's last hedge
            self.number(sent, s0, subject, n, dim, gap, hedge, last_growth)
        self.qualitative(sent, s0, terms, nums)

    def terms(self, sent: str, s0: int) -> list[TermHit]:
        """Indicator names of the sentence. A name that counts only under its indicator's heading
        (完成投资 in a paragraph about 固定资产投资) takes that family when the paragraph or the sentence
        opens with the indicator's full name and nothing but a time word stands before it in its clause
        (更新项目完成投资 stays a project's investment)."""
        hits = find_terms(sent, self.cat, self.other_place, self.topic)
        for i, h in enumerate(hits):
            family = self.cat.paragraph_aliases.get(h.text)
            if not family or h.family is not None:
                continue
            if not _TIME_WORDS.fullmatch(sent[_clause_start(sent, h.start):h.start]):
                continue
            openings = (self.doc.text[self.para_start:self.para_start + 16], sent[:16])
            if any(self.cat.term_family.get(m.group()) == family
                   for opening in openings for m in self.cat.term_re.finditer(opening)):
                hits[i] = TermHit(h.start, h.end, h.text, family, h.comparator)
        return _expand_shared_lists(hits, sent, self.cat)

    def _end_before(self, nums: list[NumberMention], n: NumberMention, subject: TermHit) -> int:
        ends = [m.end for m in nums if subject.end <= m.end <= n.start]
        return max(ends) if ends else subject.end

    # one number: what it measures, then when and whether planned ----------------------------
    def number(self, sent, s0, subject, n, dim, gap, hedge, last_growth) -> None:
        family = subject.family
        measures = self.cat.families[family]
        clause = sent[_clause_start(sent, subject.start):n.start]
        inline_target = self.ctx.section != "plan" and bool(_TARGET_INLINE.search(gap))
        cue = self.ctx.section != "plan" and not inline_target and bool(
            self.words.target.search(clause) or self.words.target_after.match(sent[n.end:]))
        if dim == "pp":
            self.derived_target(sent, s0, subject, n, gap, measures, last_growth)
            return
        measure = self.measure(sent, subject, n, dim, gap, inline_target, measures, last_growth)
        if measure is None:
            return
        key, rule, value, value_high, unit = measure
        when = self.when(sent, subject, n, dim, gap, key, rule, inline_target, cue, measures)
        if when is None:
            return
        key, rule, w = when
        basis = "comparable" if _COMPARABLE.search(gap) else "reported"
        self.emit(None, n, s0, sent, subject, key=key, kind=w.kind, value=value, value_high=value_high,
                  unit=unit, hedge=hedge, rule=rule, method="text",
                  basis=basis if rule.endswith("growth") or rule == "inline-target" else "reported",
                  period=w.period, year=w.year, year_source=w.year_source, kind_source=w.kind_source)

    def derived_target(self, sent, s0, subject, n, gap, measures, last_growth) -> None:
        """高于年初预期目标1.5个百分点: the target is the growth just stated minus the gap."""
        derived = self.words.derived.search(gap)
        if not derived or subject.family not in last_growth:
            return
        base, anchor = last_growth[subject.family]
        sign = -1 if derived.group(1) in self.grammar.above_words else 1
        value = round(base + sign * n.value, 4)
        year, year_source = self.year_of(sent, subject, n)
        self.emit(anchor, n, s0, sent, subject, key=measures.get("growth"), kind="target", value=value,
                  value_high=None, unit="pct", hedge=None, rule="derived:target-from-gap-pp", method="derived",
                  basis="reported", year=year, year_source=year_source, kind_source="cue")

    def measure(self, sent, subject, n, dim, gap, inline_target, measures, last_growth):
        """-> (indicator key, rule, value, value_high, unit), or None when the number does not
        measure an indicator of the subject's family."""
        family = subject.family
        before = sent[max(0, n.start - 6):n.start]
        value, value_high = n.value, n.value_high
        if dim == "pct" and _RATIO_BEFORE.search(before) and not inline_target:
            return None  # 占全区…的44%, 完成目标的104%: a ratio, not the indicator
        if dim in ("CNY", "USD", "ugm3"):
            if _INCREMENT_BEFORE.search(gap) and not _TO_LEVEL.search(gap):
                return None
            if _FROM_BEFORE.search(gap) and not _YEAR_JUST_BEFORE.search(gap):
                return None
            key = measures.get("level")
            if key is None:
                return None
            converted = self.convert(key, n.unit, value, value_high)
            if converted is None:
                return None
            value, value_high, unit = converted
            return key, "inline-target" if inline_target else "level", value, value_high, unit
        if dim != "pct":
            return None
        if "rate" in measures:
            return measures["rate"], "rate", value, value_high, "pct"
        if "share" in measures:
            if not self.cat.measure_words(measures["share"]).search(subject.text + gap):
                return None
            return measures["share"], "share", value, value_high, "pct"
        if "change" in measures:
            if not _GROWTH.search(gap) or _TO_LEVEL.search(gap):
                return None
            if _DECLINE.fullmatch(_last_verb(gap)) and value > 0:
                value, value_high = _declined(value, value_high)
            return measures["change"], "change", value, value_high, "pct"
        if "growth" not in measures:
            return None
        growth_verb = _GROWTH.search(gap)
        declining = _DECLINE_RATE.search(gap)
        rate_level = _RATE_LEVEL.search(gap)
        if (_TO_LEVEL.search(gap) and not rate_level) or "占" in gap:
            return None
        if not (growth_verb or declining) and not (inline_target and family in last_growth):
            return None
        if declining:
            value, value_high = (-abs(value), None) if value_high is None else _declined(abs(value), abs(value_high))
        elif growth_verb and _DECLINE.fullmatch(_last_verb(gap)) and value > 0 and not rate_level:
            value, value_high = _declined(value, value_high)
        rule = "inline-target" if inline_target else "growth"
        if rule == "growth":
            last_growth[family] = (value, n)
        return measures["growth"], rule, value, value_high, "pct"

    def year_of(self, sent: str, subject: TermHit, n: NumberMention, kind: str = "actual") -> tuple[int | None, str]:
        """The figure's year and where it came from, strongest first: the clause, a word relative to
        the document's date (今年, 去年), the sentence's lead, the paragraph's lead, the section, the
        document's date or type."""
        clause_year = _explicit_year(sent, subject.start, self.doc)
        if clause_year:
            return clause_year, "clause"
        if self.relative and (self.relative[0] != "this year" or "今年" in sent[:n.start]):
            return self.relative[1], "relative" if self.date_year else "only year stated"
        for lead, source in ((self.sent_lead, "sentence"), (self.para_lead, "paragraph")):
            if lead and lead.year:
                return lead.year, source
        if self.ctx.year:
            return self.ctx.year, self.ctx.year_source
        if self.para_year:
            return self.para_year, "earlier sentence"
        if self.doc_year and not self.date_year and (self.ctx.section or self.doc.doc_type not in _FORMAL):
            return self.doc_year, "earlier in the document"
        if self.date_year and self.doc.doc_type not in _FORMAL:
            # an outcome in an item of January-March (the congress season) is most likely last year's
            if kind == "actual" and self.date_month <= 3:
                return self.date_year - 1, "document-last-year"
            return self.date_year, "document"
        return None, "none"

    def period_of(self, sent: str, n: NumberMention, year: int | None, year_source: str) -> str:
        before = sent[:n.start]
        period = _period(before)
        if period:
            return period
        if _WHOLE_YEAR.search(before):
            return "year"
        for lead in (self.sent_lead, self.para_lead):
            if lead and lead.period and (lead.year is None or lead.year == year):
                return lead.period
            if lead and lead.year is not None and year_source in ("sentence", "paragraph"):
                break   # the lead that gave the year gave no part-year
        return "year"

    def when(self, sent, subject, n, dim, gap, key, rule, inline_target, cue, measures):
        """-> (key, rule, When) or None: whether the figure is a target or an outcome, its year and
        its period (a year, a part-year, or a five-year span)."""
        ctx, doc = self.ctx, self.doc
        span = self.span_target(sent, n, cue or inline_target)
        if span:
            return self.as_span_target(span, sent, subject, n, dim, key, rule, measures)
        if ctx.section == "plan":
            kind, kind_source = "target", "section"
        elif inline_target or cue:
            kind, kind_source = "target", "cue"
        elif n.value_high is not None and not _DECLINE.search(gap):
            kind, kind_source = "target", "range"   # outcomes are points; a range is a plan
        elif self.relative and self.relative[0] in ("plan", "review"):
            kind, kind_source = ("target" if self.relative[0] == "plan" else "actual"), "relative"
        elif ctx.section:
            kind, kind_source = "actual", "section"
        elif self.sent_outcome and (self.words.outcome.search(sent[:n.start]) or not self.piece_outcome):
            kind, kind_source = "actual", "cue"
        else:
            kind, kind_source = "actual", "default"
        year, year_source = self.year_of(sent, subject, n, kind)
        if kind == "target" and inline_target:
            period = "year"
        else:
            period = self.period_of(sent, n, year, year_source)
        if period == "year" and doc.half_year and kind == "actual":
            period = "H1"
        clause_year = year_source == "clause"
        stated = _YEAR_JUST_BEFORE.search(sent[max(0, n.start - 12):n.start])
        if stated and dim in ("CNY", "USD", "ugm3") and self._plausible(int(stated.group(1))):
            year, period, year_source = int(stated.group(1)), "year", "clause"  # 由2015年的1708.4亿元增至…
            if rule == "level" and kind == "actual":
                rule = "level:stated-year"
        elif ctx.span and kind == "actual" and not clause_year:
            key, period, year, rule = self.span_outcome(sent, subject, gap, key, rule, measures)
            year_source = "section"
        elif _CUMULATIVE.search(gap) and rule in ("level", "growth", "inline-target"):
            return None  # a multi-year total or cumulative growth whose span is not stated
        elif _AVG.search(gap):
            years = [int(y) for y in _YEAR.findall(sent[:n.start]) if self._plausible(int(y))]
            key = measures.get("avg_growth_5yr") if rule == "growth" else None
            if len(years) < 2 or key is None or years[-1] - years[-2] != 5:
                return None  # an average over years we cannot pin down
            period, year, rule, year_source = f"{years[-2] + 1}-{years[-1]}", years[-1], "span:stated-years", "clause"
        if key is None or year is None:
            return None
        if year_source in ("clause", "sentence", "paragraph"):
            self.para_year = self.doc_year = year
        return key, rule, When(kind, year, period, year_source, kind_source)

    def span_outcome(self, sent, subject, gap, key, rule, measures):
        """A figure in a paragraph about a past five-year span ("十三五"时期, 五年来): -> (key, period,
        year, rule); key None when what it measures over the span is not said."""
        span_text = gap + sent[subject.start:subject.end]
        lo, hi = self.ctx.span
        period, year = f"{lo}-{hi}", hi
        if rule == "growth":
            return _span_growth_key(span_text, measures), period, year, "span:growth"
        if rule == "change":
            return key, period, year, "span:change"
        if rule == "level" and _CUMULATIVE.search(span_text):
            return measures.get("cumulative_5yr"), period, year, "span:cumulative"
        if rule == "level" and (_TO_LEVEL.search(gap) or _REACH_BEFORE.search(gap)):
            return key, "year", year, "span:end-level"
        return None, period, year, rule

    def span_target(self, sent: str, n: NumberMention, cue: bool) -> tuple[int, int] | None:
        """A five-year plan's target (到2025年…突破3300亿元, “十四五”时期年均增长6%, 完成“十四五”规划
        X亿元的目标): the plan's span, or (Y, Y) for a target of a later year outside any plan."""
        before = sent[:n.start]
        by = _last(_BY_YEAR, before)
        if by:
            y = int(by.group(1))
            if self._future(y) or self.ctx.section == "plan" or cue:
                return _plan_span(y) or (y, y)
        named = _last(_PLAN_SPAN, before)
        span = _FIVE_YEAR_PLANS[named.group(1)] if named else self.ctx.span
        if span and (self._future(span[1]) or (named and cue)):
            return span
        return None

    def as_span_target(self, span, sent, subject, n, dim, key, rule, measures):
        lo, hi = span
        span_text = sent[_clause_start(sent, subject.start):n.start]
        if dim == "pct" and rule in ("growth", "inline-target") and key == measures.get("growth"):
            key = _span_growth_key(span_text, measures)
        elif rule == "change":
            key = None
        elif _CUMULATIVE.search(span_text):
            key = measures.get("cumulative_5yr")
        if key is None:
            return None
        period = f"{lo}-{hi}" if lo != hi else "year"
        return key, "span-target:" + rule, When("target", hi, period, "clause", "span" if lo != hi else "later-year")

    def _plausible(self, year: int) -> bool:
        ref = self.doc.report_year or self.ctx.year or self.date_year or year
        return 1990 <= year <= 2100 and ref - 15 <= year <= ref + 10

    def convert(self, key: str, unit: str, value: float, value_high: float | None):
        target_unit = self.cat.unit_of(key)
        src = self.cat.units.get(unit)
        dst = self.cat.units.get(target_unit)
        if src is None:
            return None
        if dst is None or src[0] != dst[0]:
            # another currency than the catalogue's (trade in 亿元 after 2024): keep it as stated
            family = self.cat.indicators[key]["family"]
            if src[0] in ("CNY", "USD") and family in ("trade", "fdi"):
                # kept in its currency, on the 亿 scale of the catalogue (9万亿元 -> 90000亿元)
                scale = next((u for u, (dim, f) in self.cat.units.items() if dim == src[0] and f == dst[1]), None)
                if scale is None:
                    return value, value_high, unit
                return (*_scaled(value, value_high, src[1] / dst[1]), scale)
            return None
        return (*_scaled(value, value_high, src[1] / dst[1]), target_unit)

    def qualitative(self, sent: str, s0: int, terms: list[TermHit], nums: list[NumberMention]) -> None:
        for m in qualitative_of().finditer(sent):
            clause_start = max(sent.rfind(c, 0, m.start()) for c in ",:") + 1
            if any(clause_start <= n.start < m.end() and _dimension(n.unit) != "other" for n in nums):
                continue
            subjects = [t for t in terms if clause_start <= t.start and t.end <= m.start() and not t.comparator]
            subjects = [t for t in subjects if t.family]
            for t in subjects:
                measures = self.cat.families[t.family]
                growthy = "增" in m.group() or "增速" in sent[t.end:m.start()] or "同步" in m.group()
                key = measures.get("growth") if growthy and "growth" in measures else \
                    measures.get(self.cat.primary_measure(t.family))
                year, year_source = self.year_of(sent, t, _At(m.start()))
                if year is None or key is None:
                    continue
                plan = self.ctx.section == "plan" or (self.relative and self.relative[0] == "plan")
                kind = "target" if plan else "actual"
                kind_source = "section" if self.ctx.section or self.relative else "default"
                a, b = s0 + t.start, s0 + m.end()
                self.out.append(self.row(key, kind, year, "year", None, None,
                                         self.cat.unit_of(key), m.group(), "reported", "qualitative",
                                         "text", a, b, s0, s0 + len(sent), year_source=year_source,
                                         kind_source=kind_source))

    # rows ------------------------------------------------------------------------------
    def status(self, kind: str, year: int, sent: str) -> str | None:
        if kind != "actual":
            return None
        if _FINAL.search(sent) or self.doc.doc_type == "statistics release":
            return "final"
        if _PRELIMINARY.search(sent):
            return "preliminary"
        ref = self.doc.report_year or ((self.doc.reviews_year + 1) if self.doc.reviews_year else None)
        if ref and year < ref - 1:
            return "final"   # a year before the one under review: a revised, later statement
        return "preliminary"

    def confidence(self, kind: str, year: int, period: str, year_source: str, kind_source: str) -> tuple[str, str]:
        """high: year, indicator and kind come from the same sentence, its paragraph or a formal
        section; low (with the reasons) when any was inferred from weaker context."""
        reasons = []
        formal = self.doc.doc_type in _FORMAL
        if self.doc.region is None:
            reasons.append("region unknown")
        if getattr(self.doc, "ocr", False):
            reasons.append("read by OCR")
        if year_source == "document" and not formal:
            reasons.append("no year stated near the figure; the document's date was used")
        if year_source == "document-last-year" and not (self.congress_news and kind == "actual" and self.sent_estimate):
            reasons.append("no year stated near the figure; read as the year before the document's "
                           "January-March date")
        if year_source == "only year stated":
            reasons.append("the document is undated; 今年 was read as the only year it states")
        if year_source == "earlier in the document":
            reasons.append("no year in its paragraph and the document is undated; the last year stated before it was used")
        if year_source == "earlier sentence":
            reasons.append("no year in its sentence; carried from an earlier sentence of the paragraph")
        if kind_source == "default" and not formal and period == "year" and (self.date_year is None or year >= self.date_year):
            reasons.append("not stated whether it is a target or an outcome")
        if kind_source == "later-year":
            reasons.append("a target for a later year outside a five-year plan")
        return ("low", REASON_SEP.join(reasons)) if reasons else ("high", "")

    def row(self, key, kind, year, period, value, value_high, unit, hedge, basis, rule, method,
            a, b, s_a, s_b, sent="", year_source="section", kind_source="section") -> Mention:
        confidence, reason = self.confidence(kind, year, period, year_source, kind_source)
        odd = implausible(value, unit) or implausible(value_high, unit)
        if odd:   # 99999999999999999999亿元 is read, but never charted
            confidence, reason = "low", REASON_SEP.join(filter(None, [reason, odd]))
        return Mention(
            region=self.doc.region, indicator=key, year=year, period=period, kind=kind,
            value=value, value_high=value_high, unit=unit, qualifier=hedge,
            status=self.status(kind, year, sent or self.doc.text[s_a:s_b]), basis=basis,
            method=method, rule=rule, doc_id=self.doc.doc_id, char_start=a, char_end=b,
            quote=self.doc.text[a:b], sentence_start=s_a, sentence_end=s_b,
            report_year=self.doc.report_year, source_url=self.doc.source_url, source_title=self.doc.title,
            confidence=confidence, confidence_reason=reason, year_source=year_source,
            mention_key=f"{self.doc.doc_id}@{a}-{b}/{key}/{kind}", page=self.doc.part_at(a),
        )

    def emit(self, anchor, n, s0, sent, subject, *, key, kind, value, value_high, unit, hedge,
             rule, method, basis, period="year", year=None, year_source="section", kind_source="section") -> None:
        if key is None or year is None:
            return
        start = anchor.start if anchor is not None else subject.start
        if anchor is None and n.end - subject.start > 160:
            start = max(sent.rfind(c, 0, n.start) for c in ",:、") + 1
        a, b = s0 + start, s0 + n.end
        self.out.append(self.row(key, kind, year, period, value, value_high, unit, hedge, basis, rule,
                                 method, a, b, s0, s0 + len(sent), sent, year_source, kind_source))


    # tables -------------------------------------------------------------------------------
    def table_cell(self, cell: Cell) -> None:
        """One numeric cell of a table: the row label names the indicator, the unit and the headers
        say what it measures, the header or the table's title its year and whether it is planned."""
        family = next((self.cat.term_family[m.group()] for m in self.cat.term_re.finditer(cell.label)
                       if self.cat.term_family.get(m.group())), None)
        if family is None:
            return
        measures = self.cat.families[family]
        words = cell.label + " " + cell.header
        unit = self.grammar.canonical.get(cell.unit, cell.unit) or ("%" if _GROWTH.search(cell.header) else "")
        dim = _dimension(unit)
        value, value_high = cell.value, cell.value_high
        if dim == "pct":
            if "rate" in measures:
                key = measures["rate"]
            elif "share" in measures and self.cat.measure_words(measures["share"]).search(words):
                key = measures["share"]
            elif "growth" in measures and (_GROWTH.search(words) or "%" in cell.header):
                key = measures["growth"]
                if _DECLINE.search(words) and value > 0:
                    value, value_high = _declined(value, value_high)
            else:
                return
            unit = "pct"
        elif dim in ("CNY", "USD", "ugm3") and measures.get("level"):
            key = measures["level"]
            converted = self.convert(key, unit, value, value_high)
            if converted is None:
                return
            value, value_high, unit = converted
        else:
            return
        if _TABLE_TARGET.search(cell.header):
            kind = "target"
        elif _TABLE_ACTUAL.search(cell.header):
            kind = "actual"
        elif _TABLE_TARGET.search(cell.title) and not _TABLE_ACTUAL.search(cell.title):
            kind = "target"
        else:
            kind = "target" if self.ctx.section == "plan" else "actual"
        stated = _YEAR.search(cell.header) or _YEAR.search(cell.title)
        year = int(stated.group(1)) if stated and self._plausible(int(stated.group(1))) else self.ctx.year
        if year is None:
            return
        period = _period(cell.header) or _period(cell.title) or "year"
        a, b = cell.label_start, cell.end
        line_start = self.doc.text.rfind("\n", 0, a) + 1
        line_end = self.doc.text.find("\n", b)
        self.out.append(self.row(key, kind, year, period, value, value_high, unit, None, "reported", "table",
                                 "text", a, b, line_start, len(self.doc.text) if line_end < 0 else line_end,
                                 year_source="clause" if stated else self.ctx.year_source, kind_source="section"))


@dataclass(frozen=True)
class _At:
    """A position standing in for a number (qualitative statements have none)."""
    start: int


@dataclass(frozen=True)
class _KindWords:
    target: re.Pattern        # a target word anywhere in the clause
    target_after: re.Pattern  # right after the number: a suffix hedge, then "的目标"
    outcome: re.Pattern
    derived: re.Pattern       # 高于预期目标 (before a number of percentage points)
    comparator: re.Pattern    # 超过全市…, 低于… before a name: a comparison, not the subject
    this_year_target: re.Pattern


@lru_cache(maxsize=4)
def _kind_words(grammar) -> _KindWords:
    alt = alternation
    return _KindWords(re.compile(f"(?:{alt(grammar.target_words)})(?!之外)"),
                      re.compile(rf"^\s*(?:{alt(grammar.suffixes)})?{_TARGET_AFTER_WORDS}"),
                      re.compile(alt(grammar.outcome_words)),
                      re.compile(f"({alt(grammar.above_words + grammar.below_words)}){_DERIVED_TAIL}"),
                      re.compile(f"(?:{alt(grammar.above_words + grammar.below_words)})(?:全区|辖区|本区|全市)?\\s*$"),
                      re.compile(_THIS_YEAR.replace("TARGET_WORDS", alt(grammar.target_words))))


def _scaled(value: float, value_high: float | None, f: float) -> tuple[float, float | None]:
    return round(value * f, 6), (round(value_high * f, 6) if value_high is not None else None)


def _span_growth_key(span_text: str, measures: dict[str, str]) -> str | None:
    """Growth over a five-year span: the annual average (年均) or the cumulative (累计) key, else None."""
    if _AVG.search(span_text):
        return measures.get("avg_growth_5yr")
    return measures.get("cumulative_growth_5yr") if _CUMULATIVE.search(span_text) else None


def _last(rx: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in rx.finditer(text):  # noqa: B007 - the last match is the one wanted
        pass
    return found


def _last_verb(gap: str) -> str:
    """The growth or decline word nearest the number (扭转…下降趋势,增长1.4%: 增长)."""
    m = _last(_GROWTH, gap)
    return m.group() if m else ""


def _milestone(sent: str, n: NumberMention) -> bool:
    """突破4000亿元大关, 迈上3000亿元台阶: a round number passed on the way, not the figure."""
    return bool(_MILESTONE_AFTER.match(sent[n.end:]) or _MILESTONE_BEFORE.search(sent[max(0, n.start - 4):n.start]))


_SHARED_LIST = re.compile(r"([\u4e00-\u9fff]{1,2})(、?)([\u4e00-\u9fff]{1,2})$")


def _expand_shared_lists(hits: list[TermHit], sent: str, cat: Catalogue) -> list[TermHit]:
    """城、乡居民人均可支配收入 names two subjects sharing one noun: each is read as its own name
    (城 -> 城镇…, 乡 -> 农村…, by data/abbreviations.csv); one the catalogue does not know is kept as a
    non-headline subject so that the numbers of the list still pair up."""
    out = []
    for h in hits:
        m = _SHARED_LIST.search(sent[max(0, h.start - 5):h.start])
        parts = (m.group(1), m.group(3)) if m else ()
        if not m or h.comparator or (not m.group(2) and not all(p in cat.abbreviations for p in parts)):
            out.append(h)
            continue
        noun = h.text
        for part in parts:
            full = cat.abbreviations.get(part, part) + noun
            alt = cat.abbreviations.get(part, part) + noun.removeprefix("居民")
            family = cat.term_family.get(full) or cat.term_family.get(alt)
            out.append(TermHit(h.start, h.end, full, family, False))
    return out


def extract_document(doc: Document, cat: Catalogue) -> list[Mention]:
    """All figures of one document, in text order. Never raises on odd text."""
    ex = _Extractor(doc, cat)
    text = doc.text
    first_line = text.find("\n")
    first_line = len(text) if first_line < 0 else first_line
    title_line = first_line <= 80
    new_sentence = True
    cells = sorted(find_cells(text), key=lambda c: c.start)
    in_list = False
    for s0, s1, terminator in sentences(text):
        new_paragraph = s0 == 0 or text[s0 - 1] == "\n"
        if new_paragraph:
            # the items of a bulleted list continue the paragraph that introduces them ("报告指出:\n●…\n●…")
            bullet = bool(_BULLET.match(text, s0))
            continuing = bullet and in_list
            in_list = bullet or text[max(0, s0 - 2):s0 - 1] in (":", ":")
            new_paragraph = not continuing
        new_sentence = new_sentence or new_paragraph
        heading = new_paragraph and terminator in ("\n", "") and s1 - s0 <= 40
        ex.sentence(s0, s1, new_sentence=new_sentence, new_paragraph=new_paragraph, heading=heading,
                    title=title_line and s0 < first_line, bullet=in_list and not new_paragraph)
        while cells and cells[0].start < s1:
            ex.table_cell(cells.pop(0))
        new_sentence = terminator != ";"
        if terminator == "\n":
            ex.ctx.span = None
    return ex.out
