"""Figures and briefing packs as bytes: PNG, SVG, PDF through kaleido (Debian's chromium, found by
kaleido itself), PPTX through python-pptx, ZIP. No file I/O here: callers write the bytes.

The export style is the screen style (charts.style_layout) with a source line that names the
reports behind the numbers and the export date.
"""

from __future__ import annotations

import atexit
import copy
import io
import os
import re
import threading
import warnings
import zipfile
from datetime import date as _date

import pandas as pd
import plotly.graph_objects as go

from components import browser, charts
from components.format import fmt_value, own_unit
from components.i18n import doc_type_label, name_of, place_label, t
from components.palette import COVER_TEXT, MUTED, OUTCOME, SUBTLE
from components.provenance import source_line
from components.rules import row_sentence
from components.textfit import text_width, wrap_width

FORMATS = ("png", "svg", "pdf")
PACK_FORMATS = ("pdf", "pptx", "zip")
PAGE = (1123, 794)          # A4 landscape at 96 dpi, in CSS pixels
SLIDE = (1600, 900)
SOURCE_SIZE = 11       # px, the source line under a chart
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
        browser.use_lean_browser()   # the same renders from half the processes (components/browser.py)
        kaleido.start_sync_server(silence_warnings=True)
        if _started_pid is None:
            atexit.register(_stop)
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
    if fmt == "pdf":
        fig = without_synthetic_bold(fig)
    _start()
    # one render at a time per process: kaleido's one browser answers calls from several threads out of
    # order (two people exporting at once could each get the other's image)
    with _render_lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fig.to_image(format=fmt, width=width, height=height, scale=scale)


# a run of bold text that holds a Chinese character (or any East Asian wide one)
_BOLD_CJK = re.compile(r"<b>((?:(?!</b>).)*[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef](?:(?!</b>).)*)</b>", re.S)


def without_synthetic_bold(fig: go.Figure) -> go.Figure:
    """The figure with no Chinese text in bold, for a PDF. The Chinese font (WenQuanYi Micro Hei) has
    no bold face: Chromium then draws a synthetic bold, which its PDF writer embeds as one Type 3 font
    per glyph; such text is not found by a search ("2024年目标" falls apart between fonts) and prints
    poorly. Latin bold has a face of its own (Liberation Sans Bold) and stays."""
    def plain(value):
        if isinstance(value, str):
            return _BOLD_CJK.sub(r"\1", value) if "<b>" in value else value
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    data = fig.to_dict()
    cleaned = plain(data)
    return fig if cleaned == data else go.Figure(cleaned)


def _plain(text) -> str:
    return re.sub(r"<[^>]*>", "", str(text))


def _left_of_plot(fig: go.Figure) -> float:
    """Where the plot area starts, px, as far as labels can push it: the widest label left of any
    y axis (its ticktext, or the categories its traces draw) and room for the axis title, or the left
    margin. An estimate that errs wide: the source line starts there and must fit the page."""
    layout = fig.layout
    labels = [str(x) for key in layout.to_plotly_json() if key.startswith("yaxis")
              for x in (layout[key].ticktext or ()) if layout[key].side != "right"]
    labels += [str(y) for tr in fig.data if getattr(tr, "type", "") != "table" and getattr(tr, "y", None) is not None
               and getattr(tr, "orientation", None) != "v" for y in tr.y if isinstance(y, str)]
    widest = max((text_width(_plain(x), 13) for x in labels), default=60.0)
    return max(float(layout.margin.l or 0), widest + 40)


def source_annotation_lines(fig: go.Figure, line: str, width: int) -> list[str]:
    """The source line broken into lines that fit between where the plot starts and the right edge."""
    room = width - _left_of_plot(fig) - float(fig.layout.margin.r or 0) - 8
    return wrap_width(line, max(room, 200), SOURCE_SIZE)


