"""An incremental build (issue 26): when the live database was made by the same rules, knowledge and
curated tables, only the places a changed report touches are merged and written again; the rest of
the file is kept as it is. The result is the database a clean full build would give (tests/
test_patch_build.py compares them table by table).

A report file is changed when its stat (size, times, inode, and its sidecar's) differs and its
read-cache key (its bytes, its sidecar's, its name, the rules' version) does too; new, removed and
previously refused files are changed too. The places touched are every place the changed files'
documents gave figures of, before and after (data/corrections.csv included), closed over what a
change can move elsewhere: a document that repeats one of them (the same body is marked a duplicate
across places) and a document whose duplicate mark changes (its figures elsewhere rank differently).
Every document that gave a figure of a touched place is taken from the read cache, and those places'
mentions are merged alone. Figure ids are numbered within each place (etl/combine/merge.py), so the
untouched places' rows and ids stay as they are.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from etl.build import BuildResult, document_regions, file_keys, merge, note_file, printable, read_all, warn_of_reports
from etl.combine.corrections import apply_corrections, read_corrections
from etl.combine.curated import curated_files, read_curated
from etl.combine.duplicates import Duplicates
from etl.documents import file_stat, raw_listing
from etl.knowledge import Knowledge
from etl.records import Document
from etl.store.patch import Previous, counts, read_previous, write_patch
from etl.store.readcache import AFTER_EXTRACTION, ReadCache
from etl.store.schema import quote_problems


def inputs_version(data_dir: Path, curated_dir: Path) -> str:
    """A hash of what the stages after extraction read: the tables the read cache's version leaves out
    (AFTER_EXTRACTION) and every curated table."""
    h = hashlib.sha256()
    paths = [data_dir / name for name in sorted(AFTER_EXTRACTION)] + curated_files(curated_dir)
    for path in paths:
        h.update(f"\n{path.name}\n".encode())
        h.update(path.read_bytes() if path.is_file() else b"-")
    return h.hexdigest()


@dataclass
class Patch:
    """What write_patch replaces: the touched places' rows, the changed files' documents and rows."""
    result: BuildResult
    regions: set = field(default_factory=set)
    gone_files: set = field(default_factory=set)         # build_files rows replaced (changed, removed, touched)
    gone_printable: list = field(default_factory=list)   # their names as a skipped file's warning gives them
    gone_docs: set = field(default_factory=set)          # documents of changed and removed files
    new_docs: list = field(default_factory=list)
    remarked: list = field(default_factory=list)         # (duplicate_of, fingerprint, doc_id) of kept documents
    quote_problems: list = field(default_factory=list)


def try_patch(raw_dir: Path, curated_dir: Path, db_path: Path, data_dir: Path, cat: Knowledge, cache: ReadCache,
              versions: dict[str, str], log, workers: int, debug: bool) -> BuildResult | None:
    """Patch the live database for what changed in `raw_dir`; None when it cannot be patched (another
    version made it, a verdict of data/corrections.csv names a changed document): then build whole."""
    prev = read_previous(db_path, versions)
    if prev is None:
        return None
    paths, sidecars = raw_listing(raw_dir)
    order = {p.name: i for i, p in enumerate(paths)}
    result = BuildResult(db_path, [], [], [], versions=versions, patched=True)
    changed, stats = _changed_files(paths, sidecars, prev, cache, result)
    removed = set(prev.files) - set(order)
    gone_docs = {d for name in set(p.name for p in changed) | removed for d in prev.docs_of_file.get(name, ())}
    corrections = read_corrections(data_dir / "corrections.csv", cat)
    if any(c.key.split("@", 1)[0] in gone_docs for c in corrections):
        return None
    patch = Patch(result, gone_docs=gone_docs)
    if not changed and not removed:   # nothing to do, or only touched files' stat to write again
        result.totals = _write(db_path, patch, removed) if result.files else counts(db_path)
        return result
    keys = file_keys(changed, cache)
    loaded: dict[str, tuple[list[Document], list]] = {}
    for path, docs, found, size, cached in read_all(changed, cat, workers, debug, cache, keys):
        if note_file(result, path, keys, stats[path.name], (docs, found, size, cached), log):
            loaded[path.name] = (docs, found)
    new_docs = [d for docs, _ in loaded.values() for d in docs]
    if len(prev.docs) - len(gone_docs) + len(new_docs) == 0:
        return None     # nothing left to build from: the full build says so
    regions = {r for d in gone_docs for r in prev.regions_of_doc.get(d, ())}
    for docs, found in loaded.values():
        regions |= {d.region for d in docs} | {m["region"] for rows in found for m in rows}
    try:
        regions = _close(regions, prev, loaded, order, raw_dir, removed, cat, cache, result, (workers, debug), gone_docs)
    except _Rebuild as why:
        log(f"  building whole: {why}")
        return None
    _finish(patch, regions, prev, loaded, new_docs, order, cat, curated_dir, corrections)
    result.totals = _write(db_path, patch, removed)
    return result


def _write(db_path: Path, patch: Patch, removed: set) -> dict:
    """The files whose rows are replaced: every one this build looked at again, and the removed ones."""
    patch.gone_files = {f[0] for f in patch.result.files} | removed
    patch.gone_printable = sorted(printable(n) for n in patch.gone_files)
    return write_patch(db_path, patch)


def _changed_files(paths: list[Path], sidecars: set[str], prev: Previous, cache: ReadCache, result: BuildResult):
    """-> (the files to read, every file's stat by name); a file whose stat changed but whose key did
    not is only noted in result.files, to have its stat written again."""
    changed, stats = [], {}
    for path in paths:
        stat = stats[path.name] = file_stat(path, path.stem + ".meta.json" in sidecars)
        old = prev.files.get(path.name)
        if old is not None and not old[2] and old[0] and old[1] == stat:
            continue
        key = (cache.key(path, path.parent) or (None,))[0]
        if old is not None and not old[2] and key is not None and key == old[0]:
            result.files.append((path.name, key, stat, False))    # touched, not changed
        else:
            changed.append(path)
    return changed, stats


def _close(regions: set, prev: Previous, loaded: dict, order: dict, raw_dir: Path, removed: set, cat: Knowledge,
           cache, result, how: tuple, gone_docs: set) -> set:
    """The touched places, closed: every document of them loaded (from the read cache), the duplicate
    marks of their own documents made again in reading order, and a place added for every document that
    shares a body with them or whose mark changed; until nothing more is added."""
    new_names = set(loaded)
    while True:
        want = {prev.docs[d][0] for r in regions for d in prev.docs_of_region.get(r, ()) if d not in gone_docs}
        more = [raw_dir / n for n in sorted(want - set(loaded) - removed, key=order.get)]
        if more:
            for path, docs, found, _, cached in read_all(more, cat, *how, cache):
                (result.files_cached if cached else result.files_read).append(path.name)
                if docs is None:   # a kept file that can no longer be read: build whole instead
                    raise _Rebuild(f"{printable(path.name)}: {found}")
                loaded[path.name] = (docs, found)
        added = set()
        own = _mark(regions, loaded, order)
        fingerprints = {d.fingerprint for d in own} | {prev.docs[d][2] for d in gone_docs if d in prev.docs}
        for fp in fingerprints:
            for other in prev.by_fingerprint.get(fp, ()):
                if other not in gone_docs and prev.docs[other][1] not in regions:
                    added.add(prev.docs[other][1])
        for d in own:
            if d.source_file not in new_names and d.doc_id in prev.docs and d.duplicate_of != prev.docs[d.doc_id][3]:
                added |= prev.regions_of_doc.get(d.doc_id, set()) - regions
        if not added:
            return regions
        regions |= added


class _Rebuild(Exception):
    """The patch cannot be made; the build is done whole."""


def _mark(regions: set, loaded: dict, order: dict) -> list[Document]:
    """The duplicate marks of every loaded document of the touched places, made again in reading order
    (among themselves: a body shared with another place has brought that place in)."""
    own = sorted((d for docs, _ in loaded.values() for d in docs if d.region in regions),
                 key=lambda d: (order[d.source_file], d.segment))
    marker = Duplicates()
    for d in own:
        d.duplicate_of = None
        marker.mark(d)
    return own


def _finish(patch: Patch, regions: set, prev: Previous, loaded: dict, new_docs: list, order: dict,
            cat: Knowledge, curated_dir: Path, corrections: list) -> None:
    """The touched places' figures merged, their warnings, and what write_patch needs of the documents."""
    result = patch.result
    patch.regions = regions
    new_ids = {d.doc_id for d in new_docs}
    docs = sorted((d for ds, _ in loaded.values() for d in ds), key=lambda d: (order[d.source_file], d.segment))
    found = {d.doc_id: rows for ds, rows_of in loaded.values() for d, rows in zip(ds, rows_of, strict=True)}
    for d in docs:
        d.source_tier = cat.tiers.tier_of(d.source_url)
        if d.region not in regions and d.doc_id not in new_ids:
            d.duplicate_of = prev.docs[d.doc_id][3]
    mentions = [m for d in docs for m in found[d.doc_id]]
    own = [d for d in docs if d.region in regions]
    warn_of_reports(result, own, [m for d in own for m in found[d.doc_id]], cat)
    extracted = document_regions(m for d in new_docs for m in found[d.doc_id])
    for path in curated_files(curated_dir):
        mentions.extend(read_curated(path, cat)[0])
    keys = {m["mention_key"] for m in mentions}
    corrected = apply_corrections(mentions, [c for c in corrections if c.key in keys], "corrections.csv")
    result.doc_regions = sorted(extracted | {r for r in document_regions(corrected) if r[0] in new_ids}
                                | {(d.doc_id, d.region) for d in new_docs}, key=repr)
    touched = [m for m in corrected if m["region"] in regions]
    merge(result, touched, cat, {d.doc_id for d in docs if d.duplicate_of})
    result.documents = docs
    patch.quote_problems = quote_problems(docs, [*result.sources, *result.review])
    patch.new_docs = new_docs
    patch.remarked = [(d.duplicate_of, d.fingerprint, d.doc_id) for d in own if d.doc_id not in new_ids]
