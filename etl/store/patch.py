"""The database side of an incremental build (issue 26; the plan is etl/incremental.py): what the
previous database says of the files and documents it was built from, and a patch of it: the live file
is copied beside itself, the places a change touched are deleted from the copy and written again,
the copy is checked and then os.replace'd into place. A failed or killed patch never touches the live
file, as a full write does not (etl/store/load.py)."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.errors import BuildError
from etl.records import TABLES as TABLE_RECORDS
from etl.records import ReviewItem, columns
from etl.store.load import connect_for_writing, insert_rows, record_cells, swapped_in, working_memory
from etl.store.schema import after_load_parts, attainment_query, check_database, schema_sha256
from etl.store.stream import DOCUMENT_COLUMNS, document_row


@dataclass
class Previous:
    """What the live database was built from: files (name -> (key, stat, skipped)), documents (id ->
    (file, place, fingerprint, duplicate_of)) and the places each document gave figures of."""
    versions: dict[str, str]
    files: dict[str, tuple] = field(default_factory=dict)
    docs: dict[str, tuple] = field(default_factory=dict)
    regions_of_doc: dict[str, set] = field(default_factory=dict)
    docs_of_region: dict[str | None, set] = field(default_factory=dict)
    docs_of_file: dict[str, list[str]] = field(default_factory=dict)
    by_fingerprint: dict[str, list[str]] = field(default_factory=dict)


def read_previous(db_path: Path, versions: dict[str, str]) -> Previous | None:
    """The live database's record of its inputs, when it can be patched: it exists, has no write-ahead
    log left, was made by this schema and by the same rules, knowledge and curated tables
    (`versions`, build_info); else None (the build then writes the file whole)."""
    if not db_path.is_file() or db_path.with_name(db_path.name + ".wal").exists():
        return None
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except duckdb.Error:
        return None
    try:
        info = dict(con.execute("select key, value from build_info").fetchall())
        if info.get("schema_sha256") != schema_sha256() or any(info.get(k) != v for k, v in versions.items()):
            return None
        prev = Previous(versions)
        for name, key, stat, skipped in con.execute("select source_file, file_key, stat, skipped from build_files").fetchall():
            prev.files[name] = (key, stat, skipped)
        for doc_id, name, region, fingerprint, dup in con.execute(
                "select doc_id, source_file, region, fingerprint, duplicate_of from documents").fetchall():
            prev.docs[doc_id] = (name, region, fingerprint, dup)
            prev.docs_of_file.setdefault(name, []).append(doc_id)
            prev.by_fingerprint.setdefault(fingerprint, []).append(doc_id)
        for doc_id, region in con.execute("select doc_id, region from document_regions").fetchall():
            prev.regions_of_doc.setdefault(doc_id, set()).add(region)
            prev.docs_of_region.setdefault(region, set()).add(doc_id)
        return prev
    except duckdb.Error:
        return None
    finally:
        con.close()


def _where_region(column: str, regions: set) -> tuple[str, list]:
    """`column` is one of `regions` (None among them: or null), as SQL and its parameters."""
    named = sorted(r for r in regions if r is not None)
    parts = [f"{column} in (select unnest(?::varchar[]))"] if named else []
    if None in regions:
        parts.append(f"{column} is null")
    return "(" + (" or ".join(parts) or "false") + ")", ([named] if named else [])


def write_patch(db_path: Path, patch) -> dict:
    """`patch` (etl/incremental.py's Patch) applied to a copy of the live database, checked, swapped in
    (etl/store/load.py: swapped_in); -> the patched database's counts."""
    with swapped_in(db_path, "patching the database") as (tmp, scratch):
        shutil.copyfile(db_path, tmp)
        con = connect_for_writing(tmp, working_memory())
        try:
            return _apply(con, patch, scratch)
        finally:
            con.close()


def _apply(con, patch, scratch: Path) -> dict:
    """Delete what the patch replaces (sources before their figures, and in their own transaction: DuckDB
    checks a foreign key against the state before the transaction), then insert, redo the places'
    attainment rows, count and check."""
    regions = patch.regions
    files = sorted(patch.gone_files)
    docs = sorted(patch.gone_docs)
    obs_where, obs_args = _where_region("region", regions)
    con.execute("delete from observation_sources where obs_id in (select obs_id from observations where "  # noqa: S608
                + obs_where + ")", obs_args)
    con.execute("begin")
    con.execute("delete from observations where " + obs_where, obs_args)  # noqa: S608
    con.execute("delete from review_items where " + obs_where, obs_args)  # noqa: S608
    con.execute("delete from attainment where " + obs_where, obs_args)  # noqa: S608
    con.execute("delete from warnings where (scope in ('document', 'figure') and " + obs_where + ")"  # noqa: S608
                " or (scope = 'file' and source in (select unnest(?::varchar[])))", [*obs_args, patch.gone_printable])
    con.execute("delete from documents where doc_id in (select unnest(?::varchar[]))", [docs])
    con.execute("delete from document_regions where doc_id in (select unnest(?::varchar[]))", [docs])
    con.execute("delete from build_files where source_file in (select unnest(?::varchar[]))", [files])
    con.execute("commit")
    con.execute("begin")
    if patch.remarked:
        con.executemany("update documents set duplicate_of = ?, fingerprint = ? where doc_id = ?", patch.remarked)
    insert_rows(con, "documents", DOCUMENT_COLUMNS, (document_row(d) for d in patch.new_docs), scratch)
    for table, record in TABLE_RECORDS.items():
        rows = {"observations": patch.result.observations, "observation_sources": patch.result.sources,
                "review_items": [ReviewItem.of(o) for o in patch.result.review]}[table]
        cols = columns(record)
        insert_rows(con, table, cols, record_cells(rows, cols), scratch)
    insert_rows(con, "warnings", ["source", "message", "scope", "region"],
            [list(w) for w in patch.result.warnings] + [[*w, "file", None] for w in patch.result.skipped_files], scratch)
    insert_rows(con, "build_files", ["source_file", "file_key", "stat", "skipped"], [list(f) for f in patch.result.files],
            scratch)
    insert_rows(con, "document_regions", ["doc_id", "region"], [list(d) for d in patch.result.doc_regions], scratch)
    codes, _ = after_load_parts()
    con.execute(codes)
    con.execute("create temp table touched_observations as select * from observations where " + obs_where,  # noqa: S608
                obs_args)
    con.execute("insert into attainment select * from (" + attainment_query("touched_observations")  # noqa: S608
                + ") order by region, indicator, year")
    totals = _totals(con)
    con.execute("update build_info set value = ? where key = 'built_at'", [time.strftime("%Y-%m-%dT%H:%M:%S%z")])
    con.execute("update build_info set value = ? where key = 'documents'", [str(totals["documents"])])
    con.execute("update build_info set value = ? where key = 'observations'", [str(totals["observations"])])
    con.execute("commit")
    problems = check_database(con, quotes=False, view=False) + patch.quote_problems
    if problems:
        raise BuildError("the patched database failed its checks:\n  " + "\n  ".join(problems))
    con.execute("checkpoint")
    return totals


def counts(db_path: Path) -> dict:
    """The live database's counts (a build that found nothing to change)."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return _totals(con)
    finally:
        con.close()


def _totals(con) -> dict:
    """The whole database's counts, as a build's summary gives them."""
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    kinds = dict(con.execute("select kind || '/' || method, count(*) from observations group by 1 order by 1").fetchall())
    return {"documents": one("select count(*) from documents"),
            "duplicates": one("select count(*) from documents where duplicate_of is not null"),
            "observations": one("select count(*) from observations"),
            "sources": one("select count(*) from observation_sources"),
            "review": one("select count(*) from review_items"),
            "by_kind_method": kinds,
            "conflicts": one("select count(*) from observations where agreement = 'conflict'"),
            "revisions": one("select count(*) from observations where agreement = 'revised'")}
