"""Rows: a figure as a Mention with its quote, offsets, status and confidence; figures stated in words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.bracketed_prior import PART_UNNAMED
from etl.extract.clause_years import clause_start
from etl.extract.figure_time import year_open_at
from etl.extract.numbers import NumberMention
from etl.extract.patterns import (
    FINAL,
    FORECAST,
    LAST_YEARS,
    PLAN_SPAN,
    PRELIMINARY,
    REVIEW_OPENING,
    REVIEWS_HERE,
    SAME_PERIOD,
    SO_FAR,
    TABLE_TARGET,
    YEAR,
    part_end,
)
from etl.extract.subjects import TermHit, dimension_of
from etl.knowledge.tables import alternation
from etl.records import REASON_SEP, Mention

# where the year came from for an outcome of months that end later in the year than the item's date (1—11月 in a
# January item): the date's, though those months were not over then (the year before's, or the date is a copy's)
PART_NOT_OVER = "document, part not over"

# a number written to hundredths or finer (5.52亿元, 3.98%), or a sum that would be so written in 亿元 (557700万元 is
# 55.77亿元, 41651万元 is 4.1651亿元): a measured outcome; targets are set in round figures (300亿元, 1.2万亿元, 8%)
_HUNDREDTHS = re.compile(r"(?<![\d.])\d+\.\d{2,}(?![\d.])")
_YI = 1e8   # a sum's measure: 亿 of its currency
_ENDS_THE_YEAR = {"H2": 12, "Q4": 12}   # the parts that end with the year


@lru_cache(maxsize=4)
def _sums(units: tuple[str, ...]) -> re.Pattern:
    """A number and a unit of money after it (longest first)."""
    return re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(" + alternation(units) + ")")


# an item of a list (——地区生产总值…, ● …, (一) …, 1. …), and how many lines back its lead is looked for
_MUST = re.compile(r"(?<![无必])须|需要?(?:年均)?(?:保持|实现|达到|增长)|必须|才能")   # (下半年须保持…, 需实现…: what the rest must do)
_LIST_ITEM = re.compile(r"\s*(?:——|—|[●◆■▪•·]|[((]?[一二三四五六七八九十\d]{1,2}[))、.](?!\d))")
_LIST_REACH = 30
_SIGNIFICANT = 4   # digits of a sum that was measured, unless aims are spoken of around it (1964亿元, 170.7亿元)


def sums_in(figure: str, money: dict[str, float]) -> list[tuple[str, float]]:
    """Each sum of `figure` in a unit of `money`: its number as written, and its unit's factor."""
    return [(m.group(1), money[m.group(2)]) for m in _sums(tuple(money)).finditer(figure)] if money else []


def _finer_than_tenths_of_yi(number: str, factor: float) -> bool:
    tenths = float(number) * factor / _YI * 10
    return abs(tenths - round(tenths)) > 1e-6


def precise(figure: str, sums: list[tuple[str, float]]) -> bool:
    """A figure written as measured, not set: to hundredths, or one of its `sums` that in 亿 of its currency has
    hundredths or finer."""
    return bool(_HUNDREDTHS.search(figure)) or any(_finer_than_tenths_of_yi(n, f) for n, f in sums)


def significant(sums: list[tuple[str, float]]) -> bool:
    """One of `sums` written with `_SIGNIFICANT` significant digits or more."""
    return any(len(number.replace(".", "").strip("0")) >= _SIGNIFICANT for number, _ in sums)


QUARTER_ALONE = re.compile(r"单季|当季")   # 二季度单季增长: the quarter's own, not the year's to its end


STAMP_GAP_YEARS = 2   # a page dated this many years after every year its text states is likely a later copy
# where a figure's year may have come from the page's date: the date itself, a word relative to it, the section's year
# a title of a year's report on what was done (2018年…完成情况, 2021年…执行情况, 2023年…经济运行情况)
_YEAR_REPORTED = re.compile(r"(\d{4})年[^。\n]{0,30}?(?:完成情况|执行情况|运行情况|工作总结)")
_YEARS_ESTIMATE = re.compile(r"预计|全年")   # (预计全年…, 全年预计…: the year's estimate said in a figure's piece)
_FROM_THE_DATE = frozenset({"document", "document, part just ended", "document-last-year", "relative", "section"})


def reviews_plainly(head: str) -> bool:
    """Words before a figure that say they review (报告回顾,…; 会议总结了…), naming no span of years (回顾过去五年,
    “十三五”以来) and no year: in an item of January-March, the year just past."""
    return bool(REVIEWS_HERE.search(head)) and not (LAST_YEARS.search(head) or PLAN_SPAN.search(head) or YEAR.search(head))


