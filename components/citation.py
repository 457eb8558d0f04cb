"""Cite this chart (issue 24): the plain text a reader pastes into a paper or a footnote, in the
page's language: the product, the chart's title, the place and years, the source documents of the
points drawn, the page's address and the date it was read."""

from __future__ import annotations

from datetime import date

from components.i18n import place_label, t

MOST = 6    # documents named before the rest are counted


def _documents(sources: list[tuple[str, str]], lang: str, several_places: bool, most: int) -> str:
    names = [f"{place_label(p, lang)}: {d}" if several_places and p else d for p, d in sources]
    sep = ";" if lang == "zh" else "; "
    text = sep.join(names[:most]) or "—"
    if len(names) > most:
        text += ("" if lang == "zh" else " ") + t("cite_more", lang, n=len(names) - most if lang == "en" else len(names))
    return text


def cite_text(*, title: str, places: list[str], years: tuple[int, int], sources: list[tuple[str, str]],
              address: str, accessed: date, lang: str, most: int = MOST) -> str:
    """One citation, e.g. (en) 'Luohu Targets. "GDP: index", Luohu District, 2012–2025 [chart].
    Sources: …. http://…/indicator?i=gdp&view=index (accessed 2026-11-24).'"""
    where = ("、" if lang == "zh" else ", ").join(place_label(p, lang) for p in places)
    docs = _documents(sources, lang, len(places) > 1, most)
    day = accessed.isoformat()
    y0, y1 = years
    if lang == "zh":
        return (f"{t('app_title', lang)}.《{title}》({where},{y0}—{y1}年){t('cite_chart_word', lang)}."
                f"{t('cite_sources', lang)}:{docs}.{address}({t('cite_accessed', lang)}:{day}).")
    return (f"{t('app_title', lang)}. \u201c{title}\u201d, {where}, {y0}\u2013{y1} {t('cite_chart_word', lang)}. "
            f"{t('cite_sources', lang)}: {docs}. {address} ({t('cite_accessed', lang).lower()} {day}).")
