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
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


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



def split_cell(cell: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in (cell or "").split("|") if s.strip())

def nonnegative_number(text: str, where: str, what: str) -> float:
    """A required, finite, non-negative number of a rule table (a factor, a tolerance)."""
    value = finite_number(text, where, what)
    if value is None or value < 0:
        raise InputError(f"{where}: {what} {text!r} is not a finite, non-negative number")
    return value


def finite_number(text: str | None, where: str, what: str = "") -> float | None:
    """A cell of a hand-made table as a finite number (None when empty); InputError names the place."""
    text = (text or "").strip()
    if not text:
        return None
    label = f"{what} {text!r}" if what else repr(text)
    try:
        value = float(text)
    except ValueError as exc:
        raise InputError(f"{where}: {label} is not a number") from exc
    if not math.isfinite(value):
        raise InputError(f"{where}: {label} is not a finite number")
    return value
