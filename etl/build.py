"""The build: read every input, extract, apply the curators' verdicts, merge, then hand the result
to etl/load.py to write. `python -m etl build` is a thin shell over `build`."""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from etl.combine import apart
from etl.combine.corrections import apply_corrections, read_corrections
from etl.combine.curated import curated_files, read_curated
from etl.combine.duplicates import Duplicates
from etl.combine.merge import merge_mentions
from etl.documents import file_stat, raw_listing, read_file
from etl.errors import BuildError
from etl.extract.classify import extract_document
from etl.knowledge import DATA_DIR, Knowledge, load_knowledge
from etl.knowledge.places import place_blocks, place_names
from etl.readers import ocr
from etl.records import REASON_SEP, Document, Mention, Observation, Source
from etl.store.load import write_database
from etl.store.readcache import ReadCache, read_cache_dir, rules_version
from etl.store.stream import DocumentStream
from etl.workers import default_count, run

DEFAULT_DB = DATA_DIR / "luohu.duckdb"


def printable(name: str) -> str:
    """A file name fit for a one-line message: control characters shown as escapes (two\\nlines.txt)."""
    return "".join(c if ord(c) >= 32 else repr(c)[1:-1] for c in name)


@dataclass
class BuildResult:
    db_path: Path
    documents: list[Document]
    observations: list[Observation]
    sources: list[Source]
    review: list[Observation] = field(default_factory=list)
    warnings: list[tuple] = field(default_factory=list)     # (source, message, scope, place): table warnings
    skipped_files: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    bytes_read: int = 0
    files_read: list[str] = field(default_factory=list)     # read and extracted by this build
    files_cached: list[str] = field(default_factory=list)   # taken from the read cache
    stream: DocumentStream | None = None    # where the documents' rows went as they were read
    files: list[tuple] = field(default_factory=list)        # (name, read-cache key, stat, skipped): build_files
    doc_regions: list[tuple] = field(default_factory=list)  # (doc_id, place) of every place a document gave figures of
    patched: bool = False                   # the previous database was patched, not written whole (etl/incremental.py)
    versions: dict = field(default_factory=dict)   # the rules' and the later inputs' versions (build_info)
    totals: dict | None = None              # a patched database's counts (its documents and figures are not all here)
    merged: apart.MergedApart | None = None  # the sure figures, written by a merge split by place (not in observations)

    def review_reasons(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.review:
            for reason in r["confidence_reason"].split(REASON_SEP):
                counts[reason] = counts.get(reason, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))

    def summary(self) -> dict:
        if self.totals is not None:
            return {**self.totals, "review_reasons": self.review_reasons(), "warnings": len(self.warnings),
                    "skipped_files": len(self.skipped_files), "files_read": len(self.files_read),
                    "files_cached": len(self.files_cached), "seconds": round(self.seconds, 3)}
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
            "files_read": len(self.files_read),
            "files_cached": len(self.files_cached),
            "seconds": round(self.seconds, 3),
        }


_WORKER_KNOWLEDGE: Knowledge | None = None
_WORKER_CACHE: ReadCache | None = None


def _read_and_extract(task: tuple[Path, float, tuple[str, str] | None]):
    """One file -> (its documents, their mentions, its size, the OCR seconds it took, whether it came from
    the read cache). Runs in a worker process, with what the build has left of its OCR budget; InputError
    names why the file is skipped. A valid entry of the read cache under the file's key is taken as it is
    (the workers parse entries side by side); else the file is read, and what it gave is kept there."""
    path, ocr_left, key = task
    if key is not None and _WORKER_CACHE is not None:
        kept = _WORKER_CACHE.get(key[0], path.name, key[1])   # None when there is none, or it does not check out
        if kept is not None:
            return (*kept, 0.0, True)
    ocr.allow(ocr_left)
    docs = read_file(_WORKER_KNOWLEDGE, path, path.parent)
    found = [extract_document(d, _WORKER_KNOWLEDGE) for d in docs]
    size = path.stat().st_size
    if key is not None and _WORKER_CACHE is not None:
        _WORKER_CACHE.put(key[0], path.name, key[1], docs, found, size)
    return docs, found, size, ocr.spent(), False


def file_keys(paths: list[Path], cache: ReadCache | None) -> dict:
    """Each file's (read-cache key, file hash), or None where it has none; {} without a cache."""
    return {p: cache.key(p, p.parent) for p in paths} if cache is not None else {}


