"""Issue 24, "Nothing false, cut or leaking in any file": the briefing pack and the downloads opened as
a reader opens them. No cell of a PDF table is cut at its column (titles and addresses wrapped), no
text runs off a page or over other text; a Chinese pack has no Type 3 font and its words can be
searched; every source names its place and a chart's source line names only the documents of its own
points; the CSV and XLSX downloads give each row's place, gaps without float noise, a note on every
column and Chinese headers in Chinese."""

import base64
import io
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from components import briefing, charts, downloads, export, layout, pdf_tables, provenance, reads, series_charts
from components.format import decimals
from components.i18n import column_label, place_label, t
from components.textfit import text_width, wrap_width
from etl.knowledge import load_knowledge
from etl.store import queries

HOME = load_knowledge().regions.home.name_zh
CHAIN = [r.name_zh for r in load_knowledge().regions.chain(HOME)]
YEAR = 2024
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def reader(built_db):
    return queries.Reader(built_db)


def canonical(text: str) -> str:
    """Text as compared: NFKC, no whitespace (a wrapped cell's lines joined again)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


# --- lines that fit ------------------------------------------------------------------------------

URL = "https://stheadline.com/realtime-china/3432126/%E6%B7%B1%E5%9C%B3%E4%B8%A4%E4%BC%9A?from=app&share=1#top"


@pytest.mark.parametrize("text, width, size", [
    (URL, 220, 11),
    ("深圳交出2019年成绩单(2020年1月8日深圳市政府工作报告,转述)\nhttp://szsmt.cn/zixun/202001097225.html", 240, 11),
    ("“左右”:目标±8.2亿元以内为完成,高于更多为超额完成,低于更多为未完成;按公布口径判定", 150, 13),
    ("SCMP: Shenzhen Mayor Xu Qin expects decades-low 9pc growth for 2013", 120, 11),
    ("× negative growth", 52, 11),
    ("x" * 300, 90, 11),
])
def test_a_wrapped_line_never_runs_past_its_width_and_nothing_is_dropped(text, width, size):
    lines = wrap_width(text, width, size)
    assert all(text_width(line, size) <= width for line in lines)
    assert canonical("".join(lines)) == canonical(text)


def test_an_address_breaks_only_at_its_marks():
    lines = wrap_width(URL, 220, 11)
    assert len(lines) > 2
    for before, after in zip(lines, lines[1:], strict=False):
        assert before[-1] in "/,_-." or after[0] in "?&=#%", (before, after)


@pytest.mark.parametrize("heights, room", [([30] * 40, 200), ([26, 120, 300, 26, 26, 90], 250), ([500, 10], 100)])
def test_a_table_page_holds_only_the_rows_that_fit(heights, room):
    parts = pdf_tables.split_rows(heights, room)
    assert [i for part in parts for i in part] == list(range(len(heights)))        # every row, once, in order
    assert all(sum(heights[i] for i in part) <= room or len(part) == 1 for part in parts)


def test_no_scorecard_cell_holds_more_than_its_width(reader):
    """The scorecard's cells are ~55 px wide on a pack page: an outcome in words is wrapped, never
    written over the next cell (before: "× negative growth" over "+5.4pp")."""
    tva = reader.call(queries.target_vs_actual, region=HOME)
    lo, hi = reader.call(queries.year_range)
    for lang in ("zh", "en"):
        fig = charts.scorecard(tva, reads.indicators(reader), lang, lo, hi)
        cells = [c for row in fig.data[0].text for c in row if c]
        assert any(qualifier in c for c in cells for qualifier in ("负增长", "negative"))
        assert all(text_width(line, charts.CELL_TEXT[1]) <= charts.CELL_TEXT[0] for c in cells for line in c.split("<br>"))


# --- the source line -------------------------------------------------------------------------------

def test_a_source_line_names_each_document_under_its_place():
    sources = pd.DataFrame([
        {"region": CHAIN[0], "doc_title": None, "source_title": "十四届全国人大二次会议开幕", "source_url": "http://x.cn/a"},
        {"region": HOME, "doc_title": "罗湖区2025年政府工作报告", "source_title": None, "source_url": None},
        {"region": HOME, "doc_title": "罗湖区2025年政府工作报告", "source_title": None, "source_url": None},
    ])
    for lang in ("zh", "en"):
        line = provenance.source_line(sources, lang, today="2026-11-22")
        assert f"{place_label(HOME, lang)}: 罗湖区2025年政府工作报告" in line
        assert f"{place_label(CHAIN[0], lang)}: 十四届全国人大二次会议开幕" in line
        assert line.count("罗湖区2025年政府工作报告") == 1 and "2026-11-22" in line
    many = pd.DataFrame([{"region": HOME, "doc_title": f"报告{i:02d}", "source_title": None} for i in range(12)])
    line = provenance.source_line(many, "en", most=5)
    assert "报告04" in line and "报告05" not in line and "and 7 more" in line       # counted, never cut


# --- the briefing pack, opened --------------------------------------------------------------------

@pytest.fixture(scope="module")
def packs(reader):
    made = {}

    def pack(lang, fmt):
        if (lang, fmt) not in made:
            made[lang, fmt] = briefing.briefing(reader, YEAR, lang, fmt, today="2026-11-22")[0]
        return made[lang, fmt]
    return pack


def pack_sources(reader) -> pd.DataFrame:
    """The statements the pack's sources list: the year's targets and outcomes and the cascade's."""
    tva = reader.call(queries.target_vs_actual, year=YEAR, region=HOME)
    ids_ = [int(v) for v in list(tva["target_obs_id"].dropna()) + list(tva["actual_obs_id"].dropna())]
    levels = reader.call(queries.attainment_of, "gdp_growth", CHAIN)
    ids_ += [int(v) for v in levels["target_obs_id"].dropna()]
    ids_ += [int(v) for v in levels.loc[levels["year"] == YEAR, "actual_obs_id"].dropna()]
    return reader.call(queries.sources_for, sorted(set(ids_)))


