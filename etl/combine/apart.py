"""A large build's merge split by place over processes (issue 26).

Places merge independently: a figure's id is its place's block and its order within the place
(etl/combine/merge.py), so a part numbers its places' figures exactly as one process would. Each part
merges its places' mentions, writes their observations and sources to bulk-load CSVs beside the
database's temporary file, and hands back only what is small: the figures sent to review, the
warnings, the counts and the quotes that did not check out. The build loads the parts' files
(etl/store/load.py). Only builds of at least `APART_MIN` mentions are split; if a part fails, the
merge is done again in one process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from etl.records import Observation, Source, columns
from etl.store.load import record_cells
from etl.store.stream import write_csv
from etl.workers import die_with_parent

APART_MIN = int(os.environ.get("LUOHU_MERGE_APART_MIN", "200000"))   # mentions from which a build's merge is split
TABLES = {"observations": Observation, "observation_sources": Source}


@dataclass
class MergedApart:
    """What the parts wrote and counted: each table's CSV files with their longest row's characters."""
    files: dict[str, list[tuple[Path, int]]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    bad_quotes: int = 0

    def remove(self) -> None:
        for files in self.files.values():
            for path, _ in files:
                path.unlink(missing_ok=True)


def place_parts(mentions, parts: int) -> list[set]:
    """The places of `mentions` in `parts` sets of about equal numbers of mentions (largest place first,
    each to the lightest part); a mention of no place goes with the place ""."""
    sizes = Counter(m["region"] or "" for m in mentions)
    out, load = [set() for _ in range(parts)], [0] * parts
    for place, n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        i = load.index(min(load))
        out[i].add(place)
        load[i] += n
    return [p for p in out if p]


def merge_apart(mentions, merge_one, stream, stem: Path, parts: int) -> tuple[list, list, MergedApart] | None:
    """(figures sent to review, warnings, what was written) of `mentions` merged in `parts` processes:
    `merge_one(result, mentions)` is the build's merge of one part into `result`; `stream` the documents'
    stream whose checked quotes the sources are held to; the CSVs are named `stem`.partN.TABLE.csv.
    None if a part failed (its files are removed)."""
    ctx = multiprocessing.get_context("fork")
    running = []
    for n, places in enumerate(place_parts(mentions, parts)):
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_part, args=(child, mentions, places, merge_one, stream, stem, n, os.getpid()),
                           daemon=True)
        proc.start()
        child.close()
        running.append((proc, parent))
    review, warnings, merged, failed = [], [], MergedApart(), False
    for proc, conn in running:
        try:
            answer = conn.recv()
        except (EOFError, OSError):
            answer = None
        proc.join()
        if not answer or answer[0] != "ok":
            failed = True
            continue
        _, part_review, part_warnings, files, counts, kinds, bad = answer
        review.extend(part_review)
        warnings.extend(part_warnings)
        for table, written in files.items():
            merged.files.setdefault(table, []).append(written)
        merged.counts.update(counts)
        merged.kinds.update(kinds)
        merged.bad_quotes += bad
    if failed:   # every part's files, written whole or in part
        for n in range(len(running)):
            for table in TABLES:
                _file(stem, n, table).unlink(missing_ok=True)
        return None
    review.sort(key=lambda o: o["obs_id"])
    return review, warnings, merged


def _file(stem: Path, n: int, table: str) -> Path:
    return stem.with_name(f"{stem.name}.part{n}.{table}.csv")


def _part(conn, mentions, places: set, merge_one, stream, stem: Path, n: int, parent: int | None = None) -> None:
    die_with_parent(parent)
    try:
        result = SimpleNamespace(documents=[], observations=[], sources=[], review=[], warnings=[])
        merge_one(result, [m for m in mentions if (m["region"] or "") in places])
        files = {}
        for table, record in TABLES.items():
            cols = columns(record)
            rows = result.observations if table == "observations" else result.sources
            path = _file(stem, n, table)
            files[table] = (path, write_csv(path, cols, record_cells(rows, cols)))
        counts = Counter(observations=len(result.observations), sources=len(result.sources),
                         conflicts=sum(1 for o in result.observations if o["agreement"] == "conflict"),
                         revisions=sum(1 for o in result.observations if o["agreement"] == "revised"))
        kinds = Counter(f"{o['kind']}/{o['method']}" for o in result.observations)
        bad = stream.bad_quotes_of([*result.sources, *result.review]) if stream is not None else 0
        conn.send(("ok", result.review, result.warnings, files, counts, kinds, bad))
    except BaseException as exc:  # noqa: BLE001 - the part's one answer: the build merges in one process instead
        try:
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        except (OSError, ValueError):
            pass
    finally:
        conn.close()
        os._exit(0)
