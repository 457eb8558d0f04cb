"""Spans of years: a figure of a past five-year span (五年来, "十三五"时期), an average over stated years, a plan's
target over its span, and the level a span's change starts from (part of etl/extract/when.py's WhenMixin)."""

from __future__ import annotations

import re

from etl.extract.clause_years import blank, clause_start
from etl.extract.context import EPOCH, When
from etl.extract.figure_time import listed_year
from etl.extract.numbers import NumberMention
from etl.extract.outline import plan_of_title
from etl.extract.patterns import (
    AT_PLAN_END,
    AVERAGE_WORDS,
    AVG,
    BASE_RIGHT_BEFORE,
    BY_YEAR,
    CUMULATIVE,
    FIVE_YEAR_PLANS,
    FROM_BASE,
    LAST_YEARS,
    PLAN_SPAN,
    REACH_BEFORE,
    SPAN_LEAD,
    SPAN_TOTAL,
    SPAN_YEARS,
    STATED_SPAN,
    TO_LEVEL,
    YEAR,
    plan_span,
)
from etl.extract.subjects import last_match

_FIRST_YEARS = re.compile(r"[”」』\"']?(?:时期|期间)?的?前([三四])年")   # “十四五”前四年: the plan's first years
_SO_FAR = re.compile(r"\s*(?:时期|期间)?(?:以来|来)")   # “十三五”以来: the plan's years so far, reviewed
_FROM_GAP = re.compile(r"\s*(?:由|从)\s*")   # 总额从1263.3亿元增加到…: the level a span's change starts from


# an estimate said in the figure's own clause (预计“十四五”时期我省经济年均增长5.7%左右): an outcome, not the plan's aim
_ESTIMATED = re.compile(r"预计")
# the base year a multiple right after an average names (…年均增长12.1%,是2008年的1.8倍), past a bracket between them
# (年均增长12.1%(全国11.1%),是2008年的…)
_BASE_AFTER = re.compile(r"(?:\s*[((][^()()]{0,24}[))])?\s*[,,]?\s*是\s*(\d{4})年的[\d.]+倍")


# the next clause's average a year (增长96.3%,年均增长14.4%), with no other name between
_AVERAGE_NEXT = re.compile(r"\s*[,,]?[^,,;;。、\d]{0,8}?" + AVERAGE_WORDS + r"\s*(\d+(?:\.\d+)?)\s*%")


def compounds_to(sent: str, n: NumberMention) -> bool:
    """A growth followed by the average a year it compounds to over three to ten years (…由104亿元增长到204.1亿元,增长96.3%,
    年均增长14.4%: 1.144 to the fifth is 1.96): the growth over those years, no one year's, whatever year leads the
    sentence. Within the rounding of both figures (a tenth of a point each)."""
    m = _AVERAGE_NEXT.match(sent, n.end)
    if not m or n.unit != "%" or n.value_high is not None or n.value <= 0:
        return False
    avg = float(m.group(1)) / 100
    return any(abs(((1 + avg) ** k - 1) * 100 - n.value) <= 0.06 * k * (1 + avg) ** (k - 1) + 0.06
               for k in range(3, 11))


# a clause that refers to a five-year plan by its kind alone: 《纲要》确定的, 规划提出, 规划目标为
_PLAN_REFERRED = re.compile(r"《(?:规划)?纲要》|(?:规划|纲要)(?:确定|提出|设定|明确)|规划(?:的)?(?:预期)?目标")


# the aims of one year named in so many words (明年全市经济社会发展主要预期目标, 2025年的目标)
_YEARS_AIMS = re.compile(r"(?<![到至])(?:\d{4}年|今年|明年)[^,,。;;\d]{0,20}?(?:目标|指标)")


