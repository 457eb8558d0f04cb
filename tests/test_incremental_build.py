"""Incremental builds (issue 26): what a file gave is kept in the read cache by its content and the
rules' version (etl/store/readcache.py), so a rebuild reads only new or changed files and gives the
database a clean full build would. Small corpora made here, real files, real DuckDB."""

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.store import readcache

ROOT = Path(__file__).resolve().parent.parent


def report(year: int, growth: float, invest: float) -> str:
    return (f"{year}年1月10日在深圳市罗湖区第七届人民代表大会第一次会议上\n各位代表:我代表罗湖区人民政府向大会作工作报告。\n"
            f"一、{year - 1}年工作回顾\n初步核算,我区生产总值增长{growth}%;固定资产投资{invest}亿元,增长12.5%。\n"
            f"二、{year}年工作安排\n{year}年经济社会发展主要预期目标为:地区生产总值增长{growth - 1}%左右,"
            f"固定资产投资{invest + 20}亿元以上。\n")


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A data folder (the repository's tables) whose raw/ holds three small reports, and a private cache."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("raw", "curated", "*.duckdb*"))
    (data / "raw").mkdir()
    (data / "curated").mkdir()
    for year, growth, invest in ((2017, 8.8, 180.5), (2018, 7.9, 210.0), (2019, 7.2, 233.4)):
        (data / "raw" / f"report_{year}.txt").write_text(report(year, growth, invest), encoding="utf-8")
    monkeypatch.setenv("LUOHU_READ_CACHE", str(tmp_path / "cache"))
    return data


def run_build(data: Path, db: Path, cache: bool = True):
    return build(data / "raw", data / "curated", db, data, log=lambda *a: None, cache=cache)


def tables(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, the build's time left out."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                           "where table_type = 'BASE TABLE' order by table_name").fetchall()]
        out = {}
        for name in names:
            rows = con.execute("select * from " + name).fetchall()  # noqa: S608 - names from the catalogue
            out[name] = sorted((r for r in rows if not (name == "build_info" and r[0] == "built_at")), key=repr)
        return out
    finally:
        con.close()


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.json"))


def test_a_second_build_with_nothing_changed_reads_nothing_and_gives_the_same_database(work, tmp_path):
    first = run_build(work, tmp_path / "a.duckdb")
    second = run_build(work, tmp_path / "b.duckdb")
    assert len(first.files_read) == 3 and not first.files_cached
    assert second.files_read == [] and len(second.files_cached) == 3
    assert tables(tmp_path / "a.duckdb") == tables(tmp_path / "b.duckdb")
    assert first.observations and len(entries(tmp_path / "cache")) == 3


def test_the_cache_is_a_private_folder(work, tmp_path):
    run_build(work, tmp_path / "a.duckdb")
    cache = tmp_path / "cache"
    assert cache.stat().st_mode & 0o777 == 0o700 and not cache.is_symlink()
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in cache.iterdir())


def test_adding_one_report_reads_only_it(work, tmp_path):
    run_build(work, tmp_path / "a.duckdb")
    (work / "raw" / "report_2020.txt").write_text(report(2020, 6.1, 250.0), encoding="utf-8")
    again = run_build(work, tmp_path / "b.duckdb")
    assert again.files_read == ["report_2020.txt"] and len(again.files_cached) == 3
    run_build(work, tmp_path / "clean.duckdb", cache=False)
    assert tables(tmp_path / "b.duckdb") == tables(tmp_path / "clean.duckdb")


def test_a_changed_report_or_sidecar_is_read_again(work, tmp_path):
    run_build(work, tmp_path / "a.duckdb")
    (work / "raw" / "report_2018.txt").write_text(report(2018, 7.5, 210.0), encoding="utf-8")
    (work / "raw" / "report_2019.meta.json").write_text(json.dumps({"source_url": "https://example.org/r"}))
    again = run_build(work, tmp_path / "b.duckdb")
    assert again.files_read == ["report_2018.txt", "report_2019.txt"]
    run_build(work, tmp_path / "clean.duckdb", cache=False)
    assert tables(tmp_path / "b.duckdb") == tables(tmp_path / "clean.duckdb")


def test_removing_a_report_leaves_nothing_of_it(work, tmp_path):
    run_build(work, tmp_path / "a.duckdb")
    (work / "raw" / "report_2018.txt").unlink()
    again = run_build(work, tmp_path / "b.duckdb")
    assert len(again.files_cached) == 2 and not again.files_read
    found = tables(tmp_path / "b.duckdb")
    assert not any("report_2018" in repr(row) for rows in found.values() for row in rows)
    run_build(work, tmp_path / "clean.duckdb", cache=False)
    assert found == tables(tmp_path / "clean.duckdb")


def _edit_row(path: Path, key: str, column: str, value: str) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if r[next(iter(r))] == key:
            r[column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def cli_build(data: Path, db: Path, *extra: str) -> subprocess.CompletedProcess:
    run = subprocess.run([sys.executable, "-m", "etl", "build", "--data", str(data), "--db", str(db), "--quiet", *extra],
                         cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
    assert run.returncode == 0, run.stderr
    return run


def test_one_changed_row_of_hedges_csv_reads_everything_again_as_a_clean_build_would(work, tmp_path):
    cli_build(work, tmp_path / "a.duckdb")
    _edit_row(work / "hedges.csv", "以上", "label_en", "or more")
    again = cli_build(work, tmp_path / "b.duckdb")
    assert "files read: 3, taken from the read cache: 0" in again.stdout
    clean = cli_build(work, tmp_path / "clean.duckdb", "--no-cache")
    assert "files read: 3, taken from the read cache: 0" in clean.stdout
    assert tables(tmp_path / "b.duckdb") == tables(tmp_path / "clean.duckdb")
    assert tables(tmp_path / "b.duckdb") != tables(tmp_path / "a.duckdb")


def test_a_table_used_only_after_extraction_keeps_the_cache(work, tmp_path):
    cli_build(work, tmp_path / "a.duckdb")
    _edit_row(work / "dictionary.csv", "observations", "description_en", "edited")
    again = cli_build(work, tmp_path / "b.duckdb")
    assert "files read: 0, taken from the read cache: 3" in again.stdout
    cli_build(work, tmp_path / "clean.duckdb", "--no-cache")
    assert tables(tmp_path / "b.duckdb") == tables(tmp_path / "clean.duckdb")


def test_no_cache_neither_uses_nor_fills_it(work, tmp_path):
    run = cli_build(work, tmp_path / "a.duckdb", "--no-cache")
    assert "files read: 3, taken from the read cache: 0" in run.stdout
    assert not entries(tmp_path / "cache")


@pytest.mark.parametrize("spoil", ["truncated", "garbage", "value changed", "signed by another key",
                                   "another file's entry", "a link"])
def test_a_corrupt_or_planted_entry_is_read_again_never_trusted(work, tmp_path, spoil):
    run_build(work, tmp_path / "a.duckdb")
    cache = tmp_path / "cache"
    version = readcache.rules_version(work)
    key, _ = readcache.ReadCache(cache, version).key(work / "raw" / "report_2018.txt", work / "raw")
    entry = cache / f"{key}.json"
    other = next(p for p in entries(cache) if p != entry)
    raw = entry.read_bytes()
    if spoil == "truncated":
        entry.write_bytes(raw[: len(raw) // 2])
    elif spoil == "garbage":
        entry.write_bytes(b"\x00not an entry")
    elif spoil == "value changed":     # a figure changed, the signature left as it was
        entry.write_bytes(raw.replace(b"7.9", b"9.7"))
    elif spoil == "signed by another key":   # well formed and signed, but not with this folder's key
        head, _, body = raw.partition(b"\n")
        forged = readcache.ReadCache(tmp_path / "elsewhere", version)
        entry.write_bytes(b"#luohu-read " + forged._sign(body.replace(b"7.9", b"9.7")) + b"\n"
                          + body.replace(b"7.9", b"9.7"))
    elif spoil == "another file's entry":
        entry.write_bytes(other.read_bytes())
    else:
        planted = tmp_path / "planted.json"
        planted.write_bytes(other.read_bytes())
        entry.unlink()
        entry.symlink_to(planted)
    again = run_build(work, tmp_path / "b.duckdb")
    assert again.files_read == ["report_2018.txt"] and len(again.files_cached) == 2
    assert tables(tmp_path / "b.duckdb") == tables(tmp_path / "a.duckdb")
    assert entry.is_file() and not entry.is_symlink()      # the entry was written again, whole
    assert readcache.ReadCache(cache, version).get(key, "report_2018.txt", again.documents[1].file_sha256)


def test_an_entry_is_never_written_through_a_link_into_another_file(work, tmp_path):
    """Entries are written in place (no temporary file): a hard or soft link planted at an entry's name
    is replaced, and the file it points to keeps its bytes."""
    run_build(work, tmp_path / "a.duckdb")
    cache = tmp_path / "cache"
    version = readcache.rules_version(work)
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me", encoding="utf-8")
    for name, link in (("report_2018.txt", os.link), ("report_2019.txt", os.symlink)):
        key, _ = readcache.ReadCache(cache, version).key(work / "raw" / name, work / "raw")
        (cache / f"{key}.json").unlink()
        link(outside, cache / f"{key}.json")
    again = run_build(work, tmp_path / "b.duckdb")
    assert sorted(again.files_read) == ["report_2018.txt", "report_2019.txt"]
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert all(p.is_file() and not p.is_symlink() and p.stat().st_nlink == 1 for p in entries(cache))
    assert tables(tmp_path / "b.duckdb") == tables(tmp_path / "a.duckdb")


def test_a_cache_folder_that_is_not_private_is_not_used(work, tmp_path, monkeypatch):
    target = tmp_path / "someone-elses"
    target.mkdir()
    monkeypatch.setenv("LUOHU_READ_CACHE", str(tmp_path / "link"))
    (tmp_path / "link").symlink_to(target)
    run_build(work, tmp_path / "a.duckdb")
    again = run_build(work, tmp_path / "b.duckdb")
    assert len(again.files_read) == 3 and not list(target.iterdir())


def test_clear_removes_the_cache(work, tmp_path):
    run_build(work, tmp_path / "a.duckdb")
    assert readcache.clear(tmp_path / "cache") and not (tmp_path / "cache").exists()
    assert len(run_build(work, tmp_path / "b.duckdb").files_read) == 3


@pytest.mark.parametrize("table", sorted(readcache.AFTER_EXTRACTION))
def test_the_tables_left_out_of_the_rules_version_are_never_read_by_the_readers(table):
    """A table outside the version must stay outside reading and extraction, or a change to it would
    leave stale entries: its file name and its Knowledge field appear nowhere in that code."""
    field = {"corrections.csv": "corrections", "dictionary.csv": "dictionary", "source_tiers.csv": "tiers"}[table]
    code = "\n".join(p.read_text(encoding="utf-8") for p in readcache._code_files()
                     if p.name not in ("__init__.py", "readcache.py", "tiers.py", "tables.py"))
    assert f"\"{table}\"" not in code and f".{field}" not in code


# --- memory that grows with the output: texts written as they are read (etl/store/stream.py) ---

def test_the_build_keeps_no_text_once_it_is_written(work, tmp_path):
    result = run_build(work, tmp_path / "a.duckdb")
    assert result.documents and all(d.text == "" for d in result.documents)
    con = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True)
    try:
        texts = con.execute("select n_chars, length(text), text from documents order by doc_id").fetchall()
    finally:
        con.close()
    assert len(texts) == 3 and all(n == length > 100 for n, length, _ in texts)
    assert texts[1][2] == (work / "raw" / "report_2018.txt").read_text(encoding="utf-8").strip("\n")
    assert not list(tmp_path.glob(".a.duckdb.*.tmp*"))


def test_a_killed_builds_documents_file_is_removed_by_the_next_build(work, tmp_path):
    stale = tmp_path / ".a.duckdb.999999999.tmp.documents.csv"
    stale.write_text("doc_id\n")
    run_build(work, tmp_path / "a.duckdb")
    assert not stale.exists()
