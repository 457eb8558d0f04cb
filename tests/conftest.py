import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """A real database built from the repository's data/ by the real CLI."""
    db = tmp_path_factory.mktemp("db") / "luohu.duckdb"
    subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(db), "--quiet"], cwd=ROOT, check=True,
                   capture_output=True, text=True)
    return db
