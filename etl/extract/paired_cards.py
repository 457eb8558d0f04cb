"""Pure: an illustrated summary's cards that give one indicator two figures side by side, a year done and a year's aim,
written out one figure group to a line, each led by its label, so that each is read with its own year and kind.

- A legend says which of the two comes first (上行为2024年完成,下行为2025年目标; 左栏为…,右栏为…; a header
  2022年完成 | 2023年目标; 去年完成 → 今年目标), or which mark stands for which (○ = 2024年实绩  ● = 2025年预期目标):
  below it, a line of a name and two groups apart by a bar, an arrow or a slash (地区生产总值:336.8亿元,增长5.9% →
  增长6%), a name's line with two lines of values under it (地区生产总值增长 / 4.1% / 5%以上), two lines opening with
  the same name, or a line opening with a legend's mark, take the legend's labels.
- With no legend, a line of groups each led by its label (上年实绩:…增长6.8% / 今年目标:增长6.5%以上; 2024年:…;
  2023年 62.85亿元 增长6.3%; 地区生产总值 24年实绩 … ▸ 25年预期 …) under a name's line, beside another labelled line
  or with two labels of its own, is written so too.

A label is a year (2024年, 24年 before its word, or 上年, 去年, 今年, 明年) and a word of done or of aim; in brackets
after it, a year it names (去年答卷(2024年预计完成)) is the year. A group with no figure (稳中有进, ——) is left out."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.label_lines import ARROWS

_YEAR = r"(?:\d{4}年|(?<!\d)\d{2}年(?=[ \t\u3000]?(?:实绩|完成|预期|目标))|上年|去年|今年|本年|明年)"   # (24年实绩: 2024's)
_LABEL = re.compile(_YEAR + r"[^\d\s|｜丨│/→,,;;::()()、]{0,4}?[ \t\u3000]?(?:(预计)?(?:完成|实绩|实际|答卷|成绩)"
                    r"|((?:预期|主要|发展|奋斗)?(?:目标|计划)|预期|任务书))(?:数|值|情况|单)?(?:[((]([^()()]{1,14})[))])?")
_ESTIMATE = "预计"
_YEAR_CHAR = "年"   # in every label
_LEGEND_REACH = 60   # lines below a legend its labels may stand for
_CARD_CHARS = 80   # a card's line of labelled groups is short: a sentence runs longer
_SEP = re.compile(r"\s*(?:[|｜丨│┃║→▸]|\s/\s|——>)\s*")
# a figure of a group: a number with its unit or percent, or a change said before one (增长6%, ↑6.3%, +5.6%, -3.5%)
_FIGURE = re.compile(r"-?\d+(?:\.\d+)?\s*(?:%|％|[亿万]|元)|(?:增长|下降|[↑↓▲▼+])\s*-?\d")
_MARK_CHARS = r"\s\u2600-\u27BF\U0001F300-\U0001FAFF\ufe0f\u20e3●◆■▪•·▶►★☆○◎□◇▌①-⑳"
# a card's marks and its number before its words (1️⃣, ①, 1., 01|, 【GDP】 ✔): never a figure's digits
_MARKS = re.compile(rf"^[{_MARK_CHARS}]*(?:\d{{1,2}}(?:\ufe0f?\u20e3|[.、)](?!\d)))?[{_MARK_CHARS}]*(?:【[^【】]{{1,12}}】)?[{_MARK_CHARS}]*")
_GROWTH_BRACKETED = re.compile(r"(?<=[元亿万])\s*[((]\s*([+\-]?\d+(?:\.\d+)?\s*[%％])\s*[))]")
_MINUS = re.compile(r"(?:(?<=,)|^)-(?=\d)")   # (12.8亿元/-6.3%, -5.6% alone: a fall)
_PLUS = re.compile(r"(?<![\d.])\+\s*(?=\d)")
_GAPS = re.compile(r"(?<=[%％元亿万\d])(?:[\s\u3000]+|/)(?=\S)")   # (176.4亿元/+3.2%: a level and its growth)
# a group led by a label of its own: the label (a year, or one the legend's words make), a colon or a space, the figures
_YEAR_LED = re.compile(r"^(\d{4}年)(?:[::]\s*|[\s\u3000]+)(?=\S)")
_YEAR_LINE = re.compile(r"(?m)^\s*\d{4}年")


def _label(m: re.Match) -> str:
    """A label as one year's outcome or aim: the year it names (in brackets after it, where one is), 预计 where it is an
    estimate, and 完成 or 目标."""
    year = re.match(_YEAR, m.group(0)).group(0)
    year = "20" + year if re.fullmatch(r"\d{2}年", year) else year
    bracket = m.group(3) or ""
    named = re.search(r"\d{4}年", bracket)
    year = named.group(0) if named else year
    estimate = _ESTIMATE if (m.group(1) or _ESTIMATE in bracket) else ""
    return year + (estimate + "完成" if not m.group(2) else "目标")


def _legend(line: str) -> tuple[str, str, dict] | None:
    """The two labels a line of a legend gives, in its order: one of done and one of aim, and no figure but years; and
    the marks it sets before them, each standing for its label."""
    if _YEAR_CHAR not in line:
        return None   # (every label names a year: a cheap test first, since every line of a page is asked)
    for part in re.split(r"[。;;]", line):
        if len(part) > 80 or re.search(r"\d", re.sub(r"\d{4}年|卡片\s*\d+|\d+月\d+日", "", part)):
            continue
        found = list(_LABEL.finditer(part))
        if len(found) == 2 and bool(found[0].group(2)) != bool(found[1].group(2)):
            marks = {}
            for k, m in enumerate(found):   # (○ = 2024年实绩, 下行🎯为2025年目标: a mark that stands for its label)
                mark = _MARK_BEFORE.search(part, found[k - 1].end() if k else 0, m.start())
                if mark:
                    marks[mark.group(1)] = _label(m)
            return _label(found[0]), _label(found[1]), marks
    return None


_LEGEND_MARK = r"[○●◎◉◆◇■□★☆▲△▶►➤➢✓✔✅☑]|[\U0001F300-\U0001FAFF]"
_MARK_BEFORE = re.compile(rf"({_LEGEND_MARK})\ufe0f?[ \t\u3000]*(?:=|为|是|:|:|表示)?[ \t\u3000]*$")
_MARK_FIRST = re.compile(rf"[ \t\u3000]*({_LEGEND_MARK})\ufe0f?[ \t\u3000]*")


def _figures(group: str) -> str:
    """A group's figures as a sentence reads them: marks dropped, arrows and a plus said in words, gaps as commas."""
    group = _MARKS.sub("", group.strip())
    for arrow, word in ARROWS.items():
        group = group.replace(arrow, word)
    group = _GROWTH_BRACKETED.sub(r",\1", group)   # (146.8亿元(+5.1%): the level's growth)
    return _MINUS.sub("下降", _GAPS.sub(",", _PLUS.sub("增长", group))).strip(" ,")


