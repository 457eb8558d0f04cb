"""Raw files -> Documents: the file taken in (its guards and its sidecar), read by its format's reader
(etl/readers/), normalised, split into the documents it holds, each with what its text says of
itself (etl/extract/metadata.py) and its place (etl/extract/region.py)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from etl import readers
from etl.errors import InputError
from etl.extract.card_parts import card_parts_written_in
from etl.extract.chart_lines import chart_lines_named
from etl.extract.chart_values import chart_values_named
from etl.extract.copy_date import copied_later, stamped_after_address, stamped_before_event
from etl.extract.dateline import dateline_date, wire_date
from etl.extract.doc_date import ISO_DATE, iso_date, read_date
from etl.extract.label_lines import (
    join_card_values,
    names_under_values,
    split_figures_joined,
    unbracket_headings,
    year_heads_joined,
)
from etl.extract.lead_part import address_part_date
from etl.extract.metadata import (
    classify_type,
    read_title,
    read_years,
    split_segments,
    undated_session,
)
from etl.extract.normalize import break_run_in_headings, join_cut_names, join_name_and_growth, normalize_text
from etl.extract.page_frame import framed_title
from etl.extract.paired_cards import pairs_written_out
from etl.extract.region import read_region
from etl.extract.value_first import values_before_names
from etl.knowledge import Knowledge
from etl.readers.base import Extracted
from etl.readers.html import html_meta
from etl.records import Document

TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".mhtml", ".mht", ".text"}   # what a file read as text may be named


# --- reading files ------------------------------------------------------------------------

SIDECAR_KEYS = {"file", "what", "kind_hint", "region", "came_from", "source_url", "title", "date", "note"}
MAX_SIDECAR_BYTES = 64_000
MAX_SIDECAR_STRING = 2_000
MAX_FILE_BYTES = 64 * 1024 * 1024
def read_sidecar(path: Path) -> dict:
    """The report's sidecar, checked: a JSON object of known keys whose values are short strings (or
    null). Anything else raises InputError naming the sidecar: the report is skipped, not guessed."""
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    if side.is_symlink() or not side.is_file():
        raise InputError(f"{side.name}: sidecar is not a regular file")
    if side.stat().st_size > MAX_SIDECAR_BYTES:
        raise InputError(f"{side.name}: sidecar is larger than {MAX_SIDECAR_BYTES // 1000} kB")
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise InputError(f"{side.name}: sidecar is not valid JSON ({str(exc)[:80]})") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{side.name}: sidecar must be a JSON object, not {type(meta).__name__}")
    unknown = sorted(set(meta) - SIDECAR_KEYS)
    if unknown:
        raise InputError(f"{side.name}: unknown key(s) {', '.join(map(repr, unknown))[:120]} "
                         f"(known: {', '.join(sorted(SIDECAR_KEYS))})")
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{side.name}: {key} must be a string or null, not {type(value).__name__}")
        if isinstance(value, str) and (len(value) > MAX_SIDECAR_STRING or "\x00" in value):
            raise InputError(f"{side.name}: {key} is longer than {MAX_SIDECAR_STRING} characters or holds NUL")
    return meta


def check_raw_path(path: Path, raw_dir: Path | None = None) -> None:
    """Only regular files inside data/raw/ are read: a link out of it, a device or a pipe, a name with
    a control character, an oversized file are refused with the reason."""
    if any(ord(c) < 32 for c in path.name):
        raise InputError("the file name holds a control character (a newline or tab); rename the file")
    if path.is_symlink():
        target = path.resolve()
        inside = raw_dir is not None and target.is_relative_to(raw_dir.resolve())
        if not inside:
            raise InputError("a link to a file outside data/raw/ (links are not followed out of the folder)")
    if not path.is_file():
        raise InputError("not a regular file (a device, a pipe or a folder)")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB ({size // (1024 * 1024)} MB); "
                         "split it into reports")


def _sidecar_date(value: str | None) -> str | None:
    m = ISO_DATE.match((value or "").strip())
    return iso_date(*m.groups()) if m else None


def documents_from_text(knowledge: Knowledge, raw_text: str, name: str, sha: str = "", encoding: str = "utf-8",
                        meta: dict | None = None) -> list[Document]:
    meta = meta or {}
    grammar = knowledge.grammar
    text = split_figures_joined(year_heads_joined(raw_text), grammar.units)   # (263.8 / 亿元, 2025 / 预期目标: one line)
    text = pairs_written_out(text, knowledge.term_re)   # (two figures of a name side by side, before any joining)
    text = names_under_values(text, knowledge.term_re)   # (before a name is joined to the line below it)
    text = values_before_names(text, knowledge.term_re, grammar.units)   # (5.5% / 地区生产总值增长,高于全国…: the name first)
    text = join_cut_names(normalize_text(text, grammar.units, grammar.variants, grammar.chrome, grammar.footer), knowledge.term_re)
    text = chart_values_named(text, knowledge.term_re)   # (图1 2019—2023年地区生产总值…: each year's data named)
    text = chart_lines_named(text, knowledge.term_re)   # (… and captions of growth, shares or parts: 2013:198.5亿元,+9.6%)
    text = join_name_and_growth(break_run_in_headings(text, knowledge.term_re), knowledge.term_re)
    text = join_card_values(unbracket_headings(text), knowledge.term_re)
    text = card_parts_written_in(text, knowledge.term_re)   # (1—11月 … 1—11月 over cards: each card's own)
    stem = Path(name).stem
    docs = []
    for i, (a, b) in enumerate(split_segments(text)):
        seg = text[a:b].strip("\n")
        doc = Document(doc_id=f"{stem}#{i}", source_file=name, segment=i, text=seg,
                       file_sha256=sha, encoding=encoding,
                       source_url=meta.get("source_url"), source_note=meta.get("what"))
        doc.title = meta["title"] if i == 0 and meta.get("title") else framed_title(seg, read_title(seg))
        doc.doc_type = classify_type(doc.title, seg, knowledge.document_types)
        _date(doc, seg, meta, knowledge)
        read_years(doc, knowledge.grammar, knowledge.document_types.epochs)
        doc.warnings.extend(filter(None, [undated_session(doc)]))
        reading = read_region(seg, knowledge.regions, knowledge.gazetteer, meta.get("region"),
                              meta.get("source_url"))
        doc.region, doc.region_evidence = reading.region, reading.evidence
        if reading.warning:
            doc.warnings.append(reading.warning)
        docs.append(doc)
    return docs


def _date(doc: Document, seg: str, meta: dict, knowledge: Knowledge) -> None:
    """The document's date: its own stamp, else the sidecar's, else a yearless dateline the address agrees with, else a
    part-year item's address. A stamp that is a later copy's (more than a year after the Party meetings its text cites,
    before the event it reports, long after its address's date) dates nothing: the sidecar's date, else the dateline's
    or the address's read without it, when that one is no later copy's either; else None, with the reason."""
    url = meta.get("source_url")
    doc.doc_date = read_date(doc.doc_type, seg, knowledge.document_types) or _sidecar_date(meta.get("date")) \
        or dateline_date(seg, url) or address_part_date(doc)
    doc.doc_date = wire_date(seg, doc.doc_date) or doc.doc_date   # a copy's stamp long after the agency's dateline
    copied = _copied(doc, seg, url, knowledge)
    if copied:   # 更新时间:2018-07-01 on a text guided by 十八届四中全会: a copy's stamp dates nothing
        doc.doc_date = _sidecar_date(meta.get("date"))
        if doc.doc_date is None:
            doc.doc_date = dateline_date(seg, url) or address_part_date(doc)
            if doc.doc_date is None or _copied(doc, seg, url, knowledge):
                doc.doc_date = None
                doc.warnings.append(copied)


def _copied(doc: Document, seg: str, url: str | None, knowledge: Knowledge) -> str | None:
    """Why the document's date is a later copy's, or None."""
    return copied_later(seg, doc.doc_date, knowledge.document_types.meetings) or stamped_before_event(seg, doc.doc_date) \
        or stamped_after_address(doc.doc_date, url)


def read_file(knowledge: Knowledge, path: Path, raw_dir: Path | None = None) -> list[Document]:
    """One raw file -> its documents. Raises InputError naming the problem."""
    check_raw_path(path, raw_dir)
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; split it into reports")
    sha = hashlib.sha256(data).hexdigest()
    fmt, extracted = readers.read_bytes(data)
    if fmt.name == "text" and path.suffix.lower() not in TEXT_SUFFIXES:
        raise InputError(f"a file of unknown kind ({path.suffix or 'no extension'}): a report is .txt, .html, .mhtml, "
                         ".pdf, .docx or a scan (.png, .jpg, .tif); rename it if it is one")
    if not extracted.text.strip():
        raise InputError("no text found")
    if fmt.published:
        return _published_documents(knowledge, path, extracted, sha)
    return _text_documents(knowledge, path, extracted.text, extracted.encoding, sha)


def _text_documents(knowledge: Knowledge, path: Path, raw_text: str, encoding: str, sha: str) -> list[Document]:
    """A text file or a saved web page: its documents, with what the page's head says of itself."""
    nul = raw_text.find("\x00")
    if nul >= 0:   # a stray NUL past the first 4 kB: removed (else it silently cut its sentence)
        raw_text = raw_text.replace("\x00", "")
    if "\ufffd" in raw_text[:2000] and raw_text[:2000].count("\ufffd") > 20:
        raise InputError("text is mostly undecodable characters")
    meta = read_sidecar(path)
    page = path.suffix.lower() in (".html", ".htm", ".mhtml", ".mht") or encoding == "mhtml" \
        or raw_text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
    if page:   # a saved web page: its title, date and address fill what the sidecar leaves empty
        meta = {**html_meta(raw_text), **{k: v for k, v in meta.items() if v}}
    docs = documents_from_text(knowledge, raw_text, path.name, sha, encoding, meta)
    if page:
        for doc in docs:
            doc.source_format = "html"
    if nul >= 0 and docs:
        docs[0].warnings.append(f"NUL bytes removed from the text (the first at character {nul})")
    return docs


def _published_documents(knowledge: Knowledge, path: Path, extracted: Extracted, sha: str) -> list[Document]:
    """A PDF (text layer or scanned) or a Word file: the documents as for a text file, each figure
    located on its page or paragraph."""
    fmt = extracted.encoding
    docs = documents_from_text(knowledge, extracted.text, path.name, sha, fmt, read_sidecar(path))
    chunks = [(extracted.text[a:b], n) for (a, n), b in
              zip(extracted.parts, [p[0] for p in extracted.parts[1:]] + [len(extracted.text)], strict=True)]
    for doc in docs:
        doc.source_format, doc.part_unit, doc.ocr = fmt, extracted.unit, extracted.ocr
        doc.parts = _locate_parts(doc.text, chunks, knowledge.grammar.units)
        doc.warnings.extend(extracted.notes)
        if extracted.ocr:
            conf = extracted.ocr_confidence
            doc.warnings.append("read by OCR" + (f" (mean word confidence {conf:.0f})" if conf is not None else "")
                                + ": its figures go to review")
    return docs


def _locate_parts(text: str, chunks: list[tuple[str, int]], units: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each page's (or paragraph's) text begins in a document's normalised text: its first
    characters, normalised the same way, found in order."""
    found, pos = [], 0
    for chunk, number in chunks:
        head = normalize_text(chunk.strip(), units)[:24].strip()
        if not head:
            continue
        at = text.find(head, pos)
        if at < 0:
            continue
        found.append((at, number))
        pos = at
    return found


def file_stat(path: Path, sidecar: bool | None = None) -> str:
    """What tells a file as it is now from a changed one without reading it (as git's index does): its
    size, modification and change times in ns and inode, and its sidecar's ('-' for none; `sidecar`
    False: the folder's listing has none); '' when the file cannot be seen."""
    out = []
    for p in (path, path.with_name(path.stem + ".meta.json") if sidecar is not False else None):
        try:
            st = os.lstat(p) if p is not None else None
        except OSError:
            st = None
        out.append(f"{st.st_size}.{st.st_mtime_ns}.{st.st_ctime_ns}.{st.st_ino}" if st else "-")
    return "/".join(out) if out[0] != "-" else ""


def raw_listing(raw_dir: Path) -> tuple[list[Path], set[str]]:
    """(raw_files, the names of the sidecars beside them), in one pass over the folder."""
    names, sidecars = [], set()
    with os.scandir(raw_dir) as entries:
        for e in entries:
            if e.name.startswith("."):
                continue
            if e.name.endswith(".meta.json"):
                sidecars.add(e.name)
            elif not e.is_dir():
                names.append(e.name)
    return [raw_dir / n for n in sorted(names)], sidecars


def raw_files(raw_dir: Path) -> list[Path]:
    """Every file of the folder by name but sidecars and hidden files (links, odd files and files of
    unknown kinds included: read_file refuses them with the reason, so that they are named rather
    than silently passed over)."""
    return raw_listing(raw_dir)[0]
