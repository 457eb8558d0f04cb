"""Pure text helpers: a text's lines, spaces and numbers made one way before it is read (wrapped lines joined, page
numbers dropped, numbers split by spaces or breaks joined); its characters by etl/extract/characters.py.

Every function here is deterministic and `normalize_text(normalize_text(t)) == normalize_text(t)`.
Character offsets of extracted figures refer to the output of `normalize_text`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.characters import (
    arabic_dates,
    heading_years,
    quarters_in_words,
    replace_variants,
    strip_pinyin,
    to_halfwidth,
    to_simplified,
    unslip_numbers,
)
from etl.extract.columns import box_rows, single_spaced_tables, spaced_columns
from etl.extract.comma_rows import comma_tables
from etl.extract.markup import strip_markdown
from etl.extract.page_frame import drop_link_lists
from etl.extract.running_heads import PAGE_NUMBER_LINE, drop_running_heads
from etl.extract.spoken_numbers import figures_in_words
from etl.extract.wrapped_lines import join_wrapped_lines
from etl.knowledge.tables import alternation
from etl.readers.html import strip_html

_SPLIT_DECIMAL = re.compile(r"(?<=\d) +(?=\.\d)|(?<=\d\.) +(?=\d)")
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3})((?:[, ]\d{3})+)(?!\d)(?=\.\d|[^\d]|$)")


@lru_cache(maxsize=4)
def _unit_after(units: tuple[str, ...]) -> re.Pattern:
    """A unit of data/units.csv right after a number (a space between them allowed), longest first."""
    return re.compile(r"\s?(?:" + alternation(units) + ")")


# 5万3230.99亿元: the ten-thousands of 亿 written in front of the rest of the number (53230.99亿元)
_WAN_YI = re.compile(r"(?<![\d.])(\d{1,4})万(\d{1,4})((?:\.\d+)?)亿")


def join_split_numbers(text: str, units: tuple[str, ...] = ()) -> str:
    """`2375. 3` -> `2375.3`; `1,488` and `1 488` -> `1488` (thousands groups of exactly 3 digits), and several spaced
    groups when one of `units` follows them (`2 558 549万元`); `5万3230.99亿` -> `53230.99亿`."""
    unit_after = _unit_after(tuple(units))
    text = _SPLIT_DECIMAL.sub("", text)
    text = _WAN_YI.sub(lambda m: m.group(1) + m.group(2).zfill(4) + m.group(3) + "亿", text) if "万" in text else text

    def _join(m: re.Match) -> str:
        groups = m.group(2)
        seps = set(groups[0::4])
        if len(seps) != 1:
            return m.group(0)
        if seps == {" "} and len(groups) > 4 and not unit_after.match(m.string, m.end()):
            return m.group(0)   # a row of cells (100 200 300) is no number; 2 558 549万元, its unit after it, is one
        return m.group(1) + groups.replace(",", "").replace(" ", "")

    return _THOUSANDS.sub(_join, text)


_SPACES = re.compile(r"[ \t]+")
# PDF-to-text dumps: page-number lines ("- 12 -", "第 3 页": running_heads.py; "12") and numbers broken over lines.
# a bare number on its own line is a page number only inside running text (the line before it is a
# long line cut mid-sentence); in a one-cell-per-line table it is a cell
_BARE_PAGE_NUMBER = re.compile(r"(?m)(?<=[^\n。!?;:]{20})\n[ \t]*\d{1,3}[ \t]*(?=\n)")


@lru_cache(maxsize=4)
def _broken_number(units: tuple[str, ...]) -> re.Pattern:
    """Only where the joined token reads as a number with one of the units of data/units.csv: a line
    that ends in a time or a date and a next line that starts with a year (16:40\n2019年) stay apart."""
    unit = alternation(units)
    # a space, no second break; a number broken more than once (1\n4\n88亿元) is joined whole in one pass
    return re.compile(rf"(?<=\d)\n(?=(?:\d{{1,6}}\n){{0,8}}\d{{0,6}}(?:\.\d+)?[ \t]*(?:{unit})|\.\d)|(?<=\d\.)\n(?=\d)")


# a space inside a word or a date, or before a number's percent sign (PDF text: 固 定资产投资, 2021 年 12 月, 8.5 %)
_SPACE_IN_WORD = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])|(?<=\d) (?=[年月日%])|(?<=[年月]) (?=\d{1,2} ?[月日])")


# a number against a character, with a space (增长 8.6%, 完成 383 亿元) or without one (增长8.6%)
_SPACED_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff])")
_BARE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])")
_SPACED_AT_LEAST = 3   # a space or two beside a number (增长 8%) is too few to tell type from a writer's break


def unspace_numbers(text: str) -> str:
    """Drop the space between a number and the characters beside it where a text sets every number off so (a
    PDF's text layer: 实现 5312 亿元, 按 2020 年): there it is type, not a break. Where most numbers stand against
    the characters, or a text has too few to tell, a space beside one is the writer's and may part two phrases
    (核心观点 2024年…): kept."""
    spaced = len(_SPACED_NUMBER.findall(text))
    return _SPACED_NUMBER.sub("", text) if spaced >= _SPACED_AT_LEAST and spaced >= len(_BARE_NUMBER.findall(text)) else text


# a line set out a character at a time (政 府 工 作 报 告, 增 长 5 . 2 %): a PDF's text layer with character spacing
_LETTERS_AT_LEAST = 6   # characters on a line: fewer tell a spaced line from a few short words
_LETTER_SHARE = 0.8     # of its pieces between spaces that are single characters
_CJK_CHAR = re.compile("[\u4e00-\u9fff]")
_WORD_GAP = re.compile(" {2,}")


def _unspaced(line: str) -> str:
    pieces = [p for p in line.split(" ") if p and p != "|"]   # a table's bars part cells, whatever is in them
    singles = [p for p in pieces if len(p) == 1]
    if len(pieces) < _LETTERS_AT_LEAST or len(singles) < _LETTER_SHARE * len(pieces) \
            or not any(_CJK_CHAR.match(p) for p in singles):
        return line
    return " ".join(part.replace(" ", "") for part in _WORD_GAP.split(line.strip()))


def unspace_letters(text: str) -> str:
    """Join each line set out a character at a time, most of its pieces single characters and some of those Chinese
    (地 区 生 产 总 值 增 长 5 . 2 %): a wider gap between two of them (两 个  字) stays one space. A row of one-digit
    cells and nothing Chinese (1 2 3 4 5 6), or a line of a few short words (字号:大 中 小), is kept as it is."""
    if " " not in text:
        return text
    return "\n".join(_unspaced(line) if line.count(" ") >= _LETTERS_AT_LEAST - 1 else line for line in text.split("\n"))


@lru_cache(maxsize=4)
def _tool_line(words: tuple[str, ...]) -> re.Pattern:
    """A line of a site's page tools and nothing else: its words (longest first), and brackets, colons and spaces."""
    word, mark = "(?:" + "|".join(map(re.escape, words)) + ")", r"[ \t【】\[\]〖〗{}():|·•]"
    return re.compile(rf"(?m)^{mark}*{word}(?:{mark}|{word})*$\n?")   # one of its words at least: 20.5 / : / 19.1 is no tool


def drop_tool_lines(text: str, words: tuple[str, ...]) -> str:
    """Drop each line that is only a site's page tools (字号:大 中 小 打印本页 关闭窗口, 【打印】【字体:】, 分享到:): it stood
    where a title is looked for. A line with anything else (发布日期:2024-07-31 浏览次数: 字号:) is kept."""
    return _tool_line(words).sub(lambda m: "" if m.group().strip() else m.group(), text) if words else text


def drop_footer_lines(text: str, words: tuple[str, ...]) -> str:
    """Drop each line with a word only a site's footer has (版权所有, 京ICP备…号): it stood where a short item's title is
    looked for."""
    if not words or not any(w in text for w in words):
        return text
    return "\n".join(line for line in text.split("\n") if not any(w in line for w in words))


def join_broken_lines(text: str, units: tuple[str, ...]) -> str:
    """Drop page-number lines (and the running heads beside them) and re-join numbers that a line break cut: `14\n88亿元`
    -> `1488亿元`, and units it cut after a number: `385 亿\n元 , 增长9.8%` -> `385 亿元 , 增长9.8%`."""
    text = PAGE_NUMBER_LINE.sub("", drop_running_heads(text))
    text = _BARE_PAGE_NUMBER.sub("", text)
    text = join_wrapped_lines(text)
    text = _RUN_BREAK.sub("", text)
    whole = set(units)
    text = _broken_unit(units).sub(
        lambda m: m.group().replace("\n", "") if m.group(1) + m.group(2) in whole else m.group(), text)
    text = _broken_number(units).sub("", text)
    run = _number_run(units)
    text = run.sub("", run.sub("", text)) if "\n" in text else text   # twice: a ratio's parts, then its lead
    return _growth_below(units).sub("\\1,", text) if "\n" in text else text


@lru_cache(maxsize=4)
def _growth_below(units: tuple[str, ...]) -> re.Pattern:
    """A level ending its line (地区生产总值356.2亿元) and a line of nothing but its growth below it (增长5.4%, 同比下降2%), as
    an infographic sets a figure out: the break becomes a comma, so the growth is the level's. A percent is no level."""
    levels = [u for u in units if "%" not in u and u != "pct"]
    return re.compile(rf"(\d\s*(?:{alternation(levels)}))[ \t]*\n(?=[ \t]*(?:同比|比上年|较上年)?(?:增长|下降)"
                      r"-?\d+(?:\.\d+)?%[\u4e00-\u9fff]{0,2}[ \t]*(?:\n|$))")


# a page whose paragraph breaks were lost, its text run into one line: a break goes back before each heading (一、 after a
# sentence's end; (二) anywhere, as a heading is often run straight into its first item: …主要目标(一)…)
# and each address to the congress (各位代表) that opens a sentence
_RUN_ON_AT_LEAST = 500   # characters on a line; 126 lines of the 1,631 texts at hand are so long (at 300, three of
# their right figures were lost; at 800, their copies run into one line kept 77 more wrong)
_NUMBERED, _BRACKETED = r"[一二三四五六七八九十]{1,3}、", r"[((][一二三四五六七八九十]{1,3}[))]"   # 二、 and (二)
_OPENS_A_PART = re.compile(rf"(?<=[。!?;:])[ \t]*(?={_NUMBERED}|各位代表)|[ \t]*(?={_BRACKETED})")

# … after a chart's caption (图1 …地区生产总值及其增长速度), which names an indicator but states none of its figures …
_CAPTION_ENDS = re.compile(r"(及其?增长速度|及其增速)(?=[^\s,,。;;:、))])")
# … and after a heading that ends as a sentence (三、2021年工作任务。朱某说,…): the heading's year is not its paragraph's
_HEADING_SAID = re.compile(rf"^((?:{_NUMBERED}|{_BRACKETED})[^。!?;:,,\n]{{1,30}}[。!?])(?=[^\n])", re.M)


def split_run_on(text: str) -> str:
    """Each line of `_RUN_ON_AT_LEAST` characters or more broken before the headings and addresses in it (…。二、2024年
    工作安排…), so that sections and paragraphs are read as such; shorter lines are left as they are."""
    if len(text) < _RUN_ON_AT_LEAST:
        return text
    return "\n".join(_HEADING_SAID.sub("\\1\n", _CAPTION_ENDS.sub("\\1\n", _OPENS_A_PART.sub("\n", ln)))
                     if len(ln) >= _RUN_ON_AT_LEAST else ln for ln in text.split("\n"))


# a page copied run by run (each number and quote mark on a line of its own: 地区生产总值\n5532.4\n亿元、…\n3.5%\n。): the
# break before a line that opens with a closing mark, and after one that ends with an opening mark, never a line's own
_RUN_BREAK = re.compile(r"\n+(?=[,,。、;;::!!??))》”’])|(?<=[“‘((《])\n+")

# a label after a value and its colon, to the line's end (…亿元:地方一般公共预算收入, …%左右:今年增长预期)
_LABEL_AFTER = r"[\u4e00-\u9fff]{0,3}[::][^\n,,。;;:]{2,30}(?:\n|$)"


@lru_cache(maxsize=4)
def _number_run(units: tuple[str, ...]) -> re.Pattern:
    """The break before a line that opens with a number (and its unit, or a ratio's colon) and goes on with the sentence
    (…生产总值\n5532.4亿元、增速…; 分别为\n-4.5%、\n-2.6%、; 调整为\n20.5:\n19.1:), after a line that ends in a word or a mark
    of a list: a cell of a one-cell-per-line table (地区生产总值\n414.9\n) stands alone on its line, and stays, as does a
    card's line of a value and its label (40.18亿元:财政总收入 / 8.5%左右:今年增长预期)."""
    return re.compile(rf"(?<=[\u4e00-\u9fff、,,::∶])\n(?=-?\d+(?:\.\d+)?\s*(?:(?:%|{alternation(units)})(?!{_LABEL_AFTER})"
                      r"[,,、。;;::∶\u4e00-\u9fff]|[::∶]\d))"
                      r"|(?<=\d[::∶])\n(?=\d)")   # a ratio's parts (20.5:\n19.1:\n60.4)


@lru_cache(maxsize=4)
def _broken_unit(units: tuple[str, ...]) -> re.Pattern:
    """A unit of data/units.csv of two or more characters that a line break cut right after a number (亿\n元): the
    piece before the break, the break, and the piece after it (the two are checked to make a unit when joined)."""
    heads = {u[:k] for u in units for k in range(1, len(u))}
    tails = {u[k:] for u in units for k in range(1, len(u))}
    return re.compile(rf"(?<=\d)[ \t]?({alternation(heads)})\n(?=({alternation(tails)}))")


# a chart's caption left in a bulletin's text (图1 全县2019~2020年地区生产总值及其增长速度): a line of its own, never
# the subject of the sentence after it
_CAPTION = re.compile(r"(?:(?<=^)|(?<=[\s。]))图\s*\d{1,2}\s*[^。\n]{0,40}?(?:增长速度|增速|构成|情况|变化)(?=\s)", re.M)


# a footnote mark between a name and its number (全省生产总值[2]82553亿元, 地区生产总值¹ 218.6亿元, 亿元②,增长…)
_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fff])\[\d{1,2}\]|(?<=[\u4e00-\u9fff%\d])(?:[¹²³⁴-⁹⁰]{1,2}|[①-⑳])")


