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


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """String constants of a module, docstrings and comments left out (they may cite examples)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def _knowledge_words(places_only: bool = False) -> dict[str, str]:
    """Words owned by a data file: place names, hedge words, unit spellings (two characters or more)."""
    import csv

    words = {}
    with (ROOT / "data" / "regions.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for w in [r["name_zh"], r["short_zh"], r["name_en"], *r["aliases"].split("|")]:
                if len(w) >= 2:
                    words[w] = "data/regions.csv"
    if places_only:
        return words
    with (ROOT / "data" / "hedges.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if len(r["qualifier"]) >= 2:
                words[r["qualifier"]] = "data/hedges.csv"
    with (ROOT / "data" / "units.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if len(r["unit"]) >= 2 and any("\u4e00" <= c <= "\u9fff" for c in r["unit"]):
                words[r["unit"]] = "data/units.csv"
    return words


@pytest.mark.parametrize("path", SOURCES, ids=str)
def test_no_place_hedge_or_unit_word_in_code(path):
    """Place names anywhere in code; hedge words and units anywhere but the UI word list, which labels
    them for people (the extractor's patterns, the SQL rules and the chart labels come from the data)."""
    words = _knowledge_words(places_only=path.name == "i18n.py")
    found = [(line, w, owner) for line, s in _string_literals(path) for w, owner in words.items() if w in s]
    assert not found, f"{path.relative_to(ROOT)}: words owned by data files: {found[:8]}"


@pytest.mark.parametrize("reader", ["etl/store/queries.py", "components", "app.py"])
def test_the_read_side_never_imports_the_write_side(reader):
    paths = [ROOT / reader] if reader.endswith(".py") else sorted((ROOT / reader).rglob("*.py"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"from etl(?:\.store)?(?:\.| import )(?:load|build)\b|import etl\.(?:store\.)?(?:load|build)\b", text), path


def test_records_are_the_schema():
    """The columns the loader writes are the fields of the record types, and the schema's columns."""
    from etl import records
    from etl.store.schema import schema_text

    ddl = schema_text()[0]
    for table, record in records.TABLES.items():
        body = re.search(rf"create table {table} \((.*?)\n\);", ddl, re.S).group(1)
        columns = [ln.split()[0] for ln in body.splitlines() if ln.strip() and not ln.strip().startswith("--")]
        assert records.columns(record) == columns, table


# --- the shape of the house ----------------------------------------------------------------
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50


def _functions(path: Path):
    import ast

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node.name, node.lineno, node.end_lineno - node.lineno + 1


@pytest.mark.parametrize("path", SOURCES, ids=str)
def test_no_module_is_a_room_asking_to_be_split(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.relative_to(ROOT)} has {lines} lines; split it along its jobs"


@pytest.mark.parametrize("path", SOURCES, ids=str)
def test_no_function_is_over_fifty_lines(path):
    long = [(name, line, n) for name, line, n in _functions(path) if n > MAX_FUNCTION_LINES]
    assert not long, f"{path.relative_to(ROOT)}: functions over {MAX_FUNCTION_LINES} lines (name, line, length): {long}"


def test_etl_is_rooms_by_stage():
    """A few modules at the top of etl/ (the shell, the build, the documents, the records) and the
    rest in sub-packages whose name says what lives there, each saying so in its docstring."""
    top = sorted(p.name for p in (ROOT / "etl").glob("*.py"))
    rooms = sorted(p.parent.name for p in (ROOT / "etl").glob("*/__init__.py"))
    assert len(top) <= 8, top
    assert {"readers", "extract", "combine", "store", "knowledge"} <= set(rooms), rooms
    for room in rooms:
        assert (ROOT / "etl" / room / "__init__.py").read_text(encoding="utf-8").startswith('"""'), room


@pytest.mark.parametrize("path", SOURCES, ids=str)
def test_no_module_imports_another_modules_private_name(path):
    import ast

    private = [a.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in PRODUCT_DIRS
               for a in node.names if a.name.startswith("_")]
    assert not private, f"{path.relative_to(ROOT)} imports private names {private}"
