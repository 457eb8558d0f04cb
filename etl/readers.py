"""Readers by format: the bytes of a report as published (a PDF with a text layer, a scanned PDF, a
Word .docx) -> its text, and where each part of the text came from (page or paragraph).

Each reader is one function `read_*(data) -> Extracted`. documents.read_file chooses by the file's
first bytes, never by its name. Bad files raise InputError with a one-line reason.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from etl.errors import InputError

MAX_PAGES = 300
OCR_LANG = "chi_sim"
_SENTENCE_END = ("。", ";", ":", "!", "?", ";", ":", "!", "?", "”", ")", ")")
_STARTS_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d{1,2}[.、](?!\d)|[●•◆▲■□—-])")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,3})\s*$")


@dataclass
class Extracted:
    text: str
    parts: list[tuple[int, int]] = field(default_factory=list)   # (offset in text, page or paragraph number)
    unit: str = "page"            # page | paragraph
    ocr: bool = False
    ocr_confidence: float | None = None   # mean word confidence (0-100) of the OCR, when read by OCR
    notes: list[str] = field(default_factory=list)


def _assemble(numbered) -> tuple[str, list[tuple[int, int]]]:
    """(number, text) pieces -> the text joined by newlines and where each non-empty piece begins."""
    chunks, parts, pos = [], [], 0
    for number, body in numbered:
        body = body.strip()
        if not body:
            continue
        parts.append((pos, number))
        chunks.append(body)
        pos += len(body) + 1
    return "\n".join(chunks), parts


# --- PDF ------------------------------------------------------------------------------------

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


def _join(lines: list[str]) -> str:
    """Lines of a page -> paragraphs: a line that does not end a sentence continues on the next,
    unless the next starts a list item; blank lines end paragraphs."""
    out: list[str] = []
    for ln in lines:
        s = ln.strip()
        if not s:
            if out and out[-1] != "":
                out.append("")
            continue
        if out and out[-1] and not out[-1].endswith(_SENTENCE_END) and not _STARTS_ITEM.match(s) \
                and len(out[-1]) >= 12:
            out[-1] += s
        else:
            out.append(s)
    return "\n".join(p for p in out if p is not None)


def read_pdf(data: bytes, cache_dir: Path | None = None) -> Extracted:
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
            return _ocr_pdf(pdf, data, cache_dir)
    finally:
        pdf.close()
    running = _running_lines(pages)
    text, parts = _assemble(
        (number, _join([ln for ln in lines if re.sub(r"\d+", "#", ln.strip()) not in running
                        and not _PAGE_NUMBER.match(ln)]))
        for number, lines in enumerate(pages, start=1))
    return Extracted(text, parts, "page",
                     notes=[f"{len(running)} running header/footer line(s) removed"] if running else [])


# --- OCR ------------------------------------------------------------------------------------

def ocr_available() -> bool:
    if not shutil.which("tesseract"):
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    return OCR_LANG in langs.split()


def _ocr_image(png: bytes) -> tuple[str, float | None]:
    """Text and mean word confidence of one page image, by Tesseract's TSV output."""
    with tempfile.TemporaryDirectory() as tmp:
        img = Path(tmp) / "page.png"
        img.write_bytes(png)
        run = subprocess.run(["tesseract", str(img), "stdout", "-l", OCR_LANG, "--psm", "6", "tsv"],
                             capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        raise InputError(f"OCR failed: {run.stderr.strip()[:120]}")
    lines: dict[tuple, list[str]] = {}
    confs = []
    for row in run.stdout.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or not cols[11].strip():
            continue
        lines.setdefault((cols[2], cols[3], cols[4]), []).append(cols[11])
        try:
            if float(cols[10]) >= 0:
                confs.append(float(cols[10]))
        except ValueError:
            pass
    text = "\n".join("".join(words) for words in lines.values())   # Chinese: no spaces between words
    return text, (sum(confs) / len(confs) if confs else None)


def _ocr_pdf(pdf, data: bytes, cache_dir: Path | None) -> Extracted:
    key = hashlib.sha256(data).hexdigest()
    cached = cache_dir / f"{key}.ocr.txt" if cache_dir else None
    if cached is not None and cached.is_file():
        return _from_cache(cached.read_text(encoding="utf-8"))
    if not ocr_available():
        raise InputError("a scanned PDF (no text layer) and no OCR here: install tesseract-ocr and "
                         "tesseract-ocr-chi-sim")
    pages_text, confs = [], []
    for i in range(len(pdf)):
        bitmap = pdf[i].render(scale=300 / 72)
        buf = io.BytesIO()
        bitmap.to_pil().save(buf, format="PNG")
        text, conf = _ocr_image(buf.getvalue())
        pages_text.append(_join(text.split("\n")))
        if conf is not None:
            confs.append(conf)
    text, parts = _assemble(enumerate(pages_text, start=1))
    extracted = Extracted(text, parts, "page", ocr=True, ocr_confidence=sum(confs) / len(confs) if confs else None)
    if cached is not None:
        _to_cache(cached, extracted)
    return extracted


_CACHE_HEAD = "#luohu-ocr "


def _to_cache(path: Path, e: Extracted) -> None:
    """OCR text by content hash: a rebuild does not OCR again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        head = _CACHE_HEAD + ",".join(f"{a}:{n}" for a, n in e.parts) + f" conf={e.ocr_confidence}\n"
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        tmp.write_text(head + e.text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass   # a cache that cannot be written only costs time


def _from_cache(raw: str) -> Extracted:
    head, _, text = raw.partition("\n")
    parts_field, _, conf = head.removeprefix(_CACHE_HEAD).partition(" conf=")
    parts = [(int(a), int(n)) for a, n in (p.split(":") for p in parts_field.split(",") if p)]
    return Extracted(text, parts, "page", ocr=True, ocr_confidence=None if conf in ("", "None") else float(conf))


# --- Word -----------------------------------------------------------------------------------

def read_docx(data: bytes) -> Extracted:
    """Paragraphs and tables in their order; a table's rows as pipe rows (| a | b |), which the
    table reader reads."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise InputError(f"a Word file that cannot be read ({type(exc).__name__})") from exc
    def pieces():
        for number, element in enumerate(document.element.body.iterchildren(), start=1):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                yield number, Paragraph(element, document).text
            elif tag == "tbl":
                yield number, "\n".join("| " + " | ".join(c.text.strip().replace("\n", " ") for c in row.cells) + " |"
                                         for row in Table(element, document).rows)
    text, parts = _assemble(pieces())
    if not parts:
        raise InputError("a Word file with no text")
    return Extracted(text, parts, "paragraph")


def is_docx(data: bytes) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


# --- saved web pages ------------------------------------------------------------------------

_META = [
    ("title", re.compile(r"(?is)<title[^>]*>(.{1,300}?)</title>")),
    ("date", re.compile(r"(?is)<meta[^>]{0,200}?(?:name|property)=[\"'](?:article:published_time|pubdate|publishdate|"
                        r"PubDate|og:release_date|dc\.date)[\"'][^>]{0,200}?content=[\"']([^\"']{8,40})[\"']")),
    ("source_url", re.compile(r"(?is)<link[^>]{0,200}?rel=[\"']canonical[\"'][^>]{0,200}?href=[\"']([^\"']{8,500})[\"']")),
]


def html_meta(raw: str) -> dict[str, str]:
    """A saved page's title, publish date and canonical address, for the sidecar fields a person did
    not fill. Looked for in the page's head (its first 64 kB) only: linear and bounded."""
    import html as html_lib

    head = raw[:65536]
    found = {}
    for key, pattern in _META:
        m = pattern.search(head)
        if m:
            value = html_lib.unescape(re.sub(r"\s+", " ", m.group(1))).strip()
            if value:
                found[key] = value[:500]
    if "date" in found:
        found["date"] = found["date"][:10]
    return found


# --- web archives (.mhtml, as browsers save "a page, single file") ----------------------------

def is_mhtml(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def read_mhtml(data: bytes) -> str:
    """The saved page's HTML part, decoded (quoted-printable or base64, its own charset)."""
    import email
    from email import policy

    from etl.normalize import decode_bytes

    message = email.message_from_bytes(data, policy=policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset:
                try:
                    return payload.decode(charset)
                except (LookupError, UnicodeDecodeError):
                    pass
            return decode_bytes(payload)[0]     # the charset is in the page's own <meta>: sniffed
    raise InputError("a saved web page (.mhtml) with no HTML part")