# forum markup of a copied page ([b]20[/b][b]2[/b][b]2[/b][b]年[/b], [size=3], [color=rgb(51, 51, 51)]): only
# its tags, the words inside them kept
_BBCODE = re.compile(r"\[/?(?:b|i|u|s|size|font|color|align|url|img|quote|table|tr|td|p|hr|backcolor|indent|list|\*)"
                     r"(?:=[^\]\n]{0,60})?\]", re.IGNORECASE)


# (the break may hold blank lines: a PDF's lines pasted into a site each as a paragraph of its own)
_CJK_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\n(?:[ \t]*\n){0,3}(?=[\u4e00-\u9fff])")


# … or a growth's verb cut right before its rate (固定资产投资增\n长3.2%)
_CUT_GROWTH = re.compile(r"(?:增\n(?:[ \t]*\n){0,3}[长速幅]|下\n(?:[ \t]*\n){0,3}降)(?:了|为|率为?)?\s*-?\d")


def join_cut_names(text: str, names: re.Pattern) -> str:
    """Re-join a line break that cuts an indicator's name (城镇常住\n居民人均可支配收入33432元) or a growth's verb, which a text wrapped at
    no steady width leaves where the wrap-width rule cannot see it: only where a name of `names` (Knowledge.term_re)
    runs across the break, so a heading and the line below it stay apart. Linear: a window of 16 on each side."""
    pieces, last = [], 0
    for m in _CJK_BREAK.finditer(text):
        left = text[max(0, m.start() - 16):m.start()]
        if _CUT_GROWTH.match(text, m.start() - 1) or \
                any(a < len(left) < b for a, b in (x.span() for x in names.finditer(left + text[m.end():m.end() + 16]))):
            pieces.append(text[last:m.start()])
            last = m.end()
    return "".join(pieces) + text[last:] if pieces else text


