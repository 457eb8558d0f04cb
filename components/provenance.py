"""Where a figure came from, for people: the side panel of a clicked point (its quote in its paragraph,
its document, its other sources and why the verdict uses the statement it uses) and the document
reader (the text with every figure marked). Records in, Dash components out."""

from __future__ import annotations

from urllib.parse import quote

import pandas as pd
from dash import dcc, html

from components import ids
from components.format import fmt_doc_date, fmt_int, fmt_value
from components.i18n import doc_type_label, name_of, place_label, t
from components.params import href
from components.rules import why_not_chosen


def build_side_panel(obs: dict, context: dict | None, sources: pd.DataFrame, same: pd.DataFrame, lang: str,
                     chosen: dict | None = None) -> list:
    """The quote highlighted in its paragraph, the document, other sources (with their tier), the
    other statements of the same figure and, for outcomes, which one the verdict uses and why."""
    used_id = chosen.get("actual_obs_id") if chosen else None
    used = same[same["obs_id"] == used_id] if used_id is not None and not pd.isna(used_id) else same.iloc[0:0]
    choice = []
    if not used.empty and obs.get("period") == "year":
        choice = [html.P(t("used", lang) if used_id == obs["obs_id"]
                         else why_not_chosen(used.iloc[0], obs, chosen.get("target_basis"), lang), className="used")]
    diff_items = _other_statements(obs, same, used, used_id, chosen, lang)
    others = other_sources(obs, sources)
    return [*_panel_head(obs, lang), *choice, *_panel_quote(obs, context), *_panel_document(obs, lang),
            *([html.H4(f"{t('other_sources', lang)} ({len(others)})"),
               html.Ul(_source_items(others, lang), className="sources")] if len(others) else []),
            *([html.H4(t("disagreeing", lang)), html.Ul(diff_items, className="disagree")] if diff_items else [])]


def other_sources(obs: dict, sources: pd.DataFrame) -> pd.DataFrame:
    """A figure's sources but the statement the panel shows above them (its quote, in its document or
    web page): each statement once."""
    def same(a, b) -> bool:
        return (pd.isna(a) and pd.isna(b)) if pd.isna(a) or pd.isna(b) else a == b

    def shown(r) -> bool:
        keys = ("doc_id", "char_start", "char_end") if isinstance(obs.get("doc_id"), str) else ("source_url", "quote")
        return all(same(r[k], obs.get(k)) for k in keys)

    return sources[[not shown(r) for r in sources.to_dict("records")]] if len(sources) else sources


def _panel_head(obs: dict, lang: str) -> list:
    """The figure's indicator, year and place, and what it is: target or outcome, its value, status,
    basis and method."""
    value = fmt_value(obs["value"], obs["value_high"], obs["unit"], obs["qualifier"], lang)
    kind = t("target", lang) if obs["kind"] == "target" else t("outcome", lang)
    place = place_label(obs["region"], lang) if isinstance(obs.get("region"), str) else ""
    return [html.H3(f"{name_of(obs, lang)} · {int(obs['year'])}" + (f" · {place}" if place else "")),
            html.P([html.B(f"{kind}: {value}"),
                    f" · {t(obs['status'], lang)}" if isinstance(obs.get("status"), str) else "",
                    f" · {t('comparable', lang)}" if obs.get("basis") == "comparable" else "",
                    f" · {t(obs['method'], lang)}"])]


def _panel_quote(obs: dict, context: dict | None) -> list:
    """The quote marked inside its paragraph (or alone, when the paragraph is not known)."""
    if context:
        return [html.Blockquote(className="quote", id="panel-quote", lang="zh-CN", children=[
            context["before"], html.Mark(context["quote"]), context["after"]])]
    if isinstance(obs.get("quote"), str):
        return [html.Blockquote(html.Mark(obs["quote"]), className="quote", id="panel-quote", lang="zh-CN")]
    return []