def words(pdf: bytes, tmp_path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """Every word of the PDF as pdftotext sees it: (page, x0, y0, x1, y1, text), in points."""
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    found = []
    for n, page in enumerate(out.split("<page ")[1:], start=1):
        for x0, y0, x1, y1, w in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
                                            page):
            found.append((n, float(x0), float(y0), float(x1), float(y1), unescape(w)))
    return found


def unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def in_reading_order(found: list) -> list:
    """Words line by line (a line: words whose tops lie within 3 pt, Chinese and digits alike), left to right."""
    lines: list[list] = []
    for w in sorted(found, key=lambda w: w[2]):
        if lines and w[2] - lines[-1][0][2] < 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [w for line in lines for w in sorted(line, key=lambda w: w[1])]


def columns_of_table_pages(found, header: list[str]) -> dict[int, str]:
    """On each page whose first words are the table's header, the text of each column (its words top
    to bottom), columns told apart by where their header words start."""
    text: dict[int, list[str]] = {j: [] for j in range(len(header))}
    for page in sorted({w[0] for w in found}):
        on_page = [w for w in found if w[0] == page]
        starts = []
        for label in header:
            hits = [w for w in on_page if w[5] == label.split()[0]]
            starts.append(min(hits, key=lambda w: w[2]) if hits else None)
        if None in starts or len({round(s[2]) for s in starts}) != 1:
            continue
        edges = [s[1] - 4 for s in starts] + [10_000]
        below = [w for w in on_page if w[2] > starts[0][4]]
        foot = min((w[2] for w in below if w[5].startswith(("资料来源", "Sources:"))), default=10_000)  # the source line
        for w in in_reading_order([w for w in below if w[2] < foot - 3]):
            j = next((j for j in range(len(header)) if edges[j] <= w[1] < edges[j + 1]), None)
            if j is None:       # left of the table
                continue
            assert w[3] <= edges[j + 1] + 1, f"page {page}: {w[5]!r} runs into the next column"
            text[j].append(w[5])
    return {j: canonical("".join(ws)) for j, ws in text.items()}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_title_address_and_quote_of_the_sources_stands_whole_in_its_column(reader, packs, tmp_path, lang):
    """The sources pages of the PDF, read back with pdftotext: each statement's document (its whole
    title and address) and quote are in their column, and no word runs into the next column."""
    header, rows = export.source_rows(pack_sources(reader), reads.indicators(reader), lang)
    columns = columns_of_table_pages(words(packs(lang, "pdf"), tmp_path), header)
    assert rows and columns[3] and columns[4]
    for row in rows:
        for j in (0, 1, 3, 4):
            assert canonical(row[j]) in columns[j], (header[j], row[j])
    assert any("://" in row[3] for row in rows)       # addresses are among them


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_rule_of_every_verdict_stands_whole_in_its_column(reader, packs, tmp_path, lang):
    tva = reader.call(queries.target_vs_actual, year=YEAR, region=HOME)
    header, rows, _ = export.targets_rows(tva, reads.indicators(reader), lang)
    columns = columns_of_table_pages(words(packs(lang, "pdf"), tmp_path), header)
    assert rows and all(canonical(row[5]) in columns[5] for row in rows)