def join_name_and_growth(text: str, names: re.Pattern) -> str:
    """A line of nothing but an indicator's name (`names`, Knowledge.term_re) and a line of its growth below it
    (地区生产总值\n增长6%左右), as an infographic sets its aims out: one line, so the growth has its name. Not in a table of
    one cell per line: there a second cell follows the growth (增长7%左右\n增长5.1%)."""
    return _name_above_growth(names).sub(lambda m: m.group(1), text) if "\n" in text else text


@lru_cache(maxsize=4)
def _name_above_growth(names: re.Pattern) -> re.Pattern:
    growth = r"[ \t]*(?:同比|比上年|较上年)?(?:增长|下降|减少)-?\d"
    # … not a row of a one-cell-per-line table, whose growth cell has another cell below it (增长7%左右\n增长5.1%)
    return re.compile(rf"(?m)^([ \t]*(?:{names.pattern})[ \t]*)\n(?={growth}[^\n]*(?:\n|\Z)(?!{growth}|[ \t]*-?\d))")


# a growth said after its rate (实现6%左右的增长, 保持5%以上的增幅): said as its verb first (实现增长6%左右), as the readers know it
_RATE_THEN_GROWTH = re.compile(r"(实现|保持|达到|取得)(了?)\s*(-?\d+(?:\.\d+)?\s*%)([\u4e00-\u9fff]{0,3}?)的(增长|增幅|增速)")


