"""data/confidence_paths.csv: the decision paths of the extractor (where a figure's year and kind came
from, sentence or table) measured wrong on the development corpus (bench/confidence_paths.py). A
figure read by such a path is never charted: it goes to review with the measured rate as its reason."""

from __future__ import annotations

from pathlib import Path

from etl.errors import InputError
from etl.knowledge.tables import nonnegative_number, read_table

COLUMNS = ["year_source", "kind_source", "method", "dev_figures", "dev_wrong"]


def read_confidence_paths(data_dir: Path) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(year_source, kind_source, method) -> (figures read, of them wrong) for every path seen wrong."""
    path = data_dir / "confidence_paths.csv"
    if not path.exists():
        return {}
    out = {}
    for i, r in enumerate(read_table(path, COLUMNS), start=2):
        where = f"{path}: line {i}"
        n = int(nonnegative_number(r["dev_figures"], where, "dev_figures"))
        wrong = int(nonnegative_number(r["dev_wrong"], where, "dev_wrong"))
        if wrong > n or r["method"] not in ("sentence", "table"):
            raise InputError(f"{where}: dev_wrong above dev_figures, or a method other than sentence or table")
        if wrong:
            out[(r["year_source"].strip(), r["kind_source"].strip(), r["method"])] = (n, wrong)
    return out
