"""The JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of every answer of the data API: one per row
of each list, one per page of a list, the observation with its provenance, the document and the
error. Every row schema names every column, each required, and no other (a new column must be
described here before it is served: the contract test fails otherwise)."""

from __future__ import annotations

from components.api import checks, details, resources
from components.api.endpoints import LISTINGS

S, N, INT, B = "string", "number", "integer", "boolean"
VERDICTS = ["met", "exceeded", "missed", "not assessed", "no target", "no outcome"]


def col(kind: str, description: str, null: bool = True, **more) -> dict:
    return {"type": [kind, "null"] if null else kind, "description": description, **more}


def _obj(props: dict, description: str = "") -> dict:
    out = {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}
    return {**out, "description": description} if description else out


def _ref(name: str, null: bool = False) -> dict:
    ref = {"$ref": f"#/components/schemas/{name}"}
    return {"oneOf": [ref, {"type": "null"}]} if null else ref


COMMON = {
    "region": col(S, "the place (its Chinese name; /api/v1/regions)", False),
    "indicator": col(S, "indicator key of the catalogue", False), "name_zh": col(S, "indicator name, Chinese", False),
    "name_en": col(S, "indicator name, English", False), "year": col(INT, "the year the figure is about", False),
    "period": col(S, "year, a part of it (H1, Q1, Q1-Q3, M1-M10) or a plan's span (2021-2025)", False),
    "kind": col(S, "target or actual (an outcome)", False, enum=["target", "actual"]),
    "value": col(N, "the number as stated (the low end of a range); null for a figure in words"),
    "value_high": col(N, "the high end of a range"), "unit": col(S, "unit as stated; pct = percent (8.5 = 8.5%)", False),
    "status": col(S, "outcomes: preliminary or final", enum=["preliminary", "final", None]),
    "basis": col(S, "reported, or comparable (同口径) growth", False),
    "method": col(S, "text, derived (from a stated gap) or curated (transcribed with its URL)", False),
    "agreement": col(S, "single, agree, revised, conflict or stretch (a stretch goal beside a target)", False),
    "n_sources": col(INT, "statements of this figure", False), "quote": col(S, "the exact words"),
    "doc_id": col(S, "the document it was read from"), "char_start": col(INT, "offset of the quote in the document's text"),
    "char_end": col(INT, "offset of the quote's end (text[char_start:char_end] == quote)"),
    "report_year": col(INT, "the year it was said (latest report among its sources)"),
    "rule": col(S, "the extraction rule that matched"), "obs_id": col(INT, "the figure's id (/api/v1/observations/{obs_id})", False),
    "hedge": col(S, "the hedge word (about, at least, at most …) or the phrase of a figure in words"),
    "tier": col(S, "official, press, reprint or unknown: the best tier among its sources", False),
    "address": col(S, "the web address it was published at, when known"),
    "source_title": col(S, "the title of its source"),
}


def _columns(names: list[str], more: dict) -> dict:
    return {n: more.get(n) or COMMON[n] for n in names}


SERIES = _columns(resources.SERIES_COLUMNS, {
    "region": col(S, "the place the figure is about", False),
    "qualifier": col(S, "the hedge: the word around the number, or the phrase of a figure in words"),
    "doc_title": col(S, "the document's title"), "source_url": col(S, "the address of the source (its web page)"),
    "source_tier": col(S, "official, press, reprint or unknown", False),
    "used_for_attainment": col(B, "whether a verdict uses this figure", False)})
INDICATOR = _columns(resources.INDICATOR_COLUMNS, {
    "key": col(S, "the indicator's key", False), "family": col(S, "the family of indicators", False),
    "measure": col(S, "level, growth, rate, share …", False), "unit": col(S, "the unit; pct = percent", False),
    "direction": col(S, "up: higher is better; down: lower is better", False, enum=["up", "down"]),
    "notes": col(S, "notes on the series, English"), "notes_zh": col(S, "notes on the series, Chinese"),
    "aliases": col(S, "other names, separated by |"), "former_names": col(S, "former names, separated by |"),
    "headline": col(INT, "position among the headline cards"), "n_observations": col(INT, "figures in the database", False)})