def growth_before_its_rate(text: str) -> str:
    """实现6%左右的增长 -> 实现增长6%左右; 保持5%以上的增幅 -> 保持增幅5%以上. Only after a verb of reaching a rate: a
    share of growth (贡献了60%的增长) is no growth rate."""
    return _RATE_THEN_GROWTH.sub(r"\1\2\5\3\4", text) if "的增" in text else text


# a part's heading run straight into its first item (二、经济社会发展预期目标地区生产总值增长5.5%, 一、总体要求2024年是…), as a
# page whose breaks were lost or a PDF's lines joined give it: a heading's words ending in a heading's noun
_RUN_IN_HEADING = re.compile(r"^[ \t]*[一二三四五六七八九十]{1,3}、[^。!?;;,,::\n]{2,24}?"
                             r"(?:预期目标|主要目标|目标任务|总体要求|主要任务|重点任务|工作安排|执行情况|完成情况|工作回顾|主要指标)"
                             r"(?=\d{4}年|[\u4e00-\u9fff])", re.M)


def break_run_in_headings(text: str, names: re.Pattern) -> str:
    """A break after a part's heading that runs straight into its first item, where a year or an indicator's name of
    `names` (Knowledge.term_re) follows it, so the heading opens its section; any other heading is left as it is."""
    def cut(m: re.Match) -> str:
        rest = text[m.end():m.end() + 16]
        return m.group() + "\n" if rest[:1].isdigit() or names.match(rest) else m.group()
    return _RUN_IN_HEADING.sub(cut, text) if "、" in text else text


