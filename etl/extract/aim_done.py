"""Pure: an aim beside its outcome. An aim said with its number, then what was done (计划增长5%,完成67.1亿元,增长6.2%;
预期增长6.5%,实际增长5.3%): the figure after the outcome's word is the outcome's, not the aim's. An aim named after its
figure inside the sentence of an outcome (增长8.4%,低于年初确定的9%的预期目标): the words that set the outcome against it.
And the year such an aim is of (年初确定的…, 要完成全年…的目标): the item's, whatever year a clause before it named. An
aim's sum named with the share of it done (完成年度目标10亿元的105%), a figure of a 、-list whose last figure is called
an aim, and the first of a pair a lead says gives the aim first (计划目标/完成情况: 8%/7.9%) are aims."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.clause_years import PART_NAMED, blank
from etl.extract.patterns import FIVE_YEAR_PLANS, PLAN_LEAD, TARGET_INLINE
from etl.knowledge.tables import alternation

A_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# an outcome's progress against its aim (为年度目标的98%, 完成全年计划的76.3%, 为年初预算20.98亿元的101.8%): no cue of an aim
PROGRESS = re.compile(r"(?:为|是|占|完成了?|达到|实现)(?:年度|全年|年初|调整)?(?:预期)?(?:目标|计划|预算)(?:任务)?(?:\s*\d+(?:\.\d+)?\s*[亿万]?元)?的?\s*\d+(?:\.\d+)?\s*%")
_NUMBER_JUST_BEFORE = re.compile(r"\d[^\d,,;;。]{0,6}$")   # a number, then a few words up to an aim's word (7%左右的)
# the base of a growth (比上年增长): said of aims and outcomes alike, no outcome's word
_GROWTH_BASE = re.compile(r"(?:比|较)(?:上年|去年)(?=增长|下降)|同比(?=增长|下降)")
_ACTUALLY = re.compile(r"[^,,;;\d]{0,4}?[,,;;]\s*(?:实际|执行)")   # an aim's number (and unit), then 实际 or 执行 opening the next clause


def done_after_aim(before: str, words) -> bool:
    """`before` (a name's words up to a figure) sets an aim with a number (计划增长5%, 计划为6亿元) and then says an outcome (,完成)
    with no target word after it: the figure is the outcome's, not the aim's."""
    # (完成年初预算的103.3%, 为年初预算的96.3%: an aim measured against sets nothing; ,预期性,: an indicator's type)
    before = blank(_INDICATOR_TYPE, blank(PROGRESS, before))
    for m in words.target.finditer(before):
        if words.measured_against.search(before, max(0, m.start() - 7), m.start()):
            before = before[:m.start()] + " " * (m.end() - m.start()) + before[m.end():]
    aims = sorted([*words.target.finditer(before), *TARGET_INLINE.finditer(before)], key=lambda m: m.start())
    # (规划目标为2020年达到…: a year's digits are no number of the aim)
    first = next((m for m in A_NUMBER.finditer(before, aims[-1].end()) if not before.startswith("年", m.end())), None) \
        if aims else None
    rest = before[first.end():] if first else ""
    if aims and not first and _NUMBER_JUST_BEFORE.search(before, 0, aims[-1].start()):
        rest = before[aims[-1].end():]   # the aim's word after its number (增长8%的预期目标没有完成,全年增长…)
    # (预期增长6.5%,实际增长5.3%: what was done; not 预算为13.6亿元,比上年增长6.6%: the base of the aim's own growth)
    said_done = words.outcome.search(blank(_GROWTH_BASE, rest)) or _ACTUALLY.match(rest)
    return bool(rest) and bool(said_done) and not words.target.search(rest)


_INDICATOR_TYPE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}性(?=[,,;;\s]|$)")   # ,预期性,: a plan's indicator type, no aim word


# a growth's aim its outcome is set against in the next clause (增长7.6%,完成7.5%的年度目标 / 略低于13%的预期目标)
YEARS_AIM_AFTER = re.compile(r"\s*的(?:年度|全年|年初)(?:预期|计划|控制)?目标")   # … said to be the year's, in a whole year
# an outcome, then the ceiling it was kept within (城镇登记失业率2.9%,控制在4.5%以内): that ceiling is the year's aim
@lru_cache(maxsize=8)
def ceiling_kept(grammar) -> re.Pattern:
    """The words between an outcome and the ceiling it was kept within: the data's ceiling words (data/hedges.csv)."""
    ceilings = alternation([w for w in grammar.prefixes if grammar.bounds.get(w) == "ceiling"])
    return re.compile(r"[^,,;;。\d]{0,2}[,,]\s*(?:继续|仍然?|均)?(?:" + ceilings + r")\s*")


# (…,虽低于县人大会议确定的9%的预期目标, 但完成了州下达我县8.5%增长目标的98.8%: who set the aim said between; the words
# of an outcome above or below its aim are the data's: data/kind_words.csv)
@lru_cache(maxsize=8)
def aim_set_against(grammar) -> re.Pattern:
    compared = alternation(list(grammar.above_words + grammar.below_words))
    return re.compile(r"^(?:的?[^,,;;。\d]{0,6}?目标)?[,,]\s*(?:虽然?|但)?(?:基本)?(?:略|稍|明显)?"
                      r"(?:超额完成|完成|接近|快于|慢于|未完成|未达到|达到|与|比|" + compared + r")了?"
                      r"(?:[^,,;;。\d]{0,24}?(?:确定|提出|设定|制定|下达)(?:给?我[县市区旗州])?的?)?"
                      r"(?:年初|年度|全年)?(?:计划|目标)?\s*[((]?\s*$")


_PLANS_AIM = re.compile(r"纲要|规划|十[一二三四五]五")


def aims_year(clause: str, year: int | None, year_source: str, date_year: int | None, date_month: int | None) -> int | None:
    """The year of an aim its own clause (up to its figure) names as the year's: one set at the year's start (年初确定的
    7%目标) is of the item's year, or of the year before in an item of its first months, never of a year reviewed
    earlier (None); one of the whole year to complete (要完成全年…增长6.5%的目标) in an item of the year's course is of
    the item's year, though an earlier clause named the year before (2023年全县实现…;要完成全年…); one a five-year plan
    set (低于《纲要》38%的目标) is of the plan's last year."""
    if year is not None and _PLANS_AIM.search(clause):   # (…占比为33.2%,低于《纲要》38%的目标: the plan's, of its last year)
        return next((hi for lo, hi in FIVE_YEAR_PLANS.values() if lo <= year <= hi), year)
    if not date_year or year is None:
        return year
    if "年初" in clause and not (year == date_year or (year == date_year - 1 and bool(date_month) and date_month <= 4)):
        return None
    if "全年" in clause and year_source in ("sentence", "paragraph") and year < date_year and date_month and 4 < date_month < 12:
        return date_year
    return year


_ASIDE = re.compile(r"[((][^()()]{0,60}[))]")


def target_cue(clause: str, target: re.Pattern, measured_against: re.Pattern) -> bool:
    """A target word in the clause that makes its figure a target: not one in brackets (an aside), nor
    one the clause measures an outcome against (完成年计划, 未达预期目标: `measured_against`)."""
    clause = blank(PROGRESS, blank(_ASIDE, clause))
    return any(not measured_against.search(clause[max(0, m.start() - 7):m.start()]) for m in target.finditer(clause))


def plan_led(sent: str, date_year: int | None, words) -> bool:
    """The sentence opens with a year not yet past at the item's date and a plan or target word (2015年全区力争…)."""
    lead = PLAN_LEAD.match(sent)
    if not lead or not date_year or int(lead.group(1)) < date_year:
        return False
    said = lead.group(2)
    plan = said.find("计划")
    if plan >= 0 and words.measured_against.search(said[max(0, plan - 7):plan]):
        return False   # 2023年,全县完成年度计划的102%: an outcome measured against the plan
    return plan >= 0 or target_cue(said, words.target, words.measured_against)   # not 完成年度目标


# the year's aim named before a figure (年度目标, 全年任务, 确保全年, 年初区人代会确定的): under a part, still the year's
_YEARS_AIM = re.compile(r"(?:年度|全年)的?(?:目标|任务|计划)|确保全年|(?:全年|年度)(?:经济)?增长|(?:年初|人大|人代会|代表大会)[^,,。;;]{0,16}?(?:确定|制定|设定|提出|下达|通过|批准)的")


def years_aim_after_the_part(before: str) -> bool:
    """The year's aim is named after the last part of the year named before a figure (下半年,…紧扣年度目标任务,…),
    not before it (全年目标…增长9%以上,1-10月完成…,同比增长7.9%: the part's outcome)."""
    aims, parts = [m.start() for m in _YEARS_AIM.finditer(before)], [m.start() for m in PART_NAMED.finditer(before)]
    return bool(aims) and aims[-1] > max(parts, default=-1)


# the aim's sum right after its name, then the share of it done (完成年度目标10亿元的105%, 完成市下达任务50亿元的98%)
_AIM_JUST_BEFORE = re.compile(r"(?:目标|计划|任务|预算)(?:数|值)?(?:为|是)?\s*$")
_SHARE_OF_IT_AFTER = re.compile(r"^[^,,;;。\d]{0,3}?的\s*\d+(?:\.\d+)?\s*%")


def aim_done_in_part(gap: str, after: str) -> bool:
    """The number is the aim an outcome is measured against: its name just before it, the share done just after."""
    return bool(_AIM_JUST_BEFORE.search(gap) and _SHARE_OF_IT_AFTER.match(after))


# the later items of a 、-list of figures (、规上工业增加值增长8%), up to the words after its last number, an item's aside
# in brackets too (、固定资产投资增长12%(与市下达的目标持平)、…)
_ITEM_ASIDE = r"(?:[(（][^()（）\n]{0,30}[)）])?"
_LATER_ITEMS = re.compile(r"(?:[、和及与][^,,;;。、\d]{1,24}?-?\d+(?:\.\d+)?[^,,;;。、\d的等(（]{0,4}" + _ITEM_ASIDE + ")+")


_OWN_ASIDE = re.compile(r"[^,,;;。、和及与\d的等(（]{0,4}" + _ITEM_ASIDE)   # (…增长20%等目标: 等 opens the list's close)


def listed_to_aim(after: str, target_after: re.Pattern) -> bool:
    """A figure of a 、-list whose last figure is called an aim (增长6.5%、规上工业增加值增长8%的目标): an aim too."""
    m = _LATER_ITEMS.match(after, _OWN_ASIDE.match(after).end())   # (增长12%(与市下达的目标持平)、…: past its aside)
    return bool(m) and bool(target_after.match(after[m.end():]))


# a list's lead that says each line gives a pair, the aim first (…执行情况如下(计划目标/完成情况):), and a number that
# opens such a pair (8%/7.9%)
_AIM_FIRST = re.compile(r"[((]\s*(?:年度|全年)?(?:计划|预期)?目标(?:值)?\s*[/／]\s*(?:完成|实际|执行)[^()()]{0,4}[))]")
_OPENS_A_PAIR = re.compile(r"^\s*[/／]\s*-?\d")
_PAIR_LEAD_REACH = 400


def aim_of_a_declared_pair(text: str, s0: int, after: str) -> bool:
    """The number opens a pair (8%/7.9%) under a lead that says the aim comes first (计划目标/完成情况)."""
    return bool(_OPENS_A_PAIR.match(after)) and bool(_AIM_FIRST.search(text, max(0, s0 - _PAIR_LEAD_REACH), s0))