REGION = _columns(resources.REGION_COLUMNS, {
    "code": col(S, "the place's code"), "name_zh": col(S, "Chinese name", False), "name_en": col(S, "English name", False),
    "level": col(S, "nation, province, city, district …", False), "parent": col(S, "the code of the place above it"),
    "short_zh": col(S, "short Chinese name"), "home": col(B, "the product's home district", False)})
DOC = {"doc_id": col(S, "the document's id", False), "title": col(S, "title"),
       "doc_type": col(S, "government work report, plan report, statistics release, news …"),
       "doc_date": col(S, "date (YYYY-MM-DD)", format="date"), "report_year": col(INT, "the year it was said"),
       "reviews_year": col(INT, "the year whose outcomes it reports"), "plans_year": col(INT, "the year whose targets it sets"),
       "region": col(S, "the place it is about"), "duplicate_of": col(S, "the earlier copy it repeats"),
       "n_chars": col(INT, "characters of its text"), "n_figures": col(INT, "figures read from it", False),
       "source_format": col(S, "text, html, pdf, pdf-ocr or docx: how its text was read"),
       "text": col(S, "the text the offsets count in", False)}
DOCUMENT = _columns(resources.DOCUMENT_COLUMNS, DOC)
_OUT = {"target_value": col(N, "the target (low end of a range)"), "target_value_high": col(N, "high end of a range"),
        "target_unit": col(S, "the target's unit"), "target_hedge": col(S, "the target's hedge"),
        "target_basis": col(S, "reported or comparable"), "target_method": col(S, "text, curated or derived"),
        "target_obs_id": col(INT, "the target's figure"), "outcome_value": col(N, "the outcome"),
        "outcome_hedge": col(S, "the outcome's hedge"), "outcome_unit": col(S, "the outcome's unit"),
        "outcome_status": col(S, "preliminary or final"), "outcome_basis": col(S, "reported or comparable"),
        "outcome_tier": col(S, "the outcome's source tier"), "outcome_obs_id": col(INT, "the outcome's figure"),
        "gap": col(N, "outcome − target (to the nearest end of a range; 0 inside); pp for rates"),
        "gap_pct": col(N, "the gap in % of the target, for levels"), "gap_better": col(N, "the gap, positive when better"),
        "verdict": col(S, "the verdict", False, enum=VERDICTS), "bound": col(S, "exact, about, floor or ceiling", False),
        "tolerance": col(N, "the tolerance of the bound"), "rule_zh": col(S, "the rule of the verdict, Chinese"),
        "rule_en": col(S, "the rule of the verdict, English"), "has_conflict": col(B, "sources disagree", False),
        "has_revision": col(B, "a preliminary figure was revised", False),
        "target_document": col(S, "the target's document"), "target_source": col(S, "the target's source title"),
        "target_url": col(S, "the target's address"), "target_quote": col(S, "the target's words"),
        "outcome_document": col(S, "the outcome's document"), "outcome_source": col(S, "the outcome's source title"),
        "outcome_url": col(S, "the outcome's address"), "outcome_quote": col(S, "the outcome's words"),
        "region": col(S, "the place", False), "direction": col(S, "up or down", False),
        "code": col(S, "the place's code"), "level": col(S, "the place's level"),
        "target_point": col(N, "the target's number, or the middle of its range"),
        "amplification_pp": col(N, "this level's target point minus the top level's, pp")}
ATTAINMENT = _columns(resources.ATTAINMENT_COLUMNS, _OUT)
CASCADE = _columns(resources.CASCADE_COLUMNS, _OUT)
ROWS = {"Indicator": INDICATOR, "Region": REGION, "Document": DOCUMENT, "SeriesRow": SERIES,
        "AttainmentRow": ATTAINMENT, "CascadeRow": CASCADE}

_REASON = _obj({"rule": col(S, "a rule of the order (or 'used')", False), "zh": col(S, "in Chinese", False),
                "en": col(S, "in English", False)})
