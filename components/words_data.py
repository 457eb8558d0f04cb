"""The data grid's and the catalogue's words: how a stored value (kind `actual`, period `year`, place
罗湖区, hedge 左右, unit pct) is shown in the page's language, while the grid's rows (and so its
downloads) keep the values as stored. Which columns hold text in its own script (quotes, titles,
identifiers), shown as it is and marked so."""

from __future__ import annotations

import re

from dash import html

from components.i18n import WORDS, t, unit_label
from components.vocabulary import current as vocabulary

# stored value -> Chinese, for the columns whose values are English words
VALUES_ZH = {
    "kind": {"actual": "完成", "target": "目标"},
    "period": {"year": "全年", "Q1": "一季度", "Q2": "二季度", "Q3": "三季度", "Q4": "四季度", "H1": "上半年",
               "H2": "下半年"},
    "status": {"preliminary": "初步", "final": "最终"},
    "basis": {"reported": "公布口径", "comparable": "可比口径"},
    "method": {"text": "原文提取", "derived": "推算", "curated": "人工整理"},
    "agreement": {"agree": "来源一致", "single": "单一来源", "conflict": "来源不一致", "revised": "已修订",
                  "stretch": WORDS["stretch"][0]},
    "source_tier": {"official": "官方", "press": "媒体", "reprint": "转载"},
    "used_for_attainment": {"true": "是", "false": "否"},
}
DIRECTIONS = {"up": ("越高越好", "higher is better"), "down": ("越低越好", "lower is better")}

# shown as stored in either language: source text and identifiers (class `verbatim`)
VERBATIM = ("quote", "doc_title", "source_title", "indicator", "doc_id", "source_url", "rule")
# a column that is one language's by its name: hidden in the other (still in the rows and downloads)
OWN_LANGUAGE = {"name_zh": "zh", "name_en": "en"}


def ref_data(column: str, lang: str) -> dict | None:
    """AG Grid's refData of a column (stored value -> value shown), or None to show values as stored."""
    if lang == "zh":
        if column == "unit":
            return {u: unit_label(u, "zh") for u in vocabulary().units}
        return VALUES_ZH.get(column)
    if column == "region":
        return {p.name_zh: p.name_en for p in vocabulary().places.rows}
    if column == "qualifier":
        return dict(vocabulary().hedges)
    if column == "unit":
        return {u: unit_label(u, "en") for u in vocabulary().units}
    return None


def column_def(column: str, lang: str, header: str) -> dict:
    """One column of the data grid in the page's language."""
    c = {"field": column, "headerName": header, "filter": True, "sortable": True, "resizable": True}
    shown = ref_data(column, lang)
    if shown:
        c["refData"] = shown
    if column in VERBATIM:
        c["cellClass"] = "verbatim"
    if OWN_LANGUAGE.get(column, lang) != lang:
        c["hide"] = True
    return c


def direction_label(direction: str | None, lang: str) -> str:
    zh, en = DIRECTIONS.get(direction or "", (direction or "", direction or ""))
    return zh if lang == "zh" else en


_HAN = re.compile(r"([\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]*)")


def han_marked(text: str | None, lang: str) -> list | str:
    """English text that names Chinese words (左右, 以上 …): each run of Chinese in a span marked as
    Chinese (lang="zh-CN"); Chinese text as it is."""
    if not text or lang == "zh":
        return text or ""
    parts = _HAN.split(text)
    return [html.Span(p, lang="zh-CN") if i % 2 else p for i, p in enumerate(parts) if p]


def own_script(text: str | None, lang: str = "zh-CN"):
    """Text shown in its own language on any page (a document's title, a quote): marked so."""
    return html.Span(text or "", lang=lang)


def kind_word(kind: str, lang: str) -> str:
    return t("target", lang) if kind == "target" else t("outcome", lang)
