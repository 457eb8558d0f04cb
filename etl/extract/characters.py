"""Pure: how a text's characters are written, made one way before it is read: full-width forms, traditional
characters, bracketed pinyin, variant characters OpenCC leaves, dates written in characters and quarters named by digits
(each used by etl/extract/normalize.py's normalize_text)."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.spoken_numbers import DIGITS, whole_number
from etl.knowledge.tables import alternation

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x2212: 0x2D, 0x301C: 0x7E, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0xFEFF: None})
_KEEP_WIDE = {cp: to for cp, to in _FULLWIDTH.items() if cp != 0x3000}


def to_halfwidth(text: str, keep_wide_spaces: bool = False) -> str:
    """Full-width ASCII (digits, Latin, punctuation such as ，％（）) to half-width; and the leader dots that join a name to
    its figure across a card or a contents line (地区生产总值………368.9亿元) dropped. `keep_wide_spaces`: the ideographic
    space kept, as wide as two, for a table's columns to be read by where its cells stand."""
    text = text.translate(_KEEP_WIDE if keep_wide_spaces else _FULLWIDTH)
    return _LEADERS.sub("", text) if "…" in text or "··" in text else text


# leader dots: a run of them between a name (or its unit's bracket, a %) and a figure
_LEADERS = re.compile(r"(?<=[\u4e00-\u9fff)%])\s*(?:…{2,}|·{3,}|\.{4,})\s*(?=-?\d)")


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC  # imported lazily: about 0.1 s, needed only for traditional text

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Characters that OpenCC's TSCharacters table maps to a different simplified form."""
    from pathlib import Path

    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values and values.split()[0] != key:
            chars.add(key)
    return frozenset(chars)


def has_traditional(text: str) -> bool:
    """At least two different traditional-only characters (one may be a quoted name or a typo)."""
    return len(_traditional_chars().intersection(text)) >= 2


def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC t2s, only when the text has traditional characters."""
    if not has_traditional(text):
        return text
    return _converter().convert(text)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\(([a-zü" + _TONED + r"]{1,7})\)")


def strip_pinyin(text: str) -> str:
    """Drop bracketed pinyin after a character, e.g. 增长(zhǎng) -> 增长 (mirror-site artefact)."""
    return _PINYIN.sub(lambda m: "" if any(c in _TONED for c in m.group(1)) else m.group(0), text)


# a date written in characters (二〇二三年一月十二日, 二○一九年十二月三十日): a formal report's dateline or title
_CN_YEAR = re.compile(r"(?<![\d〇○零一二三四五六七八九十])([一二][〇○零O一二三四五六七八九]{3})(?=年)")
_CN_MONTH_DAY = re.compile(r"(?<=\d年)(十[一二]?|[一二三四五六七八九])月(?:(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|二十|"
                           r"[一二三四五六七八九])日)?")


_FIRST_MONTH_NAMED = re.compile(r"(?<=\d年)元月")


def _cn_number(word: str) -> str:
    """一 to 三十一 as digits."""
    return str(whole_number(word))


def arabic_dates(text: str) -> str:
    """A year, and the month and day after it, written in characters, in digits: 二〇二三年一月十二日 -> 2023年1月12日;
    元月 after a year is its January."""
    if "年" not in text:
        return text
    text = _CN_YEAR.sub(lambda m: "".join(str(DIGITS[c]) for c in m.group(1)), text)
    text = _FIRST_MONTH_NAMED.sub("1月", text)   # 2024年元月10日: January
    return _CN_MONTH_DAY.sub(lambda m: _cn_number(m.group(1)) + "月" + (_cn_number(m.group(2)) + "日" if m.group(2) else ""), text)


# a heading opened by a bare year (2021重点回顾, 2022主要任务), as news boxes set them: the year its heading names
_HEADING_YEAR = re.compile(r"^(\s*(?:19|20)\d\d)(?=([\u4e00-\u9fff]{2,12})\s*$)(?![年届级版期号款])", re.M)


def heading_years(text: str, units: tuple[str, ...] = ()) -> str:
    """A short line opened by a year without 年 (2021重点回顾) -> with it (2021年重点回顾); not a number with its unit
    (2023亿元: `units`, data/units.csv)."""
    return _HEADING_YEAR.sub(lambda m: m.group(1) + ("" if m.group(2).startswith(units) else "年"), text)


# quarters named by digits (1季度, 第2季度, 1-3季度, 前3季度), as news often names them: named as the patterns know them
_QUARTER_RANGE = re.compile(r"(?<![\d.])(?:1\s*[-—~至到]\s*|前)([23])\s*季度")
_QUARTER_DIGIT = re.compile(r"(?<![\d.表图])([1-4])\s*季度")   # (not 表2  季度主要指标: a table's number)
_QUARTERS_SO_FAR = {"2": "上半年", "3": "前三季度"}
_CN_QUARTER = {"1": "一", "2": "二", "3": "三", "4": "四"}


# the first months named in words (前两个月, 前十一个月): in digits, as the patterns know them
_FIRST_MONTHS = re.compile(r"前(十一?|[两二三四五六七八九])个月")


def quarters_in_words(text: str) -> str:
    """1季度 -> 一季度, 第2季度 -> 第二季度, 1-3季度 and 前3季度 -> 前三季度, 1-2季度 -> 上半年; 前两个月 -> 前2个月."""
    if "个月" in text:
        text = _FIRST_MONTHS.sub(lambda m: "前" + _cn_number(m.group(1)) + "个月", text)
    if "季度" not in text:
        return text
    text = _QUARTER_RANGE.sub(lambda m: _QUARTERS_SO_FAR[m.group(1)], text)
    return _QUARTER_DIGIT.sub(lambda m: _CN_QUARTER[m.group(1)] + "季度", text)


def replace_variants(text: str, variants: tuple[tuple[str, str], ...]) -> str:
    """Variant characters OpenCC leaves as they are (陜西 -> 陕西), one character for one."""
    present = [(a, b) for a, b in variants if a in text]   # most texts have none: no copy made
    return text.translate({ord(a): b for a, b in present}) if present else text


# a number an OCR wrote with a letter for a digit (2l8亿元, 1O20.4亿元, 201O年, l0%): a run of digits and the letters O, o,
# l, I with a digit among them, right before a unit (data/units.csv), a date's character, or a dash, slash or colon and a
# digit (2O22-07-20, 13.9:52.7:33.4) (O2O模式, PM2.5 are no numbers)
_SLIP_DIGITS = str.maketrans("OolI", "0011")


@lru_cache(maxsize=4)
def _slipped_number(units: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![A-Za-z\d.])(?=[\dOolI.]*\d)(?=[\d.]*[OolI])[\dOolI]+(?:\.[\dOolI]+)?"
                      r"(?=\s*(?:" + alternation((*units, "年", "月", "日")) + r")|[-/:][\dOolI])")


def unslip_numbers(text: str, units: tuple[str, ...]) -> str:
    """2l8亿元 -> 218亿元, 1O20.4亿元 -> 1020.4亿元, 201O年 -> 2010年, l0% -> 10%, l-6月 -> 1-6月 (`units`: data/units.csv's
    spellings)."""
    if not any(c in text for c in "OolI"):
        return text
    text = _SLIPPED_JANUARY.sub("1", text)   # l-6月: a month range's first month, read by OCR as a letter
    return _slipped_number(tuple(units)).sub(lambda m: m.group().translate(_SLIP_DIGITS), text)


_SLIPPED_JANUARY = re.compile(r"(?<![A-Za-z\d.])[lI](?=\s*[-—~至]\s*\d{1,2}\s*月)")
