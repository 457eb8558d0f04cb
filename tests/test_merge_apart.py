"""A large build's merge split by place over processes (etl/combine/apart.py) gives the database one process
gives, table by table; a part that fails falls back to one process. The split is forced on small corpora
here (APART_MIN = 0): a synthetic one of three places (bench/synth.py) and the repository's own reports,
curated tables and corrections (figures in review, conflicts). Real files, real DuckDB, real processes."""

import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from etl.build import build
from etl.combine import apart
from tests.test_incremental_build import tables

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402


def built(raw: Path, curated: Path, db: Path, data: Path = ROOT / "data"):
    return build(raw, curated, db, data, log=lambda *a: None, cache=False)


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.glob(f".{db.name}.*.tmp*"))


@pytest.fixture
def corpus(tmp_path):
    synth.write_corpus(tmp_path, 3)
    return tmp_path


def test_a_merge_split_by_place_writes_the_database_one_process_writes(corpus, monkeypatch):
    whole = built(corpus / "raw", corpus / "curated", corpus / "whole.duckdb")
    monkeypatch.setattr(apart, "APART_MIN", 0)
    split = built(corpus / "raw", corpus / "curated", corpus / "split.duckdb")
    assert whole.merged is None and split.merged is not None
    assert len(split.merged.files["observations"]) >= 2           # more than one part wrote
    assert tables(corpus / "split.duckdb") == tables(corpus / "whole.duckdb")
    assert {k: v for k, v in split.summary().items() if k != "seconds"} == \
        {k: v for k, v in whole.summary().items() if k != "seconds"}
    assert leftovers(corpus / "split.duckdb") == []                # the parts' files are gone with the build


def test_the_split_merge_keeps_review_conflicts_and_corrections_of_the_home_reports(tmp_path, monkeypatch):
    whole = built(ROOT / "data" / "raw", ROOT / "data" / "curated", tmp_path / "whole.duckdb")
    monkeypatch.setattr(apart, "APART_MIN", 0)
    split = built(ROOT / "data" / "raw", ROOT / "data" / "curated", tmp_path / "split.duckdb")
    assert split.merged is not None
    assert whole.summary()["conflicts"] > 0 and whole.review      # the cases the split must carry over
    assert sorted(o["obs_id"] for o in split.review) == sorted(o["obs_id"] for o in whole.review)
    assert sorted(split.warnings, key=repr) == sorted(whole.warnings, key=repr)
    assert tables(tmp_path / "split.duckdb") == tables(tmp_path / "whole.duckdb")


def test_a_part_that_fails_means_one_merge_in_one_process(corpus, monkeypatch):
    whole = built(corpus / "raw", corpus / "curated", corpus / "whole.duckdb")

    def broken(path, cols, rows):
        path.write_text("half a file")
        raise OSError("the disk is full")

    monkeypatch.setattr(apart, "APART_MIN", 0)
    monkeypatch.setattr(apart, "write_csv", broken)
    said = []
    split = build(corpus / "raw", corpus / "curated", corpus / "split.duckdb", ROOT / "data", log=said.append,
                  cache=False)
    assert split.merged is None and any("one process" in s for s in said)
    assert tables(corpus / "split.duckdb") == tables(corpus / "whole.duckdb")
    assert whole.summary()["observations"] == split.summary()["observations"]
    assert leftovers(corpus / "split.duckdb") == []


def test_places_are_parted_whole_and_about_evenly():
    mentions = [{"region": r} for r, n in (("甲县", 50), ("乙县", 30), ("丙县", 25), (None, 5), ("丁县", 10))
                for _ in range(n)]
    parts = apart.place_parts(mentions, 2)
    assert sorted(p for part in parts for p in part) == sorted(["甲县", "乙县", "丙县", "", "丁县"])
    sizes = [sum(1 for m in mentions if (m["region"] or "") in part) for part in parts]
    assert sorted(sizes) == [60, 60]
    assert apart.place_parts(mentions[:50], 2) == [{"甲县"}]       # one place: one part, none empty
    assert Counter(len(p) for p in apart.place_parts([], 3)) == Counter()


def test_no_build_of_the_home_reports_is_split_by_default(tmp_path):
    shutil.copytree(ROOT / "data" / "raw", tmp_path / "raw")
    result = built(tmp_path / "raw", ROOT / "data" / "curated", tmp_path / "db.duckdb")
    assert result.merged is None and result.observations
