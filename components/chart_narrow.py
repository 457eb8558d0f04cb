"""The one rule of every chart on a narrow screen (a phone, under NARROW_PX wide): the legend below
the plot, the title, subtitle and notes broken into lines that fit, the figure taller by what that
adds. Plotly does not break text, nor move a legend by the width it is drawn at, so the house style
(components/charts.py::figure) writes both layouts into the figure's `meta` as relayout updates,
{"narrow": …, "wide": …}, and assets/narrow.js applies the one that fits the chart's width."""

from __future__ import annotations

import re

from components.textfit import text_width, wrap_width

NARROW_PX = 600        # below this chart width the narrow layout applies
TEXT_PX = 330          # the width a line of a title may take (a 360 px phone, less the margins)
NOTE_PX = 300          # a note under the plot: on a phone it starts at the chart's left edge (assets/narrow.js)
LABEL_PX = 180         # a label on the plot (at a point, with its arrow)
LEGEND_ROW = 20        # px a row of the legend takes
# annotations drawn in one layout only, by name: words above each year, which on a phone stand closer
# than their width and print over each other, and the same words as one note under the plot
WIDE_ONLY = ("gap-label",)
NARROW_ONLY = ("gap-note",)
_SUBTITLE = re.compile(r"^<span style='([^']*)'>(.*)</span>$", re.S)


def _wrap_title(text: str) -> tuple[str, int]:
    """'<b>title</b><br><span style=…>subtitle</span>' broken into lines of TEXT_PX; -> (text, lines)."""
    head, _, sub = text.partition("<br>")
    bold = head.startswith("<b>") and head.endswith("</b>")
    lines = [f"<b>{line}</b>" if bold else line for line in wrap_width(head[3:-4] if bold else head, TEXT_PX, 17, bold=True)]
    found = _SUBTITLE.match(sub) if sub else None
    if found:
        lines += [f"<span style='{found[1]}'>{line}</span>" for line in wrap_width(found[2], TEXT_PX, 12)]
    elif sub:
        lines += wrap_width(sub, TEXT_PX, 12)
    return "<br>".join(lines), len(lines)


def _under_plot(a: dict) -> bool:
    return a.get("yref") == "paper" and a.get("y") == 0 and (a.get("yshift") or 0) < 0 and a.get("visible") is not False


def _foot(a: dict) -> float:
    """px from the plot's foot to a note's foot (its lines of its font's size)."""
    size = (a.get("font") or {}).get("size") or 12
    return -(a.get("yshift") or 0) + (str(a.get("text")).count("<br>") + 1) * (size + 3)


def _wrap_notes(annotations: list[dict]) -> tuple[list[dict], int]:
    """Every note broken into lines that fit, each shown or hidden as the narrow layout wants it
    (WIDE_ONLY, NARROW_ONLY); the notes under the plot stacked one under another.
    -> (annotations, px the notes reach further under the plot than they do as drawn wide)."""
    out = []
    for a in map(_shown, annotations):
        text = a.get("text")
        size = (a.get("font") or {}).get("size") or 12
        width = NOTE_PX if a.get("xref") == "paper" else LABEL_PX
        if not isinstance(text, str) or "<br>" in text or text_width(text, size) <= width:
            out.append(dict(a))
            continue
        lines = wrap_width(text, width, size)
        out.append({**a, "text": "<br>".join(lines), "align": "left"})
    below = sorted((i for i, a in enumerate(out) if _under_plot(a)), key=lambda i: -(out[i].get("yshift") or 0))
    shift, now = None, 0
    for i in below:   # closest to the plot first; each starts under the one above it
        a = out[i]
        size = (a.get("font") or {}).get("size") or 12
        n = a["text"].count("<br>") + 1
        top = a.get("yshift") if shift is None else min(a.get("yshift"), shift)
        out[i] = {**a, "yshift": top}
        now = max(now, _foot(out[i]))
        shift = top - n * (size + 3) - 4
    was = max((_foot(a) for a in annotations if _under_plot(a)), default=0)
    return out, max(0, round(now - was))


def _shown(annotation: dict) -> dict:
    """An annotation as the narrow layout draws it: hidden when it is for wide charts only, shown when it
    is for narrow ones only (a hidden note takes no room under the plot)."""
    name = annotation.get("name")
    if name in WIDE_ONLY:
        return {**annotation, "visible": False}
    if name in NARROW_ONLY:
        return {**annotation, "visible": True}
    return annotation


def _legend_height(names: list[str]) -> int:
    """The height of the legend of these entries on a phone: a column, one entry a row (a horizontal
    legend there wraps by the plot's width, which is not known here: it could take more rows than
    allowed for, and print over the notes)."""
    return len(names) * LEGEND_ROW + 12


def _get(layout: dict, path: str):
    node = layout
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def narrow_meta(layout: dict, legend_names: list[str], extra: dict | None = None) -> dict:
    """{"narrow": relayout updates for a narrow screen, "wide": the same keys as drawn}; `extra`: a
    chart's own narrow updates (a dumbbell's panels one above the other, with the height they add)."""
    extra = dict(extra or {})
    title = _get(layout, "title.text")
    text, lines = _wrap_title(title) if isinstance(title, str) and title else ("", 0)
    notes, below = _wrap_notes([dict(a) for a in layout.get("annotations") or []])
    margin = dict(layout.get("margin") or {})
    top = 40 + 21 * lines
    legend = _legend_height(legend_names)     # the legend under the notes, inside the bottom margin
    grow = (top - margin.get("t", 80)) + below + legend + extra.pop("added_height", 0)
    narrow = {"title.text": text, "title.automargin": True, "margin.t": top,
              "margin.b": margin.get("b", 80) + below + legend,
              "legend": {**(layout.get("legend") or {}), "orientation": "v", "x": 0, "xanchor": "left", "y": 0,
                         "yref": "container", "yanchor": "bottom", "font": {"size": 11}},
              "annotations": notes, "height": (layout.get("height") or 450) + grow, **extra}
    wide = {key: _get(layout, key) for key in narrow}
    wide["legend"] = {**(layout.get("legend") or {}), "yref": "paper"}
    return {"narrow": narrow, "wide": wide, "narrow_px": NARROW_PX}
