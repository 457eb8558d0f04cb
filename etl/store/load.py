"""Write a build's result: every table in one transaction into a temporary file, check it, then
os.replace it into place. A failed write never touches the live file. Knows nothing about reading
or extracting (etl/build.py does that)."""

from __future__ import annotations

import itertools
import operator
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb

from etl.errors import BuildError
from etl.knowledge import TIERS, Knowledge
from etl.knowledge.places import search_words, with_units
from etl.records import TABLES as TABLE_RECORDS
from etl.records import ReviewItem, columns
from etl.store.schema import check_database, quote_problems, schema_sha256, schema_text
from etl.store.stream import DOCUMENT_COLUMNS, NULL, CsvFiles, DocumentStream, write_csv

_DOC_COLS = DOCUMENT_COLUMNS
_IND_COLS = ["key", "position", "family", "measure", "name_zh", "name_en", "unit", "direction", "aliases",
             "former_names", "headline", "notes", "notes_zh"]
_HEDGE_COLS = ["qualifier", "position", "bound", "tolerance_pp", "tolerance_rel_pct", "description"]


def working_memory() -> str:
    """DuckDB's working memory while a build writes ($LUOHU_BUILD_DB_MB, default 512 MB; it spills to disk
    beyond). Its default, 80% of the machine, let it hold about 470 MB more at the national panel's write
    with no gain in time (bench/README.md, issue 26)."""
    raw = os.environ.get("LUOHU_BUILD_DB_MB", "")
    return f"{max(128, min(int(raw), 1 << 20))}MB" if raw.isdigit() else "512MB"


def connect_for_writing(path: Path, limit: str | None = None):
    """A connection to a database file being written, within `limit` (working_memory()); None: DuckDB's default."""
    return duckdb.connect(str(path), config={"memory_limit": limit} if limit else {})


TABLES = {"build_files", "document_regions", "review_items", "indicators", "hedges", "data_dictionary", "documents", "observations", "observation_sources",
          "warnings", "build_info", "places", "region_levels", "source_tiers", "qualitative", "units", "hedge_labels",
          "document_types"}


def insert_rows(con, table: str, cols: list[str], rows: list, scratch: Path) -> None:
    """Bulk load through a temporary CSV read by DuckDB in one statement (executemany inserts
    took 90% of a 140-document build). Column names come from the constants above. `rows` may be a
    generator: a table's rows are made while they are written, never all held at once."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    rows = itertools.chain([first], rows)
    if table not in TABLES or not all(c.isidentifier() for c in cols):
        raise ValueError(f"not a table of the schema: {table}")
    path = scratch / f"{table}.csv"
    path.unlink(missing_ok=True)
    _load_csv(con, table, path, write_csv(path, cols, rows))
    path.unlink()


def _load_csv(con, table: str, path: Path, longest: int) -> None:
    """One bulk-load CSV (a header of column names, then rows of cells) into `table`."""
    if table not in TABLES:
        raise ValueError(f"not a table of the schema: {table}")
    max_line = max(2_000_000, 4 * longest + 4096)   # a whole document's text is one field
    statement = ("insert into " + table + " by name select * from read_csv(?, header = true, all_varchar = true, "  # noqa: S608
                 "nullstr = '" + NULL + "', quote = '\"', escape = '\"', parallel = false, max_line_size = "
                 + str(int(max_line)) + ")")
    con.execute(statement, [str(path)])


def remove_stale_temporaries(db_path: Path) -> list[Path]:
    """Temporary files of builds that were killed (their process is gone)."""
    removed = []
    for tmp in db_path.parent.glob(f".{db_path.name}.*.tmp*"):
        pid = tmp.name[len(db_path.name) + 2:].split(".")[0]
        if pid.isdigit() and int(pid) != os.getpid() and not Path(f"/proc/{pid}").exists():
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def knowledge_rows(k: Knowledge) -> list[tuple[str, list[str], list[list]]]:
    """(table, columns, rows) of what the app needs of the knowledge tables; the places are
    data/regions.csv's and every unit of the gazetteer, keyed by code."""
    places = with_units(k.regions, k.gazetteer, k.place_names_en)
    return [
        ("indicators", _IND_COLS, [[pos if c == "position" else (row.get(c) or None) for c in _IND_COLS]
                                   for pos, row in enumerate(k.indicators.values(), start=1)]),
        ("data_dictionary", ["table_name", "column_name", "description_en", "description_zh"],
         [[r["table"], r["column"], r["description_en"], r["description_zh"]] for r in k.dictionary]),
        ("hedges", _HEDGE_COLS, [[h[c] if c not in ("tolerance_pp", "tolerance_rel_pct") else float(h[c] or 0)
                                  for c in _HEDGE_COLS] for h in k.hedges.values()]),
        ("places", ["code", "name_zh", "name_en", "level", "parent", "short_zh", "home", "position", "search"],
         [[r.code, r.name_zh, r.name_en, r.level, r.parent, r.short_zh, r.home, i, search_words(r)]
          for i, r in enumerate(places.rows, start=1)]),
        ("region_levels", ["level", "whole_zh", "label_zh", "label_en"],
         [[r["level"], r["whole_zh"], r["label_zh"], r["label_en"]] for r in k.level_rows]),
        ("source_tiers", ["tier", "rank"], [[t, i] for i, t in enumerate(TIERS)]),
        ("qualitative", ["phrase", "meaning", "label_en"],
         [[r["phrase"].strip(), r["meaning"], r["label_en"]] for r in k.qualitative_rows]),
        ("units", ["unit", "label_zh", "label_en"], [[u, zh, en] for u, (zh, en) in k.labels["units"].items()]),
        ("hedge_labels", ["qualifier", "label_en"],
         [[q, h.get("label_en") or q] for q, h in k.hedges.items() if q]),
        ("document_types", ["type", "label_zh", "label_en"],
         [[t, zh, en] for t, (zh, en) in k.document_types.labels.items()]),
    ]