def glyphs(pdf: bytes):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    for n, page in enumerate(doc, start=1):
        text = page.get_textpage()
        boxes = [(text.get_text_range(i, 1), *text.get_charbox(i)) for i in range(text.count_chars())]
        yield n, page.get_size(), [b for b in boxes if b[0].strip()]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_text_is_outside_its_page_or_over_other_text(packs, lang):
    """Every glyph of the pack inside its page, and none drawn over another (a scorecard cell's words
    over the next cell's gap, a source line off the edge)."""
    for n, (width, height), boxes in glyphs(packs(lang, "pdf")):
        assert all(0 <= left and right <= width and 0 <= bottom and top <= height
                   for _, left, bottom, right, top in boxes), f"page {n}"
        boxes.sort(key=lambda b: b[1])
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if b[1] >= a[3]:
                    break
                dx, dy = min(a[3], b[3]) - max(a[1], b[1]), min(a[4], b[4]) - max(a[2], b[2])
                smaller = min((a[3] - a[1]) * (a[4] - a[2]), (b[3] - b[1]) * (b[4] - b[2]))
                assert not (dx > 1 and dy > 1 and dx * dy > 0.2 * smaller), f"page {n}: {a[0]!r} over {b[0]!r}"


@pytest.mark.slow
def test_a_chinese_pack_has_no_type3_font_and_its_words_are_found(packs, tmp_path):
    path = tmp_path / "zh.pdf"
    path.write_bytes(packs("zh", "pdf"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and not [r for r in rows if "Type 3" in r]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    title = t("targets_of_year", "zh", year=YEAR)
    assert f"{YEAR}年目标" in title and title in text          # as the page shows it, not split between fonts


def _own_names(reader, fig) -> set[str]:
    return {provenance.source_name(r) for r in reader.call(queries.sources_for, briefing.point_ids(fig)).to_dict("records")}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_indicator_charts_source_line_names_only_the_documents_of_its_points(reader, packs, lang):
    """The ZIP's SVGs: an indicator chart names its own points' documents under their place, and no
    document only other charts of the pack draw from."""
    inds = reads.indicators(reader)
    lo, hi = reader.call(queries.year_range)
    pack = zipfile.ZipFile(io.BytesIO(packs(lang, "zip")))
    svgs = {n.split("-", 1)[1][:-4]: n for n in pack.namelist() if n.endswith(".svg")}
    keys = [k for k in svgs if k in set(inds["key"])]
    own = {}
    for key in keys:
        obs, tva = reads.series(reader, key, HOME)
        fig = series_charts.indicator_chart(obs, tva, inds[inds["key"] == key].iloc[0].to_dict(), lang, lo, min(hi, YEAR))
        own[key] = _own_names(reader, fig)
    everything = set().union(*own.values()) | {provenance.source_name(r) for r in pack_sources(reader).to_dict("records")}
    assert len(keys) >= 2
    for key in keys:
        text = canonical("".join(ET.fromstring(pack.read(svgs[key])).itertext()))
        foreign = [n for n in everything - own[key] if not any(n in mine for mine in own[key])]
        assert foreign and not [n for n in foreign if canonical(n) in text], key
        assert canonical(place_label(HOME, lang) + ":") in text


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_packs_sources_csv_has_a_bom_and_a_place_for_every_row(reader, packs, lang):
    raw = zipfile.ZipFile(io.BytesIO(packs(lang, "zip"))).read("sources.csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")
    region = column_label("region", lang) if lang == "zh" else "region"
    assert len(table) == len(pack_sources(reader)) and table[region].notna().all()
    assert set(CHAIN) <= set(table[region])        # the nation's figures say they are the nation's


@pytest.mark.slow
def test_the_slides_name_the_place_of_every_source(reader, packs):
    from pptx import Presentation

    slides = list(Presentation(io.BytesIO(packs("en", "pptx"))).slides)
    tables = [sh.table for s in slides for sh in s.shapes if sh.has_table]
    sources = [tb for tb in tables if tb.cell(0, 1).text == t("place", "en").capitalize()]
    places = [tb.cell(i, 1).text for tb in sources for i in range(1, len(tb.rows))]
    assert len(places) == len(pack_sources(reader)) and all(places)
    assert {place_label(p, "en") for p in CHAIN} <= set(places)


# --- the downloads ------------------------------------------------------------------------------

def _sent(reader, which: str, fmt: str, lang: str) -> bytes:
    if which == "grid":
        with reader.cursor() as c:
            obs = queries.observations(c)
        rows = obs[layout.DATA_COLUMNS].astype(object).where(obs[layout.DATA_COLUMNS].notna(), None).to_dict("records")
        sent = downloads.download(rows, fmt, reader, lang)
    elif which == "targets":
        sent = downloads.attainment_download(reader, fmt, lang)
    else:
        sent = downloads.cascade_download(reader, fmt, lang, "gdp_growth")
    return base64.b64decode(sent["content"]) if sent.get("base64") else sent["content"].encode("utf-8")


PLACE_COLUMN = {"grid": "region", "targets": "region", "cascade": "place"}


@pytest.mark.parametrize("which", ["grid", "targets", "cascade"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_row_of_a_download_names_its_place_and_chinese_has_chinese_headers(reader, which, lang):
    table = pd.read_csv(io.BytesIO(_sent(reader, which, "csv", lang)), encoding="utf-8-sig")
    place = PLACE_COLUMN[which]
    column = column_label(place, lang) if lang == "zh" else place
    assert column in table.columns and len(table) and table[column].notna().all()
    if lang == "zh":
        assert all(CJK.search(c) for c in table.columns), [c for c in table.columns if not CJK.search(c)]


def test_every_gap_is_given_to_the_precision_of_its_figures(reader):
    """364.21 against 410 is a gap of -45.79, not -45.79000000000002."""
    tva = reader.call(queries.target_vs_actual)
    judged = tva[tva["gap"].notna()]
    assert len(judged) >= 10
    for _, r in judged.iterrows():
        figures = [v for v in (r["target_value"], r["target_value_high"], r["actual_value"]) if pd.notna(v)]
        assert decimals(r["gap"]) <= max(decimals(v) for v in figures), (r["indicator"], r["year"], r["gap"])
        assert decimals(r["gap_better"]) <= max(decimals(v) for v in figures)


@pytest.mark.parametrize("which", ["grid", "targets", "cascade"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_column_of_an_xlsx_download_has_a_note_in_its_language(reader, which, lang):
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(_sent(reader, which, "xlsx", lang)))
    *data, notes = book.worksheets
    rows = list(notes.values)[1:]
    described = {(sheet, name): note for sheet, column, label, note in rows if column for name in (column, label)}
    for ws in data:
        for cell in next(ws.iter_rows(max_row=1)):
            note = described.get((ws.title, cell.value))
            assert note, (ws.title, cell.value)
            assert lang == "en" or CJK.search(note), (ws.title, cell.value, note)
