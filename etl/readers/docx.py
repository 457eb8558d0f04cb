"""Word (.docx): paragraphs and tables in their order, each table row as a pipe row.

A .docx is a ZIP of XML parts, so a small file can unzip to gigabytes or declare entities that
expand without end: the archive is checked before any part is parsed (part count, unzipped size,
no DTD or entity declarations, bounded nesting), and table merges are bounded and walked without
recursion (a horizontal span is at most MAX_SPAN columns; a vertical merge takes the cell above).
"""

from __future__ import annotations

import io
import re
import zipfile

from etl.readers.base import Extracted, InputError, assemble

MAX_PARTS = 2000
MAX_UNZIPPED = 200 * 1024 * 1024        # all parts together
MAX_DOCUMENT_XML = 64 * 1024 * 1024     # word/document.xml
MAX_DEPTH = 256                         # XML nesting
MAX_SPAN = 64                           # columns one cell may span
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_archive(data: bytes) -> None:
    """Refuse a .docx whose parts are too many or too large unzipped, declare a DTD or entities, or
    nest deeper than MAX_DEPTH, before python-docx parses any of it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > MAX_PARTS:
                raise InputError(f"a Word file of {len(infos)} parts (more than {MAX_PARTS})")
            total = sum(i.file_size for i in infos)
            if total > MAX_UNZIPPED:
                raise InputError(f"a Word file that unzips to {total // 2**20} MB (more than {MAX_UNZIPPED // 2**20} MB)")
            doc = z.getinfo("word/document.xml")
            if doc.file_size > MAX_DOCUMENT_XML:
                raise InputError(f"a Word file whose text unzips to {doc.file_size // 2**20} MB")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    part = z.read(info)
                    if _DECLARATION.search(part):
                        raise InputError(f"a Word file whose part {info.filename[:60]} declares a DTD or entities")
                    _check_depth(part, info.filename)
    except (zipfile.BadZipFile, KeyError, EOFError, OSError) as exc:
        raise InputError(f"a Word file that cannot be read ({type(exc).__name__})") from exc


def _check_depth(part: bytes, name: str) -> None:
    """The deepest nesting of a part's elements, counted on its tags in one pass (no parser)."""
    depth = deepest = 0
    for m in re.finditer(rb"<(/?)[A-Za-z_][^<>]*?(/?)>", part):
        if m.group(1):
            depth -= 1
        elif not m.group(2):
            depth += 1
            deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise InputError(f"a Word file whose part {name[:60]} nests {deepest} levels deep (more than {MAX_DEPTH})")


def read_docx(data: bytes) -> Extracted:
    """Paragraphs and tables in their order; a table's rows as pipe rows (| a | b |), which the
    table reader reads."""
    import docx
    from docx.text.paragraph import Paragraph

    check_archive(data)
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
                yield number, "\n".join("| " + " | ".join(row) + " |" for row in table_rows(element, document))
    text, parts = assemble(pieces())
    if not parts:
        raise InputError("a Word file with no text")
    return Extracted(text, parts, "paragraph", encoding="docx")


def table_rows(tbl, parent) -> list[list[str]]:
    """A table's rows as lists of cell texts, one per grid column: a cell spanning n columns is
    repeated n times (at most MAX_SPAN), a vertically merged cell takes the text of the cell above
    at its grid column (empty when there is none). Iterative: no depth, however many rows merge."""
    from docx.table import _Cell

    rows, above = [], {}
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells, here, offset = [], {}, _grid_before(tr)
        for tc in tr.iterchildren(f"{_W}tc"):
            span, merge = _span(tc), _vmerge(tc)
            if merge == "continue":
                text, span = above.get(offset, ("", span))
            else:
                text = _Cell(tc, parent).text.strip().replace("\n", " ")
            here[offset] = (text, span)
            cells.extend([text] * span)
            offset += span
        rows.append(cells)
        above = here
    return rows


def _val(element, name: str) -> str | None:
    found = element.find(f"{_W}tcPr/{_W}{name}") if name != "gridBefore" else element.find(f"{_W}trPr/{_W}gridBefore")
    if found is None:
        return None
    return found.get(f"{_W}val", "")


def _span(tc) -> int:
    value = _val(tc, "gridSpan")
    return min(int(value), MAX_SPAN) if value and value.isdigit() and int(value) > 0 else 1


def _vmerge(tc) -> str | None:
    value = _val(tc, "vMerge")
    return None if value is None else (value or "continue")


def _grid_before(tr) -> int:
    value = _val(tr, "gridBefore")
    return min(int(value), MAX_SPAN) if value and value.isdigit() else 0


def is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