def record_cells(rows, cols: list[str]):
    """Each record's values in `cols` order, read as attributes (a record has slots: etl/records.py)."""
    get = operator.attrgetter(*cols)
    return (get(r) if not isinstance(r, dict) else [r[c] for c in cols] for r in rows)


def _result_rows(result) -> list[tuple[str, list[str], list[list]]]:
    """(table, columns, rows) of what the build read and merged."""
    stream = getattr(result, "stream", None)   # documents written as they were read (etl/store/stream.py)
    docs = stream or ([{**d.__dict__, "n_chars": len(d.text)}[c] for c in _DOC_COLS] for d in result.documents)
    out = [("documents", _DOC_COLS, docs)]
    merged = getattr(result, "merged", None)   # written by the parts of a merge split by place (etl/combine/apart.py)
    for table, record in TABLE_RECORDS.items():
        cols = columns(record)
        if merged is not None and table in merged.files:
            out.append((table, cols, CsvFiles(merged.files[table])))
            continue
        rows = {"observations": result.observations, "observation_sources": result.sources,
                "review_items": [ReviewItem.of(o) for o in result.review]}[table]
        out.append((table, cols, record_cells(rows, cols)))
    out.append(("warnings", ["source", "message", "scope", "region"],
                [list(w) for w in result.warnings] + [[*w, "file", None] for w in result.skipped_files]))
    out.append(("build_files", ["source_file", "file_key", "stat", "skipped"], [list(f) for f in result.files]))
    out.append(("document_regions", ["doc_id", "region"], [list(d) for d in result.doc_regions]))
    out.append(("build_info", ["key", "value"], [
        ["built_at", time.strftime("%Y-%m-%dT%H:%M:%S%z")],
        ["schema_sha256", schema_sha256()],
        ["documents", str(len(result.documents))],
        ["observations", str(merged.counts["observations"] if merged is not None else len(result.observations))],
        *([k, v] for k, v in getattr(result, "versions", {}).items()),
    ]))
    return out


@contextmanager
def swapped_in(db_path: Path, doing: str):
    """(temporary file, scratch folder for bulk-load CSVs) beside `db_path`, both named so a killed
    build's are found and removed; the temporary file replaces `db_path` when the block ends well. A
    failure names itself (BuildError: "`doing` failed: …") and leaves the live file as it was."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(db_path)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)
    scratch = tmp.with_name(tmp.name + ".load")
    scratch.mkdir(exist_ok=True)
    try:
        yield tmp, scratch
        os.replace(tmp, db_path)
    except duckdb.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BuildError(f"{doing} failed: {str(exc).splitlines()[0]}") from exc
    except OSError as exc:   # a full disk, a read-only folder: named, and the live file is untouched
        tmp.unlink(missing_ok=True)
        raise BuildError(f"{doing} failed: {exc.strerror or exc} ({exc.filename or db_path.parent})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
        shutil.rmtree(scratch, ignore_errors=True)


def write_database(result, knowledge: Knowledge, db_path: Path) -> None:
    """The build's result and what the app needs of `knowledge`, into a checked temporary file that
    then replaces `db_path` (swapped_in)."""
    with swapped_in(db_path, "writing the new database") as (tmp, scratch):
        try:
            _write(result, knowledge, tmp, scratch, working_memory())
        except duckdb.OutOfMemoryException:   # a step that cannot spill within the limit: once more without it
            for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
                stale.unlink(missing_ok=True)
            _write(result, knowledge, tmp, scratch, None)


def _write(result, knowledge: Knowledge, tmp: Path, scratch: Path, limit: str | None) -> None:
    con = connect_for_writing(tmp, limit)
    try:
        con.execute("begin")
        before_load, after_load = schema_text()
        con.execute(before_load)
        for table, cols, rows in knowledge_rows(knowledge) + _result_rows(result):
            if isinstance(rows, DocumentStream):
                rows.close()
                _load_csv(con, table, rows.path, rows.longest)
            elif isinstance(rows, CsvFiles):
                for path, longest in rows:
                    _load_csv(con, table, path, longest)
            else:
                insert_rows(con, table, cols, rows, scratch)
        con.execute(after_load)
        con.execute("commit")
        stream, quoted = getattr(result, "stream", None), [*result.sources, *result.review]
        merged = getattr(result, "merged", None)
        problems = check_database(con, quotes=False) + (
            stream.quote_problems(quoted, merged.bad_quotes if merged is not None else 0) if stream
            else quote_problems(result.documents, quoted))
        if problems:
            raise BuildError("the new database failed its checks:\n  " + "\n  ".join(problems))
        con.execute("checkpoint")
    finally:
        con.close()
