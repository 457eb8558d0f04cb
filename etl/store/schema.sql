-- The one schema of data/luohu.duckdb. Run as is by etl/load.py into a fresh temporary file.

create table build_info (
    key   varchar primary key,
    value varchar
);

create table documents (
    doc_id        varchar primary key,   -- "<file stem>#<segment>"
    source_file   varchar not null,      -- file name in data/raw/
    segment       integer not null,      -- position of the document inside its file
    file_sha256   varchar not null,
    encoding      varchar,
    fingerprint   varchar,               -- sha256 of the body without whitespace and punctuation
    title         varchar,
    doc_type      varchar,               -- government work report | plan report | statistics release | news | meeting minutes | other
    doc_date      date,
    report_year   integer,               -- the year it was said
    reviews_year  integer,               -- the year whose outcomes it reports
    plans_year    integer,               -- the year whose targets it sets
    region        varchar,
    region_code   varchar,               -- places.code of region (filled after the load)
    duplicate_of  varchar,               -- doc_id of the earlier copy, when this one repeats it
    source_url    varchar,
    source_note   varchar,
    source_tier   varchar not null,      -- official | press | reprint | unknown, by source_url (data/source_tiers.csv)
    source_format varchar,               -- text | html | pdf | pdf-ocr | docx: how its text was read
    part_unit     varchar,               -- page (PDF) | paragraph (Word): what `page` counts in its figures
    n_chars       integer,
    text          varchar not null       -- normalised text; char offsets refer to it
);

create table indicators (
    key          varchar primary key,
    position     integer not null,       -- display order: the row order of data/indicators.csv
    family       varchar not null,
    measure      varchar not null,       -- level | growth | rate | share | change | avg_growth_5yr | ...
    name_zh      varchar not null,
    name_en      varchar not null,
    unit         varchar not null,       -- pct = percent number (8.5 for 8.5%)
    direction    varchar not null,       -- up: higher is better; down: lower is better
    aliases      varchar,
    former_names varchar,
    headline     integer,                -- position among the overview's headline cards; null: not one
    notes        varchar,               -- the series' definition, renames, unit changes, breaks (English)
    notes_zh     varchar                -- the same in Chinese
);

