"""Plain text files: the bytes decoded by their byte-order mark, UTF-16, UTF-8 or GB18030."""

from __future__ import annotations

from etl.readers.base import Extracted, InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: Chinese and ASCII text put NUL bytes on one side of most pairs."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if not sample:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.2 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.2 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding). Tries BOMs, UTF-16, UTF-8, then GB18030 (a superset of GBK/GB2312).

    Raises InputError for empty or binary input.
    """
    if not data.strip():
        raise InputError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc).lstrip("\ufeff"), enc.replace("-sig", " with BOM")
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {enc} byte-order mark but is not {enc}: {exc.reason}") from exc
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4000]:
        raise InputError("binary data (NUL bytes), not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        utf8_at = utf8_error.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (invalid byte at offset {utf8_at}) nor GB18030/GBK (invalid byte at "
                         f"offset {exc.start}): a corrupted or mixed-encoding file") from exc
    return text, "gb18030"


def read_text(data: bytes) -> Extracted:
    text, encoding = decode_bytes(data)
    return Extracted(text, encoding=encoding)