@lru_cache(maxsize=4)
def _name_line(names: re.Pattern) -> tuple[re.Pattern, int]:
    """A line of nothing but a card's name: its marks or number, the name and a few words, no figure; and the most
    characters such a line holds besides its number's digits (no name is longer than its alternative in the pattern)."""
    literal = "\\|" not in names.pattern and not re.search(r"[()\[\]{}*+?.^$]", re.sub(r"\\.", "", names.pattern))
    longest = max(len(alt) for alt in names.pattern.split("|")) if literal else 10 ** 9
    return re.compile(r"[^\d\n]{0,8}?(?:\d+[.、)]|[①-⑳]|\d\ufe0f?\u20e3)?[^\d\n]{0,6}?(" + names.pattern
                      + r")[^\d\n]{0,6}"), 8 + 2 + 6 + longest + 6


def _is_name_line(line: str, names: re.Pattern) -> bool:
    pattern, most = _name_line(names)
    return len(line) - len(_DIGITS.findall(line)) <= most and bool(pattern.fullmatch(line))


def _named(group: str, name: str, names: re.Pattern) -> str:
    return group if names.search(group) else _joined(name, group)


def _joined(name: str, figures: str) -> str:
    """A card's name before its figures, said once (地区生产总值增长 over 下降3.5%: 地区生产总值下降3.5%)."""
    return (_CHANGE_END.sub("", name) if _CHANGE_START.match(figures) else name) + figures


_CHANGE_END = re.compile(r"(?:增长|增速)$")
_CHANGE_START = re.compile(r"增长|下降")


