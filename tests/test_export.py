"""Exports opened and checked: PNG size, SVG text, PDF pages and text (zh and en), PPTX slides,
ZIP contents, CJK glyphs, and bad requests that fail cleanly without leaving files behind."""

import io
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import plotly.graph_objects as go
import pytest
from PIL import Image, ImageChops

from components import briefing, charts, export
from components.i18n import t
from etl.knowledge import load_knowledge
from etl.store import queries

pytestmark = pytest.mark.slow   # image and PDF export through a real renderer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reader(built_db):
    return queries.Reader(built_db)


def cli(*args):
    return subprocess.run([sys.executable, "app.py", *args], cwd=ROOT, capture_output=True, text=True)


# Noto CJK's Unicode map gives some glyphs as radicals: Kangxi radicals (⽬ for 目) fold back with
# NFKC; a few from the CJK Radicals Supplement (⻓ for 长) do not, so they are mapped here.
RADICALS = str.maketrans({"⻓": "长", "⻔": "门", "⻛": "风", "⻋": "车", "⻢": "马", "⻚": "页", "⻅": "见", "⻜": "飞"})


def canonical(text: str) -> str:
    """Text as compared: NFKC, radicals folded, no whitespace (pypdf puts spaces between font runs)."""
    return "".join(unicodedata.normalize("NFKC", text).translate(RADICALS).split())


def pdf_text(data: bytes) -> tuple[int, str]:
    from pypdf import PdfReader

    pdf = PdfReader(io.BytesIO(data))
    return len(pdf.pages), canonical("\n".join(p.extract_text() for p in pdf.pages))


def test_cli_png_has_the_asked_size(tmp_path, built_db):
    out = tmp_path / "gdp.png"
    run = cli("export", "--indicator", "gdp_growth", "--format", "png", "--lang", "zh", "--out", str(out),
              "--width", "800", "--height", "450", "--scale", "2", "--db", str(built_db))
    assert run.returncode == 0, run.stderr
    assert Image.open(out).size == (1600, 900)
    assert [p.name for p in tmp_path.iterdir()] == ["gdp.png"]


@pytest.mark.parametrize("lang, title", [("zh", "地区生产总值增速"), ("en", "GDP growth (real)")])
def test_svg_parses_and_holds_title_and_source_line(reader, lang, title):
    data, name = briefing.indicator_export(reader, "gdp_growth", "svg", lang, today="2026-11-22")
    text = "".join(ET.fromstring(data).itertext())
    assert name.endswith(".svg") and title in text and "2026-11-22" in text
    assert ("资料来源" if lang == "zh" else "Sources") in text


def test_pdf_export_embeds_its_glyphs_and_keeps_the_text(reader):
    """Every font is embedded (glyph programs or a font file), so Chinese does not depend on the
    viewer's fonts; and the Chinese title and the digits come back as text."""
    from pypdf import PdfReader

    data, _ = briefing.indicator_export(reader, "gdp_growth", "pdf", "zh")
    fonts = [f.get_object() for p in PdfReader(io.BytesIO(data)).pages for f in p["/Resources"]["/Font"].values()]
    def embedded(font):
        if font.get("/Subtype") == "/Type3":
            return len(font["/CharProcs"]) > 0
        descendants = font.get("/DescendantFonts")
        desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
        return desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(embedded(f) for f in fonts)
    text = pdf_text(data)[1]
    assert "地区生产总值增速" in text and "2012" in text and "\x00" not in text


def test_chinese_renders_as_glyphs_not_boxes():
    """The same title in Chinese and as tofu boxes (□, what missing glyphs look like) must differ."""
    def png(title):
        layout = charts.style_layout(title=title, lang="zh", source=False, height=200)
        fig = charts.figure([], layout, {"xaxis": {"visible": False}, "yaxis": {"visible": False}})
        return Image.open(io.BytesIO(export.render(fig, "png", 600, 200))).convert("L")
    chinese, boxes = png("地区生产总值增速"), png("□□□□□□□□")
    assert ImageChops.difference(chinese, boxes).getbbox() is not None
    ink = sum(1 for p in chinese.tobytes() if p < 128)
    assert ink > 200   # the title drew dark pixels


HOME = load_knowledge().regions.home.name_zh


