"""When, and whether planned: a figure's kind (target or outcome), its year and its period (a year, a part-year or a five-year span)."""

from __future__ import annotations

import re

from etl.extract.aim_done import YEARS_AIM_AFTER, years_aim_after_the_part
from etl.extract.bracketed_prior import dated_prior
from etl.extract.clause_years import blank, clause_start, compared_year, explicit_year, last_year_end, last_year_stated
from etl.extract.context import When
from etl.extract.doc_date import in_reach
from etl.extract.figure_time import (
    SHARE_OF_THE_YEARS_AIM,
    done_in_part_year,
    forecast_of_the_year_begun,
    forecasts_the_date_year,
    listed_period,
    listed_year,
    planned_year,
    span_to_the_lead,
    year_open_at,
)
from etl.extract.last_year import clause_of_last_year, says_last_year
from etl.extract.lead_part import lead_part_year, part_of_another_year, posted_early_in
from etl.extract.numbers import NumberMention
from etl.extract.patterns import (
    AVG,
    COMPARED_BASE,
    DECLINE,
    FIVE_YEAR_PLANS,
    FORECAST,
    LAST_YEAR,
    PLAN_END_JUST_BEFORE,
    REVIEW_OPENING,
    WHOLE_YEAR,
    WHOLE_YEAR_DONE,
    YEAR,
    YEAR_BAD_BEFORE,
    YEAR_BASE,
    YEAR_JUST_BEFORE,
    headline_part,
    many_years_cumulative,
    part_year_of,
    since_own_year,
)
from etl.extract.rows import PART_NOT_OVER
from etl.extract.spans import SpanMixin
from etl.extract.subjects import TermHit, last_match

# the whole year estimated against the year before (全年预计同比) in a figure's own clause: an outcome's estimate
_ESTIMATED_HERE = re.compile(r"全年预计[^,,;;。]{0,6}?(?:同比|比上年)|(?P<now>预计)")   # (or the year ending's, in its last months)


# the words after the last number before a figure (…4.7%、三季度累计增长): where its own part-year is said
_SINCE_LAST_NUMBER = re.compile(r"\d%?([^\d]*)$")


_THIS_YEAR = re.compile(r"(?<![比较])今年")   # the item's own year, said after the last year stated before a figure
# … or the whole year forecast after it (2023年全区社零总额为286.5亿元,预计全年达到298亿元 in a December item)


# (去年同期,全市…增速为13.2%: the same part of the year as the paragraph's, the year before; also after a short
# lead-in of its own: 需要说明的是,去年同期…)
_SAME_PART_LAST_YEAR = re.compile(r"^\s*(?:[^,,。;;\d]{1,8}[,,]\s*)?(?:去年|上年)同期")


def _in_aside(sent: str, start: int, m: re.Match, end: int) -> bool:
    """The match stands inside brackets opened after `start` and closed before `end`: an aside of its own."""
    return sent.rfind("(", start, m.start()) > sent.rfind(")", start, m.start()) and ")" in sent[m.end():end]


# where the year came from for an outcome of the months that ended just before an item's date, the date's year
PART_JUST_ENDED = "document, part just ended"
_SPRING_END = 4   # up to this month, a part just ended under the review of the year before is of the date's year