def _split_row(line: str, names: re.Pattern) -> tuple[str, list[str]] | None:
    """A row of a name and two groups apart by a bar, an arrow or a slash (地区生产总值 | 486.3亿元 | 增长6%左右;
    生产总值——2885.6亿元、增长5.6%|增长6%左右): the name as written, and each group's figures."""
    parts = [p for p in _SEP.split(line.strip()) if p.strip()]
    if len(parts) == 3 and not _FIGURE.search(parts[0]):
        head, groups = _MARKS.sub("", parts[0]), parts[1:]
    elif len(parts) == 2 and (first := _FIGURE.search(parts[0])):
        head, groups = _MARKS.sub("", parts[0][:first.start()]), [parts[0][first.start():], parts[1]]
    else:
        return None
    head = _NAME_END.sub("", _NUMBERED.sub("", head)) or next(iter(_BRACKETED.findall(parts[0])), "")   # (【GDP】✔ 421.5亿元: the card's name)
    if not names.search(head) or names.search(parts[-1]) or not any(_FIGURE.search(g) for g in groups) \
            or not all(_FIGURE.search(g) or _BLANK_GROUP.fullmatch(g) for g in groups):   # (亿元 | 增长9%: a unit's column)
        return None
    return head, [_figures(g) if _FIGURE.search(g) else "" for g in groups]   # (a group of no figure, ——: none written)


_BRACKETED = re.compile(r"【([^【】]{1,12})】")
_BARS = re.compile(r"[|｜丨│┃║]")
_BLANK_GROUP = re.compile(r"[\s\u3000]*[—\-–/…]*[\s\u3000]*")   # (—— under an aim not set)
_NAME_END = re.compile(r"[::—\-\s\u3000.…·]+$")   # (地区生产总值 ..........: a leader to its figures)
_NUMBERED = re.compile(r"^\d{1,2}[ \t\u3000]+(?=\D)")   # (01 地区生产总值: a row's number)
_LABEL_END = re.compile(r"^[::\s\u3000]+")
_DIGITS = re.compile(r"\d")
_LINE_END = re.compile(r"[,,、\s]+$")


# a line of values opens with one, a few words of a hedge or a basis before it at most (力争增长6%, 同口径↑3%)
_OPENS_VALUE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:增长|下降|[↑↓▲▼+-]|\d)")


def _value_line(line: str, names: re.Pattern) -> bool:
    body = _MARKS.sub("", line.strip())
    return bool(body) and not names.search(line) and bool(_OPENS_VALUE.match(body)) \
        and bool(_FIGURE.search(body))


def pairs_written_out(text: str, names: re.Pattern) -> str:
    """`text` with each pair of figure groups under a legend, and each line of labelled groups, written one group to a
    line led by its label (`names`: Knowledge.term_re)."""
    if "\n" not in text or not (_LABEL.search(text) or _YEAR_LINE.search(text)):
        return text
    lines, out, i, legend, legend_at, name = text.split("\n"), [], 0, None, -_LEGEND_REACH - 1, ""
    while i < len(lines):
        line = lines[i]
        said = _legend(line)
        if said:
            legend, legend_at = said, i
        near = legend if i - legend_at <= _LEGEND_REACH else None
        is_name = _is_name_line(line.strip(), names)
        if is_name:
            name = _NAME_END.sub("", _MARKS.sub("", line.strip())) or next(iter(_BRACKETED.findall(line)), "")
        written, used = _written(lines, i, near, name, names)
        if written:
            out += [_LINE_END.sub("", w) + "。" for w in written]   # (a sentence each: no line joined to the next)
            named = names.search(line) if used == 1 else None
            name = named.group(0) if named else name   # (2024年:全市地区生产总值… / 2025年:增长6%左右: the name goes on)
            i += used
            continue
        if line.strip() and not _labelled(line, names):
            name = "" if not is_name else name
        out.append(line)
        i += 1
    return "\n".join(out)


def _written(lines: list[str], i: int, legend: tuple[str, str, dict] | None, name: str, names: re.Pattern):
    """The lines a card at line `i` is written as, and how many lines it took; or none."""
    if legend:
        written, used = _under_legend(lines, i, legend, name, names)
        if written:
            return written, used
    line = lines[i]
    if len(line) > _CARD_CHARS or not _labelled(line, names) or not (name or names.search(line)) \
            or not _in_card(lines, i, name, names):
        return None, 0
    groups = []
    for part in _SEP.split(line.strip()):
        label, rest = _lead(part, names)
        if not label or not _FIGURE.search(rest):
            continue
        found = names.search(rest)
        name = found.group(0) if found else name
        groups.append(label + ":" + _named(_figures(rest), name, names))
    return (groups, 1) if groups and name else (None, 0)