class SpanMixin:
    """The spans part of the extractor's WhenMixin."""

    def stated_average(self, sent, n, rule, measures, year=None):
        """An annual average (年均增长) outside a span paragraph: its span from the words before it:
        two years five apart (2015年…2020年…年均), the last N years of a stated year (2013年…过去四年年均),
        or a stated year that ends a five-year plan (2020年…年均: 2016-2020). -> (key, period, year, rule,
        year_source) or None."""
        before = sent[:n.start]
        stated_years = [m for m in YEAR.finditer(before) if self._plausible(int(m.group(1)))]
        years = [int(m.group(1)) for m in stated_years]
        key = measures.get("avg_growth_5yr") if rule == "growth" else None
        stated = self.span_stated(sent, n)
        if key is not None and stated and 2 <= stated[1] - stated[0] <= 5 and not self._future(stated[1]):
            return key, f"{stated[0]}-{stated[1]}", stated[1], "span:stated-span", "clause"   # 2021-2024年年均
        named = last_match(PLAN_SPAN, before)
        if key is not None and named and not years:   # “十三五”期末,…年均增长8.1%: the named plan's years
            lo, hi = FIVE_YEAR_PLANS[named.group(1)]
            lo, hi = first_years(before, named, (lo, hi))
            if BASE_RIGHT_BEFORE.search(before[:named.start()]) and AT_PLAN_END.match(before, named.end()):
                lo, hi = lo + 5, hi + 5   # 由“十二五”末的6557亿元增加到9017亿元,年均增长5.5%: the growth since that end
                if year != hi:
                    return None   # …but the figure's own year is not that plan's last: over years not pinned down
            return (key, f"{lo}-{hi}", hi, "span:named-plan", "clause") if not self._future(hi) else None
        span = self.heading_span   # 过去五年工作回顾 / 一、… / 2016年,…年均增长8.5%: the term the heading reviews
        if key is not None and span and year == span[1] and set(years) <= {year} and not LAST_YEARS.search(before):
            return key, f"{span[0]}-{span[1]}", year, "span:heading", "clause"
        if key is not None and not years and self.avg_span and year == self.avg_span[1] and not LAST_YEARS.search(before):
            return key, f"{self.avg_span[0]}-{self.avg_span[1]}", year, "span:sentence", "sentence"
        if key is None or not years:
            return None
        base_after = _BASE_AFTER.match(sent, n.end)   # 2013年,…年均增长12.1%,是2008年的1.8倍: the base said after it
        if base_after and years[-1] - int(base_after.group(1)) == 5:
            years = [int(base_after.group(1)), years[-1]]
        if len(years) >= 2 and abs(years[-1] - years[-2]) == 5:   # (2016年…,同2011年相比,年均…: the later first)
            lo, hi = sorted(years[-2:])
            self.avg_span = (lo + 1, hi)   # …and for the later pieces of the sentence (…;社会消费品零售总额129亿元,年均增长15%)
            return key, f"{lo + 1}-{hi}", hi, "span:stated-years", "clause"
        last_n = last_match(LAST_YEARS, before)
        hi = max(years)
        if last_n:
            return key, f"{hi - SPAN_YEARS[last_n.group(1) or last_n.group(2)] + 1}-{hi}", hi, "span:last-years", "clause"
        plan = plan_span(years[-1])
        if BASE_RIGHT_BEFORE.search(before[:stated_years[-1].start()]):
            # 由2015年的6557亿元增加到…,年均增长5.5%: the growth since that year, when the figure's year ends the plan after
            after = plan_span(years[-1] + 5)
            ok = after and year == after[1] and self.past_until is not None and not self._future(after[1])
            return (key, f"{after[0]}-{after[1]}", after[1], "span:since-base", "clause") if ok else None
        if len(years) == 1 and plan and self.past_until is not None and not self._future(hi):
            return key, f"{plan[0]}-{plan[1]}", hi, "span:plan-end-year", "clause"
        return None

    def span_stated(self, sent: str, n) -> tuple[int, int] | None:
        """The span of years the figure's own clause states just before its average (2021-2024年年均增长)."""
        if not AVG.search(sent, 0, n.start):
            return None   # both forms end in 年均: most figures need no clause cut
        clause = sent[clause_start(sent, n.start, ",,;;"):n.start]
        m = STATED_SPAN.search(clause) or (SPAN_LEAD.match(sent) if AVG.search(clause) else None)
        return (int(m.group(1)), int(m.group(2))) if m and self._plausible(int(m.group(2))) else None

    def led_by_span(self, sent: str, n) -> tuple[int, int] | None:
        """The past span of years the sentence opens with (2017年至2021年,…), when the figure is not one of a
        list of its years (分别)."""
        m = SPAN_LEAD.match(sent)
        if not m or listed_year(sent, n.start) or not self._plausible(int(m.group(2))) or self._future(int(m.group(2))):
            return None
        return int(m.group(1)), int(m.group(2))

    def span_start(self, sent: str, gap: str, at: int) -> bool:
        """In a past span's paragraph, the level a change starts from (总额从1263.3亿元增加到1756亿元), its number at `at`:
        its year is the one before the span (span_outcome), unless its clause names a year (…增长至384亿元,较2016年翻了一番:
        that year's)."""
        return bool(self.ctx.span) and bool(_FROM_GAP.fullmatch(gap)) and \
            bool(TO_LEVEL.search(re.split("[,,;;。]", sent[at:at + 16])[0])) and not YEAR.search(re.split("[;;。]", sent[at:])[0])

    def span_outcome(self, sent, subject, gap, key, rule, measures, span, from_start=False, at: int = 0):
        """A figure in a paragraph about a past five-year span ("十三五"时期, 五年来): -> (key, period,
        year, rule); key None when what it measures over the span is not said. With `from_start`, a level the
        span's change starts from (从1263.3亿元增加到1756亿元) is the level of the year before the span."""
        span_text = sent[clause_start(sent, subject.start):subject.end] + gap   # 5年累计一般公共预算收入达…: from the clause's start
        lo, hi = first_years(sent[:subject.start], last_match(PLAN_SPAN, sent[:subject.start]), span)
        period, year = f"{lo}-{hi}", hi
        if from_start and rule == "level" and self.span_start(sent, gap, subject.end + len(gap)):
            return key, "year", lo - 1, "span:start-level"
        if rule == "growth" and at and not span_growth_key(span_text, measures) and _AFTER_A_LEVEL.search(sent, max(0, at - 30), at):
            return measures.get("growth"), "year", year, "span:end-growth"   # (收入4261.6亿元,增长5.2%: the end level's)
        if rule == "growth":
            return span_growth_key(span_text, measures), period, year, "span:growth"
        if rule == "change":
            return key, period, year, "span:change"
        if rule == "level" and CUMULATIVE.search(span_text):
            return measures.get("cumulative_5yr"), period, year, "span:cumulative"
        if rule == "level" and (TO_LEVEL.search(gap) or REACH_BEFORE.search(gap)):
            return key, "year", year, "span:end-level"
        if rule == "level" and not SPAN_TOTAL.search(sent[clause_start(sent, subject.start):subject.end] + gap):
            # a plain level in the span's summary (全市地区生产总值1354亿元) is the level it ended at; a total over
            # the years says so (五年完成, 共, 合计) and is not read
            return key, "year", year, "span:end-level"
        if rule == "share" and not CUMULATIVE.search(span_text):
            return key, "year", year, "span:end-share"   # 服务业增加值占比达52.5%: the share the span ended at
        return None, period, year, rule

    def span_target(self, sent: str, n: NumberMention, cue: bool) -> tuple[int, int] | None:
        """A five-year plan's target (到2025年…突破3300亿元, “十四五”时期年均增长6%, 完成“十四五”规划
        X亿元的目标): the plan's span, or (Y, Y) for a target of a later year outside any plan."""
        before = sent[:n.start]
        if FROM_BASE.search(before[-12:]):
            return None   # 由2020年的1002.3亿元增加到…, 由106.96亿元…: the base a change starts from is no aim of a span
        if _ALREADY.search(sent[clause_start(sent, n.start, ",,;;"):n.start]):
            return None   # (我们的人均地区生产总值已超过33万元: what is so already, under a plan's aims or not)
        by = last_match(BY_YEAR, before)
        if by and _YEARS_AIMS.search(before, by.end()):
            by = None   # 《纲要》确定的到2020年…的目标,…建议2017年全县主要预期指标安排如下:…: the year's aims after it
        if by is None and sent != self.sent_head:   # 到2025年,…;一般公共预算收入达到30亿元: the year its sentence opens with
            by = _BY_YEAR_OPENS.match(self.sent_head) or self._by_year_announced(self.sent_head) \
                or self._by_year_aimed(self.sent_head)
            before = self.sent_head if by else before
        if by:
            y, aimed = int(by.group(1)), self.words.target.search(before, max(0, by.start() - 3), by.start()) \
                or before.endswith("计划", 0, by.start())
            if self._future(y) or self.ctx.section == "plan" or cue or aimed:   # 力争到2020年,全县…达到147亿元
                # (今后五年的奋斗目标:到2026年,…: the span of the aims' section that ends that year)
                ending = next((sp for sp in (self.ctx.span, self.aims_span) if sp and sp[1] == y), None)
                return plan_span(y) or ending or (y, y)
        stated = self.span_stated(sent, n)
        if stated and not self._future(stated[1]):
            return None   # “十四五”以来,…2021-2024年年均增长7.4%: the years it states are past, an outcome's
        named = last_match(PLAN_SPAN, blank(EPOCH, before))   # not 今年是“十四五”开局之年
        if named and clause_start(sent, n.start, ",,;;") > named.start() > clause_start(sent, named.end() + 1, ",,;;") > 0:
            named = None   # 开展“十三五”规划中期评估,…全省实现生产总值X: a plan named in a middle clause frames no later one
        if named and _YEARS_AIMS.search(sent, named.end(), n.start):
            named = None   # 明年是“十四五”收官之年……会议提出明年…主要预期目标:…: the aims of the year named after the plan
        if named and not cue and _SO_FAR.match(sent, named.end()):
            return None   # “十三五”以来,…由1203.4亿元增加到1688.6亿元: what the plan's years have done so far
        own = sent[clause_start(sent, n.start, ",,;;"):n.start]
        if (not named and self.sent_estimate) or (named and _ESTIMATED.search(own) and not self.words.target.search(own)):
            return None   # 初步核算,全县生产总值实现X;…: measured outcomes; 预计“十四五”时期年均增长5.7%: the plan's estimated
        span = first_years(before, named, FIVE_YEAR_PLANS[named.group(1)]) if named else \
            self.ctx.span or (self.aims_span if self.ctx.section == "plan" else None) or self.titled_plan(before)
        if not named and self.sent_lead and self.sent_lead.year and not AVG.search(before):
            return None   # 今后三年…。 then "2014年,…预期增长17%": a sentence led by one year is that year's
        if span and (self._future(span[1]) or (named and cue)):
            return span
        return None

    def _by_year_announced(self, head: str) -> re.Match | None:
        """The year a sentence's items are aimed at, after a first clause that announces them (纲要提出,到2025年,…)."""
        first = _FIRST_CLAUSE.match(head)
        return _BY_YEAR_OPENS.match(head, first.end()) if first and self.words.announce.search(first.group()) else None

    def _by_year_aimed(self, head: str) -> re.Match | None:
        """The year a later clause of a sentence's first piece opens, after words of its aims (主要目标是:…大幅跃升,
        到2025年,…;…): the year the items after its semicolons are aimed at too (not after 面对新形势, which aims at none)."""
        head = head[:_HEAD_REACH]   # (a list's opening: not the whole of a run-on text's first piece, once per figure)
        by = last_match(_BY_YEAR_CLAUSE, head)
        return by if by and self.words.target.search(head, 0, by.start()) else None

    def plans_end_opens(self, sent: str) -> None:
        """In the aims' section of a document of a five-year plan (…第十五个五年规划的建议), a sentence that opens with the
        plan's last year and states no figure (到2030年,示范区建设取得重大突破。): the aims after it are the plan's."""
        by = _BY_YEAR_OPENS.match(sent) if self.ctx.section == "plan" else None
        plan = plan_of_title(self.doc.title or "") if by and not _DIGIT.search(sent, by.end()) else None
        if plan and plan[1] == int(by.group(1)) and self._future(plan[1]):
            self.aims_span = plan

    def titled_plan(self, before: str) -> tuple[int, int] | None:
        """The plan the document's title names (…“十四五”规划纲要实施情况中期评估), when the clause refers to it by its
        kind alone (《纲要》确定的…, 规划目标为…) and names no year of its own."""
        own = before[clause_start(before, len(before), ",,;;"):]
        return plan_of_title(self.doc.title or "") if _PLAN_REFERRED.search(own) and not YEAR.search(own) else None

    def as_span_target(self, span, sent, subject, n, dim, key, rule, measures):
        lo, hi = span
        span_text = sent[clause_start(sent, subject.start):n.start]
        if dim == "pct" and rule in ("growth", "inline-target") and key == measures.get("growth"):
            key = span_growth_key(span_text, measures)
        elif rule == "change":
            key = None
        elif CUMULATIVE.search(span_text):
            key = measures.get("cumulative_5yr")
        if key is None:
            return None
        period = f"{lo}-{hi}" if lo != hi else "year"
        return key, "span-target:" + rule, When("target", hi, period, "clause", "span" if lo != hi else "later-year")


