"""Pure: a chart's data under captions of the shapes chart_values.py leaves: a caption of one indicator's growth, share
or structure alone (图3 2018—2022年社会消费品零售总额增长速度, 图2 2019—2023年三次产业增加值占地区生产总值比重, 图2 2022年
三次产业增加值构成), of the quarters or months of one year (图2 2021年分季度地区生产总值累计增速(%), 图1 2023年一季度以来…累计
增速(%)), and data lines labelled by a year written without 年 (2013:198.5亿元,+9.6%), by a part of a year (一季度:12.8,
2023年上半年 8.0, 1—2月 5.1) or by nothing (第一产业:9.6% 第二产业:43.1%). Each such line becomes a sentence of its year
or part that names the caption's indicator (a bare number under a caption of growth is its growth; a structure's names
their share). Lines of no such shape are kept as they are. Linear in the text."""

from __future__ import annotations

import re

from etl.extract.chart_values import NUMBER, block_end
from etl.extract.label_lines import ARROWS
from etl.extract.patterns import PART_NAME

_KINDS = r"(?:及其?|和)?(?:累计)?(增长速度|增速|增长率|比重|构成)"
_CAPTION = re.compile(r"^\s*图\s*\d{1,2}\s*(\d{4})\s*(?:[—–\-~至到]+\s*(\d{4})\s*)?年\s*(?:(?:" + PART_NAME + r")?(以来))?"
                      r"\s*(?:分季度|分月|逐月|各季度)?(\S{2,24}?)" + _KINDS + r"\s*(?:\(\s*%\s*\))?\s*$")
_LABEL = re.compile(r"^\s*(?:(\d{4})\s*年?(" + PART_NAME + r"|全年)?|(" + PART_NAME + r"|全年))\s*[::]?\s*(?=[-+\d▲▼↑↓]|增长|下降)")
_YEAR_LABEL = re.compile(r"^\s*(\d{4})\s*年?\s*[::]?\s*")   # (a line of shares: 2019年:第一产业8.7%,…)
_BARE = re.compile(rf"^({NUMBER})\s*%?\s*$")
_ARROW = re.compile(r"[▲▼↑↓]\s*(?=\d)")
_PLUS = re.compile(r"(^|[,,\s])\+(?=\d)")
_SHARE_NAME = re.compile(r"([\u4e00-\u9fff])\s*[::]?\s*(?=\d+(?:\.\d+)?\s*%)")


def chart_lines_named(text: str, names: re.Pattern) -> str:
    """`text` with the data under each caption of these shapes written as sentences (`names`: Knowledge.term_re)."""
    if "图" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _CAPTION.match(line)
        if not m or not (names.search(m.group(4)) or m.group(5) in ("比重", "构成")):
            continue
        end = block_end(lines, i + 1)
        lines[i + 1:end] = [_named(ln, m) for ln in lines[i + 1:end]]
    return "\n".join(lines)


def _named(line: str, caption: re.Match) -> str:
    """One data line as a sentence of its year or part naming the caption's indicator; the line as it is when it has
    no label the caption's years hold, or when it names an indicator of its own under a caption of growth."""
    lo, hi, since, name, kind = caption.groups()
    lo, hi = int(lo), (9999 if since else int(hi or lo))   # (…以来: up to the page's own time)
    if kind in ("比重", "构成"):
        label = _YEAR_LABEL.match(line)
        year = int(label.group(1)) if label else (lo if lo == hi else None)
        body = line[label.end():] if label else line
        if year is None or not lo <= year <= hi or not _SHARE_NAME.search(body):
            return line
        return f"{year}年," + _SHARE_NAME.sub(r"\1比重", re.sub(r"\s+", ",", body.strip())) + "。"
    label = _LABEL.match(line)
    if not label:
        return line
    year = int(label.group(1)) if label.group(1) else (lo if lo == hi or since else None)   # (一季度:12.8 under 2021年…)
    part = label.group(2) or label.group(3) or ""
    if year is None or not lo <= year <= hi:
        return line
    body = _ARROW.sub(lambda a: ARROWS[a.group()[0]], _PLUS.sub(r"\1增长", line[label.end():].strip()))   # (▲5.2%: 增长5.2%)
    bare = _BARE.match(body)
    body = (f"增长{bare.group(1)}%" if not bare.group(1).startswith("-") else f"下降{bare.group(1)[1:]}%") if bare else body
    return f"{year}年{'' if part == '全年' else part},{name}{body}。"
