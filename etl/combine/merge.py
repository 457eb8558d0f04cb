"""Pure: figure mentions from every source -> distinct observations with their sources.

The same figure stated twice (a duplicate report, a curated row, a list and a paragraph of the
same report) becomes one observation with several sources. Different numbers for the same
indicator, year, period, kind and basis are all kept and labelled:
  agree    - they are equal once rounded to the less precise one (384 and 384.3)
  revised  - they differ, but only between preliminary and final statements
  conflict - two statements of the same status disagree (two finals, two preliminaries, two targets)
  stretch  - a target hedged as a stretch goal (力争, data/hedges.csv `stretch`) beside another target of
             the same figure: a floor plus a stretch goal (突破3300, 力争3500), not a conflict
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from etl.errors import BuildError
from etl.knowledge.tiers import TIERS
from etl.records import REASON_SEP, Mention, Observation, Source

PER_PLACE = 2**20   # figures one place may have: an id is its place's block times this, plus its order


def obs_id_of(block: int, order: int, region: str | None) -> int:
    """The id of a place's `order`-th figure (from 1): the same in a patched database as in a clean
    build, since it depends only on the place and the figures of that place (etl/incremental.py)."""
    if order >= PER_PLACE:
        raise BuildError(f"more than {PER_PLACE - 1} distinct figures of one place ({region})")
    return block * PER_PLACE + order

_METHOD_RANK = {"text": 0, "curated": 1, "derived": 2}


def _key(m: dict) -> tuple:
    v = None if m["value"] is None else round(float(m["value"]), 6)
    vh = None if m["value_high"] is None else round(float(m["value_high"]), 6)
    return (m["region"], m["indicator"], m["year"], m["period"], m["kind"], m["basis"], m["unit"],
            v, vh, m["qualifier"] or None)


def decimals(v: float) -> int:
    """How many decimals a figure was stated with (384.30 and 384.3 alike: 1)."""
    text = repr(float(v))
    return 0 if text.endswith(".0") else len(text.split(".")[1]) if "." in text else 0


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    d = min(decimals(a), decimals(b))
    q = Decimal(1).scaleb(-d)
    return Decimal(repr(a)).quantize(q, ROUND_HALF_UP) == Decimal(repr(b)).quantize(q, ROUND_HALF_UP)


def merge_mentions(mentions: list[Mention], duplicate_docs: set[str] = frozenset(),
                   tier_of=lambda url: "unknown", stretch: frozenset[str] = frozenset(), block_of=None
                   ) -> tuple[list[Observation], list[Source]]:
    """-> (observations, sources). Primary source: text from a non-duplicate document first,
    then curated, then derived; then the better tier (official, press, reprint: `tier_of(url)`);
    earliest position first. With `block_of` (a place's name -> its block number), ids are numbered
    within each place (obs_id_of); without it, 1, 2, 3 … over all."""
    groups: dict[tuple, list[dict]] = {}
    tiers: dict[str | None, str] = {}
    for m in mentions:
        groups.setdefault(_key(m), []).append(m)
        if m["source_url"] not in tiers:
            tiers[m["source_url"]] = tier_of(m["source_url"])
    rank = {t: i for i, t in enumerate(TIERS)}
    observations, sources, run, run_key = [], [], [], None
    place, order = object(), 0
    for obs_id, (_, members) in enumerate(sorted(groups.items(), key=lambda kv: _sort_key(kv[1][0])), start=1):
        if block_of is not None:
            region = members[0]["region"]
            place, order = region, (order + 1 if region == place else 1)
            obs_id = obs_id_of(block_of(region), order, region)
        if _sort_key(members[0]) != run_key:   # a figure's statements are all in one run of the order
            observations.extend(_observations(run, stretch))
            run, run_key = [], _sort_key(members[0])
        members.sort(key=lambda m: (m.get("confidence", "high") != "high", _METHOD_RANK.get(m["method"], 9),
                                    rank[tiers[m["source_url"]]], m["doc_id"] in duplicate_docs, m["doc_id"] or "",
                                    m["char_start"] or 0))
        run.append(_primary(members, obs_id, tiers, rank))
        for m in members:
            sources.append(Source.of({**m, "obs_id": obs_id, "tier": tiers[m["source_url"]]}))
    observations.extend(_observations(run, stretch))
    return observations, sources


def _primary(members: list, obs_id: int, tiers: dict, rank: dict) -> dict:
    """The observation of a group of statements of one figure, its primary statement first."""
    primary = dict(members[0])
    primary["confidence"] = primary.get("confidence", "high")
    if primary["confidence"] != "high":   # no source is sure: the reasons of all of them
        primary["confidence_reason"] = REASON_SEP.join(dict.fromkeys(
            r for m in members for r in (m.get("confidence_reason") or "").split(REASON_SEP) if r))
    statuses = {m["status"] for m in members if m["status"]}
    primary["status"] = "final" if "final" in statuses else ("preliminary" if statuses else None)
    years = [m["report_year"] for m in members if m["report_year"]]
    primary["report_year"] = max(years) if years else None
    primary["obs_id"] = obs_id
    primary["n_sources"] = len(members)
    primary["is_qualitative"] = primary["value"] is None
    primary["source_tier"] = min((tiers[m["source_url"]] for m in members), key=rank.__getitem__)
    return primary


def _observations(run: list[dict], stretch: frozenset[str]) -> list[Observation]:
    """One run's observations labelled against each other (agree, revised, conflict, stretch), as
    records: only a run's worth of dicts is alive at a time."""
    _label_agreement([o for o in run if o["confidence"] == "high"], stretch)
    return [Observation.of({"agreement": "single", **o}) for o in run]


def _sort_key(m: dict) -> tuple:
    return (m["region"] or "", m["indicator"], m["year"], m["period"], m["kind"])


MAX_PAIRWISE = 64   # distinct values of one figure compared pair by pair; beyond, exact comparison


def _label_agreement(observations: list[dict], stretch: frozenset[str] = frozenset()) -> None:
    figure: dict[tuple, list[dict]] = {}
    for o in observations:
        figure.setdefault((o["region"], o["indicator"], o["year"], o["period"], o["kind"], o["basis"]), []).append(o)
    for rows in figure.values():
        goals = [o for o in rows if o["kind"] == "target" and o["qualifier"] in stretch]
        if goals and len(goals) < len(rows):     # a floor plus a stretch goal: both stand
            for o in goals:
                o["agreement"] = "stretch"
            rows = [o for o in rows if o not in goals]
        for o in rows:
            o["agreement"] = "single" if len(rows) == 1 else "agree"
        numeric = [o for o in rows if o["value"] is not None]
        if len(numeric) >= 2:
            _label_group(numeric)


def _label_group(numeric: list[dict]) -> None:
    """Each statement against the others of its figure, by distinct value: the work is bounded by the
    number of distinct values (a real figure has a handful), never by all pairs of statements."""
    statuses: dict[tuple, dict[str | None, int]] = {}
    for o in numeric:
        by = statuses.setdefault((o["value"], o["value_high"]), {})
        by[o["status"]] = by.get(o["status"], 0) + 1
    values = list(statuses)
    pairwise = len(values) <= MAX_PAIRWISE

    def agree(a: tuple, b: tuple) -> bool:
        if not pairwise:
            return a == b   # an absurd number of versions of one figure: exact comparison only
        return same_number(a[0], b[0]) and same_number(a[1], b[1])

    for o in numeric:
        mine = (o["value"], o["value_high"])
        differing_statuses = {s for v in values if not agree(mine, v) for s in statuses[v]}
        if not differing_statuses:
            continue
        if o["kind"] == "actual" and o["status"] not in differing_statuses:
            o["agreement"] = "revised" if o["agreement"] != "conflict" else "conflict"
        else:
            o["agreement"] = "conflict"
