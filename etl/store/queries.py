"""The read side: typed functions with bound parameters -> DataFrames. The app's only door to SQL.
`Reader` (etl/store/reader.py) runs them on one read-only connection per database file.
"""

from __future__ import annotations

import pandas as pd

from etl.store.reader import DatabaseMissing, Reader  # noqa: F401 - the app opens its reader here


def _df(cur, sql: str, params: dict | None = None) -> pd.DataFrame:
    return cur.execute(sql, params or {}).df()


def indicators(cur) -> pd.DataFrame:
    return _df(cur, """
        select i.*, count(o.obs_id) as n_observations
        from indicators i left join observations o on o.indicator = i.key
        group by all order by i.position""")


def regions(cur) -> list[str]:
    return [r[0] for r in cur.execute("select distinct region from observations order by 1").fetchall()]


def year_range(cur) -> tuple[int, int]:
    lo, hi = cur.execute("select min(year), max(year) from observations where period = 'year'").fetchone()
    return int(lo), int(hi)


def home_region(cur) -> str | None:
    """The product's home district, as data/regions.csv marks it."""
    row = cur.execute("select name_zh from places order by home desc, position limit 1").fetchone()
    return row[0] if row else None


def places(cur) -> pd.DataFrame:
    """Every place the build knew (data/regions.csv), in its order."""
    return _df(cur, "select code, name_zh, name_en, level, parent, short_zh, home from places order by position")


def place_names(cur) -> frozenset[str]:
    """The label of every place (data/regions.csv's and every unit of the gazetteer)."""
    return frozenset(n for (n,) in cur.execute("select name_zh from places").fetchall())


def find_places(cur, text: str, limit: int = 30, with_data: bool = False) -> pd.DataFrame:
    """The places whose names (Chinese, short, English or pinyin run together) hold `text`, the
    closest first: a whole name, then a name that starts with it, then places with figures, higher
    levels, data/regions.csv's order.
    `with_data`: only places that have figures."""
    return _df(cur, """
        select p.name_zh, p.name_en, p.level, q.name_zh as parent_zh, q.name_en as parent_en
        from places p left join places q on q.code = p.parent
        where contains(p.search, lower($text))
          and (not $with_data or p.name_zh in (select distinct region from observations))
        order by contains(' ' || p.search || ' ', ' ' || lower($text) || ' ') desc,   -- a whole name: 西安, yanta
                 contains(' ' || p.search, ' ' || lower($text)) desc,                     -- the start of a name
                 p.name_zh in (select distinct region from observations) desc,
                 list_position(['nation', 'province', 'city', 'district'], p.level), p.position
        limit $limit""", {"text": text, "limit": limit, "with_data": with_data})


def vocabulary(cur) -> dict:
    """The labels the app shows for words of the data: units, hedges and phrases, document types,
    levels, and which hedge words stand before a number."""
    units = {u: (zh, en) for u, zh, en in cur.execute("select unit, label_zh, label_en from units").fetchall()}
    hedges = {q: en or q for q, en in cur.execute("select qualifier, label_en from hedge_labels").fetchall()}
    hedges |= {p: en or p for p, en in cur.execute("select phrase, label_en from qualitative").fetchall()}
    prefixes = {q for (q,) in cur.execute("select qualifier from hedges where position = 'prefix'").fetchall()}
    doc_types = {t: (zh, en) for t, zh, en in cur.execute("select type, label_zh, label_en from document_types").fetchall()}
    levels = {lv: (zh, en) for lv, zh, en in cur.execute("select level, label_zh, label_en from region_levels").fetchall()}
    tiers = [t for (t,) in cur.execute("select tier from source_tiers order by rank").fetchall()]
    return {"units": units, "hedges": hedges, "prefixes": frozenset(prefixes), "doc_types": doc_types,
            "levels": levels, "tiers": tiers}


def default_region(cur) -> str:
    """The home district (data/regions.csv) when present, else the region with most figures."""
    home = home_region(cur)
    rows = cur.execute("""select region, count(*) from observations group by region
                          order by region = $home desc, count(*) desc, region limit 1""", {"home": home}).fetchall()
    return rows[0][0] if rows else home


def review_items(cur, region: str | None = None, limit: int = 500) -> pd.DataFrame:
    """Figures waiting for a curator's verdict, newest reports first (region None: every region,
    including documents whose region could not be told)."""
    return _df(cur, """
        select r.*, i.name_zh, i.name_en, d.title as doc_title, d.source_file
        from review_items r join indicators i on i.key = r.indicator left join documents d using (doc_id)
        where ($region is null or r.region = $region or r.region is null)
        order by r.report_year desc nulls last, r.doc_id, r.char_start
        limit $limit""", {"region": region, "limit": int(limit)})


def review_count(cur) -> int:
    return cur.execute("select count(*) from review_items").fetchone()[0]