def _under_legend(lines: list[str], i: int, legend: tuple[str, str, dict], name: str, names: re.Pattern):
    """A card below a legend: a row of two groups; a name's line with two lines of values under it (and no third); two
    lines that open with the same name, between lines that do not."""
    if len([p for p in _SEP.split(lines[i].strip()) if _lead(p, names)[0]]) >= 2:
        return None, 0   # (groups that carry their own labels: written as labelled)
    marked = _MARK_FIRST.match(lines[i])
    if marked and marked.group(1) in legend[2] and _FIGURE.search(lines[i], marked.end()):
        return [legend[2][marked.group(1)] + ":" + _named(_figures(lines[i][marked.end():]), name, names)], 1
    row = _split_row(lines[i], names)
    if row:
        return [legend[k] + ":" + _joined(row[0], row[1][k]) for k in range(2) if row[1][k]], 1
    line, below = lines[i], lines[i + 1:i + 4] + [""] * 3
    if name and _name_only(line, names) and _value_line(below[0], names) and _value_line(below[1], names) \
            and not _value_line(below[2], names):
        return [legend[k] + ":" + _joined(name, _figures(below[k])) for k in range(2)], 3
    if _same_name(line, below[0], names) and not _same_name(below[0], below[1], names) \
            and not (i and _same_name(lines[i - 1], line, names)):
        return [legend[k] + ":" + _figures(x) for k, x in enumerate((line, below[0]))], 2
    return None, 0


def _in_card(lines: list[str], i: int, name: str, names: re.Pattern) -> bool:
    """A labelled line set out as a card's: with a second label on it, under a name's line (`name`, the last one above,
    with no other line between), or beside a labelled line; not a title's or a sentence's lone label (2024年X市主要目标:…)."""
    if len([p for p in _SEP.split(lines[i].strip()) if _lead(p, names)[0]]) >= 2:
        return True
    above = _MARKS.sub("", lines[i - 1].strip()) if i else ""
    return bool(name and above and _NAME_END.sub("", above) == name) or any(
        0 <= k < len(lines) and _labelled(lines[k], names) for k in (i - 1, i + 1))


def _same_name(line: str, other: str, names: re.Pattern) -> bool:
    """Two lines of figures that open with the same name (地区生产总值 438.9亿元 ↑6.3% / 地区生产总值 ↑6.5%左右)."""
    a, b = _MARKS.sub("", line.strip()), _MARKS.sub("", other.strip())
    if _BARS.search(a) or _BARS.search(b):
        return False   # (a table's rows of one name's level and growth: no cards)
    m = names.match(a)
    return bool(m) and b.startswith(m.group(0)) and bool(_FIGURE.search(a)) and bool(_FIGURE.search(b))


def _name_only(line: str, names: re.Pattern) -> bool:
    return bool(names.search(line)) and not re.search(r"\d", _MARKS.sub("", line.strip()))


def _lead(part: str, names: re.Pattern | None = None) -> tuple[str, str]:
    """A group's label as a year's outcome or aim (or its year alone) and the figures after it, apart from them by a
    colon or a space (2024年完成:…, 2023年　62.85亿元), as no sentence's opening is (2019年全年完成社会…); or no label.
    With `names`, the label may follow the card's name (地区生产总值  24年实绩 176.4亿元): the name goes with the figures."""
    body = _MARKS.sub("", part.strip())
    named = names.match(body) if names else None
    if named and not _lead(body)[0]:
        label, rest = _lead(body[named.end():].strip())
        return (label, named.group(0) + rest) if label else ("", body)
    m = _LABEL.match(body)
    if m and re.match(r"[::\s\u3000]", body[m.end():m.end() + 1]):
        return _label(m), _LABEL_END.sub("", body[m.end():])
    y = _YEAR_LED.match(body)
    return (y.group(1), body[y.end():]) if y else ("", body)


def _labelled(line: str, names: re.Pattern) -> bool:
    """A line that opens (after its marks, and a card's name) with a label of its groups."""
    return _YEAR_CHAR in line and bool(_lead(line, names)[0])
