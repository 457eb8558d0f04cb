"""Readers by format: the bytes of a report as published -> its text (and, for PDF and Word, where each
page or paragraph begins). One module per format; FORMATS below is the one dispatch table from a
file's first bytes to its reader, never by its name. Adding a format is a module and a row.

Bad files raise InputError with a one-line reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from etl.readers import docx, mhtml, ocr, pdf, text
from etl.readers.base import Extracted, InputError
from etl.readers.ocr import ocr_cache_dir


@dataclass(frozen=True)
class Format:
    name: str
    matches: Callable[[bytes], bool]                  # by the file's first bytes
    read: Callable[[bytes], Extracted] | None = None  # None: refused, with `refusal` as the reason
    refusal: str = ""
    published: bool = False                           # laid out in pages or paragraphs (PDF, Word)


def _starts(magic: bytes) -> Callable[[bytes], bool]:
    return lambda data: data.startswith(magic)


FORMATS: tuple[Format, ...] = (
    Format("pdf", _starts(b"%PDF-"), lambda data: pdf.read_pdf(data, ocr_cache_dir()), published=True),
    Format("docx", lambda data: data.startswith(b"PK\x03\x04") and docx.is_docx(data), docx.read_docx, published=True),
    Format("zip", _starts(b"PK\x03\x04"), refusal="a ZIP archive (a .xlsx or .zip), not a report: unpack it or save the "
                                                   "report as .docx, .pdf or .txt"),
    Format("png", _starts(b"\x89PNG"), ocr.read_image, published=True),
    Format("jpeg", _starts(b"\xff\xd8\xff"), ocr.read_image, published=True),
    Format("tiff", lambda data: data[:4] in (b"II*\x00", b"MM\x00*"), ocr.read_image, published=True),
    Format("gif", _starts(b"GIF8"), refusal="a GIF image: save a scan as PNG, JPEG, TIFF or PDF"),
    Format("gzip", _starts(b"\x1f\x8b"), refusal="a gzip archive, not a report: unpack it"),
    Format("ole", _starts(b"\xd0\xcf\x11\xe0"), refusal="an old Office document (.doc/.xls): save it as .docx or PDF"),
    Format("mhtml", mhtml.is_mhtml, mhtml.read_mhtml),
    Format("text", lambda data: True, text.read_text),
)


def format_of(data: bytes, formats: tuple[Format, ...] | None = None) -> Format:
    """The first format whose test the bytes pass (the last, text, takes anything)."""
    return next(f for f in (FORMATS if formats is None else formats) if f.matches(data))


def read_bytes(data: bytes, formats: tuple[Format, ...] | None = None) -> tuple[Format, Extracted]:
    """The file's format and what its reader made of it; InputError for a refused format."""
    fmt = format_of(data, formats)
    if fmt.read is None:
        raise InputError(fmt.refusal)
    return fmt, fmt.read(data)
