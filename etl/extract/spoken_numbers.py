"""Pure: figures said in words, as spoken reports, broadcasts and their transcripts give them, written in digits so the
readers know them: a percentage up to a hundred (百分之七点五 -> 7.5%), a sum before its unit (三百四十二亿六千万元 -> 342.6亿元,
两千三百万元 -> 2300万元) and a change in points (一点二个百分点 -> 1.2个百分点). A run that is not a whole numeral
(七十多亿元, 上千万元, 几十亿元) is left as it is: it states no figure. A change in tenths (增长三成 -> 增长30%) and a
doubling on the year before (同比翻了一番 -> 同比增长100%) are percentages too."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from etl.knowledge.tables import alternation

# the digits in words, with the forms a year is also written in (二OO八: a Latin O for 〇)
DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0, "两": 2}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_NUMERAL = "零〇○一二两三四五六七八九十百千万亿"
# a percentage in words (a sum before its unit, and points of a change: _patterns)
# … and a range's upper end said after it in words alone (百分之六至六点五 -> 6%至6.5%)
_PERCENT = re.compile(rf"百分之([{_NUMERAL}]+(?:点[零〇○一二三四五六七八九]+)?)"
                      rf"(?:([至到~—-])([{_NUMERAL}]+(?:点[零〇○一二三四五六七八九]+)?)(?![{_NUMERAL}点]|分之))?(?![{_NUMERAL}点])")
_MOST_PERCENT = 100   # (百分之三百: beyond any rate a report gives, left as it is written)
# the months from January said in words (一至十一月, 元月至五月份 -> 1至11月), a part of the year as 1—11月 is
_MONTHS = re.compile(r"(?<![第统唯同之万千百十零〇一二三四五六七八九])[一元]月?([至到~—-])(十[一二]?|[二三四五六七八九])(?=月)")
# a change said in tenths right after its verb (增长三成, 下降了两成), and a doubling on the year before (同比翻了一番)
_TENTHS = re.compile(r"(?<=增长|下降|增加|减少)(了)?([一二两三四五六七八九])成(?!员|为|果|本|效|交|立|长|半)")
_DOUBLED = re.compile(r"(同比|比上年|较上年)(?:增长)?翻了?一番")


@lru_cache(maxsize=4)
def _patterns(units: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """A sum of words before a unit of money of data/units.csv (亿元, 万元, 元, 亿美元 …), and the points of a change in words
    before the unit of points (个百分点), from `units` (Knowledge.grammar.units)."""
    money = alternation([u for u in units if u.endswith("元")]) or "(?!)"
    points = alternation([u for u in units if u.endswith("点")]) or "(?!)"
    return (re.compile(rf"(?<![{_NUMERAL}点多几上数])([零〇○一二两三四五六七八九十][{_NUMERAL}]*(?:点[零〇○一二三四五六七八九]+)?)"
                       rf"(?={money})"),
            re.compile(r"(?<![零〇○一二两三四五六七八九十百点多几])([零〇○一二两三四五六七八九十]{1,3}点[零〇○一二三四五六七八九]+|"
                       rf"[一二两三四五六七八九十]{{1,2}})(?={points})"))


def _below_ten_thousand(word: str) -> int | None:
    """一千二百零五 -> 1205; None for what is not a numeral below 万."""
    total, digit = 0, None
    for c in word:
        if c in DIGITS:
            digit = DIGITS[c]
        elif c in _SMALL:
            total += (1 if digit is None else digit) * _SMALL[c]
            digit = None
        else:
            return None
    return total + (digit or 0)


def whole_number(word: str) -> int | None:
    """A whole numeral in words up to 亿 (三百四十二亿六千万 -> 34260000000); None when `word` is no whole numeral."""
    total = 0
    for unit, scale in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if unit in word:
            head, _, word = word.partition(unit)
            part = _below_ten_thousand(head) if head else None
            if part is None or unit in word:
                return None
            total += part * scale
    rest = _below_ten_thousand(word) if word else 0
    return None if rest is None else total + rest


def number_in_words(word: str) -> Decimal | None:
    """A numeral in words with its decimals (七点五 -> 7.5, 三百四十二亿六千万 -> 34260000000); None when it is none."""
    whole, _, decimals = word.partition("点")
    value = whole_number(whole)
    if value is None or (decimals and not all(c in DIGITS for c in decimals)):
        return None
    return Decimal(value) + (Decimal("0." + "".join(str(DIGITS[c]) for c in decimals)) if decimals else 0)


def _digits(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _sum(m: re.Match) -> str:
    """A sum in words before its unit: in 亿 when it reaches one, in 万 when it reaches one, else as it is said."""
    word, unit_after = m.group(1), m.string[m.end():m.end() + 1]
    value = number_in_words(word)
    if value is None or (len(word) < 2 and unit_after not in "亿万"):
        return word   # (二元结构: one character before 元 is a word, not a sum)
    if unit_after in "亿万":   # the unit names the scale already (七十四亿元, 七点五亿元)
        return _digits(value)
    for scale, name in ((Decimal(10 ** 8), "亿"), (Decimal(10 ** 4), "万")):
        if value >= scale:
            return _digits(value / scale) + name
    return _digits(value)


def _percent(m: re.Match) -> str:
    """A percentage in words in digits, with its range's upper end when said (6%至6.5%); as written beyond a hundred."""
    low = number_in_words(m.group(1))
    high = number_in_words(m.group(3)) if m.group(3) else None
    if low is None or low > _MOST_PERCENT:
        return m.group()
    if m.group(3) and (high is None or high > _MOST_PERCENT or high <= low):
        return _digits(low) + "%" + m.group(2) + m.group(3)   # (not a range's end: left as said)
    return _digits(low) + "%" + (m.group(2) + _digits(high) + "%" if m.group(3) else "")


def figures_in_words(text: str, units: tuple[str, ...] = ()) -> str:
    """`text` with its figures said in words written in digits (see the module's note); `units`: the unit spellings of
    data/units.csv (Knowledge.grammar.units), which a sum or points said in words stand before."""
    if "百分之" in text:
        text = _PERCENT.sub(_percent, text)
    if "至" in text or "到" in text or "—" in text:
        text = _MONTHS.sub(lambda m: "1" + m.group(1) + str(whole_number(m.group(2))), text)
    if "成" in text:   # 增长两成多 -> 增长20%多: tenths of a change
        text = _TENTHS.sub(lambda m: (m.group(1) or "") + str(DIGITS[m.group(2)] * 10) + "%", text)
    if "番" in text:   # 同比翻了一番 -> 同比增长100%: doubled on the year before, no doubling over years (比2010年翻一番)
        text = _DOUBLED.sub(lambda m: m.group(1) + "增长100%", text)
    money, points = _patterns(units)
    if "元" in text:
        text = money.sub(_sum, text)
    if "点" in text:
        text = points.sub(lambda m: _digits(v) if (v := number_in_words(m.group(1))) is not None else m.group(), text)
    return text
