"""Pure: an infographic's cards turned to text. A heading in lenticular brackets on a line of its own (【2016年预期目标】,
【2015年成绩单】) is a heading as any other. A bulleted line of nothing but an indicator's name and the lines of its
values below it (● 地区生产总值 / 306.2亿元,增长10.6%; ■ 公共财政预算收入 / 183627万元 / 增长14.8%): one line, so each
value has its name; with no mark only when each value line carries its unit or arrow (354.2亿元, ▲6.1%) and no table's
header stands above, and always only value lines that name no indicator of their own. A run of cards each with its
value above its name (6% / 地区生产总值增长 / 8% / 规上工业增加值增长) is read name first. A card's heading of a year's
review or aims (回顾2024, 2025年这样干, 📊 2023年 关键词) names that year."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.knowledge.tables import alternation

# a card's mark before its name (●, ■, ①), and a line of values: a number, or a change or aim said before one
# (not 1. or 一、: a table's rows are numbered so; an app's emoji are marks: 📊, 🔺, ✅)
_MARK = r"[ \t]*(?:[●◆■▪•·▶►★☆○◎□◇▌▇█🔺🔻]|[①-⑳]|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?)+[ \t]*"
_VALUE_LINE = re.compile(r"[ \t]*(?:[▲▼↑↓][ \t]*)?(?:-?\d|(?:同比|比上年|较上年)?(?:增长|下降|减少|提高|回落|控制|达到|完成))")
_MOST_VALUE_LINES = 3
_COLON_END = re.compile(r"[::\s]+$")
# a header cell of a table written one cell per line (指标名称, 单位): unmarked name lines within reach below it are rows
TABLE_HEAD = re.compile(r"[ \t]*(?:序号|指标(?:名称)?|项目|(?:计量)?单位)[ \t]*")
TABLE_REACH = 60


def unbracket_headings(text: str) -> str:
    """`text` with each heading set in 【】 (or between rules, ━ 年初目标 ━) on a line of its own written without them."""
    if "【" in text:   # (【2024年预期目标】经县人民代表大会审议通过,…: a year's label run into its paragraph heads it)
        text = _LEADING_LABEL.sub(lambda m: m.group(1) + "\n", text)
    return _BRACKETED_HEADING.sub(_unbracketed, text) if "【" in text or "━" in text or "═" in text else text


def _unbracketed(m: re.Match) -> str:
    """A bracketed heading's words; one of the year's aims naming no year (【年初目标】) closed by a colon, as a heading of
    aims is (a table's header cell 年度目标 has none)."""
    words = _NUMBERED_LABEL.sub("", _ENGLISH_AFTER.sub("", m.group(1) or m.group(2) or m.group(3)))
    return words + ":" if _YEARS_AIMS.fullmatch(words) else words


# a card's numbered label before its heading (关键词四:2021年预期目标, 看点二:, 第三部分:): the heading is what follows
_LABEL = r"(?:第?[一二三四五六七八九十\d]{1,2}(?:部分|篇章?|章)|[\u4e00-\u9fff]{1,4}[一二三四五六七八九十\d]{1,2})"
_NUMBERED_LABEL = re.compile(r"^\s*" + _LABEL + r"\s*[:：]\s*(?=\S)")
# … or in brackets of its own before the heading (【看点四】2021年预期目标)
_BRACKETED_HEADING = re.compile(r"(?m)^[ \t]*(?:" + _MARK + r")?(?:【([^【】\n]{2,30})】|[━═]+[ \t]*([^━═\n]{2,30}?)[ \t]*[━═]+"
                                r"|【" + _LABEL + r"】[ \t]*([^【】\n]{2,30}?))[ \t]*$")
_YEARS_AIMS = re.compile(r"(?:年初|全年|年度)(?:主要|预期)?目标")
_LEADING_LABEL = re.compile(r"(?m)^[ \t]*【(\d{4}年[^【】\n\d]{0,12}?(?:目标|回顾|成绩单|答卷|任务))】(?=[^\s【])")
# a bilingual heading's English after its Chinese (【2024年发展目标 Targets for 2024】): the Chinese heads the part
_ENGLISH_AFTER = re.compile(r"(?<=[\u4e00-\u9fff)）])[ \t]+(?:\d{4}[ \t]+)?[A-Za-z][A-Za-z0-9 ,.&'’/()-]*$")


# … or, with no mark, a line of values each with its unit or its arrow (354.2亿元, ▲6.1%), which no table's bare cell has
_ARROW_VALUE = r"[▲▼↑↓][ \t]*(?:同比)?(?:增长|下降)?[ \t]*-?\d"   # a growth by its arrow, its word said or not (▲6.1%, ▲ 增长6.4%)
# (not 7左右: a table's cell; an estimate's word before the value: 预计245.3亿元)
# (or its year before it as a label: 2020年:1556.2亿元, a card's line of one year's value)
_UNIT_VALUE_LINE = re.compile(r"[ \t]*(?:\d{4}年(?:底|末)?[ \t]*[::][ \t]*)?(?:预计|初步核算|约)?(?:" + _ARROW_VALUE
                              + r"|-?\d+(?:\.\d+)?[ \t]*(?:%|[亿万]|元))")
_ARROW_LINE = re.compile(r"[ \t]*" + _ARROW_VALUE)   # a growth by its arrow alone, below the line it is of
ARROWS = {"▲": "增长", "↑": "增长", "▼": "下降", "↓": "下降"}   # a growth's arrow and its word (also paired_cards.py)
_ARROW_CHARS = frozenset(ARROWS)
_INLINE_ARROW = re.compile(r"([\u4e00-\u9fff%)][ \t]*)([▲▼↑↓])[ \t]*(?=-?\d)")   # (not at a line's start: a value line's)


# a value alone on its line (6%, 372.5亿元, 3%以内), and a name alone below it (地区生产总值增长, “十四五”以来GDP年均增长)
_BARE_VALUE = re.compile(r"(?!\s*\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月)"   # (not a card's part of the year: 1—11月)
                         r"\s*-?\d+(?:\.\d+)?[ \t]*[%％]?(?:[-—~]\d+(?:\.\d+)?[%％]?)?[\u4e00-\u9fff]{0,3}[ \t]*[▲▼↑↓]?\s*")
_PAIRS_AT_LEAST = 2


def names_under_values(text: str, names: re.Pattern) -> str:
    """`text` with each run of value-over-name lines (value, name, value, name…: opening on a value, closing on a name,
    two pairs or more) written name first, one card to a line, so no value is read with the name below it. Each line is
    tried only for the kind its place in a run asks for: the names' pattern only on a line below a value."""
    if "\n" not in text:
        return text
    lines, out, i = text.split("\n"), [], 0
    shapes = (_BARE_VALUE, _bare_name(names))   # (a value where the run asks for one, a name where it asks for one)
    if _values_first(lines, shapes):
        return "\n".join(_cards_value_first(lines, shapes))
    while i < len(lines):
        j = i
        while j < len(lines) and shapes[(j - i) % 2].fullmatch(lines[j]):
            j += 1
        j -= (j - i) % 2   # (ends on a name; not after a name: 地区生产总值增长 / 6.5% / 一般公共预算收入增长 / 5% is name first)
        if j - i >= 2 * _PAIRS_AT_LEAST and not (i and shapes[1].fullmatch(lines[i - 1])):
            out += [lines[k + 1].strip() + lines[k].strip() for k in range(i, j, 2)]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _values_first(lines: list[str], shapes: tuple[re.Pattern, re.Pattern]) -> bool:
    """The page's cards stand value first: after a line that is neither (a heading, a note), a value then a name opens
    a card at least three times, and more than twice as often as a name then a value does."""
    value, name = _card_shapes(shapes)
    opens = [(bool(value(a)), bool(name(a))) for before, a, b in zip(lines, lines[1:], lines[2:], strict=False)
             if before.strip() and not value(before) and not name(before) and (value(a) and name(b) or name(a) and value(b))]
    first, second = sum(v for v, _ in opens), sum(n for _, n in opens)
    return first >= 3 and first > 2 * second


def _cards_value_first(lines: list[str], shapes: tuple[re.Pattern, re.Pattern]) -> list[str]:
    """Each value line and the name below it written name first on one line, with the growth lines right under the name
    (↑3.1%, 同口径增长2.6%) after it: 社会消费品零售总额2468.5亿元,增长3.1%. Every other line as it is."""
    value, name = _card_shapes(shapes)
    out, i = [], 0
    while i < len(lines):
        if i + 1 < len(lines) and value(lines[i]) and name(lines[i + 1]) and not (i and value(lines[i - 1])):   # (not a name's
            # second value: 地区生产总值增长 / 4.1% / 5%以上 / 规上工业增加值增长 is name first, two values a name)
            card, i = lines[i + 1].strip() + lines[i].strip(), i + 2
            while i < len(lines) and _GROWTH_ALONE.fullmatch(lines[i]) and not (i + 1 < len(lines) and name(lines[i + 1])):
                card, i = card + "," + _spelled(lines[i].strip()), i + 1
            out.append(card)
        else:
            out.append(lines[i])
            i += 1
    return out


def _card_shapes(shapes: tuple[re.Pattern, re.Pattern]):
    """A card's value (with its unit or percent: not a number a text layer cut off its line) and its name (no clause's
    mark in it: not a sentence a text layer cut before a number), as tests of a line."""
    value, name = shapes
    return (lambda ln: bool(value.fullmatch(ln)) and bool(_UNIT_OR_PERCENT.search(ln)),
            lambda ln: bool(name.fullmatch(ln)) and not _CLAUSE_MARK.search(ln))


_UNIT_OR_PERCENT = re.compile(r"[%％元亿万]")
_CLAUSE_MARK = re.compile(r"[,，。;；、:：]")
# a growth on a line of its own under a card's name: by its arrow or its word (↑3.1%, 同口径增长2.6%, 下降1.2%)
_GROWTH_ALONE = re.compile(r"\s*(?:[▲▼↑↓]\s*-?\d+(?:\.\d+)?\s*%|(?:同口径|同比|比上年)?(?:增长|下降)\s*-?\d+(?:\.\d+)?\s*%)\s*")


@lru_cache(maxsize=4)
def _bare_name(names: re.Pattern) -> re.Pattern:
    """A line of nothing but an indicator's name, a few words around it and no number (“十四五”以来GDP年均增长)."""
    return re.compile(rf"[^\d\n]{{0,8}}?(?:{names.pattern})[^\d\n]{{0,4}}\s*")


@lru_cache(maxsize=4)
def _card_name(names: re.Pattern) -> re.Pattern:
    """A card's name line: its mark (group 1, empty when none), the name (and its change: 规上工业增加值增长), a bracketed
    unit, a colon."""
    return re.compile(rf"({_MARK})?(?:{names.pattern})(?:增长|下降|增速|占比|比重)?[ \t]*(?:[((][^()()\n]{{1,8}}[))])?[ \t]*[::]?[ \t]*")


def _spelled(value: str) -> str:
    """A value line with its arrow said in words (▲6.1% → 增长6.1%; ▲ 同比增长9.8%: the words said already)."""
    if value[:1] not in ARROWS:
        return value
    rest = value[1:].lstrip()
    return rest if rest[:1] in ("同", "增", "下") else ARROWS[value[0]] + rest


def join_card_values(text: str, names: re.Pattern) -> str:
    """`text` with each card's name line joined to the value lines below it (`names`: Knowledge.term_re), and an arrow
    before a figure after a name or a level on its line said in words (7.86亿元 ↑11.4%: 增长11.4%)."""
    if "\n" not in text:
        return text
    text = _INLINE_ARROW.sub(lambda m: m.group(1) + ARROWS[m.group(2)], text) if _ARROW_CHARS & set(text) else text
    lines, out, i, header_at = text.split("\n"), [], 0, -TABLE_REACH - 1
    card = _card_name(names)
    while i < len(lines):
        line = lines[i]
        i += 1
        if TABLE_HEAD.fullmatch(line):
            header_at = i   # a table of one cell per line begins: its rows are no cards
        named = card.fullmatch(line)
        if named and not named.group(1) and i - header_at <= TABLE_REACH:
            named = None
        if _ARROW_LINE.match(line) and out and names.search(out[-1]) and not names.search(line):
            out[-1] = out[-1].rstrip() + "," + _spelled(line.strip())   # (一般公共预算收入20.16亿元 / ▲8.9%: its growth)
            continue
        if not named:
            out.append(line)
            continue
        value_line = _VALUE_LINE if named.group(1) else _UNIT_VALUE_LINE
        values = []
        while i < len(lines) and len(values) < _MOST_VALUE_LINES and value_line.match(lines[i]) \
                and not names.search(lines[i]):
            values.append(_spelled(lines[i].strip()))
            i += 1
        out.append(_COLON_END.sub("", line) + ",".join(values) if values else line)
    return "\n".join(out)


_CARD_GAP = r"[ \t·・|丨,,]*"   # (2019年 · 奋斗目标, 2018年 · 成绩单, 2024年,目标这样定)
# a card's heading of a year's aims (2024年这样干, 2018年 新目标, ■ 2013年目标) or of a year's review (回顾2024, 数说2023,
# ■ 2012年回顾, 2013年 成绩单), as an infographic heads its parts: a line of nothing else
_CARD_AIMS = re.compile(rf"(?:{_MARK})?(?:(\d{{4}})年?{_CARD_GAP}(?:新?(?:主要|预期|发展|奋斗){{0,2}}目标(?:(?!完成|实现|执行|情况|进度)[^\d\s,,。;;::]){{0,4}}|这样干|怎么干|干什么|任务书|路线图)|展望[ \t]*(\d{{4}})年?"
                        r"|" + _YEARS_AIMS.pattern + r"[::]"
                        # … or a numbered heading of this or next year's aims (二、今年的目标要定得实、扛得起; 今年目标 · 预期值)
                        r"|(?:[一二三四五六七八九十]+、)?(?:今年|明年)的?(?:主要)?目标(?:" + _CARD_GAP + r"预期值)?(?:(?!完成|实现|执行|情况|进度)[^\d\s,,。;;::]){0,8}"
                        # … or one of no year or of this year by a card's words for aims (任务书, 今年任务书), or a numbered
                        # year's with a subtitle of aims (三、2019年:目标明确)
                        rf"|(?:今年|新一年|明年)?{_CARD_GAP}(?:任务书|预期值)|[一二三四五六七八九十]+、(\d{{4}})年[::](?:(?!完成|实现|执行)[^\d\n,,。;;]){{0,4}}?目标[^\d\n,,。;;]{{0,4}})"
                        r"[ \t]*[::]?[ \t]*")
# (also numbered, with a subtitle of no figure after its colon: 一、回顾2015:主要指标增速继续位居全国前列)
_CARD_REVIEW = re.compile(rf"\s*(?:{_MARK})?(?:[一二三四五六七八九十]{{1,3}}、)?(?:(?:回顾|数说|回眸|盘点|数读)[ \t]*(\d{{4}})年?"
                          rf"|(\d{{4}})年?{_CARD_GAP}(?:回顾|成绩单|答卷|回眸|盘点)|(?:上半年|前三季度|一季度)(?:成绩单|答卷)"
                          # … or of the year just ended, by no number (过去一年 · 成绩单, 去年成绩单, 一、过去一年:稳中有进, 成绩单)
                          rf"|(?:过去一年|去年|上一年)(?:{_CARD_GAP}(?:成绩单|答卷|回顾|回眸|盘点))?|成绩单)"
                          r"[ \t]*(?:[::][^\d\n]{0,30})?")


def card_aims(line: str) -> re.Match | None:
    """A card's heading of one year's aims, its year in group 1 (or a bulleted line of the year aimed at alone: ◆到2025年)."""
    return _CARD_AIMS.fullmatch(line) or _CARD_BY_YEAR.fullmatch(line)


_CARD_BY_YEAR = re.compile(rf"(?:{_MARK})到(\d{{4}})年(?:底|末)?[ \t]*[::]?[ \t]*")


# … or a card's heading of nothing but a year and a word or two, no aim (📊 2023年 关键词:跨越, 📈 2024年 全省经济"成绩单")
_CARD_YEAR = re.compile(rf"(?:{_MARK})?(\d{{4}})年(?![^\n]*(?:目标|计划|预期|任务|这样干|怎么干|报告|展望|将|(?<!主)要))[^\d\n]{{0,16}}")


def card_review(line: str, date_year: int | None = None) -> re.Match | None:
    """A card's heading of one year's review, its year in group 1 or 2; or of a year before `date_year` (the item's)
    with no word of an aim."""
    said = _CARD_REVIEW.fullmatch(line)
    if said or date_year is None:
        return said
    year = _CARD_YEAR.fullmatch(line)
    return year if year and int(year.group(1)) < date_year else None


_YEAR_ALONE = re.compile(r"[ \t]*((?:19|20)\d\d)[ \t]*年?[ \t]*")


def year_heads_joined(text: str) -> str:
    """`text` with a card's heading that a layout split after its year (2024 / 成绩单, 2025 / 预期目标) on one line again
    (2024年成绩单), when the two make a heading of a year's review or aims; every other line as it is."""
    def heading(line: str, nxt: str) -> str | None:
        year = _YEAR_ALONE.fullmatch(line)
        joined = f"{year.group(1)}年{nxt.strip()}" if year else ""
        return joined if joined and (_CARD_AIMS.fullmatch(joined) or _CARD_REVIEW.fullmatch(joined)) else None
    return lines_joined(text, heading)


def lines_joined(text: str, join) -> str:
    """`text` with each line and the one below it made one where `join(line, next_line)` gives the joined line (None:
    the line stays as it is); a joined line is not joined again. Linear."""
    if "\n" not in text:
        return text
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        joined = join(lines[i], lines[i + 1]) if i + 1 < len(lines) else None
        out.append(lines[i] if joined is None else joined)
        i += 1 if joined is None else 2
    return "\n".join(out)


_NUMBER_ALONE = re.compile(r"[ \t]*-?\d+(?:\.\d+)?[ \t]*")
_CHANGE_ALONE = re.compile(r"[ \t]*(?:同比|比上年)?(?:增长|下降)[ \t]*")


def split_figures_joined(text: str, units: tuple[str, ...]) -> str:
    """`text` with a figure a layout split over lines joined again: a number alone and its unit alone below it (263.8 /
    亿元: 263.8亿元, `units` those of data/units.csv), and a change's word alone and its rate below it (增长 / 7.6%:
    增长7.6%); every other line as it is."""
    unit_alone = _unit_alone(tuple(units))

    def figure(line: str, nxt: str) -> str | None:
        split = (_NUMBER_ALONE.fullmatch(line) and unit_alone.fullmatch(nxt)) or \
            (_CHANGE_ALONE.fullmatch(line) and _RATE_ALONE.fullmatch(nxt))
        return line.strip() + nxt.strip() if split else None
    return lines_joined(text, figure)


_RATE_ALONE = re.compile(r"[ \t]*-?\d+(?:\.\d+)?[ \t]*[%％][ \t]*")


@lru_cache(maxsize=4)
def _unit_alone(units: tuple[str, ...]) -> re.Pattern:
    """A line of nothing but a unit of money or a percent (亿元, 万元, %)."""
    return re.compile(r"[ \t]*(?:" + alternation(units) + r")[ \t]*")

