"""The record types of the ETL, one place for every field a figure carries.

- `Mention`: one statement of a figure, read from a text (method text or derived) or transcribed by
  hand (method curated): the same type for both.
- `Observation`: one distinct figure after merging its mentions (a row of `observations`).
- `Source`: one mention behind an observation (a row of `observation_sources`).
- `ReviewItem`: a figure kept out of the charts until a curator's verdict (a row of `review_items`).

The tables' columns are these fields, in this order (a test checks them against schema.sql), and
etl/load.py writes them by these fields. Records read like mappings (`m["value"]`, `m.get(...)`,
`{**m}`), so the pure stages and the tests can treat them as rows.
"""

from __future__ import annotations

import operator
from dataclasses import MISSING, dataclass, field, fields
from functools import cache

# Between the reasons a figure went to review. A reason may hold "; " itself ("no year stated near the
# figure; the document's date was used"), so the list is split on this, never on "; ".
REASON_SEP = " · "


class _Row:
    """Read access by field name, like a mapping. Records have slots, no per-instance dict: a national
    build holds about a million of them (bench/README.md, issue 26)."""

    __slots__ = ()

    def __getitem__(self, key: str):
        try:
            return getattr(self, key)
        except AttributeError as exc:
            raise KeyError(key) from exc

    def get(self, key: str, default=None):
        return getattr(self, key, default)

    def keys(self) -> list[str]:
        return list(_names(type(self)))

    def __reduce__(self):
        # pickled as the class and its values in field order: dataclass's own state for slots looks its
        # fields up for every record, which cost a national build several seconds passing mentions back
        return _rebuilt, (type(self), _values_of(type(self))(self))

    @classmethod
    def of(cls, row) -> _Row:
        """A record from any mapping that has (at least) this record's fields without a default."""
        present = row.keys()
        return cls(**{name: row[name] for name, required in _fields_of(cls) if required or name in present})


@cache
def _fields_of(cls: type) -> tuple[tuple[str, bool], ...]:
    """(name, required) of a record type's fields, looked up once per type."""
    return tuple((f.name, f.default is MISSING) for f in fields(cls))


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(name for name, _ in _fields_of(cls))


@cache
def _values_of(cls: type):
    """A function giving a record's values in field order, as a tuple."""
    names = _names(cls)
    return operator.attrgetter(*names) if len(names) > 1 else (lambda r: (getattr(r, names[0]),))


def _rebuilt(cls: type, values: tuple) -> _Row:
    return cls(*values)


@dataclass(frozen=True, slots=True)
class Mention(_Row):
    region: str | None
    indicator: str
    year: int
    period: str
    kind: str                     # target | actual
    value: float | None           # None: a qualitative statement (负增长, 基本同步)
    value_high: float | None
    unit: str
    qualifier: str | None         # hedge or qualitative phrase
    status: str | None            # actuals: preliminary | final
    basis: str                    # reported | comparable
    method: str                   # text | derived | curated
    rule: str
    doc_id: str | None
    char_start: int | None
    char_end: int | None
    quote: str
    sentence_start: int | None
    sentence_end: int | None
    report_year: int | None
    source_url: str | None
    source_title: str | None
    confidence: str = "high"      # high | low
    confidence_reason: str = ""
    year_source: str = "section"
    mention_key: str | None = None
    page: int | None = None       # the PDF page, or the Word paragraph, the quote is on


@dataclass(frozen=True, slots=True)
class _Figure(_Row):
    """The fields that say what a figure is: the first columns of `observations` and `review_items`."""
    obs_id: int
    region: str | None            # never None in observations
    indicator: str
    year: int
    period: str
    kind: str
    value: float | None
    value_high: float | None
    unit: str
    qualifier: str | None
    status: str | None
    basis: str


@dataclass(frozen=True, slots=True)
class Observation(_Figure):
    method: str
    rule: str | None
    doc_id: str | None
    char_start: int | None
    char_end: int | None
    quote: str | None
    sentence_start: int | None
    sentence_end: int | None
    source_url: str | None
    source_title: str | None
    report_year: int | None
    n_sources: int
    agreement: str
    is_qualitative: bool
    confidence: str
    confidence_reason: str | None
    mention_key: str | None
    source_tier: str              # the best tier among its sources: official | press | reprint | unknown
    page: int | None              # the PDF page or Word paragraph of the primary quote
    region_code: str | None = None  # places.code of region: the database fills it from the label after the load


@dataclass(frozen=True, slots=True)
class Source(_Row):
    obs_id: int
    method: str
    status: str | None
    doc_id: str | None
    char_start: int | None
    char_end: int | None
    quote: str | None
    rule: str | None
    source_url: str | None
    source_title: str | None
    report_year: int | None
    tier: str                     # official | press | reprint | unknown (data/source_tiers.csv)
    page: int | None              # the PDF page or Word paragraph of the quote


@dataclass(frozen=True, slots=True)
class ReviewItem(_Figure):
    rule: str | None
    doc_id: str | None
    char_start: int | None
    char_end: int | None
    quote: str | None
    source_title: str | None
    source_url: str | None
    report_year: int | None
    mention_key: str | None
    reason: str
    region_code: str | None = None  # places.code of region (filled after the load)

    @classmethod
    def of(cls, row) -> ReviewItem:
        return cls(**{f.name: (row["confidence_reason"] if f.name == "reason" else row[f.name])
                      for f in fields(cls) if f.default is MISSING})


TABLES = {"observations": Observation, "observation_sources": Source, "review_items": ReviewItem}


def columns(record: type) -> list[str]:
    return [f.name for f in fields(record)]


@dataclass
class Document:
    doc_id: str
    source_file: str
    segment: int
    text: str
    file_sha256: str
    encoding: str
    title: str = ""
    doc_type: str = "other"
    doc_date: str | None = None
    report_year: int | None = None
    reviews_year: int | None = None
    plans_year: int | None = None
    half_year: bool = False
    lead_part: str | None = None       # the part of the year an item's head names, dated just after it ends
    region: str | None = None          # None: not told by the text, the sidecar or the URL
    region_evidence: str = "none"
    duplicate_of: str | None = None
    fingerprint: str = ""
    source_url: str | None = None
    source_note: str | None = None
    source_tier: str = "unknown"       # official | press | reprint | unknown, by source_url (data/source_tiers.csv)
    source_format: str = "text"        # text | html | pdf | pdf-ocr | docx
    part_unit: str | None = None       # page | paragraph: what `parts` counts
    parts: list[tuple[int, int]] = field(default_factory=list)   # (offset in text, page/paragraph number)
    ocr: bool = False                  # read by OCR: every figure goes to review
    warnings: list[str] = field(default_factory=list)

    def part_at(self, offset: int | None) -> int | None:
        """The page (or paragraph) an offset of the text is on."""
        if offset is None or not self.parts:
            return None
        found = None
        for start, number in self.parts:
            if start > offset:
                break
            found = number
        return found
