"""The reasons a figure waits for review, in Chinese for a Chinese page: the fixed sentences of the
extractor and those that carry figures (a plausible range, a measured decision path)."""

from __future__ import annotations

import re

# The reasons etl/classify.py gives for sending a figure to review, in Chinese (longest first).
REVIEW_REASONS_ZH = [
    ("no year in its paragraph and the document is undated; the last year stated before it was used",
     "段落中未说明年份且文件无日期,取前文最近提到的年份"),
    ("no year stated near the figure; read as the year before the document's January-March date",
     "数字附近未说明年份,按文件日期(1—3月)取上一年"),
    ("no year stated near the figure; the document's date was used", "数字附近未说明年份,取文件日期所在年份"),
    ("no year in its sentence; carried from an earlier sentence of the paragraph", "句中未说明年份,沿用本段前文的年份"),
    ("the document is undated; 今年 was read as the only year it states", "文件无日期,“今年”取文中唯一提到的年份"),
    ("not stated whether it is a target or an outcome", "未说明是目标还是完成数"),
    ("a target for a later year outside a five-year plan", "五年规划之外的远期目标"),
    ("region unknown", "辖区未知"),
    ("read by a local name whose scope varies by place (data/fallback_names.csv): not charted until confirmed",
     "按口径因地而异的地方名称读取(data/fallback_names.csv),确认前不入图"),
    ("read by OCR", "文字由OCR识别"),
    ("is outside the plausible range", "超出合理范围"),
]


# reasons that carry figures: (pattern, Chinese with the figures put back)
REVIEW_PATTERNS_ZH = [
    (re.compile(r"(\S+) (\S+) is outside the plausible range (\S*)–(\S*) of (?:\w+ in )?(data/\S+\.csv)"),
     lambda m: f"{m.group(1)}{'%' if m.group(2) == 'pct' else m.group(2)}超出合理范围{m.group(3)}–{m.group(4)}({m.group(5)})"),
    (re.compile(r"this way of reading year and kind was wrong (\d+) of (\d+) times on the development corpus \((\S+)\)"),
     lambda m: f"这种判断年份和性质的方式在开发语料中{m.group(2)}次里错了{m.group(1)}次({m.group(3)})"),
    (re.compile(r"the document states this figure earlier as (\S+)"),
     lambda m: f"文件前文已给出此数字为{m.group(1)}"),
    (re.compile(r"an outcome given only as a round number it passed \((?:over|at least|about|nearly|striving for) (\S+)\): "
                r"its value is not stated"),
     lambda m: f"完成数只说越过整数{m.group(1)},未给出实际数值"),
    (re.compile(r"the clause compares with the year it names; the figure may be that year's or the later one's"),
     lambda m: "分句与其所提年份相比较,数字可能属于该年,也可能属于其后一年"),
]


def review_reason(reason: str | None, lang: str) -> str:
    text = reason or ""
    if lang == "zh":
        for rx, zh in REVIEW_PATTERNS_ZH:
            text = rx.sub(zh, text)
        for en, zh in REVIEW_REASONS_ZH:
            text = text.replace(en, zh)
        text = text.replace("; ", ";")
    return text
