"""What every reader gives back, and the helpers the page- and paragraph-based readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.errors import InputError  # noqa: F401  (re-exported: what every reader raises)

_SENTENCE_END = ("。", ";", ":", "!", "?", ";", ":", "!", "?", "”", ")", ")")
_STARTS_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d{1,2}[.、](?!\d)|[●•◆▲■□—-])")


@dataclass
class Extracted:
    text: str
    parts: list[tuple[int, int]] = field(default_factory=list)   # (offset in text, page or paragraph number)
    unit: str = "page"            # page | paragraph
    ocr: bool = False
    ocr_confidence: float | None = None   # mean word confidence (0-100) of the OCR, when read by OCR
    notes: list[str] = field(default_factory=list)
    encoding: str = ""            # how the bytes were read: utf-8, gb18030, mhtml, pdf, pdf-ocr, docx …


def assemble(numbered) -> tuple[str, list[tuple[int, int]]]:
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


def join_lines(lines: list[str]) -> str:
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
