"""Pure: a normalised document -> observations (indicator, year, period, kind, value, hedge …).

The reading is sentence by sentence with a small context that carries across sentences:
which section we are in (review of year Y or targets for year Y) and whether a five-year span (“十三五”时期) is being
summarised. Inside a sentence each number is attached to the nearest indicator name before it (or to the matching
member of a list: A、B、C分别下降x、y、z), and what it measures is read from the words between the name and the number."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.aim_done import ceiling_kept, done_after_aim, plan_led
from etl.extract.assigned import handed_down, own_after_handed_down
from etl.extract.base_clause import after_base
from etl.extract.bracketed_prior import PRIOR_BRACKETED
from etl.extract.cells import CellsMixin, growth_rows, row_levels
from etl.extract.clause_years import clause_start, sentences
from etl.extract.context import YEAR_OPENS, Context, ContextMixin, Lead
from etl.extract.figure_time import (
    WHOLE_YEAR_FORECAST,
    list_led,
    listed_period,
    listed_year,
    looked_back_until,
    moved_on,
    opening_part,
    periods_severally,
    says_it_reviews,
    section_part,
)
from etl.extract.item_head import CHAPTER_NUMBER, ItemHead
from etl.extract.measure import SHARE_OF_AIM, MeasureMixin, scope_threshold
from etl.extract.numbers import NumberMention, find_numbers
from etl.extract.own_again import ours_among_places, own_again, parts_of_a_whole, trailing_other
from etl.extract.patterns import (
    AVG,
    BASE_CARRIED,
    BULLET,
    CHANGED_TO,
    COMPARABLE,
    CONGRESS,
    ESTIMATE,
    FIRST_ESTIMATE,
    FUTURE_LEAD,
    PART_NAME,
    PLAN_HEADING_ALONE,
    TARGET_INLINE,
    TO_LEVEL,
    WORK_REPORT_TITLE,
    YEAR,
    words_of,
)
from etl.extract.places import as_named, other_places_for, topic_for
from etl.extract.ratios import RatiosMixin
from etl.extract.restated import by_fallback_name, restated_differently, restated_in_body, with_a_policy_taken_out
from etl.extract.rows import RowsMixin
from etl.extract.stated_years import note_stated_years
from etl.extract.subjects import (
    TermHit,
    dimension_of,
    expand_shared_lists,
    fallback_names,
    find_terms,
    in_part_scope,
    is_milestone,
    level_subjects,
    number_runs,
    part_leads,
    part_openings,
    subject_lists,
    subjects_of,
)
from etl.extract.tables import find_cells, piped_rows
from etl.extract.when import WhenMixin
from etl.knowledge import Knowledge
from etl.knowledge.tables import alternation
from etl.records import Document, Mention


class Extractor(ContextMixin, MeasureMixin, WhenMixin, RowsMixin, CellsMixin, RatiosMixin):
    """One document read sentence by sentence; each job is a mixin of its own module."""

    def __init__(self, doc: Document, cat: Knowledge):
        self.doc = doc
        self.cat = cat
        self.ctx = Context()
        self.out: list[Mention] = []
        self.growth_rows: set[int] = set()   # the rows of tables with a cell under a growth column (table_cell)
        self.row_levels: dict[int, tuple[float, str]] = {}   # a row's level done and its unit (cells.row_levels)
        self.formal = doc.doc_type in cat.document_types.sectioned
        if self.formal:
            self.ctx.section, self.ctx.year = "review", doc.reviews_year
        self.date_year = int(doc.doc_date[:4]) if doc.doc_date else None
        self.date_month = int(doc.doc_date[5:7]) if doc.doc_date else None
        named = as_named(cat, doc.region, doc.text)   # (偃师市 in its report of 2013: 全市 is its own, 偃师区 today)
        self.other_place = other_places_for(cat, named)
        self.topic = topic_for(cat, named)
        self.grammar = cat.grammar
        self.words = words_of(self.grammar)
        # sums of money in 万 or more (data/units.csv: unit -> factor): one with hundredths of 亿 was measured
        self.money = {u: f for u, (d, f) in cat.units.items() if d in ("CNY", "USD") and f >= 1e4}
        self.congress_news = doc.doc_type == "news" and bool(CONGRESS.search(doc.text[:1500]))   # (outcomes: last year's)
        # news titled with its date year's work report (2020年X市政府工作报告解读, in May): of the year before it reviews
        reported = WORK_REPORT_TITLE.search(doc.title or "") if doc.doc_type == "news" else None
        self.spring = bool(self.date_month and self.date_month <= 3) or bool(
            reported and self.date_year and int(reported.group(1)) == self.date_year)
        self.past_until = looked_back_until(doc.reviews_year, self.date_year, self.date_month)
        note_stated_years(self, doc)
        self.fallback = fallback_names(doc.text, cat)
        self.para_lead: Lead | None = None
        self.sent_lead: Lead | None = None
        self.relative: tuple[str, int] | None = None
        self.sent_outcome = False   # the full sentence so far says its figures were achieved (完成, 同比 …)
        self.sent_future = False    # the sentence opens with what its year will do (2024年,全县将…)
        self.piece_outcome = False  # … this piece of it (up to the next ';') does
        self.sent_estimate = False  # … or estimated (预计, 同比): outcomes for sure
        self.sent_announced = False  # … or opens with what a report or meeting proposes (报告提出,…): targets
        self.para_start, self.future_para, self.heading_span = 0, -1, None   # starts: this paragraph, 未来五年's; 过去五年工作回顾's span
        self.aims_span = None   # the plan a section of aims is headed by (二、“十四五”时期主要目标): its span, to the next section
        self.inline_plan = self.inline_stated = False   # aims opened by a sentence, not a heading (and it states them itself)
        self.before_inline: tuple[str | None, int | None] = (None, None)   # the section and year it was opened in
        self.para_year: int | None = None   # the last year stated in this paragraph so far
        self.doc_year: int | None = None    # the last year stated as a lead or in a clause so far
        self.heading_year: int | None = None   # the year of the last line that is only a year (2026年——)
        self.heading_part: str | None = None   # the part of the year a numbered heading names (一、1-3月份主要经济指标…)
        self.item = ItemHead()   # an item's heading of one name ((一)地区生产总值。): etl/extract/item_head.py
        self.relative_carried = False   # the relative year came from an earlier clause of the sentence
        self.new_sentence_state()

    def new_sentence_state(self) -> None:
        """What an earlier clause or piece of the sentence said, for the later ones: cleared at each sentence."""
        self.scope_open = False     # an earlier clause of this sentence named a part of the place (区本级)
        self.scope_led = False      # … and led the items after it with a colon (区本级:…;…)
        self.carried_base, self.avg_span = None, None   # for the rest of it: a base (比2012年(下同)), an average's span
        self.sent_part: str | None = None   # a part-year an earlier piece opened with (全市上半年实现…;…)
        self.cued_at = -1   # where the sentence's last figure made a target by its word (力争…) ends
        self.other_prior: TermHit | None = None   # another place's name that ended the last piece (see own_again)
        self.sentence_subject, self.piece_subject = getattr(self, "piece_subject", None), None   # the last piece's indicator, for one listing parts only

    def sentence(self, s0: int, s1: int, *, new_sentence: bool, new_paragraph: bool, heading: bool,
                 title: bool, bullet: bool = False, table_row: bool = False) -> None:
        sent = self.doc.text[s0:s1]
        if new_paragraph:
            self.para_start, self.para_lead, self.para_year = s0, None, None
            self.item.new_paragraph()
            self.heading_part = section_part(sent, self.heading_part)
        if not title or PLAN_HEADING_ALONE.match(sent):   # a title is no section, unless it is only the aims' heading
            self.update_context(sent, heading)
        said_done = self.piece_outcome = bool(self.words.outcome.search(self.words.aimed.sub("", sent)))
        self.sent_outcome = said_done if new_sentence else (self.sent_outcome or said_done)
        if new_sentence:   # "2024年,贵州将…": the sentence says what the year will do
            self.sent_future = bool(FUTURE_LEAD.match(sent)) or plan_led(sent, self.date_year, self.words)
            # … or goes on with what the sentence before it announced (…提出了2024年的预期目标,其中包括…。此外,…增长6%)
            self.sent_announced = self.announced(sent) or (self.sent_announced and bool(_GOES_ON.match(sent)))
            self.sent_head = sent
        estimated = bool(ESTIMATE.search(sent))
        self.sent_estimate = estimated if new_sentence else (self.sent_estimate or estimated)
        if new_sentence:
            self.sent_lead = self.lead_of(sent)
            if self.sent_lead and self.sent_lead.year:
                self.doc_year = self.sent_lead.year
            if new_paragraph or (bullet and self.para_lead is None) or self._leads_the_paragraph(sent, s0):
                self.para_lead = self.sent_lead
            if self.inline_plan and self.ctx.section == "plan" and (
                    self._earlier_lead(sent, new_paragraph) or FIRST_ESTIMATE.search(sent) or (new_paragraph and self.sent_lead and self.sent_lead.period)
                    or ((self.date_month or 0) > _AIMS_MONTHS and WHOLE_YEAR_FORECAST.search(sent))   # (预计全年… in August: no aim)
                    or (new_paragraph and self.inline_stated and self._ends_inline_aims(sent, heading))
                    or says_it_reviews(self._before_first_name(sent), sent, new_paragraph)):
                # a sentence's aims end at a first estimate (初步预计,…), a year before theirs (据介绍,2014年…), a part-year's
                # paragraph, a review (报告回顾了…) or an item after the reviewed year's aims restated ((一)…): back where they opened
                (self.ctx.section, self.ctx.year), self.inline_plan = self.before_inline, False
                self.para_lead = self.sent_lead if self.sent_lead and self.sent_lead.year else self.para_lead
        own = self.relative_year(sent)
        if new_paragraph and own and own[0] == "this year" and sent.lstrip().startswith("今年") and self.para_lead is None \
                and not self.cat.term_re.search(sent):
            self.para_lead = Lead(own[1], None)   # (今年以来,全市经济持续恢复。上半年,…: the paragraph is the date's year's)
        # a year said relative to the date holds for the later clauses of its sentence (今年上半年,…;财政…)
        self.relative_carried = own is None and not new_sentence and self.relative is not None
        self.relative = own if own is not None or new_sentence else self.relative
        if new_sentence:
            self.new_sentence_state()
        self.carried_base = int(c.group(1)) if (c := BASE_CARRIED.search(sent)) else self.carried_base   # 比2012年(下同): the rest of it
        if not table_row:   # a table's row is read cell by cell, by its headers, not as words
            self._sentence(sent, s0)
        self.sent_part = opening_part(sent) or self.sent_part
        self._carry_scope(sent, s1, new_sentence)

    def _leads_the_paragraph(self, sent: str, s0: int) -> bool:
        """A later sentence that sets the paragraph's lead: one that says what its year will do ("2024年,该县将…。力争…
        增长10%") or, stating no figure, which part of the year it goes on to report ("第一季度,全县上下…。预计…"), or a year
        first (…。去年全市…). (A paragraph's, or a list's first item's, opening sentence always does: "2018年全区经济…。")"""
        lead = self.sent_lead
        return bool(lead) and bool(
            (lead.year and FUTURE_LEAD.match(sent))
            or ((lead.period or (self.para_lead is None and YEAR_OPENS.match(sent))) and not self.cat.term_re.search(sent))
            or (self.para_lead is None and ((lead.period and self.after_item_name(s0)) or (lead.year and self.no_figure_before(s0)))))

    def _carry_scope(self, sent: str, s1: int, new_sentence: bool) -> None:
        """Whether a part of the place named so far holds for the next piece of the sentence: one named in a later item of
        a list set apart by semicolons (…;区本级…;…) is that item's only; one the sentence opens with (天易经开区实现…;…) or
        that leads the items (区本级:…;…) holds on. The part of the year a paragraph's first sentence ends on, or a later one
        opens with the whole year, holds for its later ones (一季度…;全年完成…。规上…), a list's year after its colon for its items."""
        self.sent_lead = list_led(self.sent_lead, sent) or self.sent_lead
        if (lead := self.para_lead) is self.sent_lead and (moved := moved_on(lead, sent)):
            self.para_lead = self.sent_lead = moved
        elif new_sentence and (moved := moved_on(lead, sent, first=False)):
            self.para_lead = moved
        scoped = in_part_scope(sent, len(sent), self.cat, self.scope_open, self.other_place.own_names)
        if not self.scope_led:
            openings = part_openings(sent, self.cat, self.other_place.own_names)
            self.scope_led = (new_sentence and bool(openings)) or part_leads(sent, self.cat, openings)
        self.scope_open = scoped and (self.scope_led or self.doc.text[s1:s1 + 1] not in (";", ";"))

    def _sentence(self, sent: str, s0: int) -> None:
        self.structure_ratios(sent, s0)
        terms = self.terms(sent, s0)
        if not terms:
            return   # most sentences name no indicator: their numbers are not read at all
        nums = [n for n in find_numbers(sent, self.grammar) if not is_milestone(sent, n, self.grammar.bounds)]
        lists = subject_lists(terms, sent)
        runs = number_runs(nums, sent, self.grammar)
        last_growth: dict[str, tuple[float, NumberMention]] = {}
        for n in nums:
            dim = dimension_of(n.unit, self.grammar)
            subject = next((t for t in reversed(terms) if t.end <= n.start and not t.comparator), None)
            if dim == "other" or subject is None:
                continue
            run = runs[id(n)]
            if len(run) == 1 and len(lists[id(subject)]) == 1 and "分别" in sent[subject.end:n.start] \
                    and not (listed_period(sent, n.start) or listed_year(sent, n.start)):
                continue   # 村居民人均可支配收入分别增长6.3%、 8.3: 分别 after one name, the names before it cut off
            ones = subjects_of(lists[id(subject)], run, n, dim)
            if not ones and len(lists[id(subject)]) == 1 and len(run) > 1:
                paired = level_subjects(terms, nums, run, sent, self.grammar)
                # 一季度、上半年、全年GDP分别增长…: one name's values for the parts of the year listed before it
                ones = [paired[run.index(n)]] if paired else [subject] if listed_period(sent, n.start) or listed_year(sent, n.start) \
                    else ours_among_places(sent, subject, run, n, self.cat, self.topic, self.other_place)
            for one in ones:
                self._figure(sent, s0, one, n, dim, nums, run, last_growth)
        self.qualitative(sent, s0, terms, nums)

    def _ends_inline_aims(self, sent: str, heading: bool) -> bool:
        """After aims a sentence stated, a chapter's item ((一)…, 二、…) ends aims restated in the review of their year; a
        heading of no figure (二、几个看点, 📌 小贴士 after 2025年目标:…增长6%) ends any, unless it names an aim."""
        bare = heading and not any(c.isdigit() for c in sent) and not self.words.target.search(sent)
        if CHAPTER_NUMBER.match(sent):
            return self.before_inline == ("review", self.ctx.year) or bare
        return bare and bool(_MARKED_HEADING.match(sent))

    def _earlier_lead(self, sent: str, new_paragraph: bool) -> bool:
        """The sentence (its lead or its first clause) names a year before the plan's, or before the item's date, and not
        the plan's after it (预计2023年…,建议2024年主要预期目标为:…: the sentence that opened the aims); inside a paragraph,
        not when it states no figure and turns to this year or stands in an aim's item (an aim's reason: …增长10%。2020年消费
        受疫情抑制,今年有望反弹。 / ——一般公共预算收入增长8%。综合考虑2021年收入基数较高…)."""
        lead, ahead = self.sent_lead.year if self.sent_lead else None, self.ctx.year or self.date_year
        return bool(lead and ahead and lead < ahead) and not (self.ctx.year and f"{self.ctx.year}年" in sent) \
            and (new_paragraph or any(c.isdigit() for c in YEAR.sub("", sent))
                 or not ("今年" in sent or _AIM_ITEM.match(self.doc.text, self.para_start)))

    def announced(self, sent: str) -> bool:
        """The sentence opens, before its first indicator name, with what a report or a meeting proposes or sets
        (会议提出,2020年…; 政府工作报告提出,在…目标方面,…; X州划定发展预期目标,…): its figures are targets; not after an
        outcome's word in the same clause (完成了年初设定的目标,…: what was done)."""
        if self.interview is not None and self.interview.answering_aims(sent, self.para_start, self.date_year):
            return True   # the answer to a question that asked for the year's aims (…的目标是多少? / 答:…增长8.5%,…)
        m = self.cat.term_re.search(sent)
        return any(not self.words.outcome.search(sent, clause_start(sent, a.start()), a.start())
                   for a in self.words.announce.finditer(sent, 0, m.start() if m else len(sent)))

    def _share_said(self, family: str, since: str) -> bool:
        """A share word between a growth and the next number of a family with a share (增长3.9%,占…的比重为46.4%)."""
        key = self.cat.families[family].get("share")
        return key is not None and bool(self.cat.measure_words(key).search(since))

    def _figure(self, sent, s0, subject, n, dim, nums, run, last_growth) -> None:
        """One number of one subject: the words between them say what it measures, when and whether planned."""
        if subject.family is None:
            return
        first = run[0]
        same_dim_before = [m for m in nums if subject.end <= m.start and m.end <= first.start
                           and dimension_of(m.unit, self.grammar) == dim and m not in run
                           and not SHARE_OF_AIM.search(sent, max(0, m.start - 20), m.start)
                           and not scope_threshold(sent, subject.end, m)]
        if same_dim_before:
            since = sent[same_dim_before[-1].end:first.start]
            # a second number of the name: a comparable basis, a level reached, or a target named
            # before it or after it (增长8%,完成增长8%以上目标)
            if not (COMPARABLE.search(since) or TARGET_INLINE.search(since) or TO_LEVEL.search(since) or AVG.search(since)
                    or CHANGED_TO.match(since) or after_base(since, sent[:same_dim_before[-1].start])
                    or self.words.target_after.match(sent[n.end:]) or self._share_said(subject.family, since)
                    or _PERIOD_CLAUSE.match(since) or ceiling_kept(self.grammar).fullmatch(since) or self._share_first(sent, subject, same_dim_before[-1], since) or PRIOR_BRACKETED.search(since)
                    or done_after_aim(sent[clause_start(sent, subject.start):first.start], self.words) or listed_year(sent, n.start)
                    or any(w in since for w in self.cat.stretch_hedges)   # 增长6%以上,力争增长7%: a stretch aim
                    or handed_down(self.grammar.assigned_words, sent[clause_start(sent, subject.start):first.start])):
                return
        gap_start = max(subject.end, self._end_before(nums, first, subject))
        gap = sent[gap_start:first.start]
        hedge = n.suffix or run[-1].suffix or n.prefix or first.prefix
        if not hedge:   # 力争地区生产总值增长8%: a hedge that reaches over the name
            hedge = next((w for w in self.grammar.clause_hedges if w in gap), None)
        if n.prefix and not n.suffix and self.grammar.bounds.get(n.prefix) == "ceiling":
            hedge = n.prefix   # 控制在3%: the ceiling of this number, not the list's last hedge
        self.number(sent, s0, subject, n, dim, gap, hedge, last_growth)

    def _share_first(self, sent: str, subject: TermHit, earlier: NumberMention, since: str) -> bool:
        """The name's earlier percentage is its share of a whole (占全市的比重为29.37%) and a growth word leads this one
        (…,比2015年提高0.56个百分点,增长7.8%): this one is the name's growth."""
        return bool(_SHARE_FIRST.search(sent, subject.end, earlier.start)) and bool(_GROWS_AT_END.search(since))

    def terms(self, sent: str, s0: int) -> list[TermHit]:
        """Indicator names of the sentence. A name that counts only under its indicator's heading
        (完成投资 in a paragraph about 固定资产投资) takes that family when the paragraph or the sentence
        opens with the indicator's full name and nothing but a time word stands before it in its clause
        (更新项目完成投资 stays a project's investment)."""
        other_led = self.other_prior is not None and self.other_prior.other   # (cleared at each sentence)
        hits = find_terms(sent, self.cat, self.other_place, self.topic, self.fallback, self.scope_open, other_led)
        for i, h in enumerate(hits):
            family = self.cat.paragraph_aliases.get(h.text)
            if not family or h.family is not None:
                continue
            if not self.words.time_words.fullmatch(sent[clause_start(sent, h.start):h.start]):
                continue
            # the paragraph's opening counts unless the sentence named another subject first (亿元以上项目464个,…,完成投资…)
            para = () if any(o.family is None for o in hits[:i]) else (self.doc.text[self.para_start:self.para_start + 16],)
            if any(self.cat.term_family.get(m.group()) == family
                   for opening in (*para, sent[:16]) for m in self.cat.term_re.finditer(opening)):
                hits[i] = TermHit(h.start, h.end, h.text, family, h.comparator)
        hits = own_again(expand_shared_lists(hits, sent, self.cat), sent, self.cat, self.topic, self.other_prior)
        hits = parts_of_a_whole(hits, sent, self.doc.text[max(self.para_start, s0 - 160):s0], self.cat)   # (…。其中,城镇…)
        self.other_prior = trailing_other(hits, sent, self.cat)   # for the next piece, after a semicolon
        end = self.doc.text[s0 + len(sent):s0 + len(sent) + 1]
        subjects = self.item.subjects(hits, sent, self.grammar, end)   # (一)地区生产总值。计划增长6.5%,…: the item's name
        if not subjects and (named := self.piece_subject or (self.sentence_subject if s0 > self.para_start and periods_severally(sent, True) else None)) and periods_severally(sent):
            subjects = [TermHit(0, 0, "", named.family, False)]   # …;1—4月、上半年分别为10.2%、9.5% (or …。一季度、上半年分别…)
        self.piece_subject = next((h for h in reversed(subjects) if h.family), None)
        return subjects

    def _end_before(self, nums: list[NumberMention], n: NumberMention, subject: TermHit) -> int:
        ends = [m.end for m in nums if subject.end <= m.end <= n.start]
        return max(ends) if ends else subject.end


@lru_cache(maxsize=8)
def _hedge_suffixes(suffixes: tuple[str, ...]) -> re.Pattern:
    """The hedge words that may follow (or precede) a number (data/hedges.csv), as one pattern, longest first."""
    return re.compile(alternation(sorted(suffixes, key=len, reverse=True)))


def extract_document(doc: Document, cat: Knowledge) -> list[Mention]:
    """All figures of one document, in text order. Never raises on odd text."""
    ex = Extractor(doc, cat)
    text = doc.text
    first_line = text.find("\n")
    first_line = len(text) if first_line < 0 else first_line
    title_line = first_line <= 80
    new_sentence = True
    hedges = _hedge_suffixes(cat.grammar.suffixes), _hedge_suffixes(cat.grammar.prefixes)
    cells = sorted(find_cells(text, *hedges), key=lambda c: c.start)
    rows = {text.rfind("\n", 0, c.start) + 1 for c in cells} | piped_rows(text)   # the lines of a table
    ex.growth_rows, ex.row_levels = growth_rows(cells), row_levels(cells)
    in_list = False
    line_start = last_s0 = 0   # the start of the line a sentence stands in, searched back only to the last one
    for s0, s1, terminator in sentences(text):
        newline = text.rfind("\n", last_s0, s0)
        line_start, last_s0 = (newline + 1 if newline >= 0 else line_start), s0
        new_paragraph = s0 == 0 or text[s0 - 1] == "\n"
        if new_paragraph:
            # the items of a bulleted list continue the paragraph that introduces them ("报告指出:\n●…\n●…")
            bullet = bool(BULLET.match(text, s0))
            continuing = bullet and in_list
            in_list = bullet or text[max(0, s0 - 2):s0 - 1] in (":", ":")
            new_paragraph = not continuing
        new_sentence = new_sentence or new_paragraph
        heading = new_paragraph and terminator in ("\n", "") and s1 - s0 <= 40
        ex.sentence(s0, s1, new_sentence=new_sentence, new_paragraph=new_paragraph, heading=heading,
                    title=title_line and s0 < first_line, bullet=in_list and not new_paragraph,
                    table_row=line_start in rows and text.count("|", s0, s1) >= 2)
        while cells and cells[0].start < s1:
            ex.table_cell(cells.pop(0))
        new_sentence = terminator != ";"
        if terminator == "\n":
            ex.ctx.span = None
    read = own_after_handed_down(by_fallback_name(restated_in_body(ex.out, text), ex.fallback), text, cat.grammar.assigned_words)
    return with_a_policy_taken_out(restated_differently(read, cat.stretch_hedges))


# a clause that opens with another part of the year (or the whole year) and says nothing but its growth (GDP一季度
# 增长2.3%、上半年增长0.2%,前三季度增长1.9%,全年增长3%): the same name's figure for that part, also after an aside
# on the figure before it (16.34亿元(调整后),1-10月完成…); or another year (2021年增长9.4%,2022年增长4.9%): that year's
_AIM_ITEM = re.compile(r"\s*(?:——|[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十\d]{1,2}[))]|\d{1,2}[.、](?!\d))")   # (——, (五), 5.)
_PERIOD_CLAUSE = re.compile(r"^(?:[((][^()()]{1,8}[))])?[^,,;;、。]{0,2}[,,;;、]\s*(?:" + PART_NAME + r"|全年|\d{4}年)"
                            r"[^,,;;。\d]{0,8}$")
# a share of a whole before a name's growth (占全市的比重为29.37%,…,增长7.8%), and the growth word that leads a number
_SHARE_FIRST = re.compile(r"(?:比重|占[^,,。;;]{0,12}?)(?:为|达到?|是)?\s*$")
_GROWS_AT_END = re.compile(r"(?:增长|下降|增速为?|增幅为?)\s*$")
_AIMS_MONTHS = 3   # after these first months, a forecast of the whole year is an estimate of a year under way, no aim
# a heading opening with a card's mark (📌 小贴士, ▌数字背后), not a rule's dash (— 总体要求 —: a report's own part)
_MARKED_HEADING = re.compile(r"\s*(?:[●◆■▪•▶►★☆○◎□◇▌]|[\U0001F300-\U0001FAFF\u2600-\u27BF])")
_GOES_ON = re.compile(r"\s*(?:此外|另外|除此之外|与此同时|同时)[,,]")   # a sentence going on with the one before it
