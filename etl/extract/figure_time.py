"""The year or part of a year one figure stands for, read from its own clause: a part named before its first
figure, parts or years listed before 分别 and its values, a part-year an outcome word follows, a span's average
re-anchored by its sentence's year, an estimate of a year just begun, a year opened by a plan word; and whether a
whole year was still open at an item's date."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.clause_years import blank, clause_start, colon_list_year
from etl.extract.context import Lead
from etl.extract.patterns import (
    AVG,
    LAST_YEAR,
    PART_NAME,
    PERIOD_CHARS,
    PERIODS,
    REVIEWS_HERE,
    TARGET_BRACKETED,
    TO,
    WHOLE_YEAR,
    part_year_of,
    plan_span,
)

# the first number that is no year or month (2017年, 1-9月, 前4个月 name the time, not a figure)
_FIRST_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*(?:年|个?月)|" + TO + r"\d{1,2}月)")


# the year's aim or budget as a whole (全年目标, 完成全年预算的78%): what a figure is measured against, not its period
AIM_OF_THE_YEAR = re.compile(r"全年的?(?:预算|目标|计划|任务)+")
SHARE_OF_THE_YEARS_AIM = re.compile(AIM_OF_THE_YEAR.pattern + r"数?的")


def opening_part(piece: str) -> str | None:
    """The part-year a piece of a sentence names before its first figure (全市上半年实现地区生产总值886.8亿元), or "year"
    for the whole year (全年完成…): the later pieces of the sentence that name none of their own are that part's too."""
    if not PERIOD_CHARS.intersection(piece) and "全年" not in piece:
        return None   # most pieces name no part-year: no pattern need be tried
    first = _FIRST_FIGURE.search(piece)
    if first is None:
        return None
    rest = blank(AIM_OF_THE_YEAR, piece[first.end():])   # (…增长5.8%,低于全年目标0.7个百分点: no period of its own)
    if WHOLE_YEAR.search(rest) or part_year_of(rest):   # (not a base: 降幅较1—10月收窄)
        return None   # the piece goes on through other periods (一季度…、二季度…,全年…): none holds after it
    head = piece[:first.start()]   # (全年完成…;固定资产投资…: a whole year opened with holds on as well)
    return part_year_of(head) or ("year" if WHOLE_YEAR.search(head) else None)


def last_part_led(piece: str) -> str | None:
    """The part of the year (or "year", 全年) the last figure of a piece stands under (一季度…下降36.4%;全年增长1.2%: the
    year), bases of comparison (比前三季度加快) and the year's aim aside; None when no part is named before it."""
    figures = list(_FIRST_FIGURE.finditer(piece)) if PERIOD_CHARS.intersection(piece) or "全年" in piece else []
    if not figures:
        return None
    text = blank(_QUARTER_ALONE, blank(AIM_OF_THE_YEAR, piece[:figures[-1].start()]))   # (…,其中二季度当季增长8.0%)
    wholes = [m for m in WHOLE_YEAR.finditer(text) if text[m.start() - 1:m.start()] not in ("比", "较")]
    return part_year_of(text[wholes[-1].end():] if wholes else text) or ("year" if wholes else None)


# a quarter's own figure, said to be so (二季度当季, 三季度单季): an aside that moves no paragraph on to that quarter
_QUARTER_ALONE = re.compile(r"第?[一二三四]季度\s*(?:单季|当季)")


def moved_on(lead, piece: str, first: bool = True):
    """A paragraph's lead (context.Lead) with the part the piece of its first sentence ends on, when that is another
    (一季度,…下降36.4%;前三季度…;全年完成…,下降4.2%: the year's, for the sentences after it), or, for a later sentence,
    with the whole year it opens with (…上半年…。预计全年实现…。第三产业增加值…比重为38.5%); None otherwise."""
    if not first:
        return replace(lead, period="year") if lead is not None and lead.period and opening_part(piece) == "year" else None
    later = last_part_led(piece) if lead is not None and lead.period else None
    return replace(lead, period=later) if later not in (None, lead and lead.period) else None


def list_led(lead, piece: str):
    """The lead (context.Lead) of the pieces after one that ends opening a list of another year after a colon (预计2023年…,
    建议2024年全市主要预期目标为:…;一般公共预算收入增长5%;…: 2024's, the list's), or None."""
    year = colon_list_year(piece, len(piece))
    return Lead(year, None) if year and (lead is None or lead.year != year) else None