_DOC_SUMMARY = _obj({**_columns(["doc_id", "title", "doc_type", "doc_date", "report_year", "region"], DOC),
                     "address": COMMON["address"], "tier": col(S, "the document's source tier", False),
                     "api": col(S, "its address in this API (its text, which the offsets count in)", False),
                     "reader": col(S, "its page in the dashboard, every figure marked", False)})


def _detail_schemas() -> dict:
    obs = {n: COMMON.get(n) for n in details.OBSERVATION_FIELDS}
    obs |= {"region": col(S, "the place", False), "is_qualitative": col(B, "a figure in words", False),
            "page": col(INT, "the PDF page or Word paragraph of the quote"),
            "document": _ref("DocumentSummary", null=True),
            "sources": {"type": "array", "items": _ref("Source"), "description": "every statement of this figure"},
            "same_figure": {"type": "array", "items": _ref("Statement"),
                            "description": "the other figures of the same indicator, place, year, period and kind"},
            "choice": _ref("Choice", null=True)}
    source = {n: COMMON[n] for n in details.SOURCE_FIELDS if n in COMMON} | {
        "page": col(INT, "page or paragraph"), "status": COMMON["status"], "document": _ref("DocumentSummary", null=True)}
    statement = {n: COMMON.get(n) or SERIES.get(n) for n in details.STATEMENT_FIELDS} | {
        "used": col(B, "the verdict uses this one", False), "lost_on": {"oneOf": [_REASON, {"type": "null"}]}}
    choice = {"used_obs_id": col(INT, "the statement the verdict uses", False),
              "target_basis": col(S, "the basis of the target"), "this_is_used": col(B, "this figure is the one", False),
              "reason": _REASON, "order": {"type": "array", "items": {"type": "string"},
                                           "description": "the rules outcomes are chosen by, first first"}}
    document = _columns(details.DOCUMENT_FIELDS + ["text"], DOC) | {"address": COMMON["address"],
                                                                     "tier": col(S, "source tier", False)}
    return {"Observation": _obj(obs, "one figure with its provenance"), "Source": _obj(source),
            "Statement": _obj(statement), "Choice": _obj(choice), "DocumentSummary": _DOC_SUMMARY,
            "DocumentDetail": _obj(document, "a document and its text")}


def _page(row: str, listing) -> dict:
    props = {"data": {"type": "array", "items": _ref(row)},
             "columns": {"type": "array", "items": {"type": "string"}}, "total": col(INT, "rows in all", False),
             "offset": col(INT, "rows skipped", False), "limit": col(INT, "rows at most", False),
             "next": col(S, "the next page's address (relative), null on the last"),
             "built_at": col(S, "when the database was built")}
    if listing.name not in ("indicators", "regions"):
        props["query"] = {"type": "object", "description": "the parameters as applied (defaults included)"}
    if listing.name == "cascade":
        props["chain"] = {"type": "array", "items": _obj({"region": col(S, "the place", False), "code": col(S, "code"),
                                                           "name_en": col(S, "English name"), "level": col(S, "level")})}
    return _obj(props, f"a page of {listing.name}")


ERROR = _obj({"error": _obj({"status": col(INT, "the HTTP status", False), "message": col(S, "what was wrong", False),
                             "problems": {"type": "array", "items": _obj({
                                 "parameter": col(S, "the parameter", False), "problem": col(S, "what is wrong", False)})}})})


def all_schemas() -> dict:
    out = {name: _obj(props) for name, props in ROWS.items()}
    out |= {f"{e.row_schema}Page": _page(e.row_schema, e) for e in LISTINGS}
    index = _obj({"openapi": col(S, "this document's address", False), "page": col(S, "the page that shows it", False),
                  "endpoints": {"type": "array", "items": _obj({"path": col(S, "path", False),
                                                                "summary": col(S, "what it answers", False)})}})
    return out | _detail_schemas() | {"Error": ERROR, "Index": index}


LIMITS = {"max_limit": checks.MAX_LIMIT, "default_limit": checks.DEFAULT_LIMIT}