def observations(cur, indicators: list[str] | None = None, year_from: int | None = None,
                 year_to: int | None = None, region: str | None = None) -> pd.DataFrame:
    return _df(cur, """
        select o.*, i.name_zh, i.name_en, i.direction, i.measure,
               d.title as doc_title, d.doc_type, d.doc_date,
               -- the place's own attainment rows only: the table is sorted by place, so one place is read
               (o.obs_id in (select actual_obs_id from attainment
                             where actual_obs_id is not null and ($region is null or region = $region))
                or o.obs_id in (select target_obs_id from attainment
                                where target_obs_id is not null and ($region is null or region = $region)))
                   as used_for_attainment
        from observations o
        join indicators i on i.key = o.indicator
        left join documents d on d.doc_id = o.doc_id
        where ($inds is null or o.indicator in (select unnest($inds)))
          and ($y0 is null or o.year >= $y0) and ($y1 is null or o.year <= $y1)
          and ($region is null or o.region = $region)
        order by o.indicator, o.year, o.period, o.kind, o.obs_id""",
               {"inds": indicators, "y0": year_from, "y1": year_to, "region": region})


def target_vs_actual(cur, indicators: list[str] | None = None, year: int | None = None,
                     year_from: int | None = None, year_to: int | None = None,
                     region: str | None = None) -> pd.DataFrame:
    return _df(cur, """
        select v.*, i.family, i.measure
        from attainment v join indicators i on i.key = v.indicator
        where ($inds is null or v.indicator in (select unnest($inds)))
          and ($year is null or v.year = $year)
          and ($y0 is null or v.year >= $y0) and ($y1 is null or v.year <= $y1)
          and ($region is null or v.region = $region)
        order by v.indicator, v.year""",
               {"inds": indicators, "year": year, "y0": year_from, "y1": year_to, "region": region})


def attainment_of(cur, indicator: str, regions: list[str]) -> pd.DataFrame:
    """One indicator's targets and outcomes for several places (the cascade, the peers), every year."""
    return _df(cur, """
        select v.*, i.family, i.measure
        from attainment v join indicators i on i.key = v.indicator
        where v.indicator = $ind and v.region in (select unnest($regions))
        order by v.region, v.year""", {"ind": indicator, "regions": list(regions)})


def cascade_indicators(cur, regions: list[str]) -> list[str]:
    """The indicators with a target at two or more of the places, in catalogue order."""
    return [r[0] for r in cur.execute("""
        select v.indicator from attainment v join indicators i on i.key = v.indicator
        where v.region in (select unnest($regions)) and v.target_obs_id is not null
        group by v.indicator, i.position having count(distinct v.region) >= 2
        order by i.position""", {"regions": list(regions)}).fetchall()]


def plan_targets_ending(cur, year: int, region: str | None = None) -> pd.DataFrame:
    """Five-year plan targets whose span ends in `year` (十四五 targets in 2025), with the year's outcome
    of the same indicator where there is one."""
    return _df(cur, """
        select o.obs_id, o.indicator, i.name_zh, i.name_en, o.period, o.value, o.value_high, o.unit, o.qualifier,
               o.agreement, o.source_title, o.source_url, a.actual_value, a.actual_qualifier, a.actual_unit
        from observations o join indicators i on i.key = o.indicator
        left join attainment a on a.region = o.region and a.indicator = o.indicator and a.year = o.year
        where o.kind = 'target' and o.year = $y and o.period like '____-____'
          and ($region is null or o.region = $region)
        order by i.position, o.value""", {"y": year, "region": region})


def attainment_sources(cur, regions: list[str] | None = None, indicator: str | None = None) -> pd.DataFrame:
    """Every judged indicator-year with the target and outcome statements behind its verdict (of the
    places given, and the indicator given; None: all)."""
    return _df(cur, """
        select a.*, t.source_title as target_source, t.source_url as target_url, td.title as target_doc,
               t.quote as target_quote, o.quote as outcome_quote,
               o.source_title as outcome_source, o.source_url as outcome_url, od.title as outcome_doc,
               o.source_tier as outcome_tier, o.report_year as outcome_report_year
        from attainment a
        left join observations t on t.obs_id = a.target_obs_id
        left join documents td on td.doc_id = t.doc_id
        left join observations o on o.obs_id = a.actual_obs_id
        left join documents od on od.doc_id = o.doc_id
        where ($regions is null or a.region in (select unnest($regions)))
          and ($ind is null or a.indicator = $ind)
        order by a.indicator, a.year""", {"regions": regions, "ind": indicator})


def observation(cur, obs_id: int) -> dict | None:
    df = _df(cur, """
        select o.*, i.name_zh, i.name_en, d.title as doc_title, d.doc_type, d.doc_date,
               d.report_year as doc_report_year, d.reviews_year, d.plans_year, d.part_unit, d.source_format
        from observations o join indicators i on i.key = o.indicator
        left join documents d on d.doc_id = o.doc_id
        where o.obs_id = $id""", {"id": obs_id})
    return None if df.empty else df.iloc[0].to_dict()


def sources(cur, obs_id: int) -> pd.DataFrame:
    return _df(cur, """
        select s.*, d.title as doc_title, d.doc_type, d.doc_date, d.duplicate_of
        from observation_sources s left join documents d on d.doc_id = s.doc_id
        where s.obs_id = $id order by s.method, s.doc_id, s.char_start""", {"id": obs_id})


