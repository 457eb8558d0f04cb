"""Figures and briefing packs as bytes: PNG, SVG, PDF through kaleido (Debian's chromium, found by
kaleido itself), PPTX through python-pptx, ZIP. No file I/O here: callers write the bytes.

The export style is the screen style (charts.style_layout) with a source line that names the
reports behind the numbers and the export date.
"""

from __future__ import annotations

import atexit
import copy
import csv
import io
import os
import threading
import warnings
import zipfile
from datetime import date as _date

import pandas as pd
import plotly.graph_objects as go

from components import browser, charts
from components.format import fmt_value, own_unit
from components.i18n import doc_type_label, name_of, t
from components.palette import COVER_TEXT, HEADER_FILL, MUTED, OUTCOME, STATUS_COLORS, SUBTLE
from components.rules import row_sentence

FORMATS = ("png", "svg", "pdf")
PACK_FORMATS = ("pdf", "pptx", "zip")
PAGE = (1123, 794)          # A4 landscape at 96 dpi, in CSS pixels
SLIDE = (1600, 900)
_lock = threading.Lock()
_render_lock = threading.Lock()
_started_pid: int | None = None


def _fresh_locks_in_child() -> None:
    """A process forked while this one renders (a pack job) inherits the locks held: it gets its own,
    or it would wait for ever for a render that runs only in its parent."""
    global _lock, _render_lock
    _lock, _render_lock = threading.Lock(), threading.Lock()


os.register_at_fork(after_in_child=_fresh_locks_in_child)


class ExportError(ValueError):
    """A request that cannot be exported (unknown format, nothing to draw)."""


def _start() -> None:
    """One Chromium per process: a plain write_image starts a new one (3-4 s) every call. A process
    forked from one that had started it (a background callback worker) inherits kaleido's 'running'
    flag but not its thread, so the flag is reset there and a new server started."""
    global _started_pid
    with _lock:
        if _started_pid == os.getpid():
            return
        import kaleido

        server = kaleido._global_server  # noqa: SLF001 - the only way to see the inherited flag
        if server.is_running():
            server._initialized = False  # noqa: SLF001 - its thread belongs to the parent process
        warnings.filterwarnings("ignore", message=".*kopts.*")
        kaleido.start_sync_server(silence_warnings=True)
        if _started_pid is None:
            atexit.register(_stop)
        browser.use_lean_browser()   # the same renders from half the processes (components/browser.py)
        _started_pid = os.getpid()


def warm() -> None:
    """Start the browser and render one small figure, so that the first export a person asks for is
    as quick as any other (started in the background when the server starts)."""
    try:
        render(go.Figure(), "png", 200, 120)
    except Exception:  # noqa: BLE001, S110 - a cold first export is the only cost of a failed warm-up
        pass


def _stop() -> None:
    """Close the browser before the interpreter tears down (else its temp-folder cleanup can print a
    traceback at exit); only in the process that started it."""
    if _started_pid != os.getpid():
        return
    try:
        import kaleido

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kaleido.stop_sync_server(silence_warnings=True)
        _wait_for_browsers()
    except Exception:  # noqa: BLE001, S110 - at exit there is no one left to tell
        pass


def _wait_for_browsers(timeout: float = 3.0) -> None:
    """The browser's processes may still write its profile folder when kaleido returns; the folder's
    cleanup then fails with a traceback. Wait for them (and end any that linger)."""
    import psutil

    children = [c for c in psutil.Process().children(recursive=True) if "chrom" in (c.name() or "").lower()]
    _, alive = psutil.wait_procs(children, timeout=timeout)
    for proc in alive:
        proc.kill()
    psutil.wait_procs(alive, timeout=1)


