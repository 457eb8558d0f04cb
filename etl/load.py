"""Build the database: read every input, extract, merge, write into a temporary file in one
transaction, check it, then os.replace it into place. A failed build never touches the live file."""

from __future__ import annotations

import csv
import os
import shutil
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import duckdb

from etl.catalogue import DATA_DIR, Catalogue, load_catalogue
from etl.classify import extract_document
from etl.corrections import apply_corrections, read_corrections
from etl.curated import curated_files, read_curated
from etl.documents import Document, mark_duplicates, raw_files, read_file
from etl.merge import merge_mentions
from etl.normalize import InputError

SCHEMA = Path(__file__).with_name("schema.sql")
DEFAULT_DB = DATA_DIR / "luohu.duckdb"


@lru_cache(maxsize=1)
def schema_sha256() -> str:
    """Hash of schema.sql, read once per process (the app compares it on every page request)."""
    import hashlib

    return hashlib.sha256(SCHEMA.read_bytes()).hexdigest()


class BuildError(RuntimeError):
    """The build could not produce a trustworthy database; the live file was left as it was."""


@dataclass
class BuildResult:
    db_path: Path
    documents: list[Document]
    observations: list[dict]
    sources: list[dict]
    review: list[dict] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    skipped_files: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    bytes_read: int = 0

    def review_reasons(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.review:
            for reason in r["confidence_reason"].split("; "):
                counts[reason] = counts.get(reason, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))

    def summary(self) -> dict:
        kinds: dict[str, int] = {}
        for o in self.observations:
            k = f"{o['kind']}/{o['method']}"
            kinds[k] = kinds.get(k, 0) + 1
        return {
            "documents": len(self.documents),
            "duplicates": sum(1 for d in self.documents if d.duplicate_of),
            "observations": len(self.observations),
            "sources": len(self.sources),
            "review": len(self.review),
            "review_reasons": self.review_reasons(),
            "by_kind_method": dict(sorted(kinds.items())),
            "conflicts": sum(1 for o in self.observations if o["agreement"] == "conflict"),
            "revisions": sum(1 for o in self.observations if o["agreement"] == "revised"),
            "warnings": len(self.warnings),
            "skipped_files": len(self.skipped_files),
            "seconds": round(self.seconds, 3),
        }


PARALLEL_MIN_FILES = 64   # below this, starting worker processes costs more than it saves
_WORKER_CATALOGUE: Catalogue | None = None


def _read_and_extract(path: Path):
    """One file -> (documents, their mentions) or (None, reason). Runs in a worker process."""
    try:
        docs = read_file(path)
    except InputError as exc:
        return path, None, str(exc), 0
    except OSError as exc:
        return path, None, f"cannot read ({exc.strerror})", 0
    return path, docs, [extract_document(d, _WORKER_CATALOGUE) for d in docs], path.stat().st_size


