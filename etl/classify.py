"""Pure: a normalised document -> observations (indicator, year, period, kind, value, hedge …).

The reading is sentence by sentence with a small context that carries across sentences:
which section we are in (review of year Y or targets for year Y) and whether a five-year span
(“十三五”时期) is being summarised. Inside a sentence each number is attached to the nearest
indicator name before it (or to the matching member of a list: A、B、C分别下降x、y、z), and what
the number measures is read from the words between the name and the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.catalogue import Catalogue
from etl.documents import Document
from etl.figures import NumberMention, find_numbers

# --- grammar: words, not knowledge about indicators ---------------------------------------

_SENTENCE_END = re.compile(r"[。!?;\n]")
_GROWTH = re.compile(r"增长|增速|增幅|同比|下降|降低|减少|回落|下滑|负增长|提高|上升|增加|拉升|上涨")
_DECLINE = re.compile(r"下降|降低|减少|回落|下滑|负增长")
_TO_LEVEL = re.compile(r"(?:增长|提高|上升|增加|下降|降低|减少|降|增|提升)(?:至|到)")
_INCREMENT_BEFORE = re.compile(r"(?:增长|增加|减少|下降|提高|增收|减收|多)\s*$")
_FROM_BEFORE = re.compile(r"(?:由|从)\s*$")
_SHARE = re.compile(r"比重|占比|占GDP")
_TARGET_INLINE = re.compile(r"目标")
_DERIVED = re.compile(r"(高于|超过|超出|低于)(?:年初|全年)?(?:预期|预定|计划|既定)?目标\s*$")
_RATIO_BEFORE = re.compile(r"(?:的|占|为上年|是全市|相当于)\s*\(?\s*$")
_COMPARABLE = re.compile(r"可比口径|同口径|可比价|剔除[^,;。]{0,15}因素|剔出不可比因素|扣除[^,;。]{0,12}因素|不可比因素")
_AVG = re.compile(r"年均")
_YEAR_JUST_BEFORE = re.compile(r"(?<!\d)(\d{4})\s*年(?:的|底|末)?\s*$")
_CUMULATIVE = re.compile(r"累计")
_LIST_SEP = re.compile(r"^\s*(?:\([^()]{0,20}\))?\s*(?:、|和|及|与|以及)\s*$")
_NUM_LIST_SEP = re.compile(r"^\s*(?:、|和|及|,)\s*$")
_COMPARATOR_BEFORE = re.compile(r"(?:占|与|同|较|比|高于|低于|快于|慢于|超过|相当于|是)(?:全区|辖区|本区|全市)?\s*$")
_OTHER_PLACE_BEFORE = re.compile(r"(?:全市|全省|全国|深圳市|深圳|广东省|广东|香港|全球)\s*$")
_YEAR = re.compile(r"(?<!\d)(\d{4})年(?!以来|以前|末|底|初|起|前)")
_YEAR_BAD_BEFORE = re.compile(r"(?:比|较|与|同|从|自|由|于|和|至|到|截至)\s*$")

_PERIODS = [
    (re.compile(r"前三季度|1-9月"), "Q1-Q3"),
    (re.compile(r"上半年|1-6月"), "H1"),
    (re.compile(r"第?一季度|1-3月"), "Q1"),
    (re.compile(r"第?二季度"), "Q2"),
    (re.compile(r"第?三季度"), "Q3"),
    (re.compile(r"第?四季度"), "Q4"),
    (re.compile(r"1-(\d{1,2})月"), "M1-M{0}"),
]

_PLAN_START = re.compile(
    r"(?:(\d{4})年|今年|明年)?[^。;,:]{0,16}?主要(?:预期)?目标(?!任务)(?:是|为|如下|:)"
    r"|(\d{4})年[^。;,:]{0,16}?主要(?:预期)?目标(?!任务)"
    r"|(\d{4})年(?:国民经济和社会发展)?计划(?:\(草案\)|草案)"
)
_REVIEW_START = re.compile(r"(\d{4})年(?:上半年)?(?:全区)?(?:国民经济和社会发展)?(?:计划执行情况|工作回顾)|过去一年|一年来")
_SPAN_START = re.compile(r"^.{0,8}?(?:“?十([一二三四五])五”?(?:时期|期间|以来)|过去五年|五年来)")
_ANNUAL_MARK = re.compile(r"过去一年|这一年|去年|今年|全年|一年来|^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
_FIVE_YEAR_PLANS = {"一": (2006, 2010), "二": (2011, 2015), "三": (2016, 2020), "四": (2021, 2025), "五": (2026, 2030)}
# Dated news and other documents without review/plan sections: years relative to the date.
_LAST_YEAR = re.compile(r"去年|过去一年|上一年|上年度")
_WHOLE_YEAR_DONE = re.compile(r"全年[^。;]{0,12}?(?:实现|完成|达到|达)")
_THIS_YEAR_TARGET = re.compile(r"今年[^。;]{0,30}?(?:目标|预期|力争|计划)|(?:目标|预期)[^。;]{0,30}?今年")
_QUALITATIVE = re.compile(r"与GDP增速基本同步|与经济增长基本同步|基本同步|同步增长|完成市下达(?:的)?(?:目标)?任务|负增长")
_PRELIMINARY = re.compile(r"预计|初步核算|初步统计|快报")
_FINAL = re.compile(r"核实|统一核算|统计公报|最终核实|年报")


@dataclass
class Context:
    section: str | None = None   # "review" | "plan" | None
    year: int | None = None
    span: tuple[int, int] | None = None


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


def find_terms(sent: str, cat: Catalogue) -> list[TermHit]:
    hits = []
    for m in cat.term_re.finditer(sent):
        family = cat.term_family[m.group()]
        before = sent[max(0, m.start() - 6):m.start()]
        comparator = bool(_COMPARATOR_BEFORE.search(before))
        if family and _OTHER_PLACE_BEFORE.search(before):
            family = None  # a city-, province- or country-wide figure, not the district's
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
        if groups and _LIST_SEP.match(sent[groups[-1][-1].end:t.start]):
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
    if unit == "%":
        return "pct"
    if unit == "个百分点":
        return "pp"
    if unit.startswith("other:") or not unit:
        return "other"
    if unit.endswith("美元"):
        return "USD"
    if unit.endswith("元"):
        return "CNY"
    if unit == "μg/m³":
        return "ugm3"
    return "other"


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


def _period(before: str) -> str:
    for rx, label in _PERIODS:
        m = rx.search(before)
        if m:
            return label.format(*m.groups()) if m.groups() else label
    return "year"


class _Extractor:
    def __init__(self, doc: Document, cat: Catalogue):
        self.doc = doc
        self.cat = cat
        self.ctx = Context()
        self.out: list[dict] = []
        if doc.doc_type in ("government work report", "plan report", "statistics release"):
            self.ctx.section, self.ctx.year = "review", doc.reviews_year

    # context ---------------------------------------------------------------------------
    def update_context(self, sent: str) -> None:
        plan = _PLAN_START.search(sent) if ("目标" in sent or "计划" in sent) else None
        review = _REVIEW_START.search(sent) if ("年" in sent) else None
        if plan and review and review.start() < plan.start() and review.group(1):
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
            self.ctx.span = None
            return
        if review and self.ctx.section != "plan" and (review.group(1) or self.doc.reviews_year or self.ctx.year):
            self.ctx.section = "review"
            self.ctx.year = int(review.group(1)) if review.group(1) else (self.doc.reviews_year or self.ctx.year)
        span = _SPAN_START.search(sent) if "五" in sent[:16] else None
        if span:
            if span.group(1):
                self.ctx.span = _FIVE_YEAR_PLANS[span.group(1)]
            elif self.doc.reviews_year:
                self.ctx.span = (self.doc.reviews_year - 4, self.doc.reviews_year)
        elif _ANNUAL_MARK.search(sent):
            self.ctx.span = None

    def dated_context(self, sent: str) -> tuple[str, int] | None:
        """For a dated news item (or other undated-section document): (section, year) of one
        sentence that says which year it means relative to the date, else None."""
        if self.ctx.section is not None or not self.doc.doc_date:
            return None
        year, month = int(self.doc.doc_date[:4]), int(self.doc.doc_date[5:7])
        if _THIS_YEAR_TARGET.search(sent):
            return "plan", year
        if _LAST_YEAR.search(sent) or (month <= 3 and _WHOLE_YEAR_DONE.search(sent)):
            return "review", year - 1
        return None

    # one sentence ----------------------------------------------------------------------
    def sentence(self, s0: int, s1: int) -> None:
        sent = self.doc.text[s0:s1]
        self.update_context(sent)
        dated = self.dated_context(sent)
        if dated:   # this sentence only
            saved = (self.ctx.section, self.ctx.year)
            self.ctx.section, self.ctx.year = dated
            try:
                self._sentence(sent, s0)
            finally:
                self.ctx.section, self.ctx.year = saved
            return
        self._sentence(sent, s0)

    def _sentence(self, sent: str, s0: int) -> None:
        nums = find_numbers(sent)
        terms = find_terms(sent, self.cat)
        if not terms:
            return
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
            if not hedge and "力争" in gap:
                hedge = "力争"
            if n.prefix == "控制在" and not n.suffix:
                hedge = "控制在"
            self.number(sent, s0, subject, n, dim, gap, hedge, last_growth)
        self.qualitative(sent, s0, terms, nums)

    def _end_before(self, nums: list[NumberMention], n: NumberMention, subject: TermHit) -> int:
        ends = [m.end for m in nums if subject.end <= m.end <= n.start]
        return max(ends) if ends else subject.end

    def number(self, sent, s0, subject, n, dim, gap, hedge, last_growth) -> None:
        cat, ctx, family = self.cat, self.ctx, subject.family
        measures = cat.families[family]
        kind = "target" if ctx.section == "plan" else "actual"
        inline_target = ctx.section != "plan" and bool(_TARGET_INLINE.search(gap))
        if inline_target:
            kind = "target"
        before = sent[max(0, n.start - 6):n.start]
        value, value_high = n.value, n.value_high
        rule = ""
        basis = "comparable" if _COMPARABLE.search(gap) else "reported"
        if dim == "pp":
            derived = _DERIVED.search(gap)
            if not derived or family not in last_growth:
                return
            base, _ = last_growth[family]
            sign = -1 if derived.group(1) in ("高于", "超过", "超出") else 1
            value = round(base + sign * n.value, 4)
            self.emit(family, last_growth[family][1], n, s0, sent, subject, key=measures.get("growth"),
                      kind="target", value=value, value_high=None, unit="pct", hedge=None,
                      rule="derived:target-from-gap-pp", method="derived", basis="reported")
            return
        if dim == "pct" and _RATIO_BEFORE.search(before) and not inline_target:
            return  # 占全区…的44%, 完成目标的104%: a ratio, not the indicator
        if dim == "pct":
            if "rate" in measures:
                key, rule = measures["rate"], "rate"
            elif "share" in measures:
                if not _SHARE.search(subject.text + gap):
                    return
                key, rule = measures["share"], "share"
            elif "change" in measures:
                if not _GROWTH.search(gap) or _TO_LEVEL.search(gap):
                    return
                key, rule = measures["change"], "change"
                if _DECLINE.search(gap) and value > 0:
                    value, value_high = _declined(value, value_high)
            elif "growth" in measures:
                growth_verb = _GROWTH.search(gap)
                if _TO_LEVEL.search(gap) or "占" in gap:
                    return
                if not growth_verb and not (inline_target and family in last_growth):
                    return
                key, rule = measures["growth"], "growth"
                if growth_verb and _DECLINE.search(gap) and value > 0:
                    value, value_high = _declined(value, value_high)
                if inline_target:
                    rule = "inline-target"
            else:
                return
            unit = "pct"
            if rule == "growth":
                last_growth[family] = (value, n)
        elif dim in ("CNY", "USD", "ugm3"):
            if _INCREMENT_BEFORE.search(gap) and not _TO_LEVEL.search(gap):
                return
            if _FROM_BEFORE.search(gap) and not _YEAR_JUST_BEFORE.search(gap):
                return
            key = measures.get("level")
            if key is None:
                return
            rule = "inline-target" if inline_target else "level"
            converted = self.convert(key, n.unit, value, value_high)
            if converted is None:
                return
            value, value_high, unit = converted
        else:
            return
        # five-year spans
        period = "year" if kind == "target" and inline_target else _period(sent[:n.start])
        if period == "year" and self.doc.half_year and kind == "actual":
            period = "H1"
        year = _explicit_year(sent, subject.start, self.doc) or ctx.year
        stated = _YEAR_JUST_BEFORE.search(sent[max(0, n.start - 12):n.start])
        if stated and dim in ("CNY", "USD", "ugm3") and self._plausible(int(stated.group(1))):
            year, period = int(stated.group(1)), "year"   # "由2015年的1708.4亿元增至2020年的2375.3亿元"
            if rule == "level" and kind == "actual":
                rule = "level:stated-year"
        elif ctx.span and kind == "actual" and not _explicit_year(sent, subject.start, self.doc):
            span_text = gap + sent[subject.start:subject.end]
            lo, hi = ctx.span
            if rule in ("growth",):
                if _AVG.search(span_text):
                    key = measures.get("avg_growth_5yr")
                elif _CUMULATIVE.search(span_text):
                    key = measures.get("cumulative_growth_5yr")
                else:
                    key = None
                period, year, rule = f"{lo}-{hi}", hi, "span:" + rule
            elif rule == "change":
                period, year, rule = f"{lo}-{hi}", hi, "span:change"
            elif rule == "level":
                if _CUMULATIVE.search(span_text):
                    key, period, year, rule = measures.get("cumulative_5yr"), f"{lo}-{hi}", hi, "span:cumulative"
                elif _TO_LEVEL.search(gap):
                    year, rule = hi, "span:end-level"
                else:
                    key = None
            else:
                key = None
            if key is None:
                return
        elif _CUMULATIVE.search(gap) and rule in ("level", "growth", "inline-target"):
            return  # a multi-year total or cumulative growth whose span is not stated
        elif _AVG.search(gap):
            years = [int(y) for y in _YEAR.findall(sent[:n.start]) if self._plausible(int(y))]
            key = measures.get("avg_growth_5yr") if rule == "growth" else None
            if len(years) < 2 or key is None or years[-1] - years[-2] != 5:
                return  # an average over years we cannot pin down
            period, year, rule = f"{years[-2] + 1}-{years[-1]}", years[-1], "span:stated-years"
        if year is None:
            return
        self.emit(family, None, n, s0, sent, subject, key=key, kind=kind, value=value,
                  value_high=value_high, unit=unit, hedge=hedge, rule=rule, method="text",
                  basis=basis if rule.endswith("growth") or rule == "inline-target" else "reported",
                  period=period, year=year)

    def _plausible(self, year: int) -> bool:
        ref = self.doc.report_year or self.ctx.year or year
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
                return value, value_high, unit
            return None
        f = src[1] / dst[1]
        return round(value * f, 6), (round(value_high * f, 6) if value_high is not None else None), target_unit

    def qualitative(self, sent: str, s0: int, terms: list[TermHit], nums: list[NumberMention]) -> None:
        for m in _QUALITATIVE.finditer(sent):
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
                if self.ctx.year is None or key is None:
                    continue
                kind = "target" if self.ctx.section == "plan" else "actual"
                a, b = s0 + t.start, s0 + m.end()
                self.out.append(self.row(key, kind, self.ctx.year, "year", None, None,
                                         self.cat.unit_of(key), m.group(), "reported", "qualitative",
                                         "text", a, b, s0, s0 + len(sent)))

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

    def row(self, key, kind, year, period, value, value_high, unit, hedge, basis, rule, method,
            a, b, s_a, s_b, sent="") -> dict:
        return {
            "region": self.doc.region, "indicator": key, "year": year, "period": period, "kind": kind,
            "value": value, "value_high": value_high, "unit": unit, "qualifier": hedge,
            "status": self.status(kind, year, sent or self.doc.text[s_a:s_b]), "basis": basis,
            "method": method, "rule": rule, "doc_id": self.doc.doc_id, "char_start": a, "char_end": b,
            "quote": self.doc.text[a:b], "sentence_start": s_a, "sentence_end": s_b,
            "report_year": self.doc.report_year, "source_url": self.doc.source_url, "source_title": self.doc.title,
        }

    def emit(self, family, anchor, n, s0, sent, subject, *, key, kind, value, value_high, unit, hedge,
             rule, method, basis, period="year", year=None) -> None:
        if key is None:
            return
        year = year if year is not None else self.ctx.year
        if year is None:
            return
        start = anchor.start if anchor is not None else subject.start
        if anchor is None and n.end - subject.start > 160:
            start = max(sent.rfind(c, 0, n.start) for c in ",:、") + 1
        a, b = s0 + start, s0 + n.end
        self.out.append(self.row(key, kind, year, period, value, value_high, unit, hedge, basis, rule,
                                 method, a, b, s0, s0 + len(sent), sent))


def extract_document(doc: Document, cat: Catalogue) -> list[dict]:
    """All figures of one document, in text order. Never raises on odd text."""
    ex = _Extractor(doc, cat)
    for s0, s1, terminator in sentences(doc.text):
        ex.sentence(s0, s1)
        if terminator == "\n":
            ex.ctx.span = None
    return ex.out