def _panel_document(obs: dict, lang: str) -> list:
    """The document the figure was read from (a link to it in the reader, and to the original PDF at
    its page), or the web page it was transcribed from."""
    if isinstance(obs.get("doc_id"), str):
        return [html.Dl([
            html.Dt(t("document", lang)), html.Dd(dcc.Link(html.Span(obs.get("doc_title") or obs["doc_id"], lang="zh-CN"),
                                                           href=href("/sources", lang, doc=obs["doc_id"],
                                                                     obs=int(obs["obs_id"])))),
            html.Dt(t("doc_type", lang)), html.Dd(doc_type_label(obs.get("doc_type"), lang)),
            html.Dt(t("date", lang)), html.Dd(fmt_doc_date(obs.get("doc_date"), obs.get("doc_report_year"), lang)),
            html.Dt(t("reviews", lang) + " / " + t("plans", lang)),
            html.Dd(f"{fmt_int(obs.get('reviews_year'))} / {fmt_int(obs.get('plans_year'))}"),
            *([html.Dt(t("part_" + str(obs.get("part_unit")), lang)), html.Dd(fmt_int(obs.get("page")))]
              if obs.get("part_unit") in ("page", "paragraph") and fmt_int(obs.get("page")) != "—" else []),
            *([html.Dt(t("original", lang)),
               html.Dd(html.A(t("original_page", lang, page=fmt_int(obs.get("page"))), target="_blank",
                              rel="noopener noreferrer",
                              href=f"/original/{quote(str(obs['doc_id']), safe='')}#page={fmt_int(obs.get('page'))}"))]
              if obs.get("source_format") in ("pdf", "pdf-ocr") and fmt_int(obs.get("page")) != "—" else []),
        ])]
    if isinstance(obs.get("source_url"), str):
        return [html.P([html.Span(obs.get("source_title") or "", lang="zh-CN"), html.Br(), html.A(obs["source_url"], href=obs["source_url"],
                                                                          target="_blank", rel="noopener noreferrer")])]
    return []


def _source_items(sources: pd.DataFrame, lang: str) -> list:
    """Every statement of the figure: how it was read, its tier, its document or web page, its quote."""
    return [html.Li([html.Span(f"{t(r['method'], lang)} · {t('tier_' + str(r['tier']), lang)} · ", className="muted"),
                     (dcc.Link(html.Span(r["doc_title"] or r["doc_id"], lang="zh-CN"), href=href("/sources", lang, doc=r["doc_id"],
                                                                        obs=int(r["obs_id"])))
                      if isinstance(r["doc_id"], str) else html.A(html.Span(r["source_title"], lang="zh-CN"), href=r["source_url"], target="_blank",
                                                                  rel="noopener noreferrer")),
                     html.Br(), html.Small("“" + str(r["quote"]) + "”", lang="zh-CN")]) for _, r in sources.iterrows()]


def _other_statements(obs: dict, same: pd.DataFrame, used: pd.DataFrame, used_id, chosen: dict | None,
                      lang: str) -> list:
    """The other statements of the same figure, each with why the verdict does not use it."""
    def verdict_note(r) -> str:
        if used.empty or r["kind"] != "actual" or r["period"] != "year":
            return ""
        if r["obs_id"] == used_id:
            return " · " + t("used", lang)
        return " · " + why_not_chosen(used.iloc[0], r, chosen.get("target_basis"), lang)

    other = same[same["obs_id"] != obs["obs_id"]]
    return [html.Li([f"{fmt_value(r['value'], r['value_high'], r['unit'], r['qualifier'], lang)}"
                     f" · {t(r['status'], lang) if isinstance(r['status'], str) else ''}"
                     f" · {t('tier_' + str(r['source_tier']), lang)}"
                     f"{' · ' + t(r['agreement'], lang) if r['agreement'] in ('conflict', 'revised') else ''} · ",
                     html.Span(r["source_title"] or r["doc_id"], lang="zh-CN"), verdict_note(r)])
            for _, r in other.iterrows()]


def reader_segments(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, list[int]]]:
    """Cut `text` at every figure's ends: (start, end, indexes of the figures covering it). Nested and
    overlapping figures ("固定资产投资86亿元,增长9.8%": the level inside the growth's quote) are all
    kept. Linear in the text and the figures (after sorting the boundaries)."""
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for a, b, i in spans:
        if 0 <= a < b <= len(text):
            starts.setdefault(a, []).append(i)
            ends.setdefault(b, []).append(i)
    open_: list[int] = []
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        open_ = [i for i in open_ if i not in set(ends.get(a, ()))] + starts.get(a, [])
        out.append((a, b, list(open_)))
    return out