def same_figure(cur, obs_id: int) -> pd.DataFrame:
    """Every observation of the same indicator, year, period and kind (agreeing or not)."""
    return _df(cur, """
        select o.* from observations o
        join observations me on me.obs_id = $id
        where o.region = me.region and o.indicator = me.indicator and o.year = me.year
          and o.period = me.period and o.kind = me.kind
        order by o.basis, o.status, o.value""", {"id": obs_id})


def chosen_outcome(cur, obs_id: int) -> dict | None:
    """For an annual figure: the outcome its year's verdict uses and the target's basis."""
    row = cur.execute("""
        select a.actual_obs_id, a.target_basis from attainment a
        join observations me on me.obs_id = $id
        where a.region = me.region and a.indicator = me.indicator and a.year = me.year and me.period = 'year'
        """, {"id": obs_id}).fetchone()
    return None if row is None else {"actual_obs_id": row[0], "target_basis": row[1]}


def web_sources(cur, region: str | None = None) -> pd.DataFrame:
    """Every web address a figure was taken from (curated tables and pages with a URL), with its
    tier and the figures it gave."""
    return _df(cur, """
        select s.source_url, any_value(s.source_title) as source_title, any_value(s.tier) as tier,
               count(distinct s.obs_id) as n_figures,
               string_agg(distinct o.indicator || ' ' || o.year || ' ' || o.kind || ' ' ||
                          coalesce(cast(o.value as varchar), o.qualifier, ''), '; ') as figures
        from observation_sources s join observations o using (obs_id)
        left join source_tiers t on t.tier = s.tier
        where s.source_url is not null and ($region is null or o.region = $region)
        group by s.source_url
        order by any_value(t.rank), n_figures desc, s.source_url""", {"region": region})


def context(cur, doc_id: str, start: int, end: int, around: int = 160) -> dict | None:
    """The text around a quote: (before, quote, after) cut at paragraph ends where possible."""
    row = cur.execute("""
        select substring(text, greatest(1, $s + 1 - $a), least($s, $a)) as before,
               substring(text, $s + 1, $e - $s) as quote,
               substring(text, $e + 1, $a) as after
        from documents where doc_id = $d""", {"d": doc_id, "s": start, "e": end, "a": around}).fetchone()
    if row is None:
        return None
    before, quote, after = row
    before = before.rsplit("\n", 1)[-1]
    after = after.split("\n", 1)[0]
    return {"before": before, "quote": quote, "after": after}


def documents(cur, region: str | None = None) -> pd.DataFrame:
    return _df(cur, """
        select d.doc_id, d.source_file, d.title, d.doc_type, d.doc_date, d.report_year, d.reviews_year,
               d.plans_year, d.region, d.duplicate_of, d.n_chars, d.source_url, d.source_tier,
               count(distinct s.obs_id) as n_figures
        from documents d left join observation_sources s on s.doc_id = d.doc_id
        where ($region is null or d.region = $region)
        group by all order by d.report_year desc nulls last, d.doc_id""", {"region": region})


def document(cur, doc_id: str) -> dict | None:
    df = _df(cur, "select * from documents where doc_id = $d", {"d": doc_id})
    return None if df.empty else df.iloc[0].to_dict()


def document_figures(cur, doc_id: str) -> pd.DataFrame:
    return _df(cur, """
        select s.char_start, s.char_end, s.quote, o.obs_id, o.indicator, o.year, o.period, o.kind,
               o.value, o.value_high, o.unit, o.qualifier, i.name_zh, i.name_en
        from observation_sources s join observations o using (obs_id)
        join indicators i on i.key = o.indicator
        where s.doc_id = $d and s.char_start is not null order by s.char_start, s.char_end""", {"d": doc_id})


def year_documents(cur, year: int, region: str | None = None) -> pd.DataFrame:
    return _df(cur, """
        select doc_id, title, doc_type, doc_date, reviews_year, plans_year from documents
        where duplicate_of is null and (reviews_year = $y or plans_year = $y)
          and ($region is null or region = $region) order by doc_date""", {"y": year, "region": region})


def data_dictionary(cur) -> pd.DataFrame:
    return _df(cur, "select * from data_dictionary order by table_name, rowid")


def sources_for(cur, obs_ids: list[int]) -> pd.DataFrame:
    """Every statement behind the given observations, with its place, its document or URL."""
    return _df(cur, """
        select o.obs_id, o.region, o.indicator, o.year, o.kind, o.value, o.unit, o.qualifier, o.status,
               s.method, s.doc_id, s.char_start, s.char_end, s.quote, s.source_url, s.source_title,
               d.title as doc_title, d.doc_type, d.doc_date
        from observation_sources s join observations o using (obs_id)
        left join documents d on d.doc_id = s.doc_id
        where o.obs_id in (select unnest($ids))
        order by o.indicator, o.kind desc, s.method, s.doc_id""", {"ids": [int(i) for i in obs_ids]})


def build_info(cur) -> dict:
    return dict(cur.execute("select key, value from build_info").fetchall())
