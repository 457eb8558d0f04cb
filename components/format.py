"""How numbers, ranges, hedges and statuses are written for people, on screen and in exports."""

from __future__ import annotations

import math

import pandas as pd

from components.i18n import is_prefix_hedge, qualifier_label, unit_label

STATUS_COLORS = {
    "exceeded": "#1b7837",
    "met": "#7fbf7b",
    "missed": "#c2382f",
    "no outcome": "#9fb3c8",
    "not assessed": "#c9b8e0",   # not the grey of "no target": a verdict withheld is not a missing target
    "no target": "#f0f0f0",
}


def fmt_number(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    v = float(v)
    return f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v) < 1e6 else f"{v:,.0f}"


def fmt_value(value, value_high, unit, qualifier, lang: str) -> str:
    """'5.5–6%', '突破60亿元' / '60 100m yuan (突破)', '与GDP增速基本同步'."""
    if _isnull(value):
        return "" if _isnull(qualifier) else qualifier_label(str(qualifier), lang)
    text = fmt_number(value)
    if not _isnull(value_high):
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


def own_unit(row, side: str):
    """The unit a target ('target') or an outcome ('actual') of an attainment row was stated in; the
    indicator's unit when the row does not say (23亿元以上 stays 亿元 on a 亿美元 indicator)."""
    value = row.get(f"{side}_unit") if hasattr(row, "get") else None
    return row["unit"] if _isnull(value) else value


def _isnull(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA
