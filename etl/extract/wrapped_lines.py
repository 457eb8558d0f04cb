"""Pure: a hard-wrapped text (a PDF's or a fixed-width page's) measured for the width it was wrapped at, and its
lines re-joined where a break cut a sentence (moved from normalize.py unchanged)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from etl.extract.table_words import is_pipe_row

_WIDE = re.compile("[\u2014\u2015\u2018-\u201f\u2026\u2e80-\u9fff\uf900-\uffef]+")   # CJK, and the dashes and quotes set wide among it


def _width(line: str) -> int:
    """Display width: a CJK character (or a full-width form) is two columns, anything else one (twice the
    length less the narrow characters, which are what is left without the wide ones)."""
    return 2 * len(line) - len(_WIDE.sub("", line))


_WRAP_MIN_WIDTH = 40   # narrower lines are headings or cells, never a page's width
_WRAP_SLACK = 4        # a wrapped line may end up to two characters short of the width (a digit, a mark)
_WRAP_ENDS = re.compile(r"(?:[\u4e00-\u9fff\dA-Za-z、,%;:(“”)《》\]]|\d\.)$")   # a sentence goes on after these, or may
_SENTENCE_END = re.compile(r"[。!?][”’)]?$")
_CUT_IN_A_WORD = re.compile(r"[\u4e00-\u9fff]$")   # a line ending on a character: the break may well have cut a word
# a line going on with the sentence: a character, a digit, an opening mark, a Latin word, a ratio's colon or a closing
# bracket, after one space at most
# (the space that set a number or a word off: 是2008年的 2.8\n 倍; two are a paragraph's indent)
_WRAP_STARTS = re.compile(r"^ ?[\u4e00-\u9fff\d%、,(“《A-Za-z:)]")
_LIST_MARK = re.compile(r"^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+\)|\d+[.、](?!\d)|[●◆■▪•·◎○◇□▶►—-])")


def _chars(line: str) -> int:
    """A line's length in characters counted as a wide column each: for a text wrapped by a count of characters
    (a page that re-wrapped a PDF's words at so many characters, digits and marks alike)."""
    return 2 * len(line)


def wrap_measure(lines: list[str]) -> tuple[int, object] | None:
    """(width, measure) of a hard-wrapped text: by display width, else by a count of characters."""
    for measure in (_width, _chars):
        width = wrap_width(lines, measure)
        if width is not None:
            return width, measure
    return None


def wrap_width(lines: list[str], measure=_width) -> int | None:
    """The width a text was hard-wrapped at (a PDF or a fixed-width page): the narrow band of widths
    that most long lines share, when at least five lines and half of the long ones fall in it."""
    widths = sorted(w for w in (measure(line) for line in lines if not is_pipe_row(line)) if w >= _WRAP_MIN_WIDTH)
    best, top = 0, None
    for w in set(widths):   # the lines within the band that ends at w: two bisections of the sorted widths
        n = bisect_right(widths, w) - bisect_left(widths, w - _WRAP_SLACK)
        if n > best or (n == best and top is not None and w > top):
            best, top = n, w
    return top if best >= 5 and 2 * best >= len(widths) else None


def _goes_on(last: str, line: str, widths: tuple[int, int], width: int) -> bool:
    """Whether `line` goes on with the paragraph of `last` in a text wrapped at `width` (`widths`: the two lines'
    measures): `last` as wide as the wrap (or wider: digits count narrow), `line` not a new item and opening as a
    sentence goes on; after a mark a sentence goes on after, always; after a sentence's end, only when `line` is as
    wide as the wrap too, so that a paragraph going on (one sentence ended where the line did) is told from a heading
    or a short line after it. Neither may be a table's row."""
    # (a line cut inside a word, 按可比价\n计算, may come out a fifth narrower: its marks narrowed, a note dropped)
    least = max(_WRAP_MIN_WIDTH, width * 4 // 5) if _CUT_IN_A_WORD.search(last) else width - _WRAP_SLACK
    if widths[0] < least or _LIST_MARK.match(line.lstrip(" ")) or not _WRAP_STARTS.match(line) \
            or is_pipe_row(last) or is_pipe_row(line):
        return False
    if _WRAP_ENDS.search(last.rstrip(" ")):   # a space the break came after (总额 \n226.2 亿元)
        return True
    at_wrap = range(width - _WRAP_SLACK, width + 2 * _WRAP_SLACK + 1)   # not a paragraph of a page wrapped nowhere
    return bool(_SENTENCE_END.search(last)) and widths[0] in at_wrap and widths[1] in at_wrap


def join_wrapped_lines(text: str) -> str:
    """Re-join the lines of a hard-wrapped text where the break cut a sentence (财政总收\n入48亿元), where `_goes_on`
    says the next line goes on with the paragraph; each line is measured once, and each paragraph's lines are gathered
    and joined once (linear in the text, however long a paragraph grows)."""
    lines = text.split("\n")
    found = wrap_measure(lines)
    if found is None:
        return text
    width, measure = found
    measured = list(map(measure, lines))
    out = [[lines[0]]]
    for k in range(1, len(lines)):
        if _goes_on(lines[k - 1], lines[k], (measured[k - 1], measured[k]), width):
            out[-1].append(lines[k])
        else:
            out.append([lines[k]])
    return "\n".join("".join(pieces) for pieces in out)