-- What the app needs of data/'s knowledge tables, written by the build so that the app reads only this
-- file (it opens no CSV) and the SQL below joins on meanings, not on words.
-- Every place: data/regions.csv's, then every unit of the gazetteer (etl/knowledge/gazetteer.py) by
-- code. The code is the key; name_zh is the label the figures carry (unique: a name that several
-- units share is written with its parent's name before it, 长春市朝阳区).
create table places (
    code      varchar primary key,             -- the national administrative division code (440303), or regions.csv's
    name_zh   varchar not null unique,
    name_en   varchar not null,
    level     varchar not null,                -- nation | province | city | district
    parent    varchar,                         -- code of the place above it
    short_zh  varchar,
    home      boolean not null,                -- the product's home district
    position  integer not null,                -- data/regions.csv's rows first, in their order, then by code
    search    varchar not null                 -- what a search finds it by: names, short name, pinyin run together
);

create table region_levels (
    level     varchar primary key,
    whole_zh  varchar,                         -- the word for all of it (全区, 全市 …)
    label_zh  varchar,                         -- the level named for people (区, 市 …)
    label_en  varchar
);

create table source_tiers (
    tier      varchar primary key,             -- official | press | reprint | unknown
    rank      integer not null                 -- 0 is the best: the order an outcome is chosen by
);

create table qualitative (
    phrase    varchar primary key,             -- a figure stated in words (负增长, 基本同步 …)
    meaning   varchar not null,                -- negative | in_step | assigned | no_numeric_target …
    label_en  varchar
);

create table units (
    unit      varchar primary key,             -- a canonical unit (亿元, pct …)
    label_zh  varchar,
    label_en  varchar
);

create table hedge_labels (
    qualifier varchar primary key,             -- a hedge word of data/hedges.csv
    label_en  varchar
);

create table document_types (
    type      varchar primary key,
    label_zh  varchar,
    label_en  varchar
);

create table hedges (
    qualifier         varchar,           -- '' for none
    position          varchar,
    bound             varchar not null,  -- about | floor | ceiling | exact
    tolerance_pp      double,            -- tolerance in percentage points, for pct indicators
    tolerance_rel_pct double,            -- tolerance in % of the target, for levels
    description       varchar
);

-- One row per distinct figure: the same figure stated in several places is one row with several sources.
create table observations (
    obs_id          bigint primary key,  -- the place's block (etl/combine/merge.py: obs_id_of) + its order within the place
    region          varchar not null,    -- places.name_zh: the label (region_code, the last column, is the key)
    indicator       varchar not null references indicators(key),
    year            integer not null,    -- the year the figure is about (span end for spans)
    period          varchar not null,    -- year | H1 | Q1 | Q1-Q3 | M1-M10 | 2016-2020
    kind            varchar not null,    -- target | actual
    value           double,              -- null for qualitative statements
    value_high      double,              -- upper end of a range
    unit            varchar not null,
    qualifier       varchar,             -- hedge: 左右 以上 以内 突破 近 力争 … or the qualitative phrase
    status          varchar,             -- actuals: preliminary | final (best status among sources)
    basis           varchar not null,    -- reported | comparable
    method          varchar not null,    -- text | derived | curated (of the primary source)
    rule            varchar,
    doc_id          varchar,
    char_start      integer,
    char_end        integer,
    quote           varchar,
    sentence_start  integer,
    sentence_end    integer,
    source_url      varchar,
    source_title    varchar,
    report_year     integer,             -- latest report year among the sources
    n_sources       integer not null,
    agreement       varchar not null,    -- single | agree | revised | conflict | stretch (a 力争 goal beside another target)
    is_qualitative  boolean not null,
    confidence      varchar not null,    -- high (charted) | confirmed/fixed figures carry their verdict in confidence_reason
    confidence_reason varchar,
    mention_key     varchar,             -- "<doc_id>@<start>-<end>/<indicator>/<kind>": the key data/corrections.csv uses
    source_tier     varchar not null,    -- best tier among its sources: official | press | reprint | unknown (data/source_tiers.csv)
    page            integer,             -- the PDF page or Word paragraph of the quote (null for text files)
    region_code     varchar              -- places.code of region: the key of the place (filled after the load)
);

-- Figures the extractor was not sure of (year, kind or region inferred from weak context): kept out
-- of every chart, scorecard and export until a row of data/corrections.csv confirms or fixes them.
create table review_items (
    obs_id          bigint primary key,  -- the place's block (etl/combine/merge.py: obs_id_of) + its order within the place
    region          varchar,             -- null: the document's region could not be told
    indicator       varchar not null,
    year            integer not null,
    period          varchar not null,
    kind            varchar not null,
    value           double,
    value_high      double,
    unit            varchar,
    qualifier       varchar,
    status          varchar,
    basis           varchar,
    rule            varchar,
    doc_id          varchar,
    char_start      integer,
    char_end        integer,
    quote           varchar,
    source_title    varchar,
    source_url      varchar,
    report_year     integer,
    mention_key     varchar,             -- the key a row of data/corrections.csv names
    reason          varchar not null,    -- why it is not charted
    region_code     varchar              -- places.code of region (filled after the load)
);

create table observation_sources (
    obs_id       bigint not null references observations(obs_id),
    method       varchar not null,
    status       varchar,
    doc_id       varchar,
    char_start   integer,
    char_end     integer,
    quote        varchar,
    rule         varchar,
    source_url   varchar,
    source_title varchar,
    report_year  integer,
    tier         varchar not null,   -- official | press | reprint | unknown, by the site (data/source_tiers.csv)
    page         integer             -- the PDF page or Word paragraph of the quote
);

create table data_dictionary (
    table_name     varchar,
    column_name    varchar,
    description_en varchar,
    description_zh varchar
);

create table warnings (
    source  varchar,
    message varchar,
    scope   varchar,                     -- file (a skipped report) | curated (a curated table) | document | figure
    region  varchar                      -- the place of the document or figure; null for files, tables and unknown places
);

-- What the next build needs to patch this file instead of writing it whole (etl/incremental.py): each
-- report file as it was read (its read-cache key, and the stat it had, so an untouched file is not hashed
-- again), and every place each document gave figures of (before and after data/corrections.csv).
create table build_files (
    source_file varchar primary key,     -- file name in data/raw/
    file_key    varchar,                 -- the read cache's key: the rules' version, the name and the bytes of it and its sidecar
    stat        varchar,                 -- size, mtime_ns, ctime_ns and inode of it and its sidecar when it was read
    skipped     boolean not null         -- it was refused (it is read again by every build)
);

create table document_regions (
    doc_id  varchar not null,
    region  varchar                      -- null: figures of no known place
);

-- The best target and the best actual for each indicator and year, and whether the target was met.
-- Picking rules (documented in README):
--   target: stated in text > curated > derived from a stated gap; then the later report.
--   actual: same basis as the target (comparable targets are judged on comparable growth),
--           final > preliminary, official > press > reprint > unknown source (data/source_tiers.csv),
--           exact > hedged, later report > earlier, more decimals > fewer.
-- Attainment (hedges.csv gives bound and tolerance; direction 'down' flips the comparison):
--   exact/range: missed below the low end, met inside the range, exceeded above the high end.
--   about (左右): met within +/- tolerance (0.5 pp for pct, 2% of target for levels).
--   floor (以上, 突破, 力争 …): missed below, met up to tolerance above, exceeded beyond.
--   ceiling (以内, 以下 …): met at or below, missed above.
--   an actual of negative growth in words (qualitative.csv, meaning negative) misses any target growth >= 0.
create view target_vs_actual as
with annual as (
    select o.*, i.direction, i.name_zh, i.name_en, i.family, i.measure,
           length(regexp_extract(cast(o.value as varchar), '\.(\d*)$', 1)) as decimals
    from observations o join indicators i on i.key = o.indicator
    where o.period = 'year'
),
targets as (
    select * from annual where kind = 'target'
    qualify row_number() over (
        partition by region, indicator, year
        order by (agreement = 'stretch'),
                 case method when 'text' then 0 when 'curated' then 1 else 2 end,
                 coalesce(report_year, 0) desc, is_qualitative, obs_id) = 1
),
actual_candidates as (
    select a.*, t.basis as target_basis
    from annual a
    left join targets t on t.region = a.region and t.indicator = a.indicator and t.year = a.year
    where a.kind = 'actual'
),
actuals as (
    select * from actual_candidates
    qualify row_number() over (
        partition by region, indicator, year
        order by (basis = coalesce(target_basis, 'reported')) desc,
                 (basis = 'reported') desc,
                 is_qualitative,
                 case status when 'final' then 0 else 1 end,
                 (select rank from source_tiers where tier = source_tier),
                 (qualifier is null) desc,
                 coalesce(report_year, 0) desc,
                 decimals desc, obs_id) = 1
),
counts as (
    select region, indicator, year, count(*) as n_actuals,
           bool_or(agreement = 'conflict') as has_conflict,
           bool_or(agreement = 'revised') as has_revision
    from annual where kind = 'actual' group by all
),
pairs as (
    select coalesce(t.region, a.region) as region,
           coalesce(t.indicator, a.indicator) as indicator,
           coalesce(t.year, a.year) as year,
           t.obs_id as target_obs_id, t.value as target_value, t.value_high as target_value_high,
           t.qualifier as target_qualifier, t.method as target_method, t.is_qualitative as target_qualitative,
           t.basis as target_basis, t.unit as target_unit,
           a.obs_id as actual_obs_id, a.value as actual_value, a.qualifier as actual_qualifier,
           a.status as actual_status, a.basis as actual_basis, a.is_qualitative as actual_qualitative,
           a.unit as actual_unit, q.meaning as actual_meaning,
           -- the decimals of the figures a gap is made of: the gap is given to that precision
           least(6, greatest(coalesce(t.decimals, 0), coalesce(a.decimals, 0),
                             coalesce(length(regexp_extract(cast(t.value_high as varchar), '\.(\d*)$', 1)), 0))) as decimals
    from targets t full outer join actuals a
      on a.region = t.region and a.indicator = t.indicator and a.year = t.year
    left join qualitative q on q.phrase = a.qualifier
),
judged as (
    select p.*, i.name_zh, i.name_en, i.unit, i.direction,
           coalesce(h.bound, 'exact') as bound,
           case when p.target_unit = 'pct' or i.unit = 'pct' then coalesce(h.tolerance_pp, 0)
                else abs(p.target_value) * coalesce(h.tolerance_rel_pct, 0) / 100 end as tolerance,
           case when i.direction = 'down' then -1 else 1 end as sgn
    from pairs p
    join indicators i on i.key = p.indicator
    left join hedges h on h.qualifier = coalesce(p.target_qualifier, '')
),
scored as (
    select j.*,
           -- oriented so that larger is better
           sgn * actual_value as a_o,
           least(sgn * target_value, sgn * coalesce(target_value_high, target_value)) as lo_o,
           greatest(sgn * target_value, sgn * coalesce(target_value_high, target_value)) as hi_o
    from judged j
)
select s.region, s.indicator, s.name_zh, s.name_en, s.year, s.unit, s.direction,
       s.target_obs_id, s.target_value, s.target_value_high, s.target_qualifier, s.target_method,
       s.target_basis, s.target_unit, s.target_qualitative, s.bound, s.tolerance,
       s.actual_obs_id, s.actual_value, s.actual_qualifier, s.actual_status, s.actual_basis,
       s.actual_unit, s.actual_qualitative,
       coalesce(c.n_actuals, 0) as n_actuals,
       coalesce(c.has_conflict, false) as has_conflict,
       coalesce(c.has_revision, false) as has_revision,
       -- gaps to the precision of their figures (364.21 - 410.0 is -45.79, not -45.79000000000002):
       -- rounded at 10^decimals and divided, which gives the double nearest the decimal
       round(case
         when s.actual_value is null or s.target_value is null then null
         when s.unit <> 'pct' and s.target_unit is distinct from s.actual_unit then null
         when s.actual_value < s.target_value then s.actual_value - s.target_value
         when s.actual_value > coalesce(s.target_value_high, s.target_value)
              then s.actual_value - coalesce(s.target_value_high, s.target_value)
         else 0 end * pow(10, s.decimals)) / pow(10, s.decimals) as gap,
       -- the same gap, signed so that positive is better (a larger decline of a 'down' indicator)
       round(case
         when s.actual_value is null or s.target_value is null then null
         when s.unit <> 'pct' and s.target_unit is distinct from s.actual_unit then null
         when s.a_o < s.lo_o then s.a_o - s.lo_o
         when s.a_o > s.hi_o then s.a_o - s.hi_o
         else 0 end * pow(10, s.decimals)) / pow(10, s.decimals) as gap_better,
       case
         when s.actual_value is null or s.target_value is null or s.target_value = 0 or s.unit = 'pct' then null
         when s.target_unit is distinct from s.actual_unit then null
         else round(100 * (s.actual_value - s.target_value) / abs(s.target_value), 2) end as gap_pct,
       case
         when s.target_obs_id is null then 'no target'
         when s.actual_obs_id is null then 'no outcome'
         when s.target_qualitative then 'not assessed'
         when s.actual_value is null and s.actual_meaning = 'negative' and s.direction = 'up'
              and s.target_value >= 0 then 'missed'
         when s.actual_value is null then 'not assessed'
         when s.unit <> 'pct' and s.target_unit is distinct from s.actual_unit then 'not assessed'
         when s.bound = 'ceiling' then
              case when s.actual_value <= coalesce(s.target_value_high, s.target_value) + 1e-9 then 'met' else 'missed' end
         when s.bound = 'about' then
              case when s.a_o < s.lo_o - s.tolerance - 1e-9 then 'missed'
                   when s.a_o > s.hi_o + s.tolerance + 1e-9 then 'exceeded' else 'met' end
         when s.bound = 'floor' then
              case when s.a_o < s.lo_o - 1e-9 then 'missed'
                   when s.a_o > s.hi_o + s.tolerance + 1e-9 then 'exceeded' else 'met' end
         else
              case when s.a_o < s.lo_o - 1e-9 then 'missed'
                   when s.a_o > s.hi_o + 1e-9 then 'exceeded' else 'met' end
       end as attainment
from scored s
left join counts c on c.region = s.region and c.indicator = s.indicator and c.year = s.year;

-- Statements after the next line run once the tables are filled.
-- @after-load
-- Each figure and document carries its place's code, the key of places, beside the label.
update documents set region_code = p.code from places p where p.name_zh = documents.region and documents.region_code is null;
update observations set region_code = p.code from places p where p.name_zh = observations.region and observations.region_code is null;
update review_items set region_code = p.code from places p where p.name_zh = review_items.region and review_items.region_code is null;
-- @materialise
-- The view, materialised and sorted by region, for the app: with a thousand regions the window
-- functions of the view cost ~100 ms per query; min/max pruning on this table reads one region.
create table attainment as select * from target_vs_actual order by region, indicator, year;
