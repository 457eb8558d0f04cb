"""PDF with a text layer: the page's lines in the PDF's order, running headers and footers removed,
lines joined into paragraphs. A PDF without a text layer is a scan, read by OCR (etl/readers/ocr.py)."""

from __future__ import annotations

import re
from pathlib import Path

from etl.readers.base import Extracted, InputError, assemble, join_lines
from etl.readers.ocr import ocr_pdf

MAX_PAGES = 300
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,3})\s*$")


def _page_lines(page) -> list[str]:
    """The page's lines in the PDF's own order (so two columns stay apart), with table rows kept as
    rows: a line is a run of characters on one band of height, a wide gap inside it is a cell
    boundary, and two or more neighbouring lines with cells are a table, written as pipe rows
    (| 指标 | 目标 |) for the table reader."""
    textpage = page.get_textpage()
    try:
        lines: list[list[list[str]]] = []      # line -> cells -> characters
        band = None                             # (bottom, top) of the current line
        last_right = None
        for i in range(textpage.count_chars()):
            ch = textpage.get_text_range(i, 1)
            if not ch or ch in "\r\n":
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)   # the font's box, not the glyph's
            height = max(top - bottom, 1.0)
            centre = (bottom + top) / 2
            if ch.isspace() and right - left < 0.5:
                continue
            if band is None or not (band[0] - 0.3 * height <= centre <= band[1] + 0.3 * height) \
                    or left < last_right - 2 * height:
                lines.append([[ch]])
                band = (bottom, top)
            elif left - last_right > max(2.5 * height, 14):
                lines[-1].append([ch])
                band = (min(band[0], bottom), max(band[1], top))
            else:
                lines[-1][-1].append(ch)
                band = (min(band[0], bottom), max(band[1], top))
            last_right = right
    finally:
        textpage.close()
    rows = [[c for c in ("".join(cell).strip() for cell in line) if c] for line in lines]
    out = []
    for k, cells in enumerate(rows):
        tabular = len(cells) >= 2 and any(len(rows[j]) >= 2 for j in (k - 1, k + 1) if 0 <= j < len(rows))
        out.append("| " + " | ".join(cells) + " |" if tabular else "".join(cells))
    return out


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines that repeat at the top or bottom of at least half the pages (running headers and
    footers), compared with their digits removed."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        edge = [ln for ln in lines if ln.strip()]
        for ln in {*(edge[:2]), *(edge[-2:])}:
            key = re.sub(r"\d+", "#", ln.strip())
            counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n >= max(2, len(pages) // 2)}


def read_pdf(data: bytes, cache_dir: Path | None = None) -> Extracted:
    """A PDF's text by pages; a scan (under 20 characters a page) by OCR, cached in `cache_dir`."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"a PDF that cannot be opened ({str(exc)[:80]}; encrypted or damaged?)") from exc
    try:
        n = len(pdf)
        if n == 0:
            raise InputError("a PDF with no pages")
        if n > MAX_PAGES:
            raise InputError(f"a PDF of {n} pages (more than {MAX_PAGES}): split it into reports")
        pages = [_page_lines(pdf[i]) for i in range(n)]
        chars = sum(len("".join(p).strip()) for p in pages)
        if chars < 20 * n:      # no text layer to speak of: a scan
            return ocr_pdf(pdf, data, cache_dir)
    except pdfium.PdfiumError as exc:   # a page tree that contains itself, a broken page
        raise InputError(f"a PDF whose pages cannot be read ({str(exc)[:80]})") from exc
    finally:
        pdf.close()
    running = _running_lines(pages)
    text, parts = assemble(
        (number, join_lines([ln for ln in lines if re.sub(r"\d+", "#", ln.strip()) not in running
                        and not _PAGE_NUMBER.match(ln)]))
        for number, lines in enumerate(pages, start=1))
    if not text.strip():
        raise InputError("a PDF whose text is only running headers, footers and page numbers")
    return Extracted(text, parts, "page", encoding="pdf",
                     notes=[f"{len(running)} running header/footer line(s) removed"] if running else [])
