"""What a number measures: the level, growth, rate, share or change of its subject's family, in the catalogue's unit."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from etl.extract.aim_done import (
    A_NUMBER,
    YEARS_AIM_AFTER,
    aim_done_in_part,
    aim_of_a_declared_pair,
    aim_set_against,
    aims_year,
    ceiling_kept,
    done_after_aim,
    listed_to_aim,
    target_cue,
)
from etl.extract.base_clause import from_last_year, growth_of_an_aim, is_base, over_an_earlier_estimate
from etl.extract.bracketed_prior import PRIOR_BRACKETED
from etl.extract.clause_years import blank, clause_start
from etl.extract.own_object import spent_in_own_clause
from etl.extract.patterns import (
    AT_COMPARABLE_PRICES,
    AT_CURRENT_PRICES,
    BASE_YEAR,
    COMPARABLE,
    COMPARABLE_LEVEL,
    CUMULATIVE,
    DECLINE,
    DECLINE_RATE,
    FIVE_YEAR_PLANS,
    FROM_BEFORE,
    GAP_ABOVE,
    GROWTH,
    INCREMENT_BEFORE,
    PLAN_END_BASE,
    RATE_LEVEL,
    SPAN_COMPARED_AFTER,
    TARGET_BRACKETED,
    TARGET_INLINE,
    TO_LEVEL,
    YEAR_JUST_BEFORE,
    part_year_of,
    unnamed_prior,
)
from etl.extract.spans import compounds_to
from etl.extract.subjects import last_match, last_verb
from etl.knowledge.tables import alternation

# what ends a list led by a target word: a number, a year or part of one, the sentence's end, a turn (但, 其中)
_NOT_LIST_ITEM = re.compile(r"[\d。!?!?;;]|年(?!均)|季度|月|其中|但|而|实际")
# the local part of a revenue named after its figures (…,其中地方财政预算收入13.01亿元): the name before is a total
_LOCAL_PART_AFTER = re.compile(r"[^。;;]{0,30}?其中[,,::]?\s*地方(?!税)")   # not 其中地方税收收入, the tax part
_ONE_MONTH_LEAD = re.compile(r"^\s*(?:\d{4}年)?(?:(?:1[0-2]|[1-9])月份?(?:当月)?|本月|当月|单月)[,,]")   # 6月份, 当月: one month's
# … or a clause whose subject one month leads (…增长2.8%,其中,6月份规模以上工业增加值同比增长11.6%)
_ONE_MONTH_SUBJECT = re.compile(r"(?:^|[,,;;])\s*(?:其中)?[,,]?\s*(?:(?:1[0-2]|[1-9])月份|本月|当月|单月)[,,]?\s*"
                                r"(?:[全我][\u4e00-\u9fff])?\s*$")   # (本月全县规上工业增加值…)
# a digit and a space before the figure's digits (9 73万亿元): a broken number; 折合 before it: a sum converted, no figure
# a bracket opened right after the name, and a floor's hedge after a sum closing it with a few words (500万元以上项目)
_SCOPE_OPENED, _SCOPE_CLOSED = re.compile(r"\s*[(（][^()（）\d]{0,8}$"), re.compile(r"[^()（）\d,,;;。]{0,6}[)）]")


def scope_threshold(sent: str, name_end: int, n) -> bool:
    """The number `n` is the threshold of the scope the name is counted in (固定资产投资(500万元以上项目)), not its figure."""
    return bool(n.suffix and n.unit.endswith("元") and _SCOPE_OPENED.fullmatch(sent, name_end, n.start)
                and _SCOPE_CLOSED.match(sent, n.end))
_BROKEN_BEFORE = re.compile(r"\d[ \u00a0]\Z|(?:折合|约合)\s*\Z")
# an average over two to four years (两年平均增长5.6%, 三年平均): no year's growth, and no five-year average either
_FEW_YEARS_AVERAGE = re.compile(r"[两二三四]年平均|(?<!十)[两二三四五]年(?:来|以来)?(?:累计)?(?:增长|提高)\s*$")   # … or growth over them
# an average over a number of years said with it (近三年年均增长31.6%): over those years, whatever span the paragraph is of
_YEARS_OF_AVERAGE = re.compile(r"(?<!十)([两二三四五])年(?:来|以来)?年均")
_YEARS_SAID = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}

# a number that says how much of an aim was done (完成全年总量目标的107%, 为预算的101.9%): not a figure of the name
SHARE_OF_AIM = re.compile(r"(?:目标|计划|任务|预算)(?:\s*\d+(?:\.\d+)?\s*[亿万]?元)?的?\s*$")   # (…预算20.5亿元的)
# a lead that closes on the aims it lists (全年目标为:, 预期目标是:, 年度计划:)
_AIMS_LEAD = re.compile(r"(?:目标|计划)(?:为|是|如下)?\s*[::]")
# … the share of an aim done, whatever cue of an aim the clause holds (仅完成规划目标的51.5%)
_SHARE_DONE = re.compile(r"(?:目标|计划|任务|预算)的\s*$")

# a growth's scope said (同口径, 可比口径, 剔除…因素, 不可比因素), not the prices it is measured at (可比价)
_SCOPE_SAID = re.compile(COMPARABLE_LEVEL.pattern + r"|剔出不可比因素|不可比因素")
# the aim's word closing the number before and its clause (增长7%的目标未能实现,全年增长5.6%): that number's, not the next's
_AIM_OF_THE_ONE_BEFORE = re.compile(r"^[^,,;;。\d]{0,4}?目标[^,,;;。\d]{0,6}?[,,;;]")
# a sentence led by the growth its list gives, up to a colon (主要指标增速:, 各项指标增长情况如下:), no name before it
_GROWTH_LEAD = re.compile(r"^[^,,;;。\d]{0,16}?(?:增速|增幅|增长速度|增长情况)[^,,;;。\d]{0,6}?[::]")


def declined(value: float, value_high: float | None) -> tuple[float, float | None]:
    """下降5% -> -5; a declining range 下降5-6% -> -6..-5 (low end first)."""
    if value_high is None:
        return -value, None
    return -value_high, -value


def scaled(value: float, value_high: float | None, f: float) -> tuple[float, float | None]:
    return round(value * f, 6), (round(value_high * f, 6) if value_high is not None else None)


class MeasureMixin:
    """The measure part of the extractor (etl/extract/classify.py's Extractor)."""

    def number(self, sent, s0, subject, n, dim, gap, hedge, last_growth) -> None:
        family = subject.family
        measures = self.cat.families[family]
        clause = sent[clause_start(sent, subject.start):n.start]
        inline_target = self.ctx.section != "plan" and (target_cue(blank(_AIM_OF_THE_ONE_BEFORE, gap), TARGET_INLINE,
                                                                    self.words.measured_against)
                                                         or bool(TARGET_BRACKETED.search(sent, subject.end, n.start)) or aim_done_in_part(gap, sent[n.end:])
                                                         or growth_of_an_aim(sent[subject.end:n.start]) or bool(ceiling_kept(self.grammar).fullmatch(gap))
                                                         or aim_of_a_declared_pair(self.doc.text, s0, sent[n.end:]))
        open_to_cues = self.ctx.section != "plan" and not inline_target
        led = open_to_cues and self.led_by_aim(sent, s0, subject, n, clause)
        cue = led or (open_to_cues and bool(self.words.target_after.match(sent[n.end:])
                                            or listed_to_aim(sent[n.end:n.end + 120], self.words.target_after)))
        after = self.doc.text[s0 + subject.end:s0 + subject.end + 40]   # on past this sentence's end (…;地方…)
        if (self._local_part_of(sent, subject) or "地方" + subject.text in after) \
                and not sent.startswith("地方", subject.start):
            return   # 公共财政收入19.84亿元,增长1.8%,其中地方财政预算收入13.01亿元 (…;地方公共财政收入…): with the upper levels'
        if dim != "pp" and self.words.gap.search(gap):
            return   # 超预期目标8.57亿元: by how much the target was passed, not a figure of the indicator
        if is_base(sent, n.start, n.end) or from_last_year(gap) or spent_in_own_clause(sent, subject.end, n.start) or over_an_earlier_estimate(sent[subject.end:n.start]):
            return   # 在去年增长5.3%的基础上增长6%左右, 由上年的798.4亿元…; …,发放消费券1200万元: another's; 比原初步核算数增加…,增幅为6.0%: a revision
        if _ONE_MONTH_LEAD.match(sent) or _ONE_MONTH_SUBJECT.search(sent, max(0, subject.start - 12), subject.start):
            return   # 6月份,规模以上工业增加值同比增长7.7%: one month's, no headline figure of the year or a part of it
        if _BROKEN_BEFORE.search(sent, 0, n.start) or _FEW_YEARS_AVERAGE.search(gap) or self.other_years_average(gap) \
                or scope_threshold(sent, subject.end, n):   # (固定资产投资(500万元以上项目)302.6亿元: the scope's floor)
            return   # 达9 73万亿元: a decimal point lost to a space, or 折合…: a conversion; 两年平均增长5.6%: over two years
        if dim == "pp":
            return self.derived_target(sent, s0, subject, n, gap, measures, last_growth)
        if self.other_place.whole_in(sent[max(subject.end, clause_start(sent, n.start)):n.start]):
            return   # …,与全省“十四五”规划确定的年均增长6%相比; 高于全国平均水平(5.2%): that level's figure
        if dim == "pct" and unnamed_prior(sent[subject.end:n.start], sent[n.end:]):
            return   # 由下降5.4%转为增长0.7%: what the rate was, of no year the text names
        measure = self.measure(sent, subject, n, dim, gap, inline_target, measures, last_growth)
        if measure is None or (measure[1] == "level" and sum_of_plans_years(sent, n.start, n.end)):
            return   # (零售总额达到139.7亿元,比“十一五”增长1.4倍: a sum over the plan's years, not said to be one)
        key, rule, value, value_high, unit = measure
        when = self.when(sent, subject, n, dim, gap, key, rule, inline_target, cue, measures)
        if when is None:
            return
        key, rule, w = when
        if w.kind == "target" and (w := self._aim_in_its_year(sent, n, w)) is None:
            return
        self.cued_at = s0 + n.end if led and w.kind == "target" else self.cued_at
        over = self.over_years(sent, subject, n, key, rule, w, measures)
        if over is None:
            return
        key, w = over
        self.emit(None, n, s0, sent, subject, key=key, kind=w.kind, value=value, value_high=value_high,
                  unit=unit, hedge=hedge, rule=rule, method="text", basis=self.basis_of(sent, subject, n, gap, key, rule),
                  period=w.period, year=w.year, year_source=w.year_source, kind_source=w.kind_source)

    def _local_part_of(self, sent: str, subject) -> bool:
        """The name's local part follows it (…,其中地方公共财政收入…) and is a name of its own family: the name before
        it is that revenue with the upper levels' share. (A total of its own, 财政总收入…其中地方级公共财政收入, is not.)"""
        part = _LOCAL_PART_AFTER.match(sent, subject.end)
        if part is None:
            return False
        name = self.cat.term_re.search(sent, part.end() - 2)
        family = self.cat.term_family.get(name.group()) if name and name.start() <= part.end() + 1 else None
        return family is None or family == subject.family

    def basis_of(self, sent, subject, n, gap, key, rule) -> str:
        """comparable when a scope is said (同口径, 可比口径, 剔除…因素); the basis said with the name covers its level and
        the growth after it (收入(同口径)217亿元,下降2.9%). 按可比价格计算 is how a real growth is measured, the series' own
        basis, not a scope: comparable only for a growth whose headline is at current prices (an income's)."""
        growthy = rule.endswith("growth") or rule == "inline-target"
        said = COMPARABLE if growthy and self.cat.nominal_growth(key) else _SCOPE_SAID if growthy else COMPARABLE_LEVEL
        adjusted = said.search(gap) or COMPARABLE_LEVEL.search(sent, subject.end, n.start)
        return "comparable" if adjusted else "reported"

    def over_years(self, sent, subject, n, key, rule, w, measures):
        """(key, when) of a figure, unless it is a growth over several years: since a base year five years back, the
        five-year cumulative; since another base year two or more back, or one the average a year after it compounds
        to (增长96.3%,年均增长14.4%), None: no one year's growth, not read."""
        since = self.base_year(sent[clause_start(sent, subject.start):n.start]) if rule == "growth" else None
        if since and w.year and w.year - since >= 2:
            if w.year - since != 5 or not measures.get("cumulative_growth_5yr"):
                return None
            return measures["cumulative_growth_5yr"], replace(w, period=f"{since + 1}-{w.year}")
        if rule == "growth" and key == measures.get("growth") and compounds_to(sent, n):
            return None
        return key, w

    def base_year(self, clause: str) -> int | None:
        """The year a growth is measured from: a base year in its clause (比2010年), a plan's end (比十一五末),
        or the one declared for the rest of the sentence (比2012年(下同))."""
        base = last_match(BASE_YEAR, clause)
        if base:
            return int(base.group(1))
        plan_end = last_match(PLAN_END_BASE, clause)
        return FIVE_YEAR_PLANS[plan_end.group(1)][1] if plan_end else self.carried_base

    def other_years_average(self, gap: str) -> bool:
        """An average said to be over a number of years other than the span the paragraph is about (近三年年均增长31.6%
        in a review of the past five years): not the span's average, and no year's."""
        said = _YEARS_OF_AVERAGE.search(gap)
        span = self.ctx.span
        return bool(said and span) and _YEARS_SAID[said.group(1)] != span[1] - span[0] + 1

    def led_by_aim(self, sent, s0, subject, n, clause) -> bool:
        """A target word in the figure's clause, or one carried from a clause before, sets it, unless an outcome word
        follows the number that word set (计划增长5%,完成67.1亿元,增长6.2%: the plan's word was the first number's)."""
        cued = target_cue(clause, self.words.target, self.words.measured_against) or self.cue_carries(s0 + n.start) \
            or self.aims_lead(sent[:subject.start])
        return cued and not done_after_aim(sent[subject.end:n.start], self.words)

    def aims_lead(self, before: str) -> bool:
        """The sentence opens with a lead that closes on the aims it lists (年初…确定的全年目标为:…), and no outcome
        word stands between that lead and the name: the list's figures are those aims."""
        lead = last_match(_AIMS_LEAD, before)
        return lead is not None and not self.words.outcome.search(before, lead.end())

    def cue_carries(self, at: int) -> bool:
        """An earlier figure of the sentence was a target by its word (力争…增长15%), and only a plain list item
        stands between it and this one (,固定资产投资年均增长30%): no outcome word, year, number or other
        period between them, so the word leads the list."""
        if self.cued_at < 0:
            return False
        between = self.doc.text[self.cued_at:at]
        return len(between) <= 40 and not _NOT_LIST_ITEM.search(between) and not self.words.outcome.search(between)

    def derived_target(self, sent, s0, subject, n, gap, measures, last_growth) -> None:
        """高于年初预期目标1.5个百分点: the target is the growth just stated minus the gap."""
        derived = self.words.derived.search(gap)
        if not derived or subject.family not in last_growth:
            return
        base, anchor = last_growth[subject.family]
        word = derived.group(1) or derived.group(2)
        sign = -1 if word in self.grammar.above_words or word in GAP_ABOVE else 1
        value = round(base + sign * n.value, 4)
        year, year_source = self.year_of(sent, subject, n)
        self.emit(anchor, n, s0, sent, subject, key=measures.get("growth"), kind="target", value=value,
                  value_high=None, unit="pct", hedge=None, rule="derived:target-from-gap-pp", method="derived",
                  basis="reported", year=year, year_source=year_source, kind_source="cue")

    def _aim_in_its_year(self, sent, n, w):
        """The aim `w` (a When) with its year as its own clause says it (aim_done.aims_year), None when it cannot be."""
        year = aims_year(sent[clause_start(sent, n.start):n.start], w.year, w.year_source, self.date_year, self.date_month)
        return w if year == w.year else (replace(w, year=year, year_source="clause") if year else None)

    def _share_word_said(self, sent, subject, n, gap: str, key: str) -> bool:
        """The share's word stands in the name or the gap before the number, or after the name before its first number
        with no growth's word since (…占比:计划提高到50.5%,实际为50.2%: the word holds for both)."""
        words = self.cat.measure_words(key)
        head = sent[subject.end:n.start]
        first = A_NUMBER.search(head)
        return bool(words.search(subject.text + gap)) or (
            first is not None and bool(words.search(head, 0, first.start())) and not GROWTH.search(gap))

    @staticmethod
    def _at_current_prices(sent, subject, n) -> bool:
        """The growth is said at current prices: 现价/当年价/名义 in its clause or the one before it
        (按当年价格计算,地区生产总值增长8.8%), unless its own clause says comparable prices."""
        own = clause_start(sent, subject.start)
        before = clause_start(sent, max(0, own - 1)) if own else own
        return bool(AT_CURRENT_PRICES.search(sent[before:n.start])) and not AT_COMPARABLE_PRICES.search(sent[own:n.start])

    def measure(self, sent, subject, n, dim, gap, inline_target, measures, last_growth):
        """-> (indicator key, rule, value, value_high, unit), or None when the number measures no indicator of the family."""
        before, value, value_high = sent[max(0, n.start - 6):n.start], n.value, n.value_high
        if dim == "pct" and "share" in measures and not inline_target and _of_gdp(self.cat).search(gap):
            return measures["share"], "share", value, value_high, "pct"   # 第三产业增加值占地区生产总值的46%
        if dim == "pct" and ((self.words.ratio_before.search(before) and not inline_target and not YEAR_JUST_BEFORE.search(before)
                              and not self.words.target_after.match(sent[n.end:]) and not PRIOR_BRACKETED.search(sent, 0, n.start))
                             or _SHARE_DONE.search(before)):   # (比一季度的4.7%加快: the part's own rate, said in passing)
            return None  # 占全区…的44%, 完成目标的104%, 仅完成规划目标的51.5%: a ratio (not 确定的9%的预期目标: the aim)
        if dim in ("CNY", "USD", "ugm3"):
            if INCREMENT_BEFORE.search(gap.rstrip().removesuffix(n.prefix or "")) and not TO_LEVEL.search(gap) \
                    or sent[n.start - 1:n.start] == "%":   # (…增加近60亿元: an increment, nearly)
                return None   # …; a level right after a percentage (增长5%下降4.6%102.1亿元): a table's cells run together
            if AT_COMPARABLE_PRICES.search(gap):
                return None  # 地区生产总值(可比价)643911万元: not the level at the year's prices
            if FROM_BEFORE.search(gap) and not YEAR_JUST_BEFORE.search(gap) and not self.span_start(sent, gap, n.start):
                return None   # 由…增加到: a base with no year, unless a past span's paragraph dates it (when.py)
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
        if "growth" in measures and not self.cat.nominal_growth(measures["growth"]) and self._at_current_prices(sent, subject, n):
            return None  # (现价)…增长10.67%, 名义增长5.3%: a growth at current prices, not the series' growth
        if "rate" in measures:
            return measures["rate"], "rate", value, value_high, "pct"
        if "share" in measures:
            if not self._share_word_said(sent, subject, n, gap, measures["share"]):
                return None
            return measures["share"], "share", value, value_high, "pct"
        if "change" in measures:
            if not GROWTH.search(gap) or TO_LEVEL.search(gap):
                return None
            if DECLINE.fullmatch(last_verb(gap)) and value > 0:
                value, value_high = declined(value, value_high)
            return measures["change"], "change", value, value_high, "pct"
        if "growth" not in measures:
            return None
        # (增速由6.1%回落到4.2%: the rate it fell from stands between the rate's word and the verb)
        rate_level = bool(RATE_LEVEL.search(gap) or RATE_LEVEL.search(sent, subject.end, n.start))
        led = self._growth_led(sent, subject, n, gap, last_growth)
        return self.growth(subject, n, gap, inline_target, measures, last_growth, rate_level, led)

    def _growth_led(self, sent, subject, n, gap, last_growth) -> bool:
        """A bare rate that is a growth by what stands around it: a lead saying each rate of its list is one (主要指标增速:
        地区生产总值5.3%,…), an aim set against the growth before it, a prior period's rate (…,比上半年(4.9%)), or a
        name carried from the piece before (…;1—4月、上半年分别为10.2%、9.5%)."""
        return not gap.strip() and bool(_GROWTH_LEAD.match(sent) or _GROWTH_LEAD.match(self.sent_head)) or (
            subject.family in last_growth and bool(aim_set_against(self.grammar).match(gap))
            and bool(YEARS_AIM_AFTER.match(sent, n.end) or self.words.target_after.match(sent[n.end:]))
            and not part_year_of(sent[:n.start])) or bool(PRIOR_BRACKETED.search(sent, 0, n.start)) or not subject.text

    def growth(self, subject, n, gap, inline_target, measures, last_growth, rate_level: bool, led: bool = False):
        """A percentage of a family measured by its growth: the growth rate (a decline made negative),
        or None when the words say it is not one (增长至 a level, 占 a share)."""
        family = subject.family
        value, value_high = n.value, n.value_high
        growth_verb = GROWTH.search(gap)
        declining = DECLINE_RATE.search(gap)
        if (TO_LEVEL.search(gap) and not rate_level) or "占" in gap:
            return None
        stretch = family in last_growth and bool(_stretch_after_aim(self.cat).match(gap))   # 增长6%左右,力争达到7%
        # the aim in brackets after its name (完成年度目标任务(6.5%)的81.5%): a rate of a family measured by growth is its growth
        aim_given = inline_target and (family in last_growth or bool(TARGET_BRACKETED.search(gap)))
        if not (growth_verb or declining or stretch or led or aim_given):
            return None
        if declining:
            value, value_high = (-abs(value), None) if value_high is None else declined(abs(value), abs(value_high))
        elif growth_verb and DECLINE.fullmatch(last_verb(gap)) and value > 0 and not rate_level:
            value, value_high = declined(value, value_high)
        rule = "inline-target" if inline_target else "growth"
        if rule == "growth" and not gap.rstrip().endswith("("):
            last_growth[family] = (value, n)   # (not an aside in brackets: 增速比一季度(-5.8%)提高…,低于年度目标…个百分点)
        return measures["growth"], rule, value, value_high, "pct"

    def convert(self, key: str, unit: str, value: float, value_high: float | None):
        target_unit = self.cat.unit_of(key)
        src = self.cat.units.get(unit)
        dst = self.cat.units.get(target_unit)
        if src is None:
            return None
        if dst is None or src[0] != dst[0]:
            # another currency than the catalogue's (trade in 亿元 after 2024): keep it as stated
            if src[0] in ("CNY", "USD") and self.cat.keeps_currency(key):
                # kept in its currency, on the 亿 scale of the catalogue (9万亿元 -> 90000亿元)
                scale = next((u for u, (dim, f) in self.cat.units.items() if dim == src[0] and f == dst[1]), None)
                if scale is None:
                    return value, value_high, unit
                return (*scaled(value, value_high, src[1] / dst[1]), scale)
            return None
        return (*scaled(value, value_high, src[1] / dst[1]), target_unit)


@lru_cache(maxsize=4)
def _of_gdp(cat) -> re.Pattern:
    """占 before a name of GDP (indicators.csv's gdp names: 占地区生产总值的, 占GDP比重, 占全区生产总值比重):
    a share of the economy, what a share family's percentage after it measures."""
    names = [t for t, family in cat.term_family.items() if family == "gdp"]
    return re.compile(f"占[^,,;;。\\d]{{0,3}}?(?:{alternation(names)})")


@lru_cache(maxsize=4)
def _stretch_after_aim(cat) -> re.Pattern:
    """The words between an aim's growth and a second rate of the same name that only a stretch hedge leads
    (hedges.csv, column stretch: 增长6%左右,力争达到7%; 增长8%,力争10%): the same growth, aimed higher."""
    hedges = alternation(sorted(cat.stretch_hedges))
    return re.compile(f"[^,,;;。\\d]{{0,4}}[,,、]\\s*(?:{hedges})(?:达到|实现)?\\s*$")


def sum_of_plans_years(sent: str, start: int, end: int) -> bool:
    """A level (`start`-`end` in `sent`) compared right after it, or after the rest of its list, with a five-year
    plan's years (…亿元,比“十一五”增长1.4倍) and not said to be 累计 before it in its clause: a total over those years the
    text does not call one."""
    return bool(SPAN_COMPARED_AFTER.match(sent, end)) and not CUMULATIVE.search(sent, clause_start(sent, start, ",,;;"), start)