def _read_all(paths: list[Path], cat: Catalogue, workers: int):
    global _WORKER_CATALOGUE
    _WORKER_CATALOGUE = cat
    if workers > 1 and len(paths) >= PARALLEL_MIN_FILES:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_read_and_extract, paths, chunksize=max(1, len(paths) // (workers * 16)))
    else:
        yield from map(_read_and_extract, paths)


def collect(raw_dir: Path, curated_dir: Path, cat: Catalogue, log=print, workers: int | None = None,
            corrections_path: Path | None = None) -> BuildResult:
    """Read and extract everything (no database), in `workers` processes for large corpora. Bad
    report files are skipped with a reason; a bad curated table raises InputError, because half of
    a hand-made table is worse than none."""
    result = BuildResult(Path(), [], [], [])
    mentions: list[dict] = []
    by_file: dict[str, list[int]] = {}
    workers = workers or os.cpu_count() or 1
    for path, docs, found, size in _read_all(raw_files(raw_dir), cat, workers):
        if docs is None:
            result.skipped_files.append((path.name, found))
            log(f"  {path.name}: skipped: {found}")
            continue
        result.bytes_read += size
        result.documents.extend(docs)
        for rows in found:
            mentions.extend(rows)
        by_file[path.name] = [len(rows) for rows in found]
    mark_duplicates(result.documents)
    duplicates = {d.doc_id for d in result.documents if d.duplicate_of}
    counted = {d.doc_id: 0 for d in result.documents}
    for m in mentions:
        counted[m["doc_id"]] += 1
    for doc in result.documents:
        if doc.doc_type in ("government work report", "plan report") and not counted[doc.doc_id] and not doc.duplicate_of:
            result.warnings.append((doc.doc_id, "a report with no headline figure found"))
        if doc.doc_type in ("government work report", "plan report") and doc.report_year is None:
            result.warnings.append((doc.doc_id, "no year found in the text"))
    if len(by_file) <= 50:
        for name, counts in by_file.items():
            log(f"  {name}: {len(counts)} document(s), {sum(counts)} figure mention(s)")
    else:
        log(f"  {len(by_file)} files: {sum(map(len, by_file.values()))} documents, {len(mentions)} figure mentions")
    for path in curated_files(curated_dir):
        rows, warns = read_curated(path, cat)
        mentions.extend(rows)
        result.warnings.extend((path.name, w) for w in warns)
        log(f"  {path.name}: {len(rows)} curated figure(s)")
    for doc in result.documents:
        result.warnings.extend((doc.doc_id, w) for w in doc.warnings)
    if corrections_path is not None:
        mentions = apply_corrections(mentions, read_corrections(corrections_path, cat.indicators), corrections_path.name)
    observations, sources = merge_mentions(mentions, duplicates)
    sure = {o["obs_id"] for o in observations if o["confidence"] == "high"}
    result.observations = [o for o in observations if o["obs_id"] in sure]
    result.review = [o for o in observations if o["obs_id"] not in sure]
    result.sources = [s for s in sources if s["obs_id"] in sure]
    for o in result.observations:
        if o["agreement"] == "conflict":
            result.warnings.append((o["doc_id"] or o["source_title"],
                                    f"conflict: {o['indicator']} {o['year']} {o['period']} {o['kind']} = {o['value']}"))
    return result


_DOC_COLS = ["doc_id", "source_file", "segment", "file_sha256", "encoding", "fingerprint", "title",
             "doc_type", "doc_date", "report_year", "reviews_year", "plans_year", "region",
             "duplicate_of", "source_url", "source_note", "n_chars", "text"]
_OBS_COLS = ["obs_id", "region", "indicator", "year", "period", "kind", "value", "value_high", "unit",
             "qualifier", "status", "basis", "method", "rule", "doc_id", "char_start", "char_end", "quote",
             "sentence_start", "sentence_end", "source_url", "source_title", "report_year", "n_sources",
             "agreement", "is_qualitative", "confidence", "confidence_reason", "mention_key"]
_REVIEW_COLS = ["obs_id", "mention_key", "reason", "region", "indicator", "year", "period", "kind", "value",
                "value_high", "unit", "qualifier", "status", "basis", "rule", "doc_id", "char_start", "char_end",
                "quote", "source_title", "source_url", "report_year"]
_SRC_COLS = ["obs_id", "method", "status", "doc_id", "char_start", "char_end", "quote", "rule",
             "source_url", "source_title", "report_year"]
_IND_COLS = ["key", "position", "family", "measure", "name_zh", "name_en", "unit", "direction", "aliases",
             "former_names", "notes"]
_HEDGE_COLS = ["qualifier", "position", "bound", "tolerance_pp", "tolerance_rel_pct", "description"]


TABLES = {"review_items", "indicators", "hedges", "data_dictionary", "documents", "observations", "observation_sources",
          "warnings", "build_info"}
NULL = "\\N"


def _cell(v):
    if v is None:
        return NULL
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v) if v == v else NULL
    return v


def _insert(con, table: str, cols: list[str], rows: list, scratch: Path) -> None:
    """Bulk load through a temporary CSV read by DuckDB in one statement (executemany inserts
    took 90% of a 140-document build). Column names come from the constants above."""
    if not rows:
        return
    if table not in TABLES or not all(c.isidentifier() for c in cols):
        raise ValueError(f"not a table of the schema: {table}")
    path = scratch / f"{table}.csv"
    longest = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(cols)
        for row in rows:
            cells = [_cell(v) for v in row]
            longest = max(longest, sum(len(c) for c in cells if isinstance(c, str)))
            writer.writerow(cells)
    max_line = max(2_000_000, 4 * longest + 4096)   # a whole document's text is one field
    statement = ("insert into " + table + " by name select * from read_csv(?, header = true, all_varchar = true, "  # noqa: S608
                 "nullstr = '" + NULL + "', quote = '\"', escape = '\"', parallel = false, max_line_size = "
                 + str(int(max_line)) + ")")
    con.execute(statement, [str(path)])
    path.unlink()


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


