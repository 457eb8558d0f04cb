"""Scans and images: each page rendered (within a pixel budget) and read by Tesseract (simplified
Chinese), the text cached by the file's content hash so a rebuild does not read it again.

The cache is a folder of this user's only (0700, owned, not a link); an entry is used only when it
is a regular file of ours whose head and offsets check out, else it is read again. A scan in which
OCR finds no text is a named skip, never cached.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import stat
import subprocess
import tempfile
import time
from functools import partial
from pathlib import Path

from etl.readers.base import Extracted, InputError, assemble, join_lines

OCR_LANG = "chi_sim"
DPI = 300
MAX_PIXELS = 40_000_000          # one page rendered: about A3 at 300 dpi; larger pages are drawn smaller
MAX_PAGE_POINTS = 14_400         # a side longer than 200 inches is not a page
SECONDS = float(os.environ.get("LUOHU_OCR_SECONDS", "45"))   # OCR of one file, all its pages
BUILD_SECONDS = float(os.environ.get("LUOHU_OCR_BUILD_SECONDS", "900"))   # OCR of a whole build
# What this process may still spend on OCR in the build it works for, and what it spent on its last
# file (etl/build.py sets the one and reads the other through the worker that reads each file).
_budget = {"left": BUILD_SECONDS, "spent": 0.0}


def allow(seconds_left: float) -> None:
    """The OCR seconds the build has left, before a file is read; its spending starts at zero."""
    _budget["left"], _budget["spent"] = seconds_left, 0.0


def spent() -> float:
    """OCR seconds spent on the file read since the last allow()."""
    return _budget["spent"]
MAX_CACHE_ENTRY = 32 * 1024 * 1024


def ocr_cache_dir() -> Path:
    """Where OCR text is kept by content hash ($LUOHU_OCR_CACHE, else the user's cache folder)."""
    base = os.environ.get("LUOHU_OCR_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "luohu-targets-ocr")
    return Path(base)


def private_folder(path: Path) -> Path | None:
    """`path` made (0700) if missing, and returned only when it is a folder of this user's that no one
    else can reach and not a link; else None (OCR then runs without a cache)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return None
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
        return None
    if st.st_mode & 0o077:
        try:
            os.chmod(path, 0o700)
        except OSError:
            return None
    return path


def ocr_available() -> bool:
    if not shutil.which("tesseract"):
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    return OCR_LANG in langs.split()


def _ocr_image(png: bytes, timeout: float) -> tuple[str, float | None]:
    """Text and mean word confidence of one page image, by Tesseract's TSV output."""
    from etl.workers import die_with_parent

    with tempfile.TemporaryDirectory() as tmp:
        img = Path(tmp) / "page.png"
        img.write_bytes(png)
        try:
            run = subprocess.run(["tesseract", str(img), "stdout", "-l", OCR_LANG, "--psm", "6", "tsv"],
                                 capture_output=True, text=True, timeout=max(1.0, timeout),
                                 preexec_fn=partial(die_with_parent, os.getpid()))
        except subprocess.TimeoutExpired as exc:
            raise InputError(f"OCR took longer than its budget of {SECONDS:g} s; stopped") from exc
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


def page_scale(width_pt: float, height_pt: float) -> float:
    """The render scale of a page: 300 dpi, lowered so the image stays within MAX_PIXELS."""
    if not (0 < width_pt <= MAX_PAGE_POINTS and 0 < height_pt <= MAX_PAGE_POINTS):
        raise InputError(f"a page of {width_pt:.0f} × {height_pt:.0f} pt (a side over {MAX_PAGE_POINTS} pt is not a page)")
    scale = DPI / 72
    pixels = width_pt * height_pt * scale * scale
    return scale if pixels <= MAX_PIXELS else scale * (MAX_PIXELS / pixels) ** 0.5


def _png(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def _read_pages(images, count: int) -> Extracted:
    """OCR of `count` page images (a generator of PIL images), within the file's time budget."""
    if not ocr_available():
        raise InputError("a scan (no text layer) and no OCR here: install tesseract-ocr and tesseract-ocr-chi-sim")
    if _budget["left"] <= 0:
        raise InputError(f"a scan, not read: the build's OCR budget of {BUILD_SECONDS:g} s is spent "
                         "(LUOHU_OCR_BUILD_SECONDS): raise it, or build again (the scans read so far are cached)")
    start = time.monotonic()
    deadline = start + min(SECONDS, _budget["left"])
    pages_text, confs = [], []
    for i, image in enumerate(images):
        left = deadline - time.monotonic()
        _budget["spent"] = time.monotonic() - start
        if left <= 0:
            raise InputError(f"a scan of {count} pages: OCR stopped after {i} pages at its budget of "
                             f"{min(SECONDS, _budget['left']):g} s")
        text, conf = _ocr_image(_png(image), left)
        pages_text.append(join_lines(text.split("\n")))
        if conf is not None:
            confs.append(conf)
    _budget["spent"] = time.monotonic() - start
    text, parts = assemble(enumerate(pages_text, start=1))
    if not text.strip():
        raise InputError("a scan in which OCR found no text")
    return Extracted(text, parts, "page", ocr=True, ocr_confidence=sum(confs) / len(confs) if confs else None,
                     encoding="pdf-ocr")


def cached_ocr(data: bytes, cache_dir: Path | None, read) -> Extracted:
    """read() once per content: from the private cache when a valid entry is there."""
    folder = private_folder(cache_dir) if cache_dir else None
    entry = folder / f"{hashlib.sha256(data).hexdigest()}.ocr.txt" if folder else None
    if entry is not None:
        found = _from_cache(entry)
        if found is not None:
            return found
    extracted = read()
    if entry is not None:
        _to_cache(entry, extracted)
    return extracted


def ocr_pdf(pdf, data: bytes, cache_dir: Path | None) -> Extracted:
    def images():
        for i in range(len(pdf)):
            page = pdf[i]
            yield page.render(scale=page_scale(*page.get_size())).to_pil()
    return cached_ocr(data, cache_dir, lambda: _read_pages(images(), len(pdf)))


def read_image(data: bytes) -> Extracted:
    """A PNG, JPEG or TIFF image of a report (each frame of a TIFF a page), by OCR."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
    except (OSError, Image.DecompressionBombError, ValueError) as exc:
        raise InputError(f"an image that cannot be read ({type(exc).__name__})") from exc

    def pages():
        for k in range(min(frames, 300)):
            image.seek(k)
            yield image.convert("RGB")
    extracted = cached_ocr(data, ocr_cache_dir(), lambda: _read_pages(pages(), frames))
    extracted.encoding = "image-ocr"
    return extracted


_CACHE_HEAD = "#luohu-ocr "
_HEAD = re.compile(r"#luohu-ocr ((?:\d+:\d+(?:,\d+:\d+)*)?) conf=(None|\d+(?:\.\d+)?)")


def _to_cache(path: Path, e: Extracted) -> None:
    """OCR text by content hash: a rebuild does not OCR again."""
    try:
        head = _CACHE_HEAD + ",".join(f"{a}:{n}" for a, n in e.parts) + f" conf={e.ocr_confidence}\n"
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(head + e.text)
        os.replace(tmp, path)
    except OSError:
        pass   # a cache that cannot be written only costs time


def _from_cache(path: Path) -> Extracted | None:
    """A cache entry, or None when it is missing, not a regular file of ours, or malformed."""
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() or st.st_size > MAX_CACHE_ENTRY:
            return None
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    head, _, text = raw.partition("\n")
    m = _HEAD.fullmatch(head)
    if m is None or not text.strip():
        return None
    parts = [(int(a), int(n)) for a, n in (p.split(":") for p in m.group(1).split(",") if p)]
    if any(not 0 <= a <= len(text) for a, _ in parts) or [a for a, _ in parts] != sorted(a for a, _ in parts):
        return None
    conf = None if m.group(2) == "None" else float(m.group(2))
    return Extracted(text, parts, "page", ocr=True, ocr_confidence=conf, encoding="pdf-ocr")
