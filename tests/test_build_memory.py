"""DuckDB's working memory while a build writes is bounded (etl/store/load.py: working_memory), and a
step that cannot be done within the bound is done once more without it rather than failing the build."""

import duckdb

from etl.store import load
from tests.test_patch_build import PLACES, corpus, live, reports  # noqa: F401 - the fixture


def test_the_bound_is_512_mb_unless_the_environment_says_otherwise(monkeypatch):
    monkeypatch.delenv("LUOHU_BUILD_DB_MB", raising=False)
    assert load.working_memory() == "512MB"
    monkeypatch.setenv("LUOHU_BUILD_DB_MB", "2048")
    assert load.working_memory() == "2048MB"
    monkeypatch.setenv("LUOHU_BUILD_DB_MB", "1")
    assert load.working_memory() == "128MB"
    for bad in ("lots", "-5", "5e9", ""):
        monkeypatch.setenv("LUOHU_BUILD_DB_MB", bad)
        assert load.working_memory() == "512MB"


def test_a_writing_connection_carries_the_bound(tmp_path):
    con = load.connect_for_writing(tmp_path / "x.duckdb", "256MB")
    try:
        assert con.execute("select current_setting('memory_limit')").fetchone()[0] == "244.1 MiB"   # 256 MB
    finally:
        con.close()


def test_a_bound_too_small_for_the_write_is_lifted_once_not_a_failed_build(corpus, monkeypatch):  # noqa: F811
    limits = []
    connect = load.connect_for_writing

    def recorded(path, limit=None):
        limits.append(limit)
        return connect(path, limit)
    monkeypatch.setattr(load, "working_memory", lambda: "1MB")
    monkeypatch.setattr(load, "connect_for_writing", recorded)
    result = live(corpus)
    assert limits == ["1MB", None], "the write ran out within 1 MB and was done once more without the bound"
    assert not result.patched and len(result.files_read) == PLACES * 14
    con = duckdb.connect(str(corpus / "live.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from observations").fetchone()[0] > 0
    finally:
        con.close()
