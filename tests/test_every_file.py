"""Every file a named skip within a budget: odd, hostile or broken files are made here at test time,
small, and each must come back as its documents or as a one-line reason, quickly, whatever the
library underneath does; what a reader of a page never sees is never read."""

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from etl import workers
from etl.documents import read_file
from etl.errors import InputError
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge
from etl.readers import ocr
from tests.bad_inputs.make_corpus import REPORT

ROOT = Path(__file__).resolve().parent.parent
K = load_knowledge()


def figures(path: Path) -> set:
    return {(m["indicator"], m["year"], m["value"]) for d in read_file(K, path) for m in extract_document(d, K)}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- the budget of one file: a worker process, killed when over ---------------------------------

def _eat_memory(_):
    return bytearray(600 * 1024 * 1024)


def _sleep(_):
    time.sleep(30)


def _boom(_):
    raise ZeroDivisionError("a library fails in a way nobody foresaw")


def _twice(x):
    return x * 2


@pytest.mark.parametrize("work, reason", [
    (_eat_memory, "needs more than 200 MB"),
    (_sleep, "took longer than 1 s"),
    (_boom, "could not be read (ZeroDivisionError"),
])
@pytest.mark.slow
def test_a_file_over_its_budget_or_failing_is_a_named_skip(work, reason):
    [(item, status, why)] = list(workers.run(["x"], work, budget=workers.Budget(memory_mb=200, seconds=1)))
    assert status == "skip" and reason in why


def test_the_files_after_a_killed_one_are_read_in_order():
    out = list(workers.run([1, 2, 3, 4], _twice, workers=2, budget=workers.Budget(seconds=5)))
    assert out == [(1, "ok", 2), (2, "ok", 4), (3, "ok", 6), (4, "ok", 8)]


KILLED_BUILD = r"""
import subprocess, sys, time
sys.path.insert(0, sys.argv[1])
from etl import workers
def work(_):
    child = subprocess.Popen(["sleep", "60"], preexec_fn=workers.die_with_parent)
    print(child.pid, flush=True)
    time.sleep(60)
list(workers.run(["a"], work))
"""


@pytest.mark.slow
def test_a_killed_build_leaves_nothing_running():
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(ROOT)], stdout=subprocess.PIPE, text=True)
    grandchild = int(proc.stdout.readline())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 5
    while time.time() < deadline and os.path.exists(f"/proc/{grandchild}"):
        time.sleep(0.1)
    assert not os.path.exists(f"/proc/{grandchild}") or "Z" in open(f"/proc/{grandchild}/stat").read().split()[2]


# --- PDFs and scans -------------------------------------------------------------------------

def _pdf_of(image: Image.Image, resolution: float = 100) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PDF", resolution=resolution)
    return buf.getvalue()


@pytest.mark.slow
def test_a_blank_page_is_a_named_skip_and_never_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("LUOHU_OCR_CACHE", str(tmp_path / "ocr"))
    path = write(tmp_path, "blank.pdf", _pdf_of(Image.new("RGB", (850, 1100), "white")))
    with pytest.raises(InputError, match="no text"):
        read_file(K, path)
    assert not list((tmp_path / "ocr").glob("*"))


@pytest.mark.slow
def test_a_huge_blank_page_is_drawn_small_not_rendered_at_full_size(tmp_path, monkeypatch):
    """A 1 kB file with one page 14,400 pt square (200 inches): rendered at 300 dpi it would be 3.6
    gigapixels; within the pixel cap it is read (and found blank) in seconds."""
    monkeypatch.setenv("LUOHU_OCR_CACHE", str(tmp_path / "ocr"))
    path = write(tmp_path, "huge.pdf", _pdf_of(Image.new("RGB", (100, 100), "white"), resolution=0.5))
    t0 = time.perf_counter()
    with pytest.raises(InputError, match="no text"):
        read_file(K, path)
    assert time.perf_counter() - t0 < 30


@pytest.mark.parametrize("width, height, fits", [(595, 842, True), (14400, 14400, True), (20000, 100, False), (0, 842, False)])
def test_a_page_is_rendered_within_the_pixel_cap(width, height, fits):
    if not fits:
        with pytest.raises(InputError):
            ocr.page_scale(width, height)
        return
    scale = ocr.page_scale(width, height)
    assert width * height * scale * scale <= ocr.MAX_PIXELS * 1.0001 and scale <= 300 / 72


