"""The one writer of attainment rules for people: from (bound, tolerance, direction, basis) to the
verdict each outcome gets and the sentence that says so, in 中文 and English.

The verdicts are computed in SQL (etl/schema.sql, view target_vs_actual); `verdicts` states the
same rules in words, and tests/test_attainment_rules.py holds the two equal on a built database for
every bound × direction × outcome position.

Positions are in the indicator's own numbers: "below" the target's low end (beyond the tolerance
for 左右 and for the met zone of a floor), "inside" the met zone, "above" it.
"""

from __future__ import annotations

from components.format import is_missing
from components.i18n import (
    RULE_BASES_DIFFER,
    RULE_BASIS,
    RULE_LOWER_IS_BETTER,
    RULE_OUTCOME_BASIS,
    RULE_QUALITATIVE_OUTCOME,
    RULE_SAME_BASIS,
    RULE_SENTENCES,
    VERDICT_ZH,
    t,
    unit_label,
)
from components.vocabulary import current as vocabulary
from etl.combine.merge import decimals

BOUNDS = ("exact", "range", "about", "floor", "ceiling", "qualitative")
POSITIONS = ("below", "inside", "above")


def bound_of(bound: str | None, ranged: bool, qualitative_target: bool) -> str:
    if qualitative_target:
        return "qualitative"
    if ranged and bound in (None, "exact"):
        return "range"
    return bound if bound in BOUNDS else "exact"


def verdicts(bound: str, direction: str) -> dict[str, str]:
    """position -> verdict, for a numeric outcome."""
    up = direction != "down"
    if bound == "qualitative":
        return dict.fromkeys(POSITIONS, "not assessed")
    if bound == "ceiling":      # at most: met at or below, missed above, never exceeded
        return {"below": "met", "inside": "met", "above": "missed"}
    better, worse = ("above", "below") if up else ("below", "above")
    return {worse: "missed", "inside": "met", better: "exceeded"}


def _tolerance(tolerance, unit: str | None, lang: str) -> str:
    try:
        tol = f"{float(tolerance):g}"
    except (TypeError, ValueError):
        tol = "0"
    if unit == "pct":
        return tol + t("pp_unit", lang)
    return tol + (unit_label(unit, lang) if lang == "zh" else f" {unit_label(unit, lang)}")


def basis_clause(target_basis: str | None, basis: str, lang: str) -> str:
    """The bases a verdict compares: the outcome's and the target's, and whether they differ."""
    i = 0 if lang == "zh" else 1
    outcome = RULE_BASIS[basis][i]
    if target_basis not in RULE_BASIS:
        return RULE_OUTCOME_BASIS[i].format(outcome=outcome)
    if target_basis != basis:
        return RULE_BASES_DIFFER[i].format(target=RULE_BASIS[target_basis][i], outcome=outcome)
    return RULE_SAME_BASIS[i].format(basis=outcome)


def rule_sentence(bound: str | None, tolerance, unit: str | None, lang: str, *, direction: str = "up",
                  ranged: bool = False, qualitative_target: bool = False, basis: str | None = None,
                  qualitative_outcome: bool = False, target_basis: str | None = None) -> str:
    """The rule an attainment row was judged by, as a sentence; `basis` is the outcome's,
    `target_basis` the target's."""
    b = bound_of(bound, ranged, qualitative_target)
    up = direction != "down"
    zh, en = RULE_SENTENCES[b]
    words = {"better": "高于" if up else "低于", "worse": "低于" if up else "高于",
             "better_en": "above" if up else "below", "worse_en": "below" if up else "above",
             "tol": _tolerance(tolerance, unit, lang)}
    text = (zh if lang == "zh" else en).format(**words)
    if not up and b not in ("ceiling", "qualitative"):
        text += RULE_LOWER_IS_BETTER[0 if lang == "zh" else 1]
    if basis in RULE_BASIS and b != "qualitative":
        text += ("；" if lang == "zh" else "; ") + basis_clause(target_basis, basis, lang)
    if qualitative_outcome and b != "qualitative":
        text += ("；" if lang == "zh" else "; ") + RULE_QUALITATIVE_OUTCOME[0 if lang == "zh" else 1]
    return text


# --- which outcome a verdict uses --------------------------------------------------------------
# The order of etl/schema.sql's `actuals` (view target_vs_actual), in words; a test holds the two equal.
_CHOICE_KEYS = ("basis_of_target", "reported_basis", "numeric", "final", "tier", "exact", "later_report", "decimals")


def _cell(row, key: str):
    """A field of a dict or a pandas row; None for a missing value (None, NaN, NA)."""
    v = row.get(key) if hasattr(row, "get") else row[key]
    return None if is_missing(v) else v


def outcome_rank(row, target_basis: str | None) -> tuple:
    """Sort key of an outcome statement: the first is the one a verdict uses."""
    def get(k):
        return _cell(row, k)
    tier = get("source_tier") or "unknown"
    value = get("value")
    return (get("basis") != (target_basis or "reported"), get("basis") != "reported", value is None,
            get("status") != "final", _tier_rank(tier),
            get("qualifier") is not None, -(get("report_year") or 0), -(0 if value is None else decimals(value)),
            get("obs_id") or 0)


def why_not_chosen(chosen, other, target_basis: str | None, lang: str) -> str:
    """Why `other` lost to `chosen`: the first rule that tells them apart, in words."""
    return t("lost_" + lost_on(chosen, other, target_basis), lang)


CHOICE_ORDER = _CHOICE_KEYS


def lost_on(chosen, other, target_basis: str | None) -> str:
    """The first rule of CHOICE_ORDER that tells `other` from `chosen` ('order' when none does)."""
    a, b = outcome_rank(chosen, target_basis), outcome_rank(other, target_basis)
    return next((key for key, x, y in zip(_CHOICE_KEYS, a, b, strict=False) if x != y), "order")


def verdict_word(verdict: str, lang: str) -> str:
    """How a sentence names a verdict (for tests and readers: the words the sentence uses)."""
    return VERDICT_ZH.get(verdict, verdict) if lang == "zh" else verdict


def row_sentence(row, lang: str) -> str:
    """rule_sentence for a row of the attainment table (a dict or a pandas row)."""
    def get(k):
        return _cell(row, k)
    return rule_sentence(get("bound"), get("tolerance"), get("target_unit") or get("unit"), lang,
                         direction=get("direction") or "up",
                         ranged=get("target_value_high") is not None, qualitative_target=bool(get("target_qualitative")),
                         basis=get("actual_basis") if get("actual_obs_id") is not None else None,
                         target_basis=get("target_basis"),
                         qualitative_outcome=get("actual_obs_id") is not None and get("actual_value") is None)


def _tier_rank(tier: str | None) -> int:
    """0 for the best source tier (data/source_tiers.csv's order, from the database)."""
    tiers = vocabulary().tiers
    return tiers.index(tier) if tier in tiers else len(tiers)