# a numbered heading of a part (一、, (二)), and one that names a part of the year first (一、1-3月份主要经济指标完成情况)
_NUMBERED_HEAD = re.compile(r"^\s*(?:([一二三四五六七八九十]{1,3})[、.]|[((][一二三四五六七八九十]{1,3}[))])\s*")
_HEADING_CHARS = 40
_HEAD_YEAR = re.compile(r"\s*(?:\d{4}\s*年)?")
# a line that closes on the part of the year it is of, in brackets (主要指标一览(1—10月), 主要经济指标(前三季度))
_CARD_MARK = r"\s*(?:[^\w\s(（]\ufe0f?\s*){0,3}"   # (📌 1—11月, ● 预计全年: a card's mark before its part)
_WHOLE_YEAR_LINE = re.compile(_CARD_MARK + r"(?:预计)?全年(?:预计)?\s*[::]?\s*")
_LEADS_LINES = re.compile(r"[::]\s*$")   # a line that leads the lines below it
PART_LINE = re.compile(_CARD_MARK + r"(?:" + PART_NAME + r")\s*[::]?\s*")
_TITLED_PART = re.compile(r"[((]\s*(" + PART_NAME + r")\s*[))]\s*$")


def section_part(line: str, current: str | None) -> str | None:
    """The part of the year the figures under a numbered heading are of, when the heading names one first and states
    no figure (一、上半年主要经济指标完成情况): held until the next heading of the first level (二、…) names another or none;
    or under a caption that closes on one in brackets (主要指标一览(1—10月)); `current` otherwise."""
    if _WHOLE_YEAR_LINE.fullmatch(line):
        return "year"   # 预计全年 on a line of its own: what follows is the whole year's, whatever part the item is of
    if PART_LINE.fullmatch(line):
        return part_year_of(line)   # 一季度 on a line of its own, as a card sets it: what follows is that part's
    if _LEADS_LINES.search(line) and len(line) <= _HEADING_CHARS and not _FIRST_FIGURE.search(line) \
            and (part := part_year_of(line, only=True)):
        return part   # 从月度指标看,1—11月: over a list of lines: what follows is that part's
    m = _NUMBERED_HEAD.match(line)
    titled = _TITLED_PART.search(line) if m is None and len(line) <= _HEADING_CHARS else None
    if titled and not _FIRST_FIGURE.search(line, 0, titled.start()):
        return part_year_of(titled.group(1))   # 主要指标一览(1—10月): a caption's part is what follows it
    if m is None or len(line) > _HEADING_CHARS or _FIRST_FIGURE.search(line, m.end()):
        return current
    at = _HEAD_YEAR.match(line, m.end()).end()   # (四、2024年1—5月主要指标: the part after the heading's year)
    part = part_year_of(line[at:at + 8]) if PERIOD_CHARS.intersection(line) else None
    if part and not WHOLE_YEAR.search(line):
        return part
    return None if m.group(1) else current


# parts of the year listed before one name and its values (一季度、上半年、前三季度、全年全市GDP分别增长…)
_PERIOD_WORD = r"(?:" + PART_NAME + r"|全年)"
_PERIOD_LIST = re.compile(_PERIOD_WORD + r"(?:(?:、|和|及)" + _PERIOD_WORD + r")+")
_VALUE = re.compile(r"-?\d+(?:\.\d+)?%?")
_PERIODS_SEVERALLY = re.compile(r"\s*" + _PERIOD_LIST.pattern + r"\s*分别")


def periods_severally(piece: str, grown: bool = False) -> bool:
    """The piece opens with parts of the year listed and 分别, naming no indicator (…;1—4月、1—5月、上半年分别为10.2%、…);
    with `grown`, and says they grew or fell (一季度、上半年分别增长4.1%、…: a new sentence's own word of what it measures)."""
    return bool((_PERIODS_GROWN if grown else _PERIODS_SEVERALLY).match(piece))


_PERIODS_GROWN = re.compile(_PERIODS_SEVERALLY.pattern + r"\s*(?:比上年|同比)?\s*(?:增长|下降)")


