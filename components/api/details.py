"""Pure use cases of the data API for one thing: an observation with its provenance (its quote and
offsets, its document, every statement of it, the other statements of the same figure and why the
verdict uses the one it uses), and a document with its text (the offsets count in it)."""

from __future__ import annotations

import pandas as pd

from components import params
from components.api.resources import plain, records
from components.i18n import t
from components.rules import CHOICE_ORDER, lost_on
from etl.store import queries

OBSERVATION_FIELDS = ["obs_id", "region", "indicator", "name_zh", "name_en", "year", "period", "kind", "value",
                      "value_high", "unit", "hedge", "status", "basis", "method", "rule", "agreement", "tier",
                      "report_year", "n_sources", "is_qualitative", "quote", "char_start", "char_end", "page",
                      "address", "source_title"]
_OBSERVATION_NAMES = {"hedge": "qualifier", "tier": "source_tier", "address": "source_url"}
SOURCE_FIELDS = ["method", "status", "tier", "doc_id", "char_start", "char_end", "page", "quote", "rule",
                 "address", "source_title", "report_year"]
STATEMENT_FIELDS = ["obs_id", "value", "value_high", "unit", "hedge", "status", "basis", "tier", "agreement",
                    "report_year", "quote", "doc_id", "address"]
DOCUMENT_FIELDS = ["doc_id", "title", "doc_type", "doc_date", "report_year", "reviews_year", "plans_year", "region",
                   "address", "tier", "source_format", "duplicate_of", "n_chars"]
_DOCUMENT_NAMES = {"address": "source_url", "tier": "source_tier"}


def words(key: str) -> dict:
    """A UI phrase in both languages."""
    return {"zh": t(key, "zh"), "en": t(key, "en")}


def document_summary(reader: queries.Reader, doc_id) -> dict | None:
    """A document's description (no text), from the documents list the Sources page reads."""
    if not isinstance(doc_id, str):
        return None
    docs = reader.call(queries.documents, None)
    found = docs[docs["doc_id"] == doc_id]
    if found.empty:
        return None
    row = records(found, ["doc_id", "title", "doc_type", "doc_date", "report_year", "region", "address", "tier"],
                  _DOCUMENT_NAMES)[0]
    return row | {"api": "/api/v1/documents/" + _quoted(doc_id), "reader": "/sources?doc=" + _quoted(doc_id)}


def _quoted(doc_id: str) -> str:
    from urllib.parse import quote

    return quote(doc_id, safe="")


def observation_detail(reader: queries.Reader, obs_id: int) -> dict | None:
    """One figure with everything that says where it came from, or None when there is no such figure."""
    obs = reader.call(queries.observation, obs_id)
    if obs is None:
        return None
    row = pd.DataFrame([obs])
    out = records(row, OBSERVATION_FIELDS, _OBSERVATION_NAMES)[0]
    document = document_summary(reader, obs.get("doc_id"))
    sources = reader.call(queries.sources, obs_id)
    same = reader.call(queries.same_figure, obs_id)
    chosen = reader.call(queries.chosen_outcome, obs_id) if obs.get("kind") == "actual" else None
    choice = _choice(out, same, chosen)
    used_id = choice["used_obs_id"] if choice else None
    others = [s | _lost(s, same, used_id, chosen) for s in records(same, STATEMENT_FIELDS, _STATEMENT_NAMES)
              if s["obs_id"] != obs_id]
    return out | {"document": document,
                  "address": out["address"] or (document or {}).get("address"),
                  "sources": [s | {"document": document_summary(reader, s["doc_id"])}
                              for s in records(sources, SOURCE_FIELDS, {"address": "source_url"})],
                  "same_figure": others, "choice": choice}


_STATEMENT_NAMES = {"hedge": "qualifier", "tier": "source_tier", "address": "source_url"}


def _used_row(same: pd.DataFrame, used_id: int) -> dict | None:
    found = same[same["obs_id"] == used_id]
    return None if found.empty else {k: plain(v) for k, v in found.iloc[0].to_dict().items()}


def _choice(obs: dict, same: pd.DataFrame, chosen: dict | None) -> dict | None:
    """For an annual outcome whose year has a verdict: the statement the verdict uses, and for this
    one, either that it is the one used or the first rule of the order it lost on."""
    if not chosen or obs["period"] != "year" or plain(chosen.get("actual_obs_id")) is None:
        return None
    used_id = int(chosen["actual_obs_id"])
    used = _used_row(same, used_id)
    if used_id == obs["obs_id"]:
        reason = {"rule": "used", **words("used")}
    else:
        this = _used_row(same, obs["obs_id"])
        key = lost_on(used, this, chosen.get("target_basis")) if used and this else "order"
        reason = {"rule": key, **words("lost_" + key)}
    return {"used_obs_id": used_id, "target_basis": plain(chosen.get("target_basis")),
            "this_is_used": used_id == obs["obs_id"], "reason": reason, "order": list(CHOICE_ORDER)}


def _lost(statement: dict, same: pd.DataFrame, used_id: int | None, chosen: dict | None) -> dict:
    """Whether another statement of the figure is the one the verdict uses, or the rule it lost on."""
    if used_id is None:
        return {"used": False, "lost_on": None}
    if statement["obs_id"] == used_id:
        return {"used": True, "lost_on": None}
    used, this = _used_row(same, used_id), _used_row(same, statement["obs_id"])
    key = lost_on(used, this, chosen.get("target_basis")) if used and this else "order"
    return {"used": False, "lost_on": {"rule": key, **words("lost_" + key)}}


def document_detail(reader: queries.Reader, doc_id: str) -> dict | None:
    """A document's description and its whole text (character offsets of the figures count in it)."""
    doc_id, errors = params.doc_id(doc_id)
    if doc_id is None or errors:
        return None
    doc = reader.call(queries.document, doc_id)
    if doc is None:
        return None
    out = records(pd.DataFrame([doc]), DOCUMENT_FIELDS, _DOCUMENT_NAMES)[0]
    return out | {"text": doc["text"]}