def test_a_broken_pdf_page_tree_is_a_named_skip(tmp_path):
    """A page tree whose kids point back at itself."""
    body = (b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type/Pages/Kids[2 0 R]/Count 1>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
    path = write(tmp_path, "loop.pdf", body)
    with pytest.raises(InputError):
        read_file(K, path)


# --- the OCR cache is private and verified ---------------------------------------------------

def test_the_ocr_cache_folder_is_made_private(tmp_path):
    folder = tmp_path / "ocr"
    folder.mkdir(mode=0o777)
    os.chmod(folder, 0o777)
    assert ocr.private_folder(folder) == folder and (folder.stat().st_mode & 0o777) == 0o700


def test_a_cache_folder_that_is_a_link_is_not_used(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "ocr").symlink_to(tmp_path / "elsewhere")
    assert ocr.private_folder(tmp_path / "ocr") is None


@pytest.mark.parametrize("entry", [
    b"no head at all\n2019\xe5\xb9\xb4",
    b"#luohu-ocr 0:1,5:2 conf=80\n",                      # no text
    b"#luohu-ocr 0:1,999999:2 conf=80\ntext",            # an offset past the text
    b"#luohu-ocr 0:1 conf=80\n\xff\xfe not utf-8",
    b"#luohu-ocr 0:1 conf=high\ntext",
])
def test_a_malformed_cache_entry_is_read_again(tmp_path, entry):
    (tmp_path / "k.ocr.txt").write_bytes(entry)
    assert ocr._from_cache(tmp_path / "k.ocr.txt") is None


def test_a_cache_entry_that_is_a_link_is_not_trusted(tmp_path):
    (tmp_path / "planted.txt").write_text("#luohu-ocr 0:1 conf=90\n地区生产总值增长99%", encoding="utf-8")
    (tmp_path / "k.ocr.txt").symlink_to(tmp_path / "planted.txt")
    assert ocr._from_cache(tmp_path / "k.ocr.txt") is None


# --- Word files ---------------------------------------------------------------------------

def _docx(body_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                head, _, _ = data.decode().partition("<w:body>")
                data = (head + "<w:body>" + body_xml + "</w:body></w:document>").encode()
            z.writestr(info, data)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def _cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_cell_spanning_ten_million_columns_is_read_quickly(tmp_path):
    body = _para("罗湖区2019年政府工作报告") + "<w:tbl><w:tr>" + _cell("地区生产总值", '<w:gridSpan w:val="10000000"/>') \
        + _cell("2253亿元") + "</w:tr></w:tbl>"
    t0 = time.perf_counter()
    [doc] = read_file(K, write(tmp_path, "span.docx", _docx(body)))
    assert time.perf_counter() - t0 < 10 and doc.text.count("地区生产总值") <= 64


def test_a_table_that_starts_with_a_continued_merge_and_merges_thousands_of_rows(tmp_path):
    rows = "".join("<w:tr>" + _cell("", '<w:vMerge/>') + _cell(f"{i}") + "</w:tr>" for i in range(3000))
    body = _para("罗湖区2019年政府工作报告") + "<w:tbl>" + rows + "</w:tbl>"
    [doc] = read_file(K, write(tmp_path, "merge.docx", _docx(body)))
    assert "| 2999 |" in doc.text.replace("|  |", "|")


def test_a_merged_cell_repeats_the_cell_above(tmp_path):
    body = _para("标题") + "<w:tbl><w:tr>" + _cell("指标", '<w:vMerge w:val="restart"/>') + _cell("a") + "</w:tr><w:tr>" \
        + _cell("", "<w:vMerge/>") + _cell("b") + "</w:tr></w:tbl>"
    [doc] = read_file(K, write(tmp_path, "m.docx", _docx(body)))
    assert "| 指标 | a |\n| 指标 | b |" in doc.text


@pytest.mark.parametrize("body, extra, reason", [
    (_para("x") * 3, {"word/big.xml": b"<a>" + b" " * (210 * 1024 * 1024) + b"</a>"}, "unzips to"),
    (_para("x"), {"customXml/item9.xml": b'<!DOCTYPE a [<!ENTITY b "bbbb">]><a>&b;</a>'}, "declares a DTD"),
    ("<w:p>" * 3000 + "</w:p>" * 3000, None, "nests"),
])
@pytest.mark.slow
def test_a_word_bomb_is_refused_before_it_is_parsed(tmp_path, body, extra, reason):
    with pytest.raises(InputError, match=reason):
        read_file(K, write(tmp_path, "bomb.docx", _docx(body, extra)))


# --- saved pages: only what a reader sees ----------------------------------------------------

HIDDEN = [
    "<template><p>地区生产总值增长99%。</p></template>",
    "<div style='display: none'>地区生产总值增长99%。</div>",
    "<div hidden><div>地区生产总值增长99%。</div></div>",
    "<p aria-hidden='true'>地区生产总值增长99%。</p>",
    "<span style='visibility:hidden'>地区生产总值增长99%。</span>",
    "<textarea>地区生产总值增长99%。</textarea>",
    "<select><option>地区生产总值增长99%。</option></select>",
]


@pytest.mark.parametrize("hidden", HIDDEN)
def test_hidden_text_of_a_saved_page_is_never_read(tmp_path, hidden):
    body = "".join(f"<p>{line}</p>" for line in REPORT.splitlines() if line.strip())
    path = write(tmp_path, "page.html", f"<html><body>{hidden}{body}</body></html>".encode())
    assert 99.0 not in {v for _, _, v in figures(path)}
    assert figures(path)    # the visible report is still read


def test_mime_parts_nested_thousands_deep_are_a_named_skip(tmp_path):
    parts = "".join(f'Content-Type: multipart/related; boundary="b{i}"\n\n--b{i}\n' for i in range(3000))
    data = ("MIME-Version: 1.0\n" + parts + "Content-Type: text/html\n\n<p>x</p>\n").encode()
    with pytest.raises(InputError, match="nested MIME parts"):
        read_file(K, write(tmp_path, "deep.mhtml", data))


@pytest.mark.parametrize("size", [200_000, 800_000])
def test_unclosed_tags_are_read_in_linear_time(tmp_path, size):
    from etl.readers.html import strip_html

    t0 = time.perf_counter()
    for tag in ("<div ", "<nav ", "<div hidden>", "<p "):
        strip_html(tag * size)
    assert time.perf_counter() - t0 < 10


# --- kinds of file: images by OCR, the rest named with what to do ----------------------------

@pytest.mark.parametrize("name, data, reason", [
    ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "save it as .docx or PDF"),
    ("report", REPORT.encode(), "no extension"),
    ("figures.csv", b"year,value\n2019,7\n", "unknown kind (.csv)"),
    ("scan.gif", b"GIF89a" + b"\x00" * 40, "GIF image"),
])
def test_a_file_of_another_kind_is_named_with_what_to_do(tmp_path, name, data, reason):
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_file(K, write(tmp_path, name, data))


def test_an_image_is_read_like_a_scan(tmp_path, monkeypatch):
    monkeypatch.setenv("LUOHU_OCR_CACHE", str(tmp_path / "ocr"))
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buf, "PNG")
    with pytest.raises(InputError, match="OCR found no text"):     # read by OCR (a blank scan), not refused
        read_file(K, write(tmp_path, "scan.png", buf.getvalue()))


