"""Pages per second of the PDF readers: a text PDF printed by Chromium (the test report repeated over
--pages pages) and a scanned PDF (the report drawn as images), read by etl/readers/pdf.py and etl/readers/ocr.py. OCR is timed
with an empty cache.

    python bench/readers_bench.py [--pages 40] [--scans 3]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from etl.readers import pdf as readers  # noqa: E402
from tests.bad_inputs.make_corpus import REPORT  # noqa: E402

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def text_pdf(pages: int) -> bytes:
    from playwright.sync_api import sync_playwright

    body = "".join(f"<p>{line}</p>" for line in REPORT.splitlines() if line.strip())
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:'WenQuanYi Micro Hei';font-size:15px}"
            "section{page-break-after:always}</style></head><body>"
            + "".join(f"<section>{body * 4}</section>" for _ in range(pages)) + "</body></html>")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.set_content(html)
        data = page.pdf(format="A4")
        browser.close()
    return data


def scanned_pdf(pages: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(WQY, 34)
    lines = [ln[i:i + 40] for ln in REPORT.splitlines() for i in range(0, len(ln), 40)]
    images = []
    for _ in range(pages):
        image = Image.new("RGB", (1654, 2339), "white")
        draw = ImageDraw.Draw(image)
        for i, line in enumerate(lines):
            draw.text((80, 80 + 56 * i), line, font=font, fill="black")
        images.append(image)
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=200, save_all=True, append_images=images[1:])
    return buf.getvalue()


def main() -> None:
    from build_bench import machine

    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--scans", type=int, default=3)
    args = ap.parse_args()
    data = text_pdf(args.pages)
    t0 = time.perf_counter()
    extracted = readers.read_pdf(data)
    text_s = time.perf_counter() - t0
    scan = scanned_pdf(args.scans)
    with tempfile.TemporaryDirectory() as cache:
        t0 = time.perf_counter()
        ocr = readers.read_pdf(scan, Path(cache))
        ocr_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        readers.read_pdf(scan, Path(cache))
        cached_s = time.perf_counter() - t0
    print(f"machine: {machine()}")
    print(f"text PDF: {args.pages} pages, {len(extracted.text)} characters in {text_s:.2f} s "
          f"({args.pages / text_s:.0f} pages/s)")
    print(f"scanned PDF (OCR, chi_sim): {args.scans} pages in {ocr_s:.1f} s ({args.scans / ocr_s:.2f} pages/s), "
          f"mean word confidence {ocr.ocr_confidence:.0f}; again from the cache: {cached_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
