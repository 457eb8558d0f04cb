"""A build asked to read a reports folder that is not there (a mistyped --raw) says so in one line naming the folder,
ends with the code of a usage error, and leaves the database it would have replaced as it was. A curated folder that is
not there is how a build of the reports alone is asked for: it goes on, and says in one line that no curated figure is
loaded, since it may be a typo too."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _build(tmp_path: Path, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(tmp_path / "kept.duckdb"), *flags],
                          cwd=ROOT, capture_output=True, text=True)


@pytest.mark.parametrize("where", ["no_such_folder", "a_file_not_a_folder.txt"])
def test_a_missing_reports_folder_is_named_and_nothing_is_replaced(tmp_path, where):
    kept = tmp_path / "kept.duckdb"
    kept.write_bytes(b"what an earlier build left")
    target = tmp_path / where
    if where.endswith(".txt"):
        target.write_text("not a folder", encoding="utf-8")
    done = _build(tmp_path, "--raw", str(target))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: --raw {target}: no such folder"]
    assert kept.read_bytes() == b"what an earlier build left"


def test_a_missing_curated_folder_builds_the_reports_alone_and_says_so(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "report.txt").write_text("某县2023年地区生产总值增长5.1%。\n", encoding="utf-8")
    done = _build(tmp_path, "--raw", str(raw), "--curated", str(tmp_path / "none"))
    assert done.returncode == 0, done.stderr
    assert f"note: --curated {tmp_path / 'none'}: no such folder; no curated figure is loaded" in done.stdout
    assert (tmp_path / "kept.duckdb").exists()