def listed_period(sent: str, at: int) -> str | None:
    """The part of the year a value stands for when its clause lists parts of the year before a name and 分别
    gives as many values in their order (一季度、上半年、全年GDP分别增长6.7%、6.6%、6.0%); None otherwise."""
    if "分别" not in sent:
        return None   # most sentences list nothing: no clause need be cut
    start, end = clause_start(sent, at, ",,;;"), _clause_end(sent, at)
    clause = sent[start:end]
    listed = _PERIOD_LIST.search(clause) if PERIOD_CHARS.intersection(clause) or "全年" in clause else None
    each = clause.find("分别", listed.end()) if listed else -1
    if each < 0:
        return None
    words = re.findall(_PERIOD_WORD, listed.group())
    values = [m.start() + start for m in _VALUE.finditer(clause, each)]
    if len(values) != len(words) or at not in values:
        return None
    word = words[values.index(at)]
    return "year" if word == "全年" or WHOLE_YEAR.fullmatch(word) else part_year_of(word)


def _clause_end(sent: str, at: int) -> int:
    """Where the clause holding position `at` ends (its comma, semicolon or full stop, else the sentence's end)."""
    return _CLAUSE_END.search(sent, at).start()


_CLAUSE_END = re.compile(r"[,,;;。]|$")
_YEAR_RANGE = re.compile(r"(\d{4})年?" + TO + r"(\d{4})年")


def listed_year(sent: str, at: int) -> int | None:
    """The year a value stands for when a span of years stated before it, or years named one by one (2021年、2022年、
    2023年), is followed by 分别 (or 依次) and one value for each of its years (2016年至2020年,生产总值分别增长5.3%、5.9%、4.3%、
    6.0%、3.5%); None otherwise."""
    each = max(sent.rfind("分别", 0, at), sent.rfind("依次", 0, at))   # (…收入依次为22.6亿元、23.1亿元、…)
    # (between the years and 分别 one subject: 2022年、2023年,A、B分别增长…: A's and B's, a year each is no reading)
    found = [(m.end(), _years_of(m)) for rx in (_YEAR_RANGE, _YEARS_NAMED) for m in rx.finditer(sent, 0, each)
             if rx is _YEAR_RANGE or not LIST_MARK.search(sent, m.end(), each)] if each > 0 else []
    if not found:
        return None
    years = max(found)[1]
    values = [m.start() + each for m in _VALUE.finditer(sent[each:_clause_end(sent, at)])]
    if not 2 <= len(years) <= 10 or len(values) != len(years) or at not in values:
        return None
    return years[values.index(at)]


# what sets a list's items apart (also own_again's places), and years named one by one (2021年、2022年和2023年;
# 2021、2022、2023年), each in turn
LIST_MARK = re.compile(r"、|和|及|与")
_YEARS_NAMED = re.compile(r"(?<!\d)\d{4}年?(?:(?:、|和|及|与)\d{4}年?)+(?=年|[^\d])")


def _years_of(m: re.Match) -> list[int]:
    """The years a span (2016年至2020年: every one) or a list of years names, in order."""
    if m.re is _YEAR_RANGE:
        return list(range(int(m.group(1)), int(m.group(2)) + 1))
    return [int(y) for y in re.findall(r"\d{4}", m.group())]


def done_in_part_year(before: str, words) -> bool:
    """After the last part-year named in `before` (1—9月, 上半年) an outcome word stands (完成, 同比) and no
    target word, nor one opening the part's clause (力争前三季度…增速达到): "X 617亿元以上,1—9月完成428.3亿元,同比增长2.2%"
    reports the part-year, not the plan."""
    ends = [m.end() for rx, _ in PERIODS for m in rx.finditer(before)]
    if not ends:
        return False
    last = max(ends)
    since, opened = before[last:], before[clause_start(before, last, ",,;;"):last]
    return bool(words.outcome.search(since)) and not words.target.search(since) and not words.target.search(opened) \
        and not TARGET_BRACKETED.search(since)   # (…完成年初预算(51200万元,比上年增长5.5%)的53.6%: the budget's growth)


def span_to_the_lead(span: tuple[int, int], year: int | None, year_source: str, gap: str) -> tuple[int, int]:
    """The paragraph's past span, or, for an average whose sentence opens with the year after the span's end
    (过去五年… then "2021年,全县完成生产总值263.5亿元(预计数),年均增长6.94%" in an October item), the same number
    of years ending in that year: the review runs to the item's own year."""
    lo, hi = span
    if year == hi + 1 and year_source in ("clause", "sentence") and AVG.search(gap):
        return lo + 1, hi + 1
    if year == hi - 1 and year_source in ("clause", "sentence") and AVG.search(gap) and plan_span(year) == (lo - 1, hi - 1):
        return lo - 1, hi - 1   # a term's review of 2012-2016 whose sentence opens with 2015, a plan's last year: that plan
    return span


