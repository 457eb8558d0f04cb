"""The one schema of the database: its text, its hash (the app refuses a file built by another
version) and the checks every new database must pass before it replaces the live one.

Both sides import this module: the write side (etl/load.py) and the read side (etl/queries.py).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

SCHEMA = Path(__file__).with_name("schema.sql")


def schema_text() -> tuple[str, str]:
    """(statements run before the tables are filled, statements run after them)."""
    before, _, after = SCHEMA.read_text(encoding="utf-8").partition("-- @after-load")
    return before, after


def attainment_query(observations: str) -> str:
    """The select of the view target_vs_actual over another table of observations (a patch's touched
    places: the view filtered by place still reads every place, as its full outer join keeps the
    filter from the tables)."""
    if not observations.isidentifier():
        raise ValueError(f"not a table name: {observations!r}")
    view = SCHEMA.read_text(encoding="utf-8").split("create view target_vs_actual as", 1)[1].split(";", 1)[0]
    source = "from observations o "
    if view.count(source) != 1:
        raise ValueError("target_vs_actual must read observations once, as `from observations o`")
    return view.replace(source, f"from {observations} o ")


def after_load_parts() -> tuple[str, str]:
    """The statements run after the tables are filled, in two: those that fill in the rows' codes (a
    patch runs them too, on its new rows) and the materialisation of the attainment table (a patch
    redoes only its places' rows: etl/store/patch.py)."""
    codes, _, materialise = schema_text()[1].partition("-- @materialise")
    return codes, materialise


@lru_cache(maxsize=1)
def schema_sha256() -> str:
    """Hash of schema.sql, read once per process (the app compares it on every page request)."""
    return hashlib.sha256(SCHEMA.read_bytes()).hexdigest()


# Quotes against their documents: run by `python -m etl check` (substring per row is slow on very large
# documents); a build checks the same invariant in memory before it writes (etl/load.py).
QUOTE_CHECKS = {
    "quote does not match the document text at its offsets": """
        select count(*) from observation_sources s join documents d using (doc_id)
        where s.char_start is not null
          and substring(d.text, s.char_start + 1, s.char_end - s.char_start) <> s.quote""",
    "review item quote does not match the document text at its offsets": """
        select count(*) from review_items r join documents d using (doc_id)
        where r.char_start is not null
          and substring(d.text, r.char_start + 1, r.char_end - r.char_start) <> r.quote""",
}

CHECKS = {
    "observation without a source": """
        select count(*) from observations o
        where not exists (select 1 from observation_sources s where s.obs_id = o.obs_id)""",
    "curated row without a URL": "select count(*) from observation_sources where method = 'curated' and coalesce(source_url, '') = ''",
    "actual without preliminary/final status": "select count(*) from observations where kind = 'actual' and status is null",
    "observation with a unit that data/units.csv does not know": """
        select count(*) from observations where unit <> 'pct' and unit not in (select unit from units)""",
}


def check_database(con, quotes: bool = True, view: bool = True) -> list[str]:
    """The database's invariants, each a count of the rows that break it (the units are the build's
    own copy of data/units.csv, its table `units`); `view`: the attainment view is run whole (a patch
    has just run it for the places it wrote)."""
    problems = []
    for label, sql in (CHECKS | QUOTE_CHECKS if quotes else CHECKS).items():
        n = con.execute(sql).fetchone()[0]
        if n:
            problems.append(f"{n} × {label}")
    if view:
        con.execute("select count(*) from target_vs_actual").fetchone()
    return problems




def quote_problems(documents, rows) -> list[str]:
    """The quote invariant in memory: text[char_start:char_end] == quote for every row with offsets."""
    texts = {d.doc_id: d.text for d in documents}
    bad = sum(1 for r in rows if r["char_start"] is not None
              and texts.get(r["doc_id"], "")[r["char_start"]:r["char_end"]] != r["quote"])
    return [f"{bad} × quote does not match the document text at its offsets"] if bad else []
