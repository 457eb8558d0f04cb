"""A build that patches the live database (etl/incremental.py, etl/store/patch.py): only the places a
change touches are merged and written again, and the file is the one a clean full build gives, table
by table. Small synthetic corpora of three places made here (bench/synth.py), real files, real DuckDB."""

import os
import shutil
import sys
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.errors import BuildError
from etl.store import patch as patch_store
from tests.test_incremental_build import tables

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

PLACES = 3


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    synth.write_corpus(tmp_path, PLACES)
    monkeypatch.setenv("LUOHU_READ_CACHE", str(tmp_path / "cache"))
    return tmp_path


def live(work: Path):
    """A build of the corpus into its live database (patched when it can be)."""
    return build(work / "raw", work / "curated", work / "live.duckdb", ROOT / "data", log=lambda *a: None)


def clean(work: Path, monkeypatch) -> dict:
    """The tables of a clean full build of the corpus as it is now (its own empty read cache)."""
    shutil.rmtree(work / "clean-cache", ignore_errors=True)
    (work / "clean.duckdb").unlink(missing_ok=True)
    monkeypatch.setenv("LUOHU_READ_CACHE", str(work / "clean-cache"))
    result = build(work / "raw", work / "curated", work / "clean.duckdb", ROOT / "data", log=lambda *a: None)
    monkeypatch.setenv("LUOHU_READ_CACHE", str(work / "cache"))
    assert not result.patched
    return tables(work / "clean.duckdb")


def reports(work: Path) -> list[Path]:
    return sorted((work / "raw").glob("*.txt"))


def place_of(path: Path) -> str:
    return path.name.split("_")[0]


def test_the_first_build_is_whole_and_the_next_with_nothing_changed_writes_nothing(corpus):
    first = live(corpus)
    assert not first.patched and len(first.files_read) == PLACES * 14
    before = (corpus / "live.duckdb").stat().st_mtime_ns
    again = live(corpus)
    assert again.patched and not again.files_read and not again.files_cached
    assert again.summary()["observations"] == first.summary()["observations"]
    assert (corpus / "live.duckdb").stat().st_mtime_ns == before


@pytest.mark.parametrize("change", ["add", "remove", "edit", "copy of another", "unreadable", "sidecar"])
def test_a_patched_database_equals_a_clean_build(corpus, monkeypatch, change):
    live(corpus)
    files = reports(corpus)
    if change == "add":
        synth.add_report(corpus, PLACES)
    elif change == "remove":
        files[3].unlink()
    elif change == "edit":
        files[5].write_text(files[5].read_text(encoding="utf-8").replace("增长", "增长了", 1), encoding="utf-8")
    elif change == "copy of another":   # the copy sorts first, so the older file becomes its duplicate
        shutil.copy(files[20], corpus / "raw" / f"000_{files[20].name}")
    elif change == "unreadable":
        (corpus / "raw" / "broken.pdf").write_bytes(b"%PDF-1.4 not a PDF at all")
    else:
        files[7].with_name(files[7].stem + ".meta.json").write_text('{"source_url": "https://example.gov.cn/r"}')
    patched = live(corpus)
    assert patched.patched and len(patched.files_read) == (0 if change == "remove" else 1)
    assert len(patched.files_cached) <= 15, "only the touched place's other reports are taken from the cache"
    assert tables(corpus / "live.duckdb") == clean(corpus, monkeypatch)


def test_a_patch_leaves_the_other_places_rows_and_ids_as_they_were(corpus):
    live(corpus)
    con = duckdb.connect(str(corpus / "live.duckdb"), read_only=True)
    before = con.execute("select * from observations order by obs_id").fetchall()
    con.close()
    first_place = place_of(reports(corpus)[0])
    synth.add_report(corpus, PLACES)
    live(corpus)
    con = duckdb.connect(str(corpus / "live.duckdb"), read_only=True)
    after = con.execute("select * from observations order by obs_id").fetchall()
    touched = {r[0] for r in con.execute("select region from documents where source_file like ?",
                                         [f"{first_place}%"]).fetchall()}
    con.close()
    untouched = lambda rows: [r for r in rows if r[1] not in touched]  # noqa: E731
    assert untouched(after) == untouched(before) and len(untouched(before)) > 0
    assert len(after) > len(before)


def test_a_touched_but_unchanged_file_is_not_read_again(corpus, monkeypatch):
    live(corpus)
    os.utime(reports(corpus)[4])
    again = live(corpus)
    assert again.patched and not again.files_read and not again.files_cached
    assert tables(corpus / "live.duckdb") == clean(corpus, monkeypatch)


def test_a_change_of_rules_or_of_a_curated_table_builds_whole(corpus, tmp_path):
    live(corpus)
    (corpus / "curated" / "extra.csv").write_text(
        "year,period,indicator,kind,status,value,value_high,unit,qualifier,basis,source_title,source_url,quote\n",
        encoding="utf-8")
    assert not live(corpus).patched
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("raw", "curated", "*.duckdb*"))
    with (data / "hedges.csv").open("a", encoding="utf-8") as fh:
        fh.write("\n")
    again = build(corpus / "raw", corpus / "curated", corpus / "live.duckdb", data, log=lambda *a: None)
    assert not again.patched and len(again.files_read) == PLACES * 14


def test_a_failed_patch_leaves_the_live_database_whole(corpus, monkeypatch):
    live(corpus)
    before = tables(corpus / "live.duckdb")
    synth.add_report(corpus, PLACES)

    def broken(con, patch, scratch):
        con.execute("delete from observations")
        raise BuildError("disk full, say")
    monkeypatch.setattr(patch_store, "_apply", broken)
    with pytest.raises(BuildError):
        live(corpus)
    assert tables(corpus / "live.duckdb") == before
    assert not list(corpus.glob(".live.duckdb.*.tmp*"))


def test_a_database_of_another_schema_is_not_patched(corpus):
    live(corpus)
    con = duckdb.connect(str(corpus / "live.duckdb"))
    con.execute("update build_info set value = 'other' where key = 'schema_sha256'")
    con.close()
    synth.add_report(corpus, PLACES)
    assert not live(corpus).patched
