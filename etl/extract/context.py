"""Time and section: where a sentence stands (a review or plan section, a five-year span), the year and part-year led by a sentence or paragraph, and the year a document's date implies."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.asked import Interview
from etl.extract.clause_years import REPORT_OF_PLACE_AFTER, blank, clause_start, next_year_opens, revises, untitled
from etl.extract.label_lines import card_aims, card_review
from etl.extract.last_year import LAST_YEAR_NAMED, names_last_year, says_last_year
from etl.extract.patterns import (
    ANNUAL_MARK,
    BARE_YEAR,
    FIVE_YEAR_PLANS,
    FUTURE_SPAN,
    LEAD,
    NEW_YEAR_AHEAD,
    OUTCOMES_LEAD,
    PLAN_SPAN,
    RELATIVE_LEAD,
    REPORT_NAME_LEAD,
    REPORT_NAMED,
    REVIEW_OPENING,
    SINCE_AFTER_YEAR,
    SO_FAR,
    SO_FAR_THIS_YEAR,
    SPAN_PART,
    SPAN_START,
    SPAN_TIME,
    SPAN_YEARS,
    THIS_YEARS_PART,
    TITLE_TAIL,
    WHOLE_YEAR_DONE,
    YEAR,
    YEAR_BAD_BEFORE,
    part_year_of,
    plan_start,
)
from etl.extract.work_ahead import numbered_at, work_ahead

_TOP_HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")   # 三、…: a part of the first level
# a year said to be a moment of a plan (今年是“十四五”开局之年, 明年是“十四五”收官之年): the plan frames no aims of that year
EPOCH = re.compile(r"(?:今年|明年|\d{4}年)(?:是|为)[^,,。;;]{0,24}?(?:之年|一年)")
# a sentence that opens with its year (2019年,全县上下…; classify.py: a paragraph's year after an opening that named none)
YEAR_OPENS = re.compile(r"\s*((?:19|20)\d\d)年[,,]")
_YEAR_IS = re.compile(r"\s*((?:19|20)\d\d)年是")
_OF_THE_SPAN = re.compile(r"年均|[三四五]年(?:来|累计|间)")
_ITEM_NAME_CHARS = 40   # an item's name before its first sentence (一、地区生产总值。)
_DIGIT = re.compile(r"\d")
# aims that name the one year they are for (明年, 今年, 2022年; not the end of a span: 到2025年)
_OWN_YEAR = re.compile(r"(?<![到至])\d{4}年(?![底末])|今年|明年")
_NEXT_YEAR_LEADS = re.compile(r"\s*(?:[^,,。;;]{0,12}[,,])?\s*(?:关于|对于|围绕)?明年")   # 明年 (关于明年的…) opening the sentence or after its speaker
_THIS_YEARS_FIGURE = re.compile(r"今年\D*\d")
_YEAR_GONE_BY = re.compile(r"过去的?一年")            # the year gone by, the ending one at a December congress
# a heading that leads with a year and states no figure (2023年主要指标, 二、2023年成绩单), no span (2021-2025年)
_YEAR_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])?\s*(\d{4})年"
                           r"(?![\d\-—~至到])[^\d,,。;;::]{0,20}$|^[^\d,,。;;::]{2,12}[((](\d{4})年[))]\s*$")   # (经济概况(2023年))


_NUMBERED_YEAR = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])[^\d\n]{0,12}?(\d{4})年")


@dataclass
class Context:
    section: str | None = None   # "review" | "plan" | None
    year: int | None = None
    year_source: str = "document"  # section (a heading or a review/plan sentence) | document (date, title, type)
    span: tuple[int, int] | None = None


_LIST_ITEM = re.compile(r"\s*(?:——|[●◆■▪•·▶►])")   # a paragraph that is one item of a list (——经济运行回升向好。…)


@dataclass
class Lead:
    """A year and a part-year stated at the head of a sentence or a paragraph; it carries to the
    clauses after it (through ';' lists) and, at a paragraph's head, to the paragraph's end."""
    year: int | None = None
    period: str | None = None
    of_report: bool = False   # the year names a report (2025年工作报告显示,…): its outcomes are of the year before


@dataclass(frozen=True)
class When:
    kind: str             # target | actual
    year: int
    period: str
    year_source: str      # clause | relative | sentence | paragraph | section | document
    kind_source: str      # section | cue | span | relative | default


def read_lead(sent: str) -> Lead | None:
    m = LEAD.match(sent)
    if not m or not (m.group("year") or m.group("period")):
        return None
    return Lead(int(m.group("year")) if m.group("year") else None,
                part_year_of(m.group("period")) if m.group("period") else None)


def within_span_named(sent: str, y: re.Match) -> bool:
    """A year (`y`, YEAR's match) inside the five-year plan the sentence named before it (“十二五”时期,…2013年…):
    an episode of those years; the sentence speaks of the span."""
    span = PLAN_SPAN.search(sent, 0, y.start())
    if not span or not SPAN_TIME.match(sent, span.end()):
        return False
    lo, hi = FIVE_YEAR_PLANS[span.group(1)]
    head = sent[clause_start(sent, y.start(), ",,;;:"):y.start()].strip()
    # …mid-clause, after a verb (经受2013年…), not as the clause's time (,2016年全县…; 开局之年2016年; 在2013年)
    return lo <= int(y.group(1)) <= hi and bool(head) and head[-1] not in "是为即在之于年"


class ContextMixin:
    """The context part of the extractor (etl/extract/classify.py's Extractor)."""

    interview: Interview | None = None   # the thread of questions and answers (etl/extract/asked.py)
    span_in_para: int | None = None   # where the list item that opened the span (update_span) starts

    def update_context(self, sent: str, heading: bool) -> None:
        if self.aims_span and self.ctx.section == "plan" and (said := read_lead(sent)) and said.year == self.ctx.year:
            self.aims_span = None   # (二、今后五年目标和2012年主要预期目标 / …2012年是开局之年。…: the year's aims follow)
        bare = BARE_YEAR.match(sent)   # a line that is only a year (2026年——): the year of what follows it
        # (a heading naming its own year, 三、2021年工作安排, ends a bare year's: a table's 2025年 cell among them)
        self.heading_year = int(bare.group(1)) if bare else None if heading and YEAR.search(sent) else self.heading_year
        plan = plan_start(sent, heading) or self.words.announced_aims.search(sent) or self.work_ahead_of(sent, heading) \
            or (card_aims(sent) if heading else None)
        review = self.words.review_start.search(sent) if ("年" in sent or "回眸" in sent or "盘点" in sent) else None
        card = card_review(sent, self.date_year) if heading and not plan and not review else None
        review = review or card
        if heading and not plan and not review and self.ctx.section == "plan" and len(sent) <= 40 and _TOP_HEADING.match(sent) \
                and part_year_of(sent, only=True) not in (None, "year") and not self.words.target.search(sent):
            self.ctx.section, self.aims_span = "review", None   # (三、2024年前三季度经济运行情况 after the aims: months done)
        review_year = next((g for g in review.groups() if g), None) if review else None
        if plan and review and review.start() < plan.start() and review_year and not _DIGIT.search(sent, review.end(), plan.start()):
            return  # a title naming both years ("2019年计划执行情况与2020年计划(草案)"), not an outcome then aims
        if plan and TITLE_TAIL.match(sent):
            return  # … the same title broken over two lines
        if plan:
            self.open_plan(sent, plan, heading)
            return
        earlier = self.earlier_year_heading(sent, heading)
        if earlier:   # (…, or the page's own year's, a section of no kind: 五、2025年目标与开局 after 二、2024年经济发展)
            self.ctx.section, self.aims_span, self.ctx.year, self.ctx.year_source = (
                "review" if earlier < (self.date_year or earlier + 1) or self.ctx.section == "plan" else None), None, earlier, "section"
            self.para_lead = None
        # a review heading ends a plan section, also run into its paragraph (一、2018年工作回顾2018年是…); a phrase does not
        reviewing = self.ctx.section != "plan" or bool(review and (heading and (review_year or card) or numbered_at(sent, review.start())))
        if reviewing and review is None:
            self.outcomes_lead(sent)
        if review and reviewing and (review_year or self.doc.reviews_year or self.ctx.year):
            self.ctx.section, self.aims_span = "review", None
            self.ctx.year = int(review_year) if review_year else (self.doc.reviews_year or self.ctx.year)
            self.ctx.year_source = "section"
            self.para_lead = None
        if heading and sent.strip() and not SPAN_PART.match(sent):
            self.heading_span = None   # a heading ends the span the last one named, but for a numbered part of it
        self.update_span(sent, heading)

    def earlier_year_heading(self, sent: str, heading: bool) -> int | None:
        """In the aims' section of one year, or in an item that is no report, a heading that leads with a year before
        theirs or its date and sets no aim (2023年主要指标 under 2024年主要预期目标; 二、2024年经济发展, 经济概况(2023年)
        on a page of 2025): that year, whose outcomes follow."""
        ahead = self.ctx.year if self.ctx.section == "plan" else (None if self.formal else self.date_year)
        m = _YEAR_HEADING.match(sent) if heading and ahead and part_year_of(sent) is None else None   # (not 2024年上半年)
        year = int(m.group(1) or m.group(2)) if m else None
        if year and year < ahead:
            return None if self.words.target.search(sent) else year
        now = year or (int(n.group(1)) if heading and (n := _NUMBERED_YEAR.match(sent)) else None)
        # (二、锚定2025年目标任务,…, 2024年发展目标及运行情况: a heading of the page's own year ends the earlier one's)
        return ahead if now == ahead and self.ctx.section == "review" and not self.formal else None

    def work_ahead_of(self, sent: str, heading: bool):
        """A report's heading of a later year's work (二、2023年工作安排 after 2022's review): the aims' section of that
        year. (News has no such sections: its 2019年政府工作总体要求: names what the report it quotes goes on to.)"""
        return self.formal and work_ahead(sent, heading, self.ctx.year if self.ctx.section == "review" else None, self.doc.plans_year)

    def open_plan(self, sent: str, plan: re.Match, heading: bool) -> None:
        """A sentence or heading opens the aims' section: its year, and the years ahead said before it."""
        year = next((g for g in plan.groups() if g), None)
        # 二、今后五年的奋斗目标 / 主要目标是:…: a sentence of aims under the heading of a plan's span, naming no year of its own
        under_span = self.aims_span if self.ctx.section == "plan" and not heading and not _OWN_YEAR.search(sent[:plan.end()]) else None
        if not heading and self.ctx.section != "plan":   # what an inline plan returns to where it ends, and whether it states
            self.before_inline, self.inline_stated = (self.ctx.section, self.ctx.year), any(c.isdigit() for c in sent[plan.end():])
        self.ctx.section = "plan"
        if year:
            self.ctx.year = int(year)
        elif "明年" in sent[max(0, plan.start() - 8):plan.end()] and (self.date_year or self.doc.reviews_year or self.doc.report_year):
            # the year after the item's date; undated, after the year it reviews (a December congress's 明年)
            self.ctx.year = (self.date_year or self.doc.reviews_year or self.doc.report_year) + 1
        else:
            # (… or, within a paragraph, the year the sentence before opened with, not one gone by: 2024年是…关键一年。建议…)
            led = self.sent_lead.year if not heading and self.para_lead is not None and self.sent_lead and self.sent_lead.year \
                and (self.date_year is None or self.sent_lead.year >= self.date_year) else None
            self.ctx.year = self.heading_year or led or self.doc.plans_year or self.doc.report_year or self.target_year
        self.ctx.year_source = "section"
        # 未来五年,…。主要目标是,…: the years ahead said earlier in the paragraph hold for its aims, unless they name their own
        said_before = self.ctx.span if self.future_para == self.para_start and not _OWN_YEAR.search(sent[:plan.end()]) else None
        # (明年是“十四五”收官之年……会议提出明年…主要预期目标: aims of one named year are that year's, not the plan's)
        ahead = self.future_span(sent[:plan.end()]) or (None if _OWN_YEAR.search(plan.group(0)) else self.plan_ahead(sent[:plan.end()]))
        # (a sentence that closes on the aims it announces, …主要目标是:, leads its list as a heading would)
        self.aims_span = (ahead or said_before) if heading or sent.rstrip().endswith((":", "：")) else under_span
        self.ctx.span = ahead or said_before or under_span
        self.para_lead = None   # a new section: what the paragraph said before it no longer holds
        self.inline_plan = not heading

    def plan_ahead(self, text: str) -> tuple[int, int] | None:
        """The years of a five-year plan `text` names (“十四五”时期主要目标) that has not ended before the year the
        document plans or reports in: the span its aims are for."""
        named = PLAN_SPAN.search(blank(EPOCH, text))   # not 今年是“十四五”开局之年
        lo_hi = FIVE_YEAR_PLANS[named.group(1)] if named else None
        now = self.doc.plans_year or self.doc.report_year
        return lo_hi if lo_hi and now and lo_hi[1] >= now else None

    def update_span(self, sent: str, heading: bool) -> None:
        """The span of years a sentence opens (五年来, “十三五”时期, 今后五年), or ends (过去一年, a numbered part); one a
        list item's later sentence opens (——经济…。…;“十四五”以来,全市…年均增长4.6%) ends with the item."""
        if self.span_in_para not in (None, self.para_start):
            self.ctx.span = self.span_in_para = None
        self.plans_end_opens(sent)
        span = SPAN_START.search(sent) if "年" in sent[:16] or "五" in sent[:16] else None
        future = self.future_span(sent[:24])
        if future:
            self.ctx.span, self.future_para = future, self.para_start
        elif span:
            was_open = self.ctx.span is not None
            if span.group(1):   # “十四五”以来 in its fifth year: the years gone by, not the plan's whole span
                lo, hi = FIVE_YEAR_PLANS[span.group(1)]
                since = span.group().endswith("以来") and self.past_until and lo <= self.past_until < hi
                self.ctx.span = (lo, self.past_until) if since else (lo, hi)
            elif self.past_until:
                years = SPAN_YEARS[span.group(2) or span.group(3)]
                self.ctx.span = (self.past_until - years + 1, self.past_until)
            self.heading_span = self.ctx.span if heading else self.heading_span   # its parts' averages: spans.py
            self.span_in_para = self.para_start if not (heading or was_open or self.doc.text.startswith(sent, self.para_start)) \
                and _LIST_ITEM.match(self.doc.text, self.para_start) else None   # (a list item's aside on the span)
            at = self.doc.text.find(sent.strip()[:8], self.para_start)   # (…增长8.2%。“十四五”以来年均增长8.4%。…: after figures
            if not (heading or was_open) and "年均" in sent and _DIGIT.search(self.doc.text, self.para_start, max(at, 0)):   # an aside)
                self.span_in_para = -1
        elif ANNUAL_MARK.search(sent) or self._opens_the_spans_last_year(sent):
            self.ctx.span = None

    def _opens_the_spans_last_year(self, sent: str) -> bool:
        """A paragraph of a past span's review that opens with the span's last year (五年来,…。 then 2022年,我们…): the review
        has moved to that one year."""
        m = (YEAR_OPENS.match(sent) or _YEAR_IS.match(sent)) if self.ctx.span and self.doc.text.startswith(sent, self.para_start) \
            else None   # (…, or 2016年是“十三五”开局之年。: the paragraph speaks of that year)
        # (not one that goes on with the span's averages: 2015年,全市…增长10.3%,五年年均增长13.5%;…年均增长18.3%)
        return bool(m) and int(m.group(1)) == self.ctx.span[1] and not _OF_THE_SPAN.search(sent)

    def no_figure_before(self, s0: int) -> bool:
        """The paragraph before the sentence at s0 holds no number: words that lead to what it reports."""
        return not _DIGIT.search(self.doc.text, self.para_start, s0)

    def after_item_name(self, s0: int) -> bool:
        """The paragraph so far is only an item's short name (一、地区生产总值。): the sentence at s0 opens it in fact, and
        the part of the year it names holds for the rest of the paragraph (…。分产业看,…三次产业结构为…)."""
        return s0 - self.para_start <= _ITEM_NAME_CHARS and not _DIGIT.search(self.doc.text, self.para_start, s0)

    def outcomes_lead(self, sent: str) -> None:
        """主要指标完成情况如下: the list below the lead is of outcomes, of the year said before it."""
        if OUTCOMES_LEAD.search(sent) and not self.words.target.search(sent):
            self.ctx.section = "review"
            self.ctx.year = self.ctx.year or self.heading_year or self.doc.reviews_year

    def future_span(self, text: str) -> tuple[int, int] | None:
        """The years of 今后五年 (未来三年) in `text`: from the first year after the last one the document
        looks back on (a congress of February 2017: 2017-2021; of December 2021: 2022-2026); undated, from the year after
        the last one it looks back on."""
        m = FUTURE_SPAN.search(text)
        late = self.date_year and self.date_month and self.date_month >= 11   # a December congress: from next year
        first = (self.date_year + 1 if late else self.date_year) or (self.past_until and self.past_until + 1)
        return (first, first + SPAN_YEARS[m.group(1)] - 1) if m and first else None

    def relative_year(self, sent: str) -> tuple[str, int] | None:
        """For news and other documents without formal sections: (section, year) of a sentence that
        says which year it means relative to the document's date (今年…目标, 去年, 全年…实现 in Q1)."""
        if self.date_year and "明年" in sent and (_NEXT_YEAR_LEADS.match(b := self._before_first_name(sent)) or next_year_opens(b, self.words.target)):
            # 报告提出,明年全区…增长6%左右 (not 为明年发展打下基础,…: what this year's outcomes prepared)
            return "plan", self.date_year + 1
        if self.formal and self.date_year and self.ctx.section != "plan" and names_last_year(self._before_first_name(sent), sent) \
                and not _THIS_YEARS_FIGURE.search(sent):   # (not 去年…增长11.5%,今年目标是增长9%: its 今年 says the rest)
            return "review", self.date_year - 1   # (同时也要看到,去年全县地区生产总值仅增长3.1%: the year before the date)
        if self.formal:   # a dated report's own 今年 is its date's year (its sections say the rest) …
            if not (self.date_year and "今年" in sent) or self._next_years_section():
                return None
            # … and in a report of January-March that plans its date's year, a sentence opening with 今年 before any
            # indicator (报告称,今年全省生产总值预计增长8.5%) says what the year is to do
            ahead = self.spring and self.doc.plans_year == self.date_year and self._this_year_first(sent)
            return ("plan" if ahead else "this year"), self.date_year
        if not self.date_year:
            # undated: 今年 is the one year the document states anywhere, if it states only one (a guess:
            # its figures go to review)
            if self.only_year and "今年" in sent:
                return ("plan" if self.words.this_year_target.search(sent) else "this year"), self.only_year
            if self.doc.plans_year and "今年" in sent and self.words.this_year_target.search(sent):
                return "plan", self.doc.plans_year   # a report that plans a year: its 今年…预期增长 is that year's
            return None
        if self.words.this_year_target.search(sent) or self._new_year_ahead(sent):
            return "plan", self.date_year
        done = WHOLE_YEAR_DONE.search(sent) if self.spring else None
        done = None if done and _YEAR_JUST_BEFORE.search(sent, 0, done.start()) else done   # 2021年全年…: that year's
        if done and self.words.target.search(sent, 0, done.start()):
            return "plan", self.date_year   # 力争全年实现…: this year's aim, not last year's outcome
        if says_last_year(sent) or done:   # (过去一年 at a December congress: the year ending, 去年 still the one before)
            ending = self.date_month == 12 and _YEAR_GONE_BY.search(sent) and not LAST_YEAR_NAMED.search(sent)
            return "review", self.date_year - (not ending)
        if (self.date_month == 12 or self.spring) and "一年" in sent and REVIEW_OPENING.search(self._before_first_name(sent)):
            return "review", self.date_year - (self.date_month != 12)   # 一年来,… at a December or a spring congress
        if "今年" in sent:
            return "this year", self.date_year
        return None

    def _next_years_section(self) -> bool:
        """A report delivered late in a year, in its section of the next year's work (二、2026年工作安排 of 29 December
        2025): its 今年 is the year the section names, written as if delivered in it."""
        return bool(self.ctx.section == "plan" and self.date_month and self.date_month >= 11
                    and self.ctx.year == self.date_year + 1)

    def aims_opened(self, n, year: int | None) -> bool:
        """A hedged figure (…;一般公共预算收入完成3.3亿元以上) of the item's year or later, in a sentence whose first piece
        opened by declaring the aims (2023年,X县发展的预期目标是,…), not by measuring against them (完成年度目标): an aim,
        its verb of outcome notwithstanding."""
        if self.grammar.bounds.get(n.suffix or "") not in ("about", "floor") or not (
                year and self.date_year and year >= self.date_year):
            return False
        head = self._before_first_name(self.sent_head)
        return any(not self.words.measured_against.search(head, max(0, m.start() - 7), m.start())
                   for m in self.words.target.finditer(head))

    def _before_first_name(self, sent: str) -> str:
        """The words of the sentence before its first indicator name ("" when it names none)."""
        m = self.cat.term_re.search(sent)
        return sent[:m.start() if m else 0]

    def _this_year_first(self, sent: str) -> bool:
        """今年 stands before the sentence's first indicator name, not as 今年以来 (so far this year)."""
        head = self._before_first_name(sent)
        return "今年" in head and "今年以来" not in head

    def _new_year_ahead(self, sent: str) -> bool:
        """The sentence opens with the year ahead before its first name (面对新的一年,…增长9%): the item's year's aims."""
        return bool(NEW_YEAR_AHEAD.search(self._before_first_name(sent)))

    def _release_of_a_part(self) -> bool:
        """A statistics release of a part of its own year (一季度…, dated April): 去年 in it is the year before its date."""
        return self.doc.doc_type == "statistics release" and bool(self.doc.lead_part) and self.doc.reviews_year == self.date_year

    def _future(self, year: int) -> bool:
        return self.past_until is not None and year > self.past_until

    def lead_of(self, sent: str) -> Lead | None:
        """The year (and part-year) a full sentence is about (`_lead_of`); with none, at a paragraph's start, what the
        question before it asked about (问:报告对2023年经济发展是如何总结的? / 答:…: the answer is of 2023; asked.py)."""
        lead = self._lead_of(sent)
        self.interview = self.interview or Interview()
        got = self.interview.lead(self.doc.text, self.para_start, sent, self.date_year, (lead.year, lead.period) if lead else None)
        return lead if got is None or (lead and (lead.year, lead.period) == got) else Lead(*got)

    def _lead_of(self, sent: str) -> Lead | None:
        """The year (and part-year) a full sentence is about, from its head or from its first
        clause before the first indicator name ("报告指出,2020年全区…;…")."""
        if REPORT_NAME_LEAD.match(sent):
            return None   # 2019年新县政府工作报告 ——2019年2月16日在…: the report's name and date, a title run into its text
        lead = read_lead(sent)
        if lead and lead.year and (not self._plausible(lead.year) or revises(sent, 0)):
            lead = Lead(None, lead.period)
        relative = RELATIVE_LEAD.match(sent) if self.date_year else None
        if relative and (not self.formal or self._release_of_a_part()) and (relative.group("last") or self.spring):
            # 刚刚过去的一年,… in an item dated in January-March (去年 in any month): the year before its date
            return Lead(self.date_year - 1, lead.period if lead else None)
        m = self.cat.term_re.search(sent)
        first_term = m.start() if m else len(sent)
        if lead and lead.year:
            # a part-year later in the lead ("2024年,X市前三季度实现…") is the lead's too; a report's year (2024年工作报告…)
            return Lead(lead.year, lead.period or part_year_of(sent[:first_term], only=True), bool(REPORT_OF_PLACE_AFTER.match(sent, sent.find("年") + 1)))
        for y in YEAR.finditer(sent, 0, first_term):
            if YEAR_BAD_BEFORE.search(sent[max(0, y.start() - 3):y.start()]) or not self._plausible(int(y.group(1))):
                continue
            if revises(sent, y.end()) or (REPORT_NAMED.match(sent, y.end()) and (
                    YEAR.search(sent, y.end(), first_term) or SO_FAR.search(sent, y.end(), first_term))):
                continue   # a year named only for a revision of its figure, or a report's name before the year said
            if sent.rfind("《", 0, y.start()) > sent.rfind("》", 0, y.start()) or within_span_named(sent, y):
                continue   # a name (《某县2021年…计划》), or a moment of a plan's years (“十二五”时期,…2013年洪灾…)
            if re.match(r"\s*(?:至|到|-|—)|\s*\d{1,2}月\d{1,2}日|\s*的?基数|" + SINCE_AFTER_YEAR, sent[y.end():y.end() + 24]):
                continue   # a span's start (2007年…以来), a day's date (2013年1月16日在…), a base (2019年基数较低)
            # a part named after a later year is that year's (2012年财政决算和2013年上半年预算执行情况)
            upto = next((z.start() for z in YEAR.finditer(sent, y.end(), first_term)), first_term)
            return Lead(int(y.group(1)), part_year_of(untitled(sent)[y.end():upto], only=True) or (lead.period if lead else None),
                        bool(REPORT_OF_PLACE_AFTER.match(sent, y.end())))
        this = THIS_YEARS_PART.search(sent, 0, first_term) if self.date_year and not self.formal and not lead else None
        if this:   # 记者…了解到,今年上半年,…: the part of the item's year the sentence, and its paragraph, report
            return Lead(self.date_year, part_year_of(this.group(1)))
        part = part_year_of(sent, only=True) if not (lead or m) and SO_FAR_THIS_YEAR.match(sent) else None
        if part:   # 今年以来,…,1-2月,全州主要经济指标运行平稳,…: the part the paragraph goes on to report, said by no figure
            return Lead(self.date_year or self.doc.report_year, part)
        return lead


_YEAR_JUST_BEFORE = re.compile(r"\d{4}\s*年\s*$")