def read_all(paths: list[Path], cat: Knowledge, workers: int, debug: bool = False, cache: ReadCache | None = None,
              keys: dict | None = None):
    """(path, documents, mentions, size, cached) or (path, None, reason, 0, False) for every path in order, each
    in a worker process within its budget (etl/workers.py): from the read cache when it holds a valid entry for
    the file as it is now, else read. `keys` (file_keys) is filled with each file's key as it is sent, so the
    build hashes files while the workers read."""
    global _WORKER_KNOWLEDGE, _WORKER_CACHE
    _WORKER_KNOWLEDGE, _WORKER_CACHE = cat, cache
    keys = {} if keys is None else keys
    left = [ocr.BUILD_SECONDS]     # the build's OCR seconds, spent file by file

    def prepare(path: Path):
        if path not in keys and cache is not None:
            keys[path] = cache.key(path, path.parent)
        return path, left[0], keys.get(path)

    for path, status, value in run(paths, _read_and_extract, workers, debug=debug, prepare=prepare):
        if status == "ok":
            left[0] -= value[3]
            yield path, *value[:3], value[4]
        else:
            left[0] -= ocr.SECONDS if "OCR" in value else 0   # a scan stopped at its own budget spent it
            yield path, None, value, 0, False


def collect(raw_dir: Path, curated_dir: Path, cat: Knowledge, log=print, workers: int | None = None,
            corrections_path: Path | None = None, debug: bool = False, cache: ReadCache | None = None,
            stream: DocumentStream | None = None) -> BuildResult:
    """Read and extract everything (no database), in `workers` processes for large corpora; a file
    `cache` holds as it is now is not read again; with `stream`, each document's row goes to it as it
    is read and its text is not kept. Bad report files are skipped with a reason; a bad curated table
    raises InputError, because half of a hand-made table is worse than none."""
    result = BuildResult(Path(), [], [], [], stream=stream)
    mentions = _read_reports(raw_dir, cat, log, workers or default_count(), result, debug, cache)
    warn_of_reports(result, result.documents, mentions, cat)
    extracted = document_regions(mentions)
    for path in curated_files(curated_dir):
        rows, warns = read_curated(path, cat)
        mentions.extend(rows)
        result.warnings.extend((path.name, w, "curated", None) for w in warns)
        log(f"  {path.name}: {len(rows)} curated figure(s)")
    if corrections_path is not None:
        mentions = apply_corrections(mentions, read_corrections(corrections_path, cat), corrections_path.name)
    result.doc_regions = sorted(extracted | document_regions(mentions)
                                | {(d.doc_id, d.region) for d in result.documents}, key=repr)
    if not merge_split(result, mentions, cat, log):
        merge(result, mentions, cat)
    return result


def merge_split(result: BuildResult, mentions: list[Mention], cat: Knowledge, log=print) -> bool:
    """A large streamed build's merge split by place over the cores (etl/combine/apart.py): the sure figures
    and their sources go straight to bulk-load files, the build keeps the rest. False: not split (a small
    build, one core, or a part that failed: then the caller merges in one process)."""
    cores = os.cpu_count() or 1
    if result.stream is None or cores < 2 or len(mentions) < apart.APART_MIN:
        return False
    duplicates = {d.doc_id for d in result.documents if d.duplicate_of}
    stem = result.stream.path.with_name(result.stream.path.name.removesuffix(".documents.csv") + ".merge")
    done = apart.merge_apart(mentions, lambda part, some: merge(part, some, cat, duplicates), result.stream, stem, cores)
    if done is None:
        log("  the merge split by place failed; merging in one process")
        return False
    result.review, warnings, result.merged = done
    result.warnings.extend(warnings)
    counts = result.merged.counts
    result.totals = {"documents": len(result.documents),
                     "duplicates": sum(1 for d in result.documents if d.duplicate_of),
                     "observations": counts["observations"], "sources": counts["sources"], "review": len(result.review),
                     "by_kind_method": dict(sorted(result.merged.kinds.items())),
                     "conflicts": counts["conflicts"], "revisions": counts["revisions"]}
    return True


def document_regions(mentions) -> set[tuple]:
    """(doc_id, place) of every document's figures (curated rows, which have no document, left out)."""
    return {(m["doc_id"], m["region"]) for m in mentions if m["doc_id"] is not None}


def note_file(result: BuildResult, path: Path, keys: dict, stat: str, read: tuple, log) -> bool:
    """One file as read_all gave it (documents, mentions, size, cached) noted in `result`: read or taken
    from the cache, its row of build_files, its size; a refused file as a named skip (-> False)."""
    docs, found, size, cached = read
    (result.files_cached if cached else result.files_read).append(path.name)
    result.files.append((path.name, (keys.get(path) or (None,))[0], stat, docs is None))
    if docs is None:
        result.skipped_files.append((printable(path.name), found))
        log(f"  {printable(path.name)}: skipped: {found}")
        return False
    result.bytes_read += size
    return True


