"""Scans: each page rendered and read by Tesseract (simplified Chinese), the text cached by the
file's content hash so a rebuild does not read it again."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from etl.readers.base import Extracted, InputError, assemble, join_lines

OCR_LANG = "chi_sim"


def ocr_cache_dir() -> Path:
    """Where OCR text is kept by content hash ($LUOHU_OCR_CACHE, else the user's cache folder)."""
    base = os.environ.get("LUOHU_OCR_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "luohu-targets-ocr")
    return Path(base)


def ocr_available() -> bool:
    if not shutil.which("tesseract"):
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    return OCR_LANG in langs.split()


def _ocr_image(png: bytes) -> tuple[str, float | None]:
    """Text and mean word confidence of one page image, by Tesseract's TSV output."""
    with tempfile.TemporaryDirectory() as tmp:
        img = Path(tmp) / "page.png"
        img.write_bytes(png)
        run = subprocess.run(["tesseract", str(img), "stdout", "-l", OCR_LANG, "--psm", "6", "tsv"],
                             capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        raise InputError(f"OCR failed: {run.stderr.strip()[:120]}")
    lines: dict[tuple, list[str]] = {}
    confs = []
    for row in run.stdout.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or not cols[11].strip():
            continue
        lines.setdefault((cols[2], cols[3], cols[4]), []).append(cols[11])
        try:
            if float(cols[10]) >= 0:
                confs.append(float(cols[10]))
        except ValueError:
            pass
    text = "\n".join("".join(words) for words in lines.values())   # Chinese: no spaces between words
    return text, (sum(confs) / len(confs) if confs else None)


def ocr_pdf(pdf, data: bytes, cache_dir: Path | None) -> Extracted:
    key = hashlib.sha256(data).hexdigest()
    cached = cache_dir / f"{key}.ocr.txt" if cache_dir else None
    if cached is not None and cached.is_file():
        return _from_cache(cached.read_text(encoding="utf-8"))
    if not ocr_available():
        raise InputError("a scanned PDF (no text layer) and no OCR here: install tesseract-ocr and "
                         "tesseract-ocr-chi-sim")
    pages_text, confs = [], []
    for i in range(len(pdf)):
        bitmap = pdf[i].render(scale=300 / 72)
        buf = io.BytesIO()
        bitmap.to_pil().save(buf, format="PNG")
        text, conf = _ocr_image(buf.getvalue())
        pages_text.append(join_lines(text.split("\n")))
        if conf is not None:
            confs.append(conf)
    text, parts = assemble(enumerate(pages_text, start=1))
    extracted = Extracted(text, parts, "page", ocr=True, ocr_confidence=sum(confs) / len(confs) if confs else None,
                          encoding="pdf-ocr")
    if cached is not None:
        _to_cache(cached, extracted)
    return extracted


_CACHE_HEAD = "#luohu-ocr "


def _to_cache(path: Path, e: Extracted) -> None:
    """OCR text by content hash: a rebuild does not OCR again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        head = _CACHE_HEAD + ",".join(f"{a}:{n}" for a, n in e.parts) + f" conf={e.ocr_confidence}\n"
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        tmp.write_text(head + e.text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass   # a cache that cannot be written only costs time


def _from_cache(raw: str) -> Extracted:
    head, _, text = raw.partition("\n")
    parts_field, _, conf = head.removeprefix(_CACHE_HEAD).partition(" conf=")
    parts = [(int(a), int(n)) for a, n in (p.split(":") for p in parts_field.split(",") if p)]
    return Extracted(text, parts, "page", ocr=True, ocr_confidence=None if conf in ("", "None") else float(conf),
                     encoding="pdf-ocr")