def render(fig: go.Figure, fmt: str, width: int = SLIDE[0], height: int = SLIDE[1], scale: float = 1) -> bytes:
    if fmt not in FORMATS:
        raise ExportError(f"format {fmt!r} is not offered; choose one of {', '.join(FORMATS)}")
    if not (100 <= width <= 8000 and 100 <= height <= 8000 and 0.1 <= scale <= 8):
        raise ExportError("width and height must be 100-8000 px and scale 0.1-8")
    _start()
    # one render at a time per process: kaleido's one browser answers calls from several threads out of
    # order (two people exporting at once could each get the other's image)
    with _render_lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fig.to_image(format=fmt, width=width, height=height, scale=scale)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters, broken after a separator ('; ' or ' · ') where one is
    near, never inside a word of Latin letters; a long address is cut into pieces, never dropped."""
    lines, rest = [], text
    while len(rest) > width:
        cut = max(rest.rfind("; ", 0, width), rest.rfind(" · ", 0, width))
        if cut < width // 2:
            space = rest.rfind(" ", 0, width)
            cut = space if space >= width // 2 else width
        else:
            cut += 1
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [*lines, rest] if rest else lines


def source_names(titles: list[str], lang: str, most: int = 3) -> str:
    names = list(dict.fromkeys(t_ for t_ in titles if isinstance(t_, str) and t_))
    shown = "; ".join(n[:40] for n in names[:most])
    if len(names) > most:
        shown += f" 等{len(names)}份" if lang == "zh" else f" and {len(names) - most} more"
    return shown


def for_export(fig: go.Figure, *, sources: list[str], lang: str, today: str | None = None) -> go.Figure:
    """The screen figure with the export source line: reports named, date of export, the product."""
    fig = go.Figure(copy.deepcopy(fig.to_dict()))
    today = today or _date.today().isoformat()
    label = "资料来源" if lang == "zh" else "Sources"
    exported = "导出日期" if lang == "zh" else "Exported"
    line = f"{label}: {source_names(sources, lang, most=8)} · {exported} {today} · {t('app_title', 'en')}"
    lines = wrap(line, 150 if lang == "en" else 95)
    line = "<br>".join(lines)
    annotations = [a for a in fig.layout.annotations if a.name != "source-line"]
    base = fig.layout.margin.b or 88
    fig.update_layout(margin={"b": base + 15 * (len(lines) - 1)})   # each further line of sources gets room
    annotations.append(dict(text=line, xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
                            align="left", yshift=-(base - 26), showarrow=False, font={"size": 11, "color": MUTED},
                            name="source-line"))
    fig.update_layout(annotations=annotations)
    return fig


# --- briefing pack ---------------------------------------------------------------------------

def cover(year: int, lang: str, built: str | None, today: str, region: str | None = None) -> go.Figure:
    title = t("cover_title", lang, region=region, year=year)
    sub = "简报" if lang == "zh" else "Briefing"
    lines = [f"{'编制日期' if lang == 'zh' else 'Prepared'}: {today}"]
    if built:
        lines.append(f"{'数据构建' if lang == 'zh' else 'Data built'}: {built[:10]}")
    lines.append(t("tagline", lang, region=region))
    layout = charts.style_layout(title="", lang=lang, source=False, height=PAGE[1])
    layout["annotations"] = [
        {"text": f"<b>{title}</b>", "x": 0.05, "y": 0.62, "xref": "paper", "yref": "paper", "xanchor": "left",
         "showarrow": False, "font": {"size": 34, "color": OUTCOME}},
        {"text": sub, "x": 0.05, "y": 0.52, "xref": "paper", "yref": "paper", "xanchor": "left",
         "showarrow": False, "font": {"size": 22, "color": SUBTLE}},
        {"text": "<br>".join(lines), "x": 0.05, "y": 0.3, "xref": "paper", "yref": "paper", "xanchor": "left",
         "align": "left", "showarrow": False, "font": {"size": 15, "color": COVER_TEXT}},
    ]
    return charts.figure([], layout, {"xaxis": {"visible": False}, "yaxis": {"visible": False}})


def targets_rows(tva_year: pd.DataFrame, inds: pd.DataFrame, lang: str) -> tuple[list[str], list[list[str]], list[str]]:
    """The year's targets against outcomes as text: (header, rows, statuses), best first. The PDF's
    table page and the deck's table slide both use it."""
    names = {r["key"]: name_of(r, lang) for _, r in inds.iterrows()}
    df = tva_year[tva_year["target_obs_id"].notna()].copy()
    df["sort"] = df["gap_better"].fillna(1e9)
    df = df.sort_values("sort")
    rows = []
    for _, r in df.iterrows():
        gap = r["gap"] if r["unit"] == "pct" else r["gap_pct"]
        rows.append([names.get(r["indicator"], r["indicator"]),
                     fmt_value(r["target_value"], r["target_value_high"], own_unit(r, "target"),
                                      r["target_qualifier"], lang),
                     fmt_value(r["actual_value"], None, own_unit(r, "actual"), r["actual_qualifier"], lang) or "—",
                     "" if pd.isna(gap) else f"{gap:+.2f}{'pp' if r['unit'] == 'pct' else '%'}",
                     t(r["attainment"], lang), row_sentence(r, lang)])
    header = [t(k, lang) for k in ("indicator", "target", "outcome", "gap", "status", "rule")]
    return header, rows, list(df["attainment"])