def build_reader(doc: dict, figures: pd.DataFrame, lang: str, focus: int | None = None) -> html.Div:
    """The document text with every extracted figure highlighted and linked to its indicator;
    overlapping figures each keep their mark. `focus` (an obs id) is marked to be scrolled to."""
    text = doc["text"]
    rows = [r for _, r in figures.iterrows()]
    spans = [(int(r["char_start"]), int(r["char_end"]), i) for i, r in enumerate(rows)]
    parts = []
    for a, b, covering in reader_segments(text, spans):
        if not covering:
            parts.append(text[a:b])
            continue
        innermost = min(covering, key=lambda i: spans[i][1] - spans[i][0])
        labels = [f"{name_of(rows[i], lang)} {int(rows[i]['year'])} "
                  f"{fmt_value(rows[i]['value'], rows[i]['value_high'], rows[i]['unit'], rows[i]['qualifier'], lang)}"
                  for i in covering]
        focused = focus is not None and any(int(rows[i]["obs_id"]) == focus for i in covering)
        f = rows[innermost]
        parts.append(dcc.Link(html.Mark(text[a:b], title="; ".join(labels),
                                        className=("nested " if len(covering) > 1 else "") + ("focus" if focused else "")),
                              href=href("/indicator", lang, i=f["indicator"], y=int(f["year"]), obs=int(f["obs_id"])),
                              className="figure-link"))
    return html.Div(id=ids.DOC_READER, children=[
        dcc.Link("← " + t("all_documents", lang), href=href("/sources", lang)),
        html.H2(doc["title"] or doc["doc_id"], lang="zh-CN"),
        html.P([f"{doc_type_label(doc['doc_type'], lang)} · {fmt_doc_date(doc['doc_date'], doc.get('report_year'), lang)} · "
                f"{t('reviews', lang)} {fmt_int(doc['reviews_year'])} · {t('plans', lang)} {fmt_int(doc['plans_year'])} · ",
                html.Code(doc["source_file"])], className="muted"),
        html.Div(parts, className="reader-text verbatim", lang="zh-CN"),
    ])


# --- the source line of a chart ----------------------------------------------------------------

def source_name(row) -> str:
    """A statement's source as a source line names it: its document's title, else its web page's."""
    for key in ("doc_title", "source_title", "source_url", "doc_id"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def source_line(sources: pd.DataFrame | None, lang: str, today: str | None = None, most: int = 8,
                region: str | None = None) -> str:
    """The one source line of a chart, on screen and in every export: the documents behind the chart's
    own points and no others, each under the place it is about (罗湖区: …; 国家: …), so that no
    figure of the nation reads as the district's; at most `most` named and the rest counted, never cut.
    With `today`, the export date and the product. Without sources, the general line of the region
    (a chart not told its sources)."""
    if sources is None:
        return t("source_line", lang, region=region)
    places: dict[str, list[str]] = {}
    for row in sources.to_dict("records"):
        place = row.get("region")
        label = place_label(place, lang) if isinstance(place, str) and place else t("region_unknown", lang)
        name = source_name(row)
        if name and name not in places.setdefault(label, []):
            places[label].append(name)
    shown, left = [], most
    for label, names in sorted(places.items(), key=lambda item: -len(item[1])):   # the chart's own place first
        if left > 0:
            shown.append(f"{label}: {'; '.join(names[:left])}")
        left -= len(names)
    total = sum(len(names) for names in places.values())
    more = f" 等{total}份" if lang == "zh" else f" and {total - most} more"
    line = ("资料来源" if lang == "zh" else "Sources") + ": " + (" · ".join(shown) or "—") + (more if total > most else "")
    if today:
        line += f" · {'导出日期' if lang == 'zh' else 'Exported'} {today} · {t('app_title', 'en')}"
    return line
