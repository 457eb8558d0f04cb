"""A build's documents written out as they are read (issue 26): each document's row, its text
included, goes at once to a CSV file beside the database's temporary file (named like it, so a killed
build's is removed by the next one), and the build keeps only the document's metadata. Memory then
grows with the figures found, not with the texts read.

The quote invariant (text[start:end] == quote) is checked for each document's mentions while its text
is at hand; the rows the merge makes from them are checked against what was checked when the database
is written (etl/store/load.py).
"""

from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path

from etl.records import Document

DOCUMENT_COLUMNS = ["doc_id", "source_file", "segment", "file_sha256", "encoding", "fingerprint", "title",
                    "doc_type", "doc_date", "report_year", "reviews_year", "plans_year", "region",
                    "duplicate_of", "source_url", "source_note", "n_chars", "text", "source_tier", "source_format",
                    "part_unit"]
NULL = "\\N"


def cell(v):
    """A value as a cell of the bulk-load CSV (None as NULL, booleans as true/false)."""
    if v is None:
        return NULL
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v) if v == v else NULL
    return v


class CsvFiles(list):
    """A table's rows already written as bulk-load CSVs: [(path, longest row's characters)]."""


def write_csv(path: Path, cols: list[str], rows) -> int:
    """A bulk-load CSV of `rows` (a header of `cols`, then each row's cells) -> its longest row's characters
    (the loader's line limit). Written only by this process (O_EXCL, no link followed)."""
    longest = 0
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(cols)
        for row in rows:
            cells = [cell(v) for v in row]
            longest = max(longest, sum(len(c) for c in cells if isinstance(c, str)))
            writer.writerow(cells)
    return longest


def document_row(doc: Document) -> list:
    return [cell(v) for v in ({**doc.__dict__, "n_chars": len(doc.text)}[c] for c in DOCUMENT_COLUMNS)]


def _quote_key(doc_id, start, end, quote) -> bytes:
    return hashlib.blake2b(repr((doc_id, start, end, quote)).encode(), digest_size=12).digest()


class DocumentStream:
    """add(doc, mentions) once a document's duplicate mark and tier are set; its text then leaves
    memory. close() before the file is loaded; remove() in any case."""

    def __init__(self, db_path: Path):
        self.path = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp.documents.csv")
        self.longest = 0          # the longest row's characters: the loader's line limit
        self.count = 0
        self.bad_quotes = 0
        self._checked: set[bytes] = set()
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._fh)
        self._writer.writerow(DOCUMENT_COLUMNS)

    def add(self, doc: Document, mentions) -> None:
        row = document_row(doc)
        self.longest = max(self.longest, sum(len(c) for c in row if isinstance(c, str)))
        self._writer.writerow(row)
        self.count += 1
        for m in mentions:
            if m["char_start"] is None:
                continue
            if doc.text[m["char_start"]:m["char_end"]] == m["quote"]:
                self._checked.add(_quote_key(m["doc_id"], m["char_start"], m["char_end"], m["quote"]))
            else:
                self.bad_quotes += 1
        doc.text = ""

    def bad_quotes_of(self, rows) -> int:
        """How many of `rows` (made from the streamed documents' mentions) quote what was not checked."""
        return sum(1 for r in rows if r["char_start"] is not None
                   and _quote_key(r["doc_id"], r["char_start"], r["char_end"], r["quote"]) not in self._checked)

    def quote_problems(self, rows, more: int = 0) -> list[str]:
        """The quote invariant for rows made from the streamed documents' mentions (`more`: bad ones counted
        elsewhere, by the parts of a merge split by place)."""
        bad = self.bad_quotes_of(rows) + more
        return [f"{bad} × quote does not match the document text at its offsets"] if bad else []

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()

    def remove(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)