_DIGIT = re.compile(r"\d")
# a growth right after a level in a past span's summary (一般公共预算收入4261.6亿元,增长5.2%): the level the span ended at,
# and its growth over the year before, as a summary gives them (a growth over the span says 年均 or 累计)
_AFTER_A_LEVEL = re.compile(r"\d(?:\.\d+)?\s*[亿万]?元\s*[,,]\s*(?:比上年|同比)?(?:增长|下降)\s*$")
# a sentence opening with the year its items are aimed at (到2025年, …; 力争到2025年,…)
_ALREADY = re.compile(r"已经?[\u4e00-\u9fff]{1,3}\s*$")   # a verb of a state reached already before the figure, no aim
_FIRST_CLAUSE = re.compile(r"\s*[^,,。;;\d]{1,16}[,,::]")   # (纲要提出, before 到2025年)
_BY_YEAR_OPENS = re.compile(r"\s*[^,,。;;\d]{0,4}?" + BY_YEAR.pattern + r"\s*[,,]")
_HEAD_REACH = 300
_BY_YEAR_CLAUSE = re.compile(r"(?<=[,,::])\s*[^,,。;;\d]{0,4}?" + BY_YEAR.pattern + r"\s*[,,]")   # … or a later clause


def span_growth_key(span_text: str, measures: dict[str, str]) -> str | None:
    """Growth over a five-year span: the annual average (年均) or the cumulative (累计) key, else None."""
    if AVG.search(span_text):
        return measures.get("avg_growth_5yr")
    return measures.get("cumulative_growth_5yr") if CUMULATIVE.search(span_text) else None


def first_years(before: str, named: re.Match | None, span: tuple[int, int]) -> tuple[int, int]:
    """`span`, or its first years when `before` names them after the plan it last names, `named` (“十四五”前四年:
    2021-2024)."""
    first = _FIRST_YEARS.match(before, named.end()) if named else None
    lo = FIVE_YEAR_PLANS[named.group(1)][0] if first else span[0]
    return (lo, lo + SPAN_YEARS[first.group(1)] - 1) if first and lo == span[0] else span
