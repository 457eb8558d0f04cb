"""Reading the hand-made tables of data/: one CSV reader that names the file and line of a problem,
and the small parsers every table shares."""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

from etl.errors import InputError

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (so 左右浮动 wins over 左右); a pattern that
    matches nothing when there are no words."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


def read_table(path: Path, required: list[str]) -> list[dict]:
    """Rows of a UTF-8 CSV that must have the `required` columns; InputError names the file."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
            return [dict(row) for row in reader]
    except FileNotFoundError as exc:
        raise InputError(f"{path}: file not found") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: not a readable UTF-8 CSV ({exc})") from exc


def read_rows(path: Path, required: list[str]) -> list[tuple[int, dict]]:
    """(line, row) for every row of a hand-made UTF-8 CSV, strictly: each row on its own line (a quote
    opened and never closed would swallow the rows after it) with as many cells as the header. The
    line is the row's line in the file, blank lines counted. InputError names the file and line."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            records = [(n, cells) for n, cells in _records(path, csv.reader(fh, strict=True)) if cells]
    except FileNotFoundError as exc:
        raise InputError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not a readable UTF-8 CSV ({exc})") from exc
    header = records[0][1] if records else []
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
    for n, cells in records[1:]:
        if len(cells) != len(header):
            raise InputError(f"{path}: line {n}: {len(cells)} cells where the header has {len(header)} "
                             "(a comma in a cell without quotes?)")
    return [(n, dict(zip(header, cells, strict=True))) for n, cells in records[1:]]


def _records(path: Path, reader):
    """(first line, cells) of every CSV record; a record over more than one line is refused."""
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{path}: line {start}: not a CSV row ({exc}): a quote opened and never closed?") from exc
        if reader.line_num > start:
            raise InputError(f"{path}: line {start}: a quoted cell runs on to line {reader.line_num}: "
                             "a quote opened and never closed?")
        yield start, cells
        start = reader.line_num + 1


# The periods a figure can be about: the year, a half, a quarter, the first three quarters, the first
# n months, or a span of years (2016-2020). One definition for every table that names a period.
PERIOD = re.compile(r"year|H1|H2|Q[1-4]|Q1-Q3|M1-M(?:[2-9]|1[01])|(\d{4})-(\d{4})")
PERIOD_WORDS = "year, H1, H2, Q1…Q4, Q1-Q3, M1-Mn or a span like 2016-2020"


def split_cell(cell: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in (cell or "").split("|") if s.strip())

def nonnegative_number(text: str, where: str, what: str) -> float:
    """A required, finite, non-negative number of a rule table (a factor, a tolerance)."""
    value = finite_number(text, where, what)
    if value is None or value < 0:
        raise InputError(f"{where}: {what} {text!r} is not a finite, non-negative number")
    return value


def finite_number(text: str | None, where: str, what: str = "") -> float | None:
    """A cell of a hand-made table as a finite number (None when empty); InputError names the place.
    Python's float() also reads 6_5 as 65 and full-width or Arabic-Indic digits: a person does not
    write a number so, and it is refused. -0 is read as 0."""
    text = (text or "").strip()
    if not text:
        return None
    label = f"{what} {text!r}" if what else repr(text)
    try:
        if "_" in text or not text.isascii():
            raise ValueError(text)
        value = float(text)
    except ValueError as exc:
        raise InputError(f"{where}: {label} is not a number") from exc
    if not math.isfinite(value):
        raise InputError(f"{where}: {label} is not a finite number")
    return value + 0.0   # -0.0 + 0.0 is 0.0
