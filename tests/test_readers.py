"""Reports as published: a PDF with a text layer (two columns, running header and footer, several
pages), a scanned PDF (the text as an image), a Word file with a table, a saved web page with a menu
and a footer. Each file is made here, at test time, from one report text; each must give the same
headline figures as the plain text."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from etl.documents import read_file
from etl.errors import InputError
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge
from tests.bad_inputs.make_corpus import REPORT

ROOT = Path(__file__).resolve().parent.parent
CAT = load_knowledge()
FILLER = "全区上下坚持稳中求进工作总基调,统筹推进各项工作,城区面貌持续改善,民生福祉不断增进。" * 6
TABLE_TITLE = "2019年主要指标计划表"
TABLE = [("指标", "2019年计划"), ("固定资产投资", "300亿元"), ("社会消费品零售总额", "1400亿元")]
PLAIN = REPORT + f"\n{TABLE_TITLE}\n" + "".join(f"| {a} | {b} |\n" for a, b in TABLE)
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def figures(path: Path, confidence: str | None = "high") -> set:
    out = set()
    for doc in read_file(CAT, path):
        for m in extract_document(doc, CAT):
            if confidence is None or m.confidence == confidence:
                out.add((m.indicator, m.year, m.period, m.kind, m.value))
    return out


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> set:
    path = tmp_path_factory.mktemp("plain") / "report.txt"
    path.write_text(PLAIN, encoding="utf-8")
    found = figures(path)
    assert len(found) >= 10 and ("fixed_investment", 2019, "year", "target", 300.0) in found   # the table's rows
    return found


def _html() -> str:
    """The report in two columns, with filler prose after it so that it runs over several pages."""
    paragraphs = "".join(f"<p>{line}</p>" for line in REPORT.splitlines() if line.strip())
    filler = "".join(f"<p>{FILLER}</p>" for _ in range(40))
    table = f"<p>{TABLE_TITLE}</p><table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in TABLE) + "</table>"
    return ("<html><head><meta charset='utf-8'><style>body{font-family:'WenQuanYi Micro Hei';font-size:15px}"
            ".cols{column-count:2;column-gap:24px} p{margin:0 0 8px} td{padding:2px 40px 2px 0}</style></head>"
            f"<body><div class='cols'>{paragraphs}{table}{filler}</div></body></html>")


@pytest.fixture(scope="module")
def text_pdf(tmp_path_factory, browser) -> Path:
    """Printed by Chromium: two columns, a running header and a page-number footer on every page."""
    page = browser.new_page()
    try:
        page.set_content(_html())
        data = page.pdf(format="A4", display_header_footer=True, margin={"top": "60px", "bottom": "60px"},
                        header_template="<div style='font-size:9px;width:100%;text-align:center'>"
                                        "罗湖区人民政府工作报告(测试排版)</div>",
                        footer_template="<div style='font-size:9px;width:100%;text-align:center'>"
                                        "第 <span class='pageNumber'></span> 页</div>")
    finally:
        page.close()
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(data)
    return path


def test_a_pdf_with_a_text_layer_gives_the_same_figures(text_pdf, plain):
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(text_pdf.read_bytes())) >= 2          # several pages: the header repeats
    docs = read_file(CAT, text_pdf)
    assert "测试排版" not in "".join(d.text for d in docs)               # running header removed
    assert "| 固定资产投资 | 300亿元 |" in "".join(d.text for d in docs)   # the table kept as rows
    assert figures(text_pdf) == plain
    pages = {m.page for d in docs for m in extract_document(d, CAT)}
    assert pages and pages <= {1, 2, 3, 4, 5, 6} and None not in pages  # each figure knows its page


def test_extract_shows_the_page(text_pdf):
    run = subprocess.run([sys.executable, "-m", "etl", "extract", str(text_pdf), "--json"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert rows and all(r["page"] == 1 for r in rows)


def test_a_word_file_with_a_table_gives_the_same_figures_and_its_paragraph(tmp_path, plain):
    import docx

    document = docx.Document()
    for line in REPORT.splitlines():
        if line.strip():
            document.add_paragraph(line)
    document.add_paragraph(TABLE_TITLE)
    table = document.add_table(rows=len(TABLE), cols=2)
    for i, row in enumerate(TABLE):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "report.docx"
    path.write_bytes(buf.getvalue())
    assert figures(path) == plain
    [doc] = read_file(CAT, path)
    assert "| 固定资产投资 | 300亿元 |" in doc.text and doc.part_unit == "paragraph"
    assert {m.page for m in extract_document(doc, CAT)} <= set(range(1, 10))


def test_a_saved_web_page_with_a_menu_and_footer_gives_the_same_figures(tmp_path, plain):
    menu = "<nav><a href='/'>首页</a> <a href='/zwgk'>政务公开</a> <a href='/tj'>统计数据2019</a></nav>"
    foot = "<footer>版权所有 © 2019 罗湖区人民政府 · 粤ICP备05001234号 · 网站标识码4403030001</footer>"
    body = "".join(f"<p>{line}</p>" for line in PLAIN.splitlines() if line.strip())
    path = tmp_path / "report.html"
    head = ("<title>罗湖区2019年政府工作报告_罗湖政府在线</title>"
            "<meta name='PubDate' content='2019-01-25 09:30'>"
            "<link rel='canonical' href='https://www.szlh.gov.cn/gzbg/2019.html'>")
    path.write_text(f"<html><head>{head}</head><body>{menu}<article>{body}</article>{foot}</body></html>",
                    encoding="utf-8")
    assert figures(path) == plain
    [doc] = read_file(CAT, path)
    assert doc.title == "罗湖区2019年政府工作报告_罗湖政府在线" and doc.source_format == "html"
    assert doc.source_url == "https://www.szlh.gov.cn/gzbg/2019.html"
    text = read_file(CAT, path)[0].text
    assert "政务公开" not in text and "版权所有" not in text            # menu and footer left out


@pytest.fixture(scope="module")
def scanned_pdf(tmp_path_factory) -> Path:
    """The report's text drawn as an image, wrapped as a PDF: no text layer at all."""
    font = ImageFont.truetype(WQY, 34)
    lines = []
    for line in REPORT.splitlines():
        while line:
            lines.append(line[:40])
            line = line[40:]
    image = Image.new("RGB", (1654, 120 + 56 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((80, 60 + 56 * i), line, font=font, fill="black")
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    image.save(path, "PDF", resolution=200)
    return path


@pytest.mark.slow
def test_a_scanned_pdf_is_read_by_ocr_and_every_figure_goes_to_review(scanned_pdf, plain, tmp_path, monkeypatch):
    monkeypatch.setenv("LUOHU_OCR_CACHE", str(tmp_path / "ocr"))
    sure = figures(scanned_pdf, "high")
    found = figures(scanned_pdf, None)
    assert not sure                                         # nothing read by OCR is charted
    assert len(found & plain) >= len(plain) * 0.8           # and most figures are found for review
    assert list((tmp_path / "ocr").glob("*.ocr.txt"))       # cached by content hash: a rebuild does not OCR again
    assert figures(scanned_pdf, None) == found


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.4\n%broken\n", "cannot be opened"),
    (b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
])
def test_a_bad_published_file_is_a_named_reason(tmp_path, data, reason):
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        read_file(CAT, path)


def build_from(tmp_path: Path, files: dict[str, bytes]) -> tuple[Path, Path]:
    """A raw folder holding only `files`, built by the real CLI: (raw folder, database)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files.items():
        (raw / name).write_bytes(data)
    db = tmp_path / "pdf.duckdb"
    run = subprocess.run([sys.executable, "-m", "etl", "build", "--raw", str(raw), "--curated", str(tmp_path / "none"),
                          "--db", str(db), "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr + run.stdout
    return raw, db


def test_a_pdf_figure_shows_its_page_in_the_app(text_pdf, tmp_path):
    """Built with the real CLI from a folder holding only the PDF: each figure's panel names its page."""
    from components import views
    from etl.store import queries

    _, db = build_from(tmp_path, {"report.pdf": text_pdf.read_bytes()})
    reader = queries.Reader(db)
    with reader.cursor() as c:
        rows = c.execute("select obs_id, page from observations").fetchall()
        fmt = c.execute("select distinct source_format, part_unit from documents").fetchall()
    assert rows and all(page == 1 for _, page in rows) and fmt == [("pdf", "page")]
    panel = str(views.point_panel(reader, rows[0][0], "en"))
    assert "'page'" in panel.lower() or "Dt('page')" in panel


def test_the_original_pdf_is_offered_at_its_page(text_pdf, tmp_path, monkeypatch):
    """A PDF figure's panel links to the published file at its page; the file is named by the
    database, never by the request."""
    import app as app_module
    from components import views
    from etl.store import queries

    raw, db = build_from(tmp_path, {"report.pdf": text_pdf.read_bytes(), "note.txt": REPORT.encode("utf-8")})
    monkeypatch.setenv("LUOHU_RAW", str(raw))
    monkeypatch.setenv("LUOHU_CACHE", str(tmp_path / "jobs"))
    client = app_module.create_app(db).server.test_client()
    res = client.get("/original/report%230")
    assert res.status_code == 200 and res.data.startswith(b"%PDF") and res.mimetype == "application/pdf"
    for bad in ("note%230", "nothing%230", "report.pdf"):
        assert client.get("/original/" + bad).status_code == 404, bad
    for bad in ("..%2Fapp.py", "..%2F..%2Fapp.py"):      # never a file outside the raw folder
        res = client.get("/original/" + bad)
        assert not res.data.startswith(b"%PDF") and b"def create_app" not in res.data, bad
    reader = queries.Reader(db)
    with reader.cursor() as c:
        obs_id = c.execute("select obs_id from observations where doc_id = 'report#0' limit 1").fetchone()[0]
    assert "/original/report%230#page=1" in str(views.point_panel(reader, obs_id, "en"))


def test_a_page_saved_as_a_single_file_gives_the_same_figures(tmp_path, plain, browser):
    """Chromium's 'save as single file' (.mhtml: MIME, quoted-printable HTML), made here by Chromium."""
    body = "".join(f"<p>{line}</p>" for line in PLAIN.splitlines() if line.strip())
    page_file = tmp_path / "page.html"
    page_file.write_text(f"<html><head><meta charset='utf-8'><title>罗湖区政府工作报告</title></head><body>"
                         f"<nav>首页 政务公开</nav><article>{body}</article><footer>版权所有</footer></body></html>",
                         encoding="utf-8")
    tab = browser.new_page()
    try:
        tab.goto(page_file.as_uri())
        session = tab.context.new_cdp_session(tab)
        snapshot = session.send("Page.captureSnapshot", {"format": "mhtml"})["data"]
    finally:
        tab.close()
    path = tmp_path / "saved.mhtml"
    path.write_bytes(snapshot.encode("utf-8"))
    assert figures(path) == plain
    [doc] = read_file(CAT, path)
    assert doc.source_format == "html" and "版权所有" not in doc.text


def test_a_pdf_of_too_many_pages_is_refused_by_name(tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(301):
        pdf.new_page(200, 200)
    path = tmp_path / "long.pdf"
    pdf.save(str(path))
    with pytest.raises(InputError, match="301 pages"):
        read_file(CAT, path)
