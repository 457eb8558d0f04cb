"""A build asked to read a folder that is not there (a mistyped --raw or --curated) says so in one line naming the
folder, ends with the code of a usage error, and leaves the database it would have replaced as it was."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _build(tmp_path: Path, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(tmp_path / "kept.duckdb"), *flags],
                          cwd=ROOT, capture_output=True, text=True)


@pytest.mark.parametrize("flag", ["--raw", "--curated"])
@pytest.mark.parametrize("where", ["no_such_folder", "a_file_not_a_folder.txt"])
def test_a_missing_folder_is_named_and_nothing_is_replaced(tmp_path, flag, where):
    kept = tmp_path / "kept.duckdb"
    kept.write_bytes(b"what an earlier build left")
    target = tmp_path / where
    if where.endswith(".txt"):
        target.write_text("not a folder", encoding="utf-8")
    done = _build(tmp_path, flag, str(target))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {flag} {target}: no such folder"]
    assert kept.read_bytes() == b"what an earlier build left"