def normalize_text(text: str, units: tuple[str, ...], variants: tuple[tuple[str, str], ...] = (),
                   chrome: tuple[str, ...] = (), footer: tuple[str, ...] = ()) -> str:
    """The one normalisation applied to every document before extraction; `units` are the unit
    spellings of data/units.csv (Knowledge.grammar.units), which a number broken over a line ends in;
    `variants` the characters of data/char_variants.csv (Knowledge.grammar.variants); `chrome` the words of a site's
    page tools (Knowledge.grammar.chrome), a line of nothing else dropped, and `footer` the words only its footer has
    (Knowledge.grammar.footer), a line with one dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = to_halfwidth(text, keep_wide_spaces=True)   # (one wide space parts a table's cells: 9.5　10　9)
    text = strip_html(text)
    text = spaced_columns(box_rows(comma_tables(strip_markdown(_BBCODE.sub("", text)))))
    text = unspace_letters(to_halfwidth(text))
    text = single_spaced_tables(replace_variants(to_simplified(text), variants))
    text = unslip_numbers(quarters_in_words(heading_years(figures_in_words(arabic_dates(strip_pinyin(text)), units), units)), units)
    text = drop_link_lists(drop_footer_lines(drop_tool_lines(_FOOTNOTE.sub("", text), chrome), footer))
    text = _CAPTION.sub(lambda m: m.group() + "\n", text) if "图" in text else text
    text = split_run_on(join_broken_lines(text, units))
    text = growth_before_its_rate(join_split_numbers(text, units))
    text = _SPACES.sub(" ", text)
    return _SPACE_IN_WORD.sub("", unspace_numbers(text))
