"""Word (.docx): paragraphs and tables in their order, each table row as a pipe row."""

from __future__ import annotations

import io

from etl.readers.base import Extracted, InputError, assemble


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
    text, parts = assemble(pieces())
    if not parts:
        raise InputError("a Word file with no text")
    return Extracted(text, parts, "paragraph", encoding="docx")


def is_docx(data: bytes) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False
