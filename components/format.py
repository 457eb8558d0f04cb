"""How numbers, ranges, hedges and dates are written for people, on screen and in exports."""

from __future__ import annotations

import math

import pandas as pd

from components.i18n import is_prefix_hedge, qualifier_label, t, unit_label


def fmt_number(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    v = float(v)
    return f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v) < 1e6 else f"{v:,.0f}"


def fmt_value(value, value_high, unit, qualifier, lang: str) -> str:
    """'5.5–6%', '突破60亿元' / '60 100m yuan (突破)', '与GDP增速基本同步'."""
    if is_missing(value):
        return "" if is_missing(qualifier) else qualifier_label(str(qualifier), lang)
    text = fmt_number(value)
    if not is_missing(value_high):
        text += "–" + fmt_number(value_high)
    u = unit_label(unit, lang)
    text += u if (unit == "pct" or lang == "zh") else f" {u}"
    q = qualifier if isinstance(qualifier, str) and qualifier else ""
    if q:
        prefix = is_prefix_hedge(q)
        if lang == "zh":
            text = (q + text) if prefix else text + q
        else:
            text = f"{qualifier_label(q, lang)} {text}"
    return text


def fmt_gap(gap, unit, lang: str, digits: int = 1) -> str:
    """A gap with its unit: percentage points (百分点, pp) for rates, % of the target for levels."""
    if is_missing(gap):
        return ""
    return f"{float(gap):+.{digits}f}" + (t("pp", lang) if unit == "pct" else "%")


def own_unit(row, side: str):
    """The unit a target ('target') or an outcome ('actual') of an attainment row was stated in; the
    indicator's unit when the row does not say (23亿元以上 stays 亿元 on a 亿美元 indicator)."""
    value = row.get(f"{side}_unit") if hasattr(row, "get") else None
    return row["unit"] if is_missing(value) else value


def is_missing(v) -> bool:
    """None, NaN or pandas' NA."""
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA


def fmt_day(v) -> str:
    """A document's date as YYYY-MM-DD; '' when it has none (never 'NaT')."""
    return "" if v is None or pd.isna(v) else str(v)[:10]


def fmt_doc_date(date, year, lang: str) -> str:
    """A document's date as YYYY-MM-DD; for a document that states none (a plan report), the year it
    was reported in and that its date is not stated, never a blank."""
    day = fmt_day(date)
    if day:
        return day
    said = t("date_not_stated", lang)
    try:
        return f"{int(year)}年({said})" if lang == "zh" else f"{int(year)} ({said})"
    except (TypeError, ValueError):
        return said


def fmt_int(v) -> str:
    """A whole number as text; '—' when it is missing."""
    try:
        return str(int(v))
    except (TypeError, ValueError):
        return "—"


def decimals(v) -> int:
    """How many decimals a stated number has, as its shortest form writes it (8.2 -> 1, 410.0 -> 0)."""
    text = repr(float(v))
    if "e" in text or "." not in text:
        return 0
    return len(text.split(".")[1].rstrip("0"))


def round_like(value, *inputs, extra: int = 0):
    """A number made from other numbers, to their precision (the most decimals among them, plus
    `extra`): 8.2 - 7.5 is 0.7, never 0.6999999999999993. None stays None."""
    if is_missing(value):
        return None
    places = max((decimals(x) for x in inputs if not is_missing(x)), default=0)
    return round(float(value), min(places + extra, 6))