def expected_pages(reader, year):
    """(indicator charts, PDF pages before the tables): cover, scorecard, one chart per targeted
    indicator, the dumbbell, the cascade and the amplification of GDP growth; then the table pages and
    the sources pages, as many as their wrapped rows need (the sources: the year's targets and
    outcomes, every level's GDP growth targets and the year's outcomes)."""
    tva = reader.call(queries.target_vs_actual, year=year, region=HOME)
    n_charts = tva["target_obs_id"].notna().sum()
    ids_ = [int(v) for v in list(tva["target_obs_id"].dropna()) + list(tva["actual_obs_id"].dropna())]
    chain = [r.name_zh for r in load_knowledge().regions.chain(HOME)]
    levels = reader.call(queries.attainment_of, "gdp_growth", chain)
    ids_ += [int(v) for v in levels["target_obs_id"].dropna()]
    ids_ += [int(v) for v in levels.loc[levels["year"] == year, "actual_obs_id"].dropna()]
    return n_charts, 1 + 1 + n_charts + 1 + 2


@pytest.mark.parametrize("lang, title, word", [("zh", "罗湖区2024年预期目标与完成情况", "来源"),
                                               ("en", "Luohu District 2024: targets and outcomes", "Sources")])
def test_briefing_pdf(reader, lang, title, word):
    from pypdf import PdfReader

    data, name = briefing.briefing(reader, 2024, lang, "pdf", today="2026-11-22")
    pages, text = pdf_text(data)
    tables = [canonical(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages][expected_pages(reader, 2024)[1]:]
    targets = canonical(t("targets_of_year", lang, year=2024))
    def is_sources(page):
        return all(canonical(t(k, lang)).lower() in page.lower() for k in ("document", "quote", "place"))
    assert len(tables) >= 2 and all(targets in p or is_sources(p) for p in tables)   # only tables follow the charts
    assert targets in tables[0] and is_sources(tables[-1])
    assert canonical(title) in text and "2024" in text and word in text
    assert canonical("地区生产总值(GDP)增长3.0%") in text   # a source quote


def test_briefing_pptx_is_editable(reader):
    """Native charts that carry the numbers (one per indicator with a target that year), a native
    table of targets against outcomes, sources slides, and alt text on the one picture."""
    from pptx import Presentation

    data, name = briefing.briefing(reader, 2024, "en", "pptx")
    n_charts, _ = expected_pages(reader, 2024)
    assert name.endswith(".pptx")
    slides = list(Presentation(io.BytesIO(data)).slides)
    charts_ = [sh.chart for s in slides for sh in s.shapes if sh.has_chart]
    tables = [sh.table for s in slides for sh in s.shapes if sh.has_table]
    pictures = [sh for s in slides for sh in s.shapes if sh.shape_type == 13]
    assert len(charts_) == n_charts
    assert len(tables) >= 2                                   # the targets table and the sources
    assert all(p._element.nvPicPr.cNvPr.get("descr") for p in pictures)
    assert {"cascade", "amplification"} <= {p.name for p in pictures}      # the cascade, as pictures with alt text
    tva = reader.call(queries.target_vs_actual, year=2024, region=HOME)
    gdp = tva[tva["indicator"] == "gdp_growth"].iloc[0]
    chart = next(c for c in charts_ if c.plots[0].categories[-1] == "2024" and
                 list(c.plots[0].series)[0].values[-1] == pytest.approx(float(gdp["actual_value"])))
    assert list(chart.plots[0].series)[1].values[-1] == pytest.approx(float(gdp["target_value"]))
    texts = " ".join(sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame)
    assert "Sources" in texts and "2024" in texts


def test_briefing_zip_has_png_and_svg_of_each_chart_and_the_sources(reader):
    data, _ = briefing.briefing(reader, 2024, "zh", "zip")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    n_charts, _ = expected_pages(reader, 2024)
    # the scorecard, each indicator, the dumbbell, the cascade and the amplification
    assert sum(n.endswith(".png") for n in names) == sum(n.endswith(".svg") for n in names) == 1 + n_charts + 1 + 2
    assert any("cascade" in n for n in names) and any("amplification" in n for n in names)
    assert "sources.csv" in names


@pytest.mark.parametrize("args, message", [
    (["export", "--indicator", "no_such", "--format", "png"], "unknown indicator"),
    (["briefing", "--year", "1999", "--format", "pdf"], "no targets for 1999"),
    (["export", "--indicator", "gdp", "--format", "gif"], "invalid choice"),
])
def test_bad_requests_fail_cleanly(tmp_path, built_db, args, message):
    out = tmp_path / "out.bin"
    run = cli(*args, "--out", str(out), "--db", str(built_db))
    assert run.returncode == 2 and message in run.stderr
    assert not list(tmp_path.iterdir())


def test_unwritable_path_fails_cleanly(tmp_path, built_db):
    run = cli("export", "--indicator", "gdp", "--format", "png", "--out", str(tmp_path / "missing" / "x.png"),
              "--db", str(built_db))
    assert run.returncode == 2 and "does not exist" in run.stderr


def test_nothing_half_written_when_rendering_fails(tmp_path, monkeypatch):
    import app as app_module

    out = tmp_path / "x.pdf"

    class Boom(Exception):
        pass

    def broken(path):
        raise Boom

    monkeypatch.setattr(Path, "write_bytes", lambda self, data: (_ for _ in ()).throw(Boom()))
    with pytest.raises(Boom):
        app_module.write_atomically(out, b"%PDF")
    assert not list(tmp_path.iterdir())


def test_chart_specs(reader):
    for spec in ("scorecard", "dumbbell:2024", "indicator:gdp:2012:2020"):
        data, name = briefing.chart_export(reader, spec, "png", "en")
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and name.endswith(".png")
    with pytest.raises(export.ExportError):
        briefing.chart_export(reader, "drop table:1", "png", "en")
    with pytest.raises(export.ExportError):
        export.render(go.Figure(), "gif")


def _pdftotext(data: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("what", ["chart", "briefing"])
def test_pdf_text_is_the_real_characters(reader, tmp_path, what):
    """pdftotext (what search and copy-paste see), with nothing folded: the words are there, and no
    character is a CJK radical standing in for an ideograph (⽬ for 目, ⻓ for 长)."""
    if what == "chart":
        data, _ = briefing.indicator_export(reader, "gdp", "pdf", "zh")
    else:
        data, _ = briefing.briefing(reader, 2024, "zh", "pdf", today="2026-11-22")
    text = _pdftotext(data, tmp_path)
    assert "地区生产总值" in text and "目标" in text
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF]
    fonts = subprocess.run(["pdffonts", str(tmp_path / "out.pdf")], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows)      # the emb column: every font embedded


def test_exports_carry_no_screen_only_words(reader, tmp_path):
    """A briefing is read on paper: no 'click', no '(see Data)'; each status has a mark besides its colour."""
    data, _ = briefing.briefing(reader, 2024, "en", "pdf", today="2026-11-22")
    text = _pdftotext(data, tmp_path)
    assert "click" not in text.lower() and "see Data" not in text
    zh = _pdftotext(briefing.briefing(reader, 2024, "zh", "pdf", today="2026-11-22")[0], tmp_path)
    assert "点击" not in zh and "见数据页" not in zh
    assert "▲" in text and "×" in text          # exceeded and missed cells carry their marks


def test_concurrent_renders_each_get_their_own_image():
    """Server threads export at the same time: each caller gets the image it asked for."""
    from concurrent.futures import ThreadPoolExecutor

    sizes = [(300 + 20 * i, 200 + 10 * i) for i in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        images = list(pool.map(lambda wh: export.render(go.Figure(), "png", *wh), sizes))
    assert [Image.open(io.BytesIO(data)).size for data in images] == sizes


def test_long_source_lines_wrap_and_addresses_are_never_cut():
    from components.textfit import text_width, wrap_width

    text = "资料来源: " + "; ".join(f"某某区{y}年政府工作报告(转载)" for y in range(2012, 2024))
    lines = wrap_width(text, 600, 11)
    assert len(lines) > 1 and all(text_width(line, 11) <= 600 for line in lines) and "".join(lines).replace(" ", "") == \
        text.replace(" ", "")
    url = "https://example.org/" + "a" * 150
    page = export._source_name({"doc_title": None, "source_title": "t", "source_url": url}, "en")  # noqa: SLF001
    assert page.endswith("\n" + url) and "…" not in page