def write_database(result: BuildResult, cat: Catalogue, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(db_path)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)
    scratch = tmp.with_name(tmp.name + ".load")   # the bulk-load CSVs; named so a killed build's are found
    scratch.mkdir(exist_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute("begin")
            before_load, _, after_load = SCHEMA.read_text(encoding="utf-8").partition("-- @after-load")
            con.execute(before_load)
            _insert(con, "indicators", _IND_COLS, [[pos if c == "position" else row[c] for c in _IND_COLS]
                                                   for pos, row in enumerate(cat.indicators.values(), start=1)], scratch)
            _insert(con, "data_dictionary", ["table_name", "column_name", "description_en", "description_zh"],
                    [[r["table"], r["column"], r["description_en"], r["description_zh"]] for r in cat.dictionary], scratch)
            _insert(con, "hedges", _HEDGE_COLS, [[h[c] if c not in ("tolerance_pp", "tolerance_rel_pct")
                                                   else float(h[c] or 0) for c in _HEDGE_COLS]
                                                  for h in cat.hedges.values()], scratch)
            docs = []
            for d in result.documents:
                row = {**d.__dict__, "n_chars": len(d.text)}
                docs.append([row[c] for c in _DOC_COLS])
            _insert(con, "documents", _DOC_COLS, docs, scratch)
            _insert(con, "observations", _OBS_COLS, [[o[c] for c in _OBS_COLS] for o in result.observations], scratch)
            _insert(con, "review_items", _REVIEW_COLS,
                    [[o["confidence_reason"] if c == "reason" else o[c] for c in _REVIEW_COLS] for o in result.review],
                    scratch)
            _insert(con, "observation_sources", _SRC_COLS, [[s[c] for c in _SRC_COLS] for s in result.sources], scratch)
            _insert(con, "warnings", ["source", "message"], [list(w) for w in result.warnings + result.skipped_files],
                    scratch)
            _insert(con, "build_info", ["key", "value"], [
                ["built_at", time.strftime("%Y-%m-%dT%H:%M:%S%z")],
                ["schema_sha256", schema_sha256()],
                ["documents", str(len(result.documents))],
                ["observations", str(len(result.observations))],
            ], scratch)
            con.execute(after_load)
            con.execute("commit")
            problems = check_database(con)
            if problems:
                raise BuildError("the new database failed its checks:\n  " + "\n  ".join(problems))
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, db_path)
    except duckdb.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BuildError(f"writing the new database failed: {str(exc).splitlines()[0]}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
        shutil.rmtree(scratch, ignore_errors=True)


CHECKS = {
    "quote does not match the document text at its offsets": """
        select count(*) from observation_sources s join documents d using (doc_id)
        where s.char_start is not null
          and substring(d.text, s.char_start + 1, s.char_end - s.char_start) <> s.quote""",
    "observation without a source": """
        select count(*) from observations o
        where not exists (select 1 from observation_sources s where s.obs_id = o.obs_id)""",
    "review item quote does not match the document text at its offsets": """
        select count(*) from review_items r join documents d using (doc_id)
        where r.char_start is not null
          and substring(d.text, r.char_start + 1, r.char_end - r.char_start) <> r.quote""",
    "curated row without a URL": "select count(*) from observation_sources where method = 'curated' and coalesce(source_url, '') = ''",
    "actual without preliminary/final status": "select count(*) from observations where kind = 'actual' and status is null",
    "observation with an unknown unit": """
        select count(*) from observations where unit not in ('pct', '亿元', '亿美元', '万元', 'μg/m³', '元', '美元')""",
}


def check_database(con) -> list[str]:
    problems = []
    for label, sql in CHECKS.items():
        n = con.execute(sql).fetchone()[0]
        if n:
            problems.append(f"{n} × {label}")
    con.execute("select count(*) from target_vs_actual").fetchone()
    return problems


def build(raw_dir: Path, curated_dir: Path, db_path: Path = DEFAULT_DB, data_dir: Path = DATA_DIR,
          log=print) -> BuildResult:
    t0 = time.perf_counter()
    cat = load_catalogue(data_dir)
    result = collect(raw_dir, curated_dir, cat, log, corrections_path=data_dir / "corrections.csv")
    if not result.documents:
        raise BuildError(f"no readable report in {raw_dir}; the existing database was left as it was")
    result.db_path = db_path
    write_database(result, cat, db_path)
    result.seconds = time.perf_counter() - t0
    return result