_THIS_YEAR = re.compile(r"今年|本年")


def forecast_of_the_year_begun(clause: str, estimated: bool, year: int | None, plan_year: int | None,
                               month: int | None) -> bool:
    """An estimate (预计) of this year (今年, in the figure's own clause, no part of it named) in the report that
    plans that year, dated in its first quarter or undated: a forecast of a year just begun, a target."""
    return estimated and year is not None and year == plan_year and (month is None or month <= 3) \
        and bool(_THIS_YEAR.search(clause)) and part_year_of(clause) is None


_WORD_THEN_YEAR = re.compile(r"\s*([\u4e00-\u9fff]{2,3}?)(\d{4})年")


def planned_year(clause: str, target_words: re.Pattern) -> int | None:
    """The year a clause opens with after a plan or target word (计划2023年地区生产总值增长8.5%以上, 力争2024年…):
    that year's target; None when the clause opens otherwise."""
    m = _WORD_THEN_YEAR.match(clause)
    return int(m.group(2)) if m and (m.group(1) == "计划" or target_words.fullmatch(m.group(1))) else None


# a forecast of the whole year (预计全年, 全年预计): in a year under way, its own; never an aim after the first months
WHOLE_YEAR_FORECAST = re.compile(r"预计全年|全年预计")
LAST_MONTH_BEFORE_THE_END = 11   # an item of this month or before is too early for an estimate of its whole year (预计全年…: not November)
_YEAR_UNDER_WAY = 4   # from this month of an item, no whole year it forecasts is the one before


def forecasts_the_date_year(year: int | None, sent: str, start: int, end: int, date_year: int | None,
                            date_month: int | None) -> bool:
    """A whole year forecast (预计全年…, 全年预计) between `start` and a figure at `end`, in an item dated from April on, where
    the year read before it is earlier than the date's: the forecast is of the year under way, the date's, whatever year
    its clause or its paragraph's lead named first (2019年,全市…。…,预计全年…增长2%左右 in a report of August 2020)."""
    return bool(year and date_year and year < date_year and (date_month or 0) >= _YEAR_UNDER_WAY
                and WHOLE_YEAR_FORECAST.search(sent, start, end))


def year_open_at(year: int, date_year: int, date_month: int | None, text: str = "") -> bool:
    """A whole year not over at an item's date: a later year, or the date's own in an item of January to October
    (undated in its month: taken as December, so never open); not one over when the page's head says it was updated
    (`text`: 发布日期:2021-09-06 更新时间:2025-03-18 over 2022's outcomes)."""
    updated = _UPDATED.search(text, 0, _UPDATE_REACH) if text else None
    if updated and int(updated.group(1)) > year:
        return False
    return year > date_year or (year == date_year and (date_month or 12) <= LAST_MONTH_BEFORE_THE_END)


_UPDATED = re.compile(r"(?:更新|修改)(?:时间|日期)\s*[::]\s*(\d{4})")
_UPDATE_REACH = 600   # a page's head, where its stamps stand


# a lead that says a part's results follow (从上半年执行情况看:, 从完成情况来看)
_RESULTS_FOLLOW = re.compile(r"(?:执行|运行|完成)情况来?看")


def says_it_reviews(before_first_name: str, sent: str, opens_paragraph: bool = False) -> bool:
    """The words before a sentence's first indicator name say it reviews (回顾, 一年来), or a sentence naming none says the
    results follow (从上半年执行情况看:), or a paragraph opens with the year before (去年全县…): what a sentence's aims
    listed before it end at."""
    return bool(REVIEWS_HERE.search(before_first_name) or (not before_first_name and _RESULTS_FOLLOW.search(sent))
                or (opens_paragraph and LAST_YEAR.match(sent.lstrip())))


def looked_back_until(reviews_year: int | None, date_year: int | None, date_month: int | None) -> int | None:
    """The last year a document looks back on (过去五年, 五年来; a year after it is ahead): the year it reviews; else a
    document of December counts the year that is ending (a December congress reports 今年 beside its 五年来), and one
    of an earlier month the year before its date (a November briefing's “十二五”以来 is of the full years before)."""
    if reviews_year or not date_year:
        return reviews_year
    return date_year if date_month == 12 else date_year - 1