@pytest.mark.slow
def test_a_mixed_drop_builds_the_good_reports_and_names_the_bad(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(REPORT, encoding="utf-8")
    (raw / "blank.pdf").write_bytes(_pdf_of(Image.new("RGB", (300, 400), "white")))
    (raw / "report.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (raw / "noext").write_text(REPORT, encoding="utf-8")
    env = {**os.environ, "LUOHU_OCR_CACHE": str(tmp_path / "ocr")}
    run = subprocess.run([sys.executable, "-m", "etl", "build", "--raw", str(raw), "--curated", str(tmp_path / "none"),
                          "--db", str(tmp_path / "t.duckdb")], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0 and "Traceback" not in run.stdout + run.stderr, run.stderr
    assert "skipped files: 3" in run.stdout and "documents: 1 " in run.stdout
    for name in ("blank.pdf", "report.doc", "noext"):
        assert f"skipped: {name}: " in run.stdout
    assert not list((tmp_path / "ocr").glob("*.ocr.txt"))


def test_a_scan_past_the_builds_ocr_budget_is_a_named_skip(tmp_path, monkeypatch):
    monkeypatch.setenv("LUOHU_OCR_CACHE", str(tmp_path / "ocr"))
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buf, "PNG")
    ocr.allow(0)
    try:
        with pytest.raises(InputError, match="OCR budget"):
            read_file(K, write(tmp_path, "scan.png", buf.getvalue()))
    finally:
        ocr.allow(ocr.BUILD_SECONDS)
