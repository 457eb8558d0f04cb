"""Issue 24: nothing false on any screen or file. A figure its indicator cannot take (a GDP growth of
159%, as OCR reads 5.9% from a poor scan) is never charted: it goes to review with the range it falls
outside of (data/indicators.csv, columns plausible_min and plausible_max), read by OCR or from a text.
And every indicator of the catalogue says what it measures, in both languages."""

import csv
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from etl.documents import documents_from_text
from etl.errors import InputError
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge
from tests.dbtools import rows
from tests.test_hardening_build import build, workspace

ROOT = Path(__file__).resolve().parent.parent
CAT = load_knowledge()
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
REPORT = ("深圳市罗湖区2024年政府工作报告\n——2024年1月10日在罗湖区第八届人民代表大会第五次会议上\n"
          "一、2023年工作回顾\n全年地区生产总值增长159%,社会消费品零售总额增长5.9%。\n")


def read(text: str, ocr: bool) -> dict:
    """indicator -> (value, confidence, reason) of the figures of one document, read by OCR or not."""
    doc = documents_from_text(CAT, text, "report.txt")[0]
    doc.ocr = ocr
    return {m.indicator: (m.value, m.confidence, m.confidence_reason) for m in extract_document(doc, CAT)}


@pytest.mark.parametrize("ocr", [True, False])
def test_a_figure_outside_its_indicators_range_goes_to_review_with_the_range(ocr):
    found = read(REPORT, ocr)
    value, confidence, reason = found["gdp_growth"]
    assert (value, confidence) == (159.0, "low")
    assert "outside the plausible range -40–50 of gdp_growth" in reason
    assert ("read by OCR" in reason) == ocr


def test_a_plausible_figure_keeps_only_its_own_reasons():
    assert read(REPORT, False)["retail_sales_growth"] == (5.9, "high", "")
    assert read(REPORT, True)["retail_sales_growth"] == (5.9, "low", "read by OCR")


def test_the_range_applies_in_the_indicators_own_unit_only():
    """A range is in the indicator's unit: a growth in percent, never a level in 亿元."""
    assert CAT.implausible(159.0, "pct", "gdp_growth")
    assert CAT.implausible(159.0, "pct", "fdi_growth") is None       # no range: a small base can grow so
    assert CAT.implausible(2253.69, "亿元", "gdp") is None
    assert CAT.implausible(159.0, "pct") is None                       # the unit alone allows it


def test_a_range_that_is_not_a_number_names_the_file_and_line(tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("raw", "curated", "*.duckdb*"))
    path = data / "indicators.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    table[1]["plausible_max"] = "fifty"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(table[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    with pytest.raises(InputError, match=r"indicators.csv: line 3: plausible_max 'fifty' is not a number"):
        load_knowledge(data)


def _scan(path: Path, text: str) -> None:
    """`text` drawn as an image and wrapped as a PDF: no text layer at all."""
    font = ImageFont.truetype(WQY, 44)
    lines = [line[i:i + 30] for line in text.splitlines() for i in range(0, len(line), 30)]
    image = Image.new("RGB", (1654, 160 + 72 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((80, 80 + 72 * i), line, font=font, fill="black")
    image.save(path, "PDF", resolution=200)


def test_a_scanned_reports_implausible_figure_is_not_charted_and_the_review_says_why(tmp_path, monkeypatch):
    """The whole way: a scanned PDF read by OCR, built; the 159% is in the review list with its
    reason, in no observation (so on no chart, scorecard or export)."""
    monkeypatch.setenv("LUOHU_OCR_CACHE", str(tmp_path / "ocr"))
    data = workspace(tmp_path)
    (data / "raw" / "good.txt").unlink()
    _scan(data / "raw" / "scan.pdf", REPORT)
    (data / "raw" / "scan.meta.json").write_text('{"region": "罗湖区", "what": "test scan"}', encoding="utf-8")
    res, db = build(data)
    assert res.returncode == 0, res.stdout + res.stderr
    assert not rows(db, "select value from observations where indicator = 'gdp_growth' and value > 50")
    said = rows(db, "select value, reason from review_items where indicator = 'gdp_growth'")
    assert any(v == 159.0 and "outside the plausible range" in reason and "read by OCR" in reason
               for v, reason in said), said


def test_every_indicator_says_what_it_measures_in_both_languages():
    with (ROOT / "data" / "indicators.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    missing = [(r["key"], lang) for r in table for lang in ("notes", "notes_zh") if not (r[lang] or "").strip()]
    assert not missing, missing
    assert all(any("\u4e00" <= c <= "\u9fff" for c in r["notes_zh"]) for r in table)   # the Chinese note is Chinese
