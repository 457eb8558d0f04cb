"""The words of the data as the app shows them (unit and hedge labels, document types, levels, source
tiers, places), read from the database the app serves: the running app opens no CSV file.

`use(source)` registers where they come from (app.py: the app's database reader, so a rebuild is
picked up on the next request); `current()` is what the labels and charts read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from components import memo
from etl.knowledge.places import Region, Regions
from etl.store import queries


@dataclass(frozen=True)
class Vocabulary:
    units: dict[str, tuple[str, str]]        # canonical unit -> (zh, en)
    hedges: dict[str, str]                   # hedge word or phrase -> English label
    prefixes: frozenset[str]                 # hedge words that stand before their number
    doc_types: dict[str, tuple[str, str]]    # document type -> (zh, en)
    levels: dict[str, tuple[str, str]]       # level -> (zh, en) label
    tiers: tuple[str, ...]                   # source tiers, best first
    places: Regions


def vocabulary_of(words: dict, places: list[dict]) -> Vocabulary:
    """From queries.vocabulary and queries.places rows."""
    rows = tuple(Region(p["code"] or "", p["name_zh"], p["name_en"], p["level"], p["parent"] or None,
                        p["short_zh"] or "", (), (), bool(p["home"])) for p in places)
    return Vocabulary(words["units"], words["hedges"], words["prefixes"], words["doc_types"], words["levels"],
                      tuple(words["tiers"]), Regions(rows))


EMPTY = Vocabulary({}, {}, frozenset(), {}, {}, (), Regions(()))


def from_reader(reader: queries.Reader) -> Callable[[], Vocabulary]:
    """The vocabulary of the reader's database, read once per database file; EMPTY while there is no
    usable database (the app then shows its 'no database' page)."""
    def source() -> Vocabulary:
        try:
            return memo.remember(reader, ("vocabulary",), lambda: vocabulary_of(
                reader.call(queries.vocabulary), reader.call(queries.places).to_dict("records")))
        except (queries.DatabaseMissing, duckdb.Error):
            return EMPTY
    return source


_source: Callable[[], Vocabulary] | None = None


def use(source: Callable[[], Vocabulary]) -> None:
    global _source
    _source = source


def current() -> Vocabulary:
    if _source is None:
        raise RuntimeError("no vocabulary: the app registers its database with components.vocabulary.use")
    return _source()