class WhenMixin(SpanMixin):
    """The when part of the extractor (etl/extract/classify.py's Extractor); the spans of years in SpanMixin."""

    def year_of(self, sent: str, subject: TermHit, n: NumberMention, kind: str = "actual") -> tuple[int | None, str]:
        """The figure's year and where it came from, strongest first: the clause, a word relative to the document's date
        (今年, 去年), the sentence's lead, the paragraph's lead, the section, the document's date or type."""
        if (compared := compared_year(sent, subject.start)) and self._plausible(compared):
            return compared, "compared"
        listed = listed_year(sent, n.start)   # 2016年至2020年,生产总值分别增长5.3%、5.9%、…: each value its year
        if listed and self._plausible(listed):
            return listed, "clause"
        if (same := _SAME_PART_LAST_YEAR.match(sent)) and not YEAR.search(sent, 0, subject.start) and (now := (
                "去年" in same.group() and self.date_year) or (self.para_lead and self.para_lead.year) or self.ctx.year or self.date_year):
            return now - 1, "relative"   # (去年同期,全市…: the year before the one the paragraph reports; 去年: the date's)
        clause_year = explicit_year(sent, subject.start, self.doc)
        forecast = (sent, last_year_end(sent, n.start), n.start, self.date_year, self.date_month)   # (…,预计全年…)
        now = _THIS_YEAR.search(sent, last_year_end(sent, n.start), n.start) or forecasts_the_date_year(clause_year, *forecast)
        if clause_year and now and (self.date_year or clause_year == last_year_stated(sent, n.start)):
            # 2018年经济总量破4万亿 今年预期目标增长7.5%: 今年 nearer the figure, the date's year (undated: not the year
            # it follows, which the clause would give)
            return (self.date_year, "relative") if self.date_year else (clause_year, "undated this year")
        after_name = self.year_after_name(sent, subject, n)
        if clause_year and not (after_name and clause_start(sent, n.start, ",,;;") > subject.end):
            return clause_year, "clause"   # (…生产总值实现正增长,2023年预期目标增长9.5%: the figure's own clause's year)
        if after_name:
            return after_name, "clause"   # 生产总值2017年突破600亿元,2020年突破700亿元,达到715.7亿元: 2020's
        if self.date_year and clause_of_last_year(sent[(own := clause_start(sent, subject.start)):subject.start]) \
                and clause_start(sent, n.start) == own:
            return self.date_year - 1, "clause"   # …。需要看到,去年全市地区生产总值增长1.1%: the clause's own 去年
        if self.relative and self.relative_reaches(sent, n):
            return self.relative[1], "relative" if self.date_year else "only year stated"
        for lead, source in ((self.sent_lead, "sentence"), (self.para_lead, "paragraph")):
            if lead and lead.year and forecasts_the_date_year(lead.year, *forecast):
                return self.date_year, "relative"   # (2019年,全市…。…预计全年… in August 2020: the year under way)
            if lead and lead.year:   # (a report's year: its outcomes are of the year it reviews, the one before)
                undated_now = self.undated_now(sent, n, lead.year)
                return lead.year - (lead.of_report and kind == "actual"), "undated this year" if undated_now else source
        if self.ctx.year:
            return self.ctx.year, self.ctx.year_source
        if self.para_year:
            return self.para_year, "earlier sentence"
        if self.doc_year and not self.date_year and (self.ctx.section or not self.formal):
            # …confirmed when the item's own address is dated in the first months of the year after it (an outcome) or
            # of that year (a target)
            confirmed = posted_early_in(self.doc.source_url, self.doc_year + (kind == "actual"))
            return self.doc_year, "earlier, as its address" if confirmed else "earlier in the document"
        if self.date_year and not self.formal:
            # an outcome in an item of January-March (the congress season) is most likely last year's
            if kind == "actual" and self.spring:
                return self.date_year - 1, "document-last-year"
            return self.date_year, "document"
        return None, "none"

    def undated_now(self, sent: str, n, year: int) -> bool:
        """In an undated document, a figure said of 今年 in a paragraph that names a year after its lead's before it
        (关于2012年决算和2013年上半年…的报告。…今年1-6月份,…): 今年 may be either."""
        if self.date_year or not _THIS_YEAR.search(sent, last_year_end(sent, n.start), n.start):
            return False
        at = self.doc.text.find(sent, self.para_start)
        end = at + n.start if at >= 0 else self.para_start
        return any(int(m.group(1)) > year for m in YEAR.finditer(self.doc.text, self.para_start, end))

    def relative_reaches(self, sent: str, n) -> bool:
        """The word that made the sentence's year relative (今年, 去年, 全年…实现) stands before the
        figure: 增速由…上升到去年的第1位 after a figure does not date it."""
        before = sent[:n.start]
        if self.relative_carried:
            return True
        if self.relative[0] == "this year":
            return "今年" in before
        if self.relative[0] == "review":
            return bool(says_last_year(before) or WHOLE_YEAR_DONE.search(before) or REVIEW_OPENING.search(before)) \
                and "今年" not in before[before.rfind("去年"):]   # (去年…增长11.5%,今年目标是增长9%: not this one)
        return True

    @staticmethod
    def last_year_nearer(sent: str, at: int) -> bool:
        """In a sentence that also sets this year's aims, the year just past (去年, 上年度) is named after
        the last 今年 before `at`, and not as a comparison's base (比去年, 较上年)."""
        before = sent[:at]
        last = last_match(LAST_YEAR, before)
        return bool(last and last.start() > before.rfind("今年") and not COMPARED_BASE.search(before, 0, last.start()))

    def period_of(self, sent: str, n: NumberMention, year: int | None, year_source: str) -> str:
        listed = listed_period(sent, n.start)   # 一季度、上半年、全年GDP分别增长6.7%、6.6%、6.0%
        if listed:
            return listed
        before = since_own_year(sent[:n.start])
        whole = last_match(WHOLE_YEAR, blank(SHARE_OF_THE_YEARS_AIM, before))   # (not 完成全年预算的78%: an aim's year)
        since_last = _SINCE_LAST_NUMBER.search(before)   # 一季度增长4.7%、三季度累计增长6.6%: the nearest part says
        period = (part_year_of(since_last.group(1)) if since_last else None) or part_year_of(
            before[whole.end():] if whole else before)
        if period:
            return period
        if whole:   # 下半年完成X亿元,全年达到Y亿元: the word nearest the figure says its period
            return "year"
        if self.sent_part and not YEAR.search(before):   # …;规模工业增加值416.4亿元,增长6.8%: the part said before
            return self.sent_part
        if _SAME_PART_LAST_YEAR.match(sent) and (part := next((ld.period for ld in (self.para_lead, self.sent_lead) if ld and ld.period not in (None, "year")), self.doc.lead_part)):
            return part
        if year_source in ("clause", "relative") and self.date_year and year != self.date_year:   # (…。2018年全县…, 去年全县…)
            return "year"
        for lead in (self.sent_lead, self.para_lead):
            if lead and lead.period and (lead.year is None or lead.year == year):
                return lead.period
            if lead and lead.year is not None and year_source in ("sentence", "paragraph"):
                break   # the lead that gave the year gave no part-year
        else:
            return self.heading_part or "year"   # 一、1-3月份主要经济指标完成情况: the section's part
        return "year"

    def period_for(self, sent: str, n: NumberMention, kind: str, inline_target: bool, year: int | None,
                   year_source: str) -> str:
        """The figure's period: the year's for an aim said inline, and for an aim under a heading of a part of the year
        (一、上半年经济运行情况) unless its sentence names the part; else period_of's."""
        if kind == "target" and inline_target:
            return "year"
        period = self.period_of(sent, n, year, year_source)
        if kind == "target" and period == self.heading_part and not part_year_of(sent[:n.start]):
            return "year"
        if kind == "target" and period[:1] in ("Q", "H", "M") and (years_aim_after_the_part(sent[:n.start])
                                                                   or YEARS_AIM_AFTER.match(sent, n.end)):
            return "year"   # 下半年,…紧扣年度目标任务,确保…增长6%左右 / 前三季度…控制在4.5%以内的年度目标: the year's aim
        if kind == "target" and period[:1] in ("Q", "H", "M") and not part_year_of(sent[:n.start]) \
                and not (self.sent_lead and self.sent_lead.period) and not self.sent_part:
            return "year"   # 1-10月,…增长5.3%。对照年初确定的…增长6%的目标,…: the part an earlier sentence named is no aim's
        return period

    def when(self, sent, subject, n, dim, gap, key, rule, inline_target, cue, measures):
        """-> (key, rule, When) or None: whether the figure is a target or an outcome, its year and
        its period (a year, a part-year, or a five-year span)."""
        ctx = self.ctx
        span = self.span_target(sent, n, cue or inline_target)
        if span:
            return self.as_span_target(span, sent, subject, n, dim, key, rule, measures)
        kind, kind_source = self.kind_of(sent, n, gap, inline_target or cue)
        year, year_source = self.year_of(sent, subject, n, kind)
        kind, kind_source, year = self.kind_for_year(sent, subject, n, kind, kind_source, year, year_source)
        period = self.period_for(sent, n, kind, inline_target, year, year_source)
        if kind == "target" and period != "year" and done_in_part_year(sent[:n.start], self.words):
            kind, kind_source = "actual", "cue"   # 年计划X亿元以上,1—9月完成Y亿元,同比增长Z%: the part-year's outcome
        elif kind_source == "section" and kind == "target" and period[:1] in ("Q", "H", "M") and year == self.date_year \
                and self.part_just_ended(period):
            kind, kind_source = "actual", "cue"   # 全年主要目标是:…。(二)1-7月,…增长10.4% in September: a part over is done
        own_clause = clause_start(sent, n.start, ",,;;")
        if kind_source in ("section", "cue", "relative") and kind == "target" and (est := _ESTIMATED_HERE.search(sent, own_clause, n.start)) \
                and (not est.group("now") or (year == self.date_year and (self.date_month or 0) >= 11)):   # (今年预计… in December)
            kind, kind_source = "actual", "cue"   # …,全年预计同比增长9%: in a plan's list, the year's estimated outcome
        period, year_source, year = self.part_of_the_item(period, kind, sent, n, year, year_source)
        clause_year, stated = year_source == "clause", YEAR_JUST_BEFORE.search(sent[max(0, n.start - 12):n.start])
        plan_end = PLAN_END_JUST_BEFORE.search(sent, max(0, n.start - 12), n.start)
        if plan_end and dim in ("CNY", "USD", "ugm3"):
            year, period, year_source = FIVE_YEAR_PLANS[plan_end.group(1)][1], "year", "clause"   # 由“十二五”末的6557亿元
        elif stated and dim in ("CNY", "USD", "ugm3") and self._plausible(int(stated.group(1))):
            year, period, year_source = int(stated.group(1)), "year", "clause"  # 由2015年的1708.4亿元增至…
            if rule == "level" and kind == "actual":
                rule = "level:stated-year"
        elif ctx.span and kind == "actual" and (not clause_year or (year in (ctx.span[1], ctx.span[1] + 1) and AVG.search(gap))) \
                and not self.year_led(sent, subject, n, gap, year_source) and not self.span_stated(sent, n):   # 2016年…增长8%,年均增长9.4%: the span's
            key, period, year, rule = self.span_outcome(sent, subject, gap, key, rule, measures,
                                                         span_to_the_lead(ctx.span, year, year_source, gap), True, n.start)
            year_source = "section"
        elif kind == "actual" and rule in ("level", "growth") and not AVG.search(gap) \
                and (lead_span := self.led_by_span(sent, n)):
            # 2017年至2021年,从206亿元增长到286亿元: the span's end level; its start, a bare growth over it: no year
            key, period, year, rule = self.span_outcome(sent, subject, gap, key, rule, measures, lead_span)
        elif many_years_cumulative(sent[clause_start(sent, subject.start):n.start]) and rule in ("level", "growth", "inline-target"):
            return None  # a multi-year total or cumulative growth (累计完成X亿元) whose span is not stated
        elif AVG.search(gap):
            average = self.stated_average(sent, n, rule, measures, year)
            if average is None:
                return None  # an average over years we cannot pin down
            key, period, year, rule, year_source = average
        if key is None or year is None or (rule == "level" and self.span_start(sent, gap, n.start)):
            return None   # (a span's start level is read as span:start-level, or not at all)
        if year_source in ("clause", "sentence", "paragraph") and not plan_end:   # a base at a plan's end dates no other figure
            self.para_year = self.doc_year = year
        return key, rule, dated_prior(When(kind, year, period, year_source, kind_source), sent[:n.start])   # 比上半年(4.3%)

    def part_of_the_item(self, period: str, kind: str, sent: str, n, year: int | None, year_source: str) -> tuple:
        """(period, year source, year): an outcome of months that ended just before the date, dated by it (1-9月 in October,
        1—2月份 in March): PART_JUST_ENDED; one of months not over at the date goes to review (PART_NOT_OVER)."""
        period = self.of_the_half(period, kind, sent, n, year)
        if (year_source == "document" or year_source == "document-last-year" and self.doc.reviews_year in (None, self.date_year)) \
                and kind == "actual" and self.part_just_ended(period):
            return period, PART_JUST_ENDED, self.date_year if year_source == "document-last-year" else year
        if year_source == "section" and kind == "actual" and self.date_year and year == self.date_year - 1 \
                and self.part_just_ended(period) and (self.date_month or 12) <= _SPRING_END:
            return period, PART_JUST_ENDED, self.date_year   # (1—2月 under a review of 2023 in a March 2024 report: 2024's)
        if kind == "actual" and year is not None and year == self.date_year and self.part_not_yet_over(period):
            return period, PART_NOT_OVER, year   # 1—11月,…增长6.7% in a January item: last year's, or the date is a copy's
        return period, year_source, year

    def of_the_half(self, period: str, kind: str, sent: str, n, year: int | None) -> str:
        """`period`, or H1 in a half year's report or item, or the one part of a year its title names (前11月X省经济
        运行…): an outcome of its own year not said to be the whole year's is that part's."""
        doc = self.doc
        own = doc.reviews_year or doc.report_year
        mine = period == "year" and kind == "actual" and (own is None or year == own) \
            and not WHOLE_YEAR.search(sent, 0, n.start) and self.heading_part != "year" \
            and not FORECAST.search(sent, 0, n.start)   # (预计公共财政预算收入达到8.6亿元 in December: the year's forecast)
        # (a part its head names is of the year named with it, else of the item's date: not an earlier year it reviews)
        part_year = lead_part_year(doc) if doc.lead_part else None
        lead = doc.lead_part if (year == part_year if part_year else self.date_year is None or year == self.date_year) else None
        titled = None if part_of_another_year(year, doc.title) else headline_part(doc.title)   # (…及2025年1—9月: not 2024's)
        return ("H1" if doc.half_year else lead or titled or period) if mine else period

    def kind_for_year(self, sent, subject, n, kind, kind_source, year, year_source) -> tuple[str, str, int | None]:
        """The kind (and, for last year's clause, the year) once the year is known."""
        if kind == "actual" and kind_source == "cue" and self.aims_opened(n, year):
            kind = "target"   # …发展的预期目标是,…;一般公共预算收入完成3.3亿元以上: an aim, its verb notwithstanding
        if kind == "target" and kind_source in ("relative", "section") and year_source == kind_source \
                and self.last_year_nearer(sent, n.start):   # (in a plan's tasks: 去年全区规上工业增加值增长7.4%,今年要…)
            kind, year = "actual", year - 1   # 去年…48810亿元,今年…预期增长6.5%: the first clause is last year's
        if kind == "target" and kind_source == "relative" and year_source == "clause" and year is not None and (
                year < self.relative[1] or _THIS_YEAR.search(sent, n.end)):
            kind, kind_source = "actual", "cue"   # 2018年…增长9%,今年目标增长10%: a year the sentence contrasts with 今年
        if kind_source == "hedge" and (year is None or self.date_year is None or year < self.date_year):
            kind, kind_source = "actual", "default"   # a hedge alone makes no target of a year already past
        if kind_source == "section" and kind == "target" and self.before_the_plan(year, year_source):
            kind, kind_source = "actual", "cue"   # in a plan for 2019, "2018年…增长8.9%" is what 2018 did
        if kind_source == "section" and kind == "actual" and self.after_the_review(year, year_source) \
                and part_year_of(sent[:n.start]) is None and not (self.sent_lead and self.sent_lead.period):
            kind, kind_source = "target", "cue"   # in a review of 2023 dated January 2024, "建议2024年…增长6%" is an aim
        if kind == "actual" and kind_source in ("cue", "section") and forecast_of_the_year_begun(
                sent[clause_start(sent, subject.start, ",,;;"):subject.start], self.sent_estimate, year, self.plan_year, self.date_month):
            kind = "target"   # 今年上海GDP预计增长6.5%左右 in the year's congress: a forecast of the year just begun
        if kind_source == "announced":
            kind, kind_source = ("actual", "default") if self.announced_past(sent, year) else ("target", "cue")
        if kind_source == "default" and year is not None and year < (self.plan_year or year):
            kind_source = "before-plan-year"   # an item that sets 2024's targets: its 2023 figures are outcomes
        return kind, kind_source, year

    def announced_past(self, sent: str, year: int | None) -> bool:
        """What a report proposes is for the year ahead: a figure of a year before the item's date, before
        another year the same sentence names (报告提出,2020年…增长3.7%,2021年…增长7%) or, in an undated item,
        before the latest year it names is that year's outcome, reported with it."""
        if year is None:
            return True
        first = self.cat.term_re.search(sent)
        if any(w in sent[:first.start() if first else len(sent)] for w in self.grammar.decided_words):
            return False   # 会议批准的2013年计划,确定全市…增长12%: aims decided for that year stay aims, reviewed later or not
        named = [int(y) for y in YEAR.findall(sent) if self._plausible(int(y))]
        latest = self.date_year if self.date_year is not None else self.latest_year
        return year < max(named, default=year) or (latest is not None and year < latest)

    def year_led(self, sent, subject, n, gap, year_source) -> bool:
        """In a paragraph about a past span, a figure whose sentence or paragraph opens with its year
        ("2016年,全市生产总值完成235.7亿元") is that year's, unless it says 年均 or 累计."""
        return year_source in ("sentence", "paragraph") and not (
            AVG.search(gap) or many_years_cumulative(sent[clause_start(sent, subject.start):n.start]))

    def year_after_name(self, sent: str, subject, n) -> int | None:
        """The last year stated between the name and its figure (一般公共预算收入2020年达到61亿元), when it is no
        base (比2015年), no span's start (2016年至) and no earlier state (由2015年的); None when there is none."""
        found = None
        for m in YEAR.finditer(sent, subject.end, n.start):
            if _in_aside(sent, subject.end, m, n.start):
                continue   # 地区生产总值412.6亿元(2022年为389.5亿元),增长5.9%: the aside's year is its own
            after = sent[m.end():m.end() + 2]
            if YEAR_BAD_BEFORE.search(sent[max(subject.end, m.start() - 3):m.start()]) or after[:1] in ("的", "至", "到", "-", "—") \
                    or sent[m.start() - 1:m.start()] in ("按", "以") or not self._plausible(int(m.group(1))):   # 按2020年不变价格
                found = None
                continue
            found = int(m.group(1))
        return found

    def kind_of(self, sent, n, gap, cued: bool) -> tuple[str, str]:
        """Target or outcome, and what said so, strongest first: the section, words of the clause, a
        range, a year relative to the document's date, a review section, outcome words."""
        if YEAR_BASE.search(sent, max(0, n.start - 12), n.start):
            return "actual", "base"    # 由2020年的1002.3亿元增加到…, in a plan's aims too: the base, measured
        if self.ctx.section == "plan":
            return "target", "section"
        if cued:
            return "target", "cue"
        if self.sent_announced:
            return "target", "announced"
        if n.value_high is not None and self.words.measured_after.match(sent, n.end):
            return "actual", "cue"     # an estimate's range, measured against its target (高于预期目标)
        if n.value_high is not None and not DECLINE.search(gap):
            return "target", "range"   # outcomes are points; a range is a plan
        planned = planned_year(sent[clause_start(sent, n.start, ",,;;"):n.start], self.words.target)
        if planned and not (self.date_year and planned < self.date_year):
            return "target", "cue"     # …,计划2023年地区生产总值增长8.5%以上: the clause plans that year
        if self.sent_future and self.ctx.section != "review":
            return "target", "cue"     # 2024年,贵州将…,预计增长5.5%左右: what the year will do
        if self.relative and self.relative[0] in ("plan", "review"):
            return ("target" if self.relative[0] == "plan" else "actual"), "relative"
        if self.ctx.section:
            return "actual", "section"
        listed = listed_year(sent, n.start)   # 2016年至2020年,…分别增长5.3%、5.9%…: one value a year, a record of years gone
        if listed and not (self.date_year and listed >= self.date_year) and not self.words.target.search(sent, 0, n.start):
            return "actual", "cue"
        if self.sent_outcome and (self.words.outcome.search(sent[:n.start]) or not self.piece_outcome):
            return "actual", "cue"
        if self.sent_estimate and self.date_month and self.date_month >= 10:
            return "actual", "cue"     # (预计数,下同) late in the year: the year's estimated outcome, hedged or not
        if n.suffix and self.grammar.bounds.get(n.suffix) in ("about", "floor", "ceiling"):
            return "target", "hedge"   # 增长6%左右 with no word of an outcome: a plan's hedged figure
        return "actual", "default"

    def after_the_review(self, year: int | None, year_source: str) -> bool:
        """A year stated with the figure, in a review section, after the reviewed year and not over at the item's date:
        no outcome of it can be reported there. (Undated, the later year may be the one the report's term ends with,
        2016年,预计… in a review of the term: no date, no rule.)"""
        if self.ctx.section != "review" or not self.ctx.year or year is None or year <= self.ctx.year \
                or year_source not in ("clause", "sentence", "paragraph"):
            return False
        if self.date_year is None:   # (undated: only the year the report plans, its title's, not estimated: 2025年:增长6%左右
            return self.formal and year == self.doc.plans_year == self.ctx.year + 1 and not self.sent_estimate   # in 2025's)
        return year <= self.date_year + 1 and year_open_at(year, self.date_year, self.date_month, self.doc.text)   # (further: a wrong date)

    def before_the_plan(self, year: int | None, year_source: str) -> bool:
        """A year stated with the figure that is before the plan section's own year (or said as one before the item's
        date: 去年…, under this year's aims)."""
        return bool(self.ctx.year and year is not None and year < self.ctx.year
                    and (year_source in ("clause", "sentence", "paragraph")
                         or year_source == "relative" and bool(self.date_year) and year < self.date_year))

    def _plausible(self, year: int) -> bool:
        ref = self.doc.report_year or self.ctx.year or self.date_year or year
        return in_reach(year) and ref - 15 <= year <= ref + 10
