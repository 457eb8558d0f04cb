"""House rules that keep the code honest: SQL only in etl/, bound parameters, documented CLI."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT_DIRS = ("etl", "components")
SOURCES = sorted([ROOT / "app.py", *(p for d in PRODUCT_DIRS for p in (ROOT / d).rglob("*.py"))])
SQL = re.compile(r"\b(select\s+[\w*]|insert\s+into|create\s+(?:table|view)|delete\s+from|update\s+\w+\s+set)\b", re.I)


@pytest.mark.parametrize("path", [p for p in SOURCES if p.relative_to(ROOT).parts[0] != "etl"], ids=str)
def test_no_sql_outside_etl(path):
    assert not SQL.search(path.read_text(encoding="utf-8")), f"{path} has SQL; put it in etl/queries.py"


@pytest.mark.parametrize("path", SOURCES, ids=str)
def test_no_f_string_sql(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\.(?:execute|sql|query)\(\s*f[\"']", text), f"{path}: SQL built with an f-string"


@pytest.mark.parametrize("command", ["python -m etl build", "python -m etl extract", "python -m etl check",
                                     "python -m etl review",
                                     "make run", "make test", "python app.py serve", "python app.py export",
                                     "python app.py briefing"])
def test_every_command_is_in_the_readme(command):
    assert command in (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