def targets_table(tva_year: pd.DataFrame, inds: pd.DataFrame, lang: str, year: int) -> go.Figure:
    header, table_rows, statuses = targets_rows(tva_year, inds, lang)
    rows = [list(col) for col in zip(*table_rows, strict=True)] if table_rows else [[] for _ in header]
    df = pd.DataFrame({"attainment": statuses})
    fills = [STATUS_COLORS.get(s, "white") for s in df["attainment"]]
    trace = {"type": "table", "columnwidth": [2.0, 1.3, 1.3, 0.9, 0.9, 4.2],
             "header": {"values": header, "fill": {"color": HEADER_FILL}, "align": "left", "font": {"size": 14}},
             "cells": {"values": rows, "align": "left", "height": 30, "font": {"size": 13},
                       "fill": {"color": [["white"] * len(df)] * 4 + [fills] + [["white"] * len(df)]}}}
    layout = charts.style_layout(title=t("targets_of_year", lang, year=year), lang=lang, height=PAGE[1])
    return charts.figure([trace], layout)


def sources_pages(sources: pd.DataFrame, inds: pd.DataFrame, lang: str, per_page: int = 12) -> list[go.Figure]:
    """Every document and quote behind the pack's numbers, as table pages."""
    header, all_rows = source_rows(sources, inds, lang)
    pages = []
    for start in range(0, max(len(all_rows), 1), per_page):
        part = all_rows[start:start + per_page]
        columns = [[cell.replace("\n", "<br>") for cell in col] for col in zip(*part, strict=True)] if part \
            else [[] for _ in header]
        trace = {"type": "table", "columnwidth": [1.6, 0.7, 2.6, 4.2],
                 "header": {"values": header, "fill": {"color": HEADER_FILL}, "align": "left", "font": {"size": 13}},
                 "cells": {"values": columns, "align": "left", "font": {"size": 11}, "height": 26}}
        title = t("sources", lang) + (f" ({start // per_page + 1})" if len(all_rows) > per_page else "")
        pages.append(charts.figure([trace], charts.style_layout(title=title, lang=lang, source=False, height=PAGE[1])))
    return pages


def source_rows(sources: pd.DataFrame, inds: pd.DataFrame, lang: str) -> tuple[list[str], list[list[str]]]:
    """Every statement behind a pack's numbers as text rows, lines broken by newlines (addresses
    wrapped, never cut): the PDF's source pages and the deck's sources slides."""
    names = {r["key"]: name_of(r, lang) for _, r in inds.iterrows()}
    rows = [[f"{names.get(r['indicator'], r['indicator'])} {int(r['year'])}",
             t("target", lang) if r["kind"] == "target" else t("outcome", lang),
             _source_name(r, lang).replace("<br>", "\n"), "" if pd.isna(r["quote"]) else str(r["quote"])]
            for _, r in sources.iterrows()]
    return [t("indicator", lang), t("kind", lang), t("document", lang), t("quote", lang)], rows


def _source_name(r, lang: str) -> str:
    if isinstance(r.get("doc_title"), str):
        date = "" if pd.isna(r.get("doc_date")) else str(r.get("doc_date"))[:10]
        return f"{r['doc_title']} ({doc_type_label(r.get('doc_type'), lang)}{', ' + date if date else ''}) [{r['doc_id']}]"
    url = str(r.get("source_url") or "")
    return f"{r.get('source_title') or ''}<br>" + "<br>".join(url[i:i + 70] for i in range(0, len(url), 70))


def merge_pdfs(parts: list[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pack_pdf(pages: list[go.Figure], progress=None) -> bytes:
    parts = []
    for i, fig in enumerate(pages, start=1):
        parts.append(render(fig, "pdf", *PAGE))
        if progress:
            progress(i, len(pages))
    return merge_pdfs(parts)


def pack_zip(charts_: list[tuple[str, go.Figure]], sources: pd.DataFrame, progress=None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, fig) in enumerate(charts_, start=1):
            z.writestr(f"{i:02d}-{name}.png", render(fig, "png", *SLIDE, scale=2))
            z.writestr(f"{i:02d}-{name}.svg", render(fig, "svg", *SLIDE))
            if progress:
                progress(i, len(charts_))
        text = io.StringIO()
        cols = [c for c in ("indicator", "year", "kind", "value", "unit", "qualifier", "status", "method", "doc_id",
                            "char_start", "char_end", "quote", "doc_title", "source_title", "source_url") if c in sources]
        csv.writer(text).writerows([cols] + sources[cols].astype(object).where(sources[cols].notna(), "").values.tolist())
        z.writestr("sources.csv", text.getvalue())
    return out.getvalue()