def _read_reports(raw_dir: Path, cat: Knowledge, log, workers: int, result: BuildResult,
                  debug: bool = False, cache: ReadCache | None = None) -> list[Mention]:
    """Every report file of `raw_dir` read and extracted; a bad one is a named skip."""
    mentions: list[Mention] = []
    by_file: dict[str, list[int]] = {}
    duplicates = Duplicates()     # marked in reading order, while each text is at hand
    paths, sidecars = raw_listing(raw_dir)
    keys: dict = {}      # each file's read-cache key, filled by read_all as it sends the file
    for path, docs, found, size, cached in read_all(paths, cat, workers, debug, cache, keys):
        stat = file_stat(path, path.stem + ".meta.json" in sidecars)
        if not note_file(result, path, keys, stat, (docs, found, size, cached), log):
            continue
        result.documents.extend(docs)
        for doc, rows in zip(docs, found, strict=True):
            duplicates.mark(doc)
            doc.source_tier = cat.tiers.tier_of(doc.source_url)
            if result.stream is not None:
                result.stream.add(doc, rows)
            mentions.extend(rows)
        by_file[path.name] = [len(rows) for rows in found]
    if len(by_file) <= 50:
        for name, counts in by_file.items():
            log(f"  {name}: {len(counts)} document(s), {sum(counts)} figure mention(s)")
    else:
        log(f"  {len(by_file)} files: {sum(map(len, by_file.values()))} documents, {len(mentions)} figure mentions")
    return mentions


def warn_of_reports(result: BuildResult, documents: list[Document], mentions: list[Mention], cat: Knowledge) -> None:
    """Each document's own warnings; a work or plan report in which no headline figure or no year was
    found is worth one too."""
    counted = {d.doc_id: 0 for d in documents}
    for m in mentions:
        if m["doc_id"] in counted:
            counted[m["doc_id"]] += 1
    for doc in documents:
        said = list(doc.warnings)
        if doc.doc_type in cat.document_types.reports and not counted[doc.doc_id] and not doc.duplicate_of:
            said.append("a report with no headline figure found")
        if doc.doc_type in cat.document_types.reports and doc.report_year is None:
            said.append("no year found in the text")
        result.warnings.extend((doc.doc_id, w, "document", doc.region) for w in said)


def merge(result: BuildResult, mentions: list[Mention], cat: Knowledge, duplicates: set[str] | None = None) -> None:
    """Mentions merged into observations; the sure ones published, the others sent to review."""
    if duplicates is None:
        duplicates = {d.doc_id for d in result.documents if d.duplicate_of}
    observations, sources = merge_mentions(mentions, duplicates, cat.tiers.tier_of, cat.stretch_hedges,
                                           place_blocks(place_names(cat.regions, cat.gazetteer)))
    sure = {o["obs_id"] for o in observations if o["confidence"] == "high"}
    result.observations = [o for o in observations if o["obs_id"] in sure]
    result.review = [o for o in observations if o["obs_id"] not in sure]
    result.sources = [s for s in sources if s["obs_id"] in sure]
    for o in result.observations:
        if o["agreement"] == "conflict":
            result.warnings.append((o["doc_id"] or o["source_title"],
                                    f"conflict: {o['indicator']} {o['year']} {o['period']} {o['kind']} = {o['value']}",
                                    "figure", o["region"]))


@contextmanager
def build_lock(db_path: Path):
    """One build of a database file at a time: a second one stops with a message instead of racing
    (an older input could otherwise overwrite a newer build). The lock goes with the process."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db_path.with_name(f".{db_path.name}.lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BuildError(f"another build of {db_path} is running; try again when it has finished") from exc
        yield
    finally:
        os.close(fd)


def build(raw_dir: Path, curated_dir: Path, db_path: Path = DEFAULT_DB, data_dir: Path = DATA_DIR,
          log=print, debug: bool = False, cache: bool = True) -> BuildResult:
    """Read everything, check it, and replace `db_path` with the new database (debug: a skipped
    file's reason carries its traceback; cache: files read before and unchanged, under the same
    rules, are taken from the read cache, etl/store/readcache.py)."""
    with build_lock(db_path):
        return _build(raw_dir, curated_dir, db_path, data_dir, log, debug, cache)


def _build(raw_dir: Path, curated_dir: Path, db_path: Path, data_dir: Path, log, debug: bool,
           cache: bool = True) -> BuildResult:
    t0 = time.perf_counter()
    cat = load_knowledge(data_dir)
    rules = rules_version(data_dir)
    kept = ReadCache(read_cache_dir() if cache else None, rules)   # without a folder: keys only, nothing kept
    from etl.incremental import inputs_version, try_patch  # it builds on this module

    versions = {"rules_version": rules, "inputs_version": inputs_version(data_dir, curated_dir)}
    if kept.folder is not None:
        patched = try_patch(raw_dir, curated_dir, db_path, data_dir, cat, kept, versions, log, default_count(), debug)
        if patched is not None:
            patched.seconds = time.perf_counter() - t0
            return patched
    stream, result = DocumentStream(db_path), None
    try:
        result = collect(raw_dir, curated_dir, cat, log, corrections_path=data_dir / "corrections.csv", debug=debug,
                         cache=kept, stream=stream)
        if not result.documents:
            raise BuildError(f"no readable report in {raw_dir}; the existing database was left as it was")
        result.db_path, result.versions = db_path, versions
        write_database(result, cat, db_path)
    finally:
        stream.remove()
        if result is not None and result.merged is not None:
            result.merged.remove()
    result.seconds = time.perf_counter() - t0
    return result