def for_export(fig: go.Figure, *, sources: pd.DataFrame | None, lang: str, today: str | None = None,
               width: int = PAGE[0]) -> go.Figure:
    """The screen figure with the export source line (components/provenance.source_line): the
    documents behind this chart's own points, each under its place, the export date and the product,
    wrapped to fit a render `width` px wide (the narrowest it is drawn at)."""
    fig = go.Figure(copy.deepcopy(fig.to_dict()))
    line = source_line(sources, lang, today=today or _date.today().isoformat())
    lines = source_annotation_lines(fig, line, width)
    annotations = [a for a in fig.layout.annotations if a.name != "source-line"]
    base = fig.layout.margin.b or 88
    fig.update_layout(margin={"b": base + 15 * (len(lines) - 1)})   # each further line of sources gets room
    annotations.append(dict(text="<br>".join(escaped(x) for x in lines), xref="paper", yref="paper", x=0, y=0,
                            xanchor="left", yanchor="top", align="left", yshift=-(base - 26), showarrow=False,
                            font={"size": SOURCE_SIZE, "color": MUTED}, name="source-line"))
    fig.update_layout(annotations=annotations)
    return fig


def escaped(line: str) -> str:
    """Text as plotly's markup shows it as written (an address's & kept)."""
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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


def source_rows(sources: pd.DataFrame, inds: pd.DataFrame, lang: str) -> tuple[list[str], list[list[str]]]:
    """Every statement behind a pack's numbers as text rows: indicator and year, the place it is about,
    kind, document (title and whole address, on lines of their own) and quote. The PDF's source
    pages and the deck's sources slides; the writer of each wraps the cells to its columns."""
    names = {r["key"]: name_of(r, lang) for _, r in inds.iterrows()}
    rows = [[f"{names.get(r['indicator'], r['indicator'])} {int(r['year'])}", _place(r.get("region"), lang),
             t("target", lang) if r["kind"] == "target" else t("outcome", lang),
             _source_name(r, lang), "" if pd.isna(r["quote"]) else str(r["quote"])]
            for r in _by_place(sources)]
    return [t("indicator", lang), t("place", lang).capitalize(), t("kind", lang), t("document", lang),
            t("quote", lang)], rows


def _by_place(sources: pd.DataFrame) -> list[dict]:
    """The statements by indicator (as given), then place from the nation down, year and kind."""
    from components.vocabulary import current as vocabulary

    rank = {r.name_zh: i for i, r in reversed(list(enumerate(vocabulary().places.rows)))}
    first = {k: i for i, k in reversed(list(enumerate(sources["indicator"])))} if len(sources) else {}
    return sorted(sources.to_dict("records"), key=lambda r: (first[r["indicator"]], rank.get(r.get("region"), 1 << 30),
                                                            int(r["year"]), r["kind"] != "target"))


def _place(region, lang: str) -> str:
    return place_label(region, lang) if isinstance(region, str) and region else t("region_unknown", lang)


def _source_name(r, lang: str) -> str:
    if isinstance(r.get("doc_title"), str):
        date = "" if pd.isna(r.get("doc_date")) else str(r.get("doc_date"))[:10]
        return f"{r['doc_title']} ({doc_type_label(r.get('doc_type'), lang)}{', ' + date if date else ''}) [{r['doc_id']}]"
    return "\n".join(x for x in (r.get("source_title"), r.get("source_url")) if isinstance(x, str) and x)


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


def pack_zip(charts_: list[tuple[str, go.Figure]], sources: pd.DataFrame, progress=None, lang: str = "zh") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, fig) in enumerate(charts_, start=1):
            z.writestr(f"{i:02d}-{name}.png", render(fig, "png", *SLIDE, scale=2))
            z.writestr(f"{i:02d}-{name}.svg", render(fig, "svg", *SLIDE))
            if progress:
                progress(i, len(charts_))
        z.writestr("sources.csv", sources_csv(sources, lang))
    return out.getvalue()


SOURCE_COLUMNS = ("region", "place", "indicator", "year", "kind", "value", "unit", "qualifier", "status", "method",
                  "doc_id", "char_start", "char_end", "quote", "doc_title", "source_title", "source_url")


def sources_csv(sources: pd.DataFrame, lang: str) -> bytes:
    """The statements behind a pack as CSV for a spreadsheet: UTF-8 with a BOM (Excel on Chinese
    Windows reads it), each row with its place (and its English name in English), headers in Chinese
    in Chinese, no cell a formula."""
    from components.downloads import labelled, spreadsheet_safe

    df = sources.copy()
    if lang == "en" and "region" in df:
        df["place"] = [_place(r, lang) for r in df["region"]]
    cols = [c for c in SOURCE_COLUMNS if c in df]
    df = df[cols].astype(object).where(df[cols].notna(), "").map(spreadsheet_safe)
    return ("\ufeff" + labelled(df, lang, "sources").to_csv(index=False)).encode("utf-8")