@dataclass(frozen=True)
class At:
    """A position standing in for a number (qualitative statements have none)."""
    start: int


class RowsMixin:
    """The rows part of the extractor (etl/extract/classify.py's Extractor)."""

    review_opened: int | None = None   # where the text first says it reviews the year past (REVIEW_OPENING's end)

    def qualitative(self, sent: str, s0: int, terms: list[TermHit], nums: list[NumberMention]) -> None:
        for m in self.cat.qualitative.finditer(sent):
            clause_start = max(sent.rfind(c, 0, m.start()) for c in ",:") + 1
            if any(clause_start <= n.start < m.end() and dimension_of(n.unit, self.grammar) != "other" for n in nums):
                continue
            subjects = [t for t in terms if clause_start <= t.start and t.end <= m.start() and not t.comparator]
            subjects = [t for t in subjects if t.family]
            for t in subjects:
                measures = self.cat.families[t.family]
                growthy = "增" in m.group() or "增速" in sent[t.end:m.start()] or "同步" in m.group()
                key = measures.get("growth") if growthy and "growth" in measures else \
                    measures.get(self.cat.primary_measure(t.family))
                year, year_source = self.year_of(sent, t, At(m.start()))
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

    def status(self, kind: str, year: int, sent: str) -> str | None:
        if kind != "actual":
            return None
        if FINAL.search(sent) or self.doc.doc_type == "statistics release":
            return "final"
        if PRELIMINARY.search(sent):
            return "preliminary"
        ref = self.doc.report_year or ((self.doc.reviews_year + 1) if self.doc.reviews_year else None)
        if ref and year < ref - 1:
            return "final"   # a year before the one under review: a revised, later statement
        return "preliminary"

    def confidence(self, kind: str, year: int, period: str, year_source: str, kind_source: str,
                   method: str = "sentence", at: int = 0, measured: bool = False, end: int = 0) -> tuple[str, str]:
        """high: year, indicator and kind come from the same sentence, its paragraph or a formal
        section; low (with the reasons) when any was inferred from weaker context."""
        reasons = []
        formal = self.formal
        if self.doc.region is None:
            reasons.append("region unknown")
        if getattr(self.doc, "ocr", False):
            reasons.append("read by OCR")
        if year_source == "document" and not formal and not (kind == "actual" and (self.part_just_ended(period) or self.years_estimate_at_its_end(period, at, end))):
            reasons.append("no year stated near the figure; the document's date was used")
        if year_source == "document-last-year" and not (kind == "actual" and self.last_year_said(at) or self.titles_last_year()):
            reasons.append("no year stated near the figure; read as the year before the document's "
                           "January-March date")
        if year_source == "title" and not (self.titles_last_year() or year == self.date_year):
            reasons.append("no year in the table or its heading; the document's title's year was used")
        if year_source == "only year stated":
            reasons.append("the document is undated; 今年 was read as the only year it states")
        if year_source == "undated this year":
            reasons.append("the document is undated and the figure is said of 今年: the year its lead states may be another")
        if year_source == "earlier in the document":
            reasons.append("no year in its paragraph and the document is undated; the last year stated before it was used")
        if year_source == "compared":
            reasons.append("the clause compares with the year it names; the figure may be that year's or the later one's")
        if year_source == PART_UNNAMED:
            reasons.append("the same period of the year before, and its sentence names no part of the year: it may be a part's")
        if year_source == "earlier sentence":
            reasons.append("no year in its sentence; carried from an earlier sentence of the paragraph")
        if kind_source == "default" and not formal and period == "year" and (self.date_year is None or year >= self.date_year) \
                and not (kind == "actual" and measured):
            reasons.append("not stated whether it is a target or an outcome")
        if kind_source == "later-year":
            reasons.append("a target for a later year outside a five-year plan")
        if year_source == PART_NOT_OVER:
            reasons.append("its months had not ended at the item's date: of the year before, or the date is a later copy's")
        reasons += self.stamped_late(year, year_source)
        measured = self.cat.risky_paths.get((year_source, kind_source, method))
        if measured:
            reasons.append(f"this way of reading year and kind was wrong {measured[1]} of {measured[0]} times "
                           "on the development corpus (data/confidence_paths.csv)")
        return ("low", REASON_SEP.join(reasons)) if reasons else ("high", "")

    def target_after_outcomes(self, kind: str, year: int, year_source: str, rule: str) -> str | None:
        """A target whose year is its paragraph's lead, a year the paragraph has given outcomes of already (2022年,全州
        实现…增长2.7%。报告提出,…增长3%): its own year, most likely the next, is not stated. (A target derived from an
        outcome's gap, 高于去年目标0.1个百分点, is of the outcome's year.)"""
        if kind != "target" or year_source != "paragraph" or rule.startswith("derived"):
            return None
        if not any(m.kind == "actual" and m.year == year and m.sentence_start >= self.para_start for m in self.out):
            return None
        return "a target whose year is its paragraph's lead, a year the paragraph gave outcomes of: the target's own year is not stated"

    def written_measured(self, figure: str, s_b: int) -> bool:
        """The figure is written as measured: to hundredths (of 亿, for a sum), or a sum of four significant digits
        where no aim (计划, 目标, 预期) is spoken of from the lead of its list (or the line before its own) to its
        sentence's end."""
        sums = sums_in(figure, self.money)
        if precise(figure, sums):
            return True
        return significant(sums) and not TABLE_TARGET.search(self.doc.text, self.list_lead(), s_b)

    def list_lead(self) -> int:
        """Where the line before this paragraph starts; when this paragraph is an item of a list (——…, 1.…), where the
        line before the list starts (its lead: 主要指标完成情况如下:), up to _LIST_REACH lines back."""
        text, start = self.doc.text, self.para_start
        for _ in range(_LIST_REACH):
            prev = text.rfind("\n", 0, max(0, start - 1)) + 1
            if prev >= start:
                break
            start = prev
            if not _LIST_ITEM.match(text, prev):
                break
        return start

    def stamped_late(self, year: int, year_source: str) -> list[str]:
        """On a page dated STAMP_GAP_YEARS or more after the last year its text states (a later copy, likely): a figure
        whose year came from that date and is none the text states."""
        if self.stamp_gap >= STAMP_GAP_YEARS and year_source in _FROM_THE_DATE and year not in self.stated_years:
            return [f"the page is dated {self.stamp_gap} years after the last year its text states, and this figure's "
                    "year is none it states: read from that date, it may be a later copy's"]
        return []

    def outcome_by_a_late_date(self, kind: str, year: int, kind_source: str, hedge: str | None) -> str | None:
        """On such a page, a hedged figure (增长5%左右) or one a report proposes (报告提出,…增长6%) of the last year the
        text states, read as an outcome only because the page's date has passed that year: the date may be a copy's."""
        if self.stamp_gap < STAMP_GAP_YEARS or kind != "actual" or kind_source != "default" or year != self.last_said:
            return None
        if not (self.sent_announced or self.grammar.bounds.get(hedge or "") in ("about", "floor", "ceiling")):
            return None
        return (f"the page is dated {self.stamp_gap} years after the last year its text states: that this hedged or "
                "proposed figure of that year is an outcome, not an aim, was read from that date alone")

    def so_far(self, kind: str, year: int, period: str, at: int, end: int) -> str | None:
        """An outcome read as the whole year's, of the item's own year, in an item dated before December, in a
        paragraph that speaks of the year so far (今年以来,…) before it, or compared with the same period of last year
        (比上年同期增长…): it is the months so far, which the text does not name there."""
        if kind != "actual" or period != "year" or not self.date_month or self.date_month >= 12 or year != self.date_year:
            return None
        if SO_FAR.search(self.doc.text, self.para_start, at):
            return "said of the year so far in an item dated before the year's end: not the whole year's figure"
        if SAME_PERIOD.search(self.doc.text, at, end):
            return "compared with the same period of last year in an item dated before the year's end: a part of the year"
        return None

    def year_not_over(self, kind: str, year: int, period: str, said: str, hedge: str | None = None) -> str | None:
        """An outcome of a whole year that had not ended at the item's date (a later year, or the date's own year in an
        item of January to October), a year the text never states or one its sentence forecasts (`said`: up to the
        figure; 预计, 将达到): an estimate or an aim, never that year's outcome. (A year the text states with an outcome's
        words, 2022年,全县实现…, or a bulletin's title, is more likely right than a page's date: pages are stamped when
        they are moved.)"""
        if kind != "actual" or period != "year" or not self.date_year:
            return None
        hedged = (self.cat.hedges.get(hedge or "") or {}).get("bound") in ("about", "floor", "ceiling")
        # (the year barely begun at the date, unless the title says the text reviews it: a bulletin's slipped date)
        spring = year == self.date_year and bool(self.date_month) and self.date_month <= 3 and year != self.doc.reviews_year
        if year in self.said_years and not hedged and not spring and year <= self.date_year + 1 \
                and not (FORECAST.search(said) or self.words.target.search(said)):   # (确保全年…,投资完成260亿元 in July)
            return None   # (增长6%左右 of a year not over: hedged as an aim or an estimate is, even of a year stated; and
            # two years or more after the date, no slipped stamp makes an outcome: 2025年目标(地区生产总值650亿元) in 2023)
        if year_open_at(year, self.date_year, self.date_month):
            return "an outcome of a whole year not over at the item's date: an estimate or an aim, not the year's outcome"
        return None

    def pace_needed(self, kind: str, period: str, s_a: int, b: int) -> str | None:
        """An aim of a later part of the year said as what it must do (下半年须保持增速8.7%左右 for the year's aim): the pace
        the year's aim requires of the rest of it, worked out by the text, not an aim set."""
        if kind == "actual" and _MUST.search(self.doc.text, max(s_a, clause_start(self.doc.text, b, ",")), b):
            return "what the rest of the year must do (下半年GDP必须增长6.4%), worked out: no outcome"
        if kind != "target" or (period[:1] not in ("H", "Q", "M") and "-" not in period) or not _MUST.search(self.doc.text, s_a, b):
            return None   # (…,后两年需年均增长9.7%: the plan's years left, as a part of the year)
        return "the pace a later part of the year or of a plan must keep to meet its aim: worked out, not an aim set"

    def part_not_over(self, kind: str, year: int | None, period: str, said: str = "") -> str | None:
        """An outcome of the part of the year that ends with it (下半年, 四季度) in an item dated before December, or of a
        later year's, or one forecast (`said`: up to the figure) of a part that ends in the date's month or later (预计
        上半年… in June): no outcome of it can be reported yet; an aim or an estimate."""
        if kind == "actual" and year == self.date_year and self.date_month and (part_end(period) or 0) >= self.date_month \
                and FORECAST.search(said):
            return "an estimate of a part of the year not over at the item's date: not its outcome"
        end = _ENDS_THE_YEAR.get(period)   # (a part that ends earlier may be dated loosely: a release of 上半年 in May)
        if kind != "actual" or not end or not self.date_year or not self.date_month or year is None:
            return None
        if year > self.date_year or (year == self.date_year and end > self.date_month):
            return "an outcome of a part of the year not over at the item's date: an aim or an estimate, not its outcome"
        return None

    def months_among_aims(self, kind: str, kind_source: str, period: str, said: str) -> str | None:
        """A part of the year's figure read as an aim only from its section (▲1—11月,全县固定资产投资增长7.1% in a news
        box after the year's aims), with no word of an aim in its sentence: years' aims are set for the whole year, so it is
        more likely the months done than an aim."""
        if kind != "target" or kind_source != "section" or not part_end(period) or self.words.target.search(said):
            return None
        return "a part of the year's figure among the year's aims with no word of an aim: the months done or an aim"

    def months_of_no_quarter(self, key: str, period: str) -> str | None:
        """An indicator accounted by quarter only (residents' income, surveyed by quarter) read as of months that end no
        quarter (1—11月, 1—8月): a figure of the last quarter, under a table of the months, not of those months."""
        end = part_end(period) if period.startswith("M1-M") else None
        if not end or end % 3 == 0 or not self.cat.by_quarter(key):
            return None
        return "an indicator accounted by quarter, read as of months that end no quarter: its period is not stated"

    def quarter_unsaid(self, period: str, a: int, b: int) -> str | None:
        """A later quarter's figure (分季度看,…二季度增长0.8%,四季度增长1.8%) not said to be the quarter's alone (单季, 当季)
        may be that quarter's or the year's to its end: its period is not stated."""
        if period not in ("Q2", "Q3", "Q4") or QUARTER_ALONE.search(self.doc.text, max(0, a - 12), b):
            return None
        return "a quarter's figure not said to be the quarter's alone or the year's to its end: its period is not stated"

    def part_just_ended(self, period: str) -> bool:
        """A part of the year that ended earlier in the year of the item's date (上半年 in a July or an October item,
        前三季度 in November): it can only be the date's own year."""
        end = part_end(period)
        return bool(end and self.date_month and self.date_month - end >= 1)

    def years_estimate_at_its_end(self, period: str, at: int, end: int) -> bool:
        """A whole year's outcome estimated in an item of November or December (预计全年地区生产总值达到650亿元左右 in a
        speech of 26 December), the estimate said in the figure's own piece of its sentence: it can only be the date's
        own year's."""
        if period != "year" or not self.sent_estimate or not (self.date_month and self.date_month >= 11):
            return False
        text = self.doc.text
        near = max(0, at - 400)   # (a piece's start, looked for near the figure: a run-together text has no marks)
        piece = max(max(text.rfind(mark, near, at) for mark in "。;;\n") + 1, near)
        return bool(_YEARS_ESTIMATE.search(text, piece, max(at, end)))

    def part_not_yet_over(self, period: str) -> bool:
        """A part of the year that ends two months or more after the item's date (1—11月 in a January item): in the date's
        year it is not over, so an outcome of it is of an earlier year (a month's lag is a date's slack: a release's
        page dated late May for its first half)."""
        end = part_end(period)
        return bool(end and self.date_month and end > self.date_month + 1)

    def threshold_passed(self, kind: str, value: float | None, hedge: str | None, unit: str = "") -> str | None:
        """An outcome given only as a round number it passed (a floor word before it: 突破5000亿元, 超过3万元; or
        after it: 达到8000亿元以上) is a milestone, not the figure: its value is not stated; so is a level given only as
        a round number it nears (近1000亿元, 约50亿元)."""
        row = self.cat.hedges.get(hedge or "")
        # (a round number: of two figures, or whole and of three: 突破1150亿元; not 突破83.7亿元)
        if kind != "actual" or value is None or not row or not (value == float(f"{value:.2g}") or (
                float(value).is_integer() and value == float(f"{value:.3g}"))):
            return None
        if row["bound"] == "about" and row["position"] == "prefix" and unit != "pct":   # 近1000亿元: nearly a round level
            return f"an outcome given only as a round number it nears ({row['label_en'] or 'about'} {value:g}): its value is not stated"
        if row["bound"] != "floor" or (row["position"] != "prefix" and value < 100):
            return None   # 突破5000亿元 before the number, or a level after it (达到8000亿元以上; 增长8%以上 is a rate)
        return f"an outcome given only as a round number it passed ({row['label_en'] or 'over'} {value:g}): its value is not stated"

    def last_year_said(self, at: int) -> bool:
        """An outcome of an item of January-March is last year's for sure when the item estimates it
        (congress news: 预计, 同比) or has said before it that it reviews the year just past (一年来,…)."""
        start = max(self.doc.text.rfind("。", 0, at), self.doc.text.rfind("\n", 0, at)) + 1
        if self.review_opened is None:   # (where the text first says it reviews: found once, not once per figure)
            first = REVIEW_OPENING.search(self.doc.text)
            self.review_opened = first.end() if first else len(self.doc.text) + 1
        return (self.congress_news and self.sent_estimate) or self.review_opened <= at \
            or reviews_plainly(self.doc.text[start:at])   # 报告回顾,全县…: what the report reviews

    def titles_last_year(self) -> bool:
        """The item's title names the year before its date as the one its text reports on (晋江市2018年…主要预期目标完成
        情况 of January 2019): its figures of no year, outcomes and the aims they are set against, are that year's."""
        done = _YEAR_REPORTED.search(self.doc.title or "")
        return bool(done and self.date_year and int(done.group(1)) == self.date_year - 1)

    def row(self, key, kind, year, period, value, value_high, unit, hedge, basis, rule, method,
            a, b, s_a, s_b, sent="", year_source="section", kind_source="section") -> Mention:
        confidence, reason = self.confidence(kind, year, period, year_source, kind_source,
                                             "table" if rule == "table" else "sentence", a,
                                             self.written_measured(self.doc.text[a:b], s_b), b)
        odd = self.cat.implausible(value, unit, key) or self.cat.implausible(value_high, unit, key) \
            or self.threshold_passed(kind, value, hedge, unit) or self.so_far(kind, year, period, a, b) \
            or self.quarter_unsaid(period, a, b) or self.outcome_by_a_late_date(kind, year, kind_source, hedge) \
            or self.year_not_over(kind, year, period, self.doc.text[s_a:b], hedge) or self.part_not_over(kind, year, period, self.doc.text[s_a:b]) \
            or self.target_after_outcomes(kind, year, year_source, rule) or self.pace_needed(kind, period, s_a, b) \
            or self.months_among_aims(kind, kind_source, period, self.doc.text[s_a:b]) or self.months_of_no_quarter(key, period)
        if odd:   # 99999999999999999999亿元, or an OCR's 159% GDP growth, is read but never charted
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
