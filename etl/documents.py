"""Read raw files -> Documents: split files that hold several reports, recognise duplicates,
and read each document's type, date and the years it reviews and plans from its text."""

from __future__ import annotations

import email.utils
import hashlib
import heapq
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from etl import readers
from etl.catalogue import regions_of
from etl.errors import InputError
from etl.normalize import decode_bytes, normalize_text
from etl.regions import read_region

RAW_SUFFIXES = {".txt", ".md", ".html", ".htm", ".mhtml", ".mht", ".text", ".pdf", ".docx"}
MIN_SEGMENT_CHARS = 200


@dataclass
class Document:
    doc_id: str
    source_file: str
    segment: int
    text: str
    file_sha256: str
    encoding: str
    title: str = ""
    doc_type: str = "other"
    doc_date: str | None = None
    report_year: int | None = None
    reviews_year: int | None = None
    plans_year: int | None = None
    half_year: bool = False
    region: str | None = None          # None: not told by the text, the sidecar or the URL
    region_evidence: str = "none"
    duplicate_of: str | None = None
    fingerprint: str = ""
    source_url: str | None = None
    source_note: str | None = None
    source_tier: str = "unknown"       # official | press | reprint | unknown, by source_url (data/source_tiers.csv)
    source_format: str = "text"        # text | html | pdf | pdf-ocr | docx
    part_unit: str | None = None       # page | paragraph: what `parts` counts
    parts: list[tuple[int, int]] = field(default_factory=list)   # (offset in text, page/paragraph number)
    ocr: bool = False                  # read by OCR: every figure goes to review
    warnings: list[str] = field(default_factory=list)

    def part_at(self, offset: int | None) -> int | None:
        """The page (or paragraph) an offset of the text is on."""
        if offset is None or not self.parts:
            return None
        found = None
        for start, number in self.parts:
            if start > offset:
                break
            found = number
        return found


# --- splitting ---------------------------------------------------------------------------

_SEPARATOR_LINE = re.compile(r"^[-—]\s*$|^\f")
_TITLE_WORDS = re.compile(r"政府工作报告|计划执行情况|国民经济和社会发展计划|统计公报|经济运行情况")
_ENUMERATED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、])")


def _is_title_line(line: str) -> bool:
    s = line.strip().lstrip("#").strip()
    return 0 < len(s) <= 80 and bool(_TITLE_WORDS.search(s)) and not _ENUMERATED.match(s) \
        and not s.endswith(("。", ",", ";"))


def split_segments(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the documents a file holds. Boundaries: a line that is only a dash
    (listing pages), a form feed, or a report title line after the start of a segment.
    Segments shorter than MIN_SEGMENT_CHARS are merged into a neighbour."""
    starts = [0]
    pos = 0
    seg_has_body = False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if _SEPARATOR_LINE.match(line) and seg_has_body:
            starts.append(pos)
            seg_has_body = False
        elif _is_title_line(line) and seg_has_body:
            starts.append(pos)
            seg_has_body = True
        elif len(stripped) > 40:
            seg_has_body = True
        pos += len(line)
    spans = [(a, b) for a, b in zip(starts, starts[1:] + [len(text)], strict=True) if b > a]
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and len(text[merged[-1][0]:merged[-1][1]].strip()) < MIN_SEGMENT_CHARS:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    if len(merged) > 1 and len(text[merged[-1][0]:merged[-1][1]].strip()) < MIN_SEGMENT_CHARS:
        last = merged.pop()
        merged[-1][1] = last[1]
    return [(a, b) for a, b in merged] or [(0, len(text))]


# --- metadata read from the text ---------------------------------------------------------

_FRONT_TITLE = re.compile(r"^title:\s*['\"]?(.+?)['\"]?\s*$", re.M)
_FRONT_DATE = re.compile(r"^date:\s*(.+?)\s*$", re.M)
_DELIVERED = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日在[^。]{0,40}?(?:人民代表大会|人大)")
_NEWS_STAMP = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}")
_ISO_DATE_LINE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$", re.M)
_CN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DATE_LINE = re.compile(r"^\s*[(\[]?\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[)\]]?\s*$", re.M)
_REVIEWS = re.compile(r"(\d{4})年(?:上半年)?(?:全区)?(?:国民经济和社会发展)?(?:计划执行情况|工作回顾)")
_PLANS = re.compile(
    r"(\d{4})年[^。;,:]{0,16}?主要(?:预期)?目标(?!任务)"
    r"|(\d{4})年(?:国民经济和社会发展)?计划(?:\(草案\)|草案)"
    r"|(\d{4})年(?:政府)?(?:主要)?工作(?:安排|总体要求|总体思路)"
)
_TITLE_YEAR = re.compile(r"(\d{4})年")
_NOT_A_DATE_YEAR = re.compile(r"(\d{4})年(?!\d{1,2}月\d{1,2}日)")

_TYPE_RULES = [
    ("government work report", re.compile(r"政府工作报告|向大会(?:作|报告)(?:政府)?工作|作政府工作报告")),
    ("plan report", re.compile(r"计划执行情况|国民经济和社会发展计划")),
    ("statistics release", re.compile(r"统计公报|经济运行情况|统计局|初步核实结果")),
    ("meeting minutes", re.compile(r"纪要|参会人员|会议议定")),
    ("news", re.compile(r"记者|来源:|原标题|人民网|新闻|讯 |\d{1,2}:\d{2}|^date:|^\s*\d{4}-\d{2}-\d{2}\s*$", re.M)),
]


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        y_, m_, d_ = int(y), int(m), int(d)
    except ValueError:
        return None
    if not (1949 <= y_ <= 2100 and 1 <= m_ <= 12 and 1 <= d_ <= 31):
        return None
    return f"{y_:04d}-{m_:02d}-{d_:02d}"


_NOT_TITLE = re.compile(r">|\||来源|^\d{4}[-年]\d{1,2}[-月]\d{1,2}日?\S*$")


def read_title(text: str) -> str:
    front = _FRONT_TITLE.search(text[:2000])
    if front:
        return front.group(1).strip()
    lines = [ln.strip().lstrip("#").strip() for ln in text[:3000].splitlines()]
    lines = [ln for ln in lines if ln and ln not in ("-", "---") and not _NOT_TITLE.search(ln)]
    for ln in lines[:10]:
        if len(ln) <= 80 and re.search(r"报告|纪要|计划|公报", ln):
            return ln
    short = [ln for ln in lines[:6] if len(ln) <= 60]
    return max(short, key=len) if short else (lines[0][:60] if lines else "")


_HEADLINE_TITLE = re.compile(r"[,。;!?]|这是|指出|透露|表示|召开|开幕|闭幕|举行|审议|发布会")
_SPEECH = re.compile(r"各位代表|请予审议|我代表[^。]{0,16}(?:向大会|作)|受[^。]{0,12}委托")
_FORMAL_TYPES = ("government work report", "plan report")
_NEWS_MARKS = re.compile(r"记者|网讯|讯 |新闻网|摄$|摄\s|来源:|原标题|报道", re.M)


def classify_type(title: str, text: str) -> str:
    """A report's own title names its type; a news headline about a report ("…向大会作政府工作报告。")
    does not, unless the body is the speech itself (各位代表, 请予审议)."""
    head = title + "\n" + text[:1500]
    headline = bool(_HEADLINE_TITLE.search(re.sub(r"\([^()]*\)|【[^【】]*】|\[[^\[\]]*\]", "", title)))
    speech = bool(_SPEECH.search(text[:3000]))
    headline = headline or (not speech and bool(_NEWS_MARKS.search(text[:600])))
    for name, rule in _TYPE_RULES:
        if rule.search(title) and not (headline and name in _FORMAL_TYPES and not speech):
            return name
    for name, rule in _TYPE_RULES:
        if rule.search(head) and not (headline and name in _FORMAL_TYPES and not speech):
            return name
    return "news" if headline else "other"


def read_date(doc_type: str, text: str) -> str | None:
    head = text[:3000]
    if doc_type in ("government work report", "plan report"):
        m = _DELIVERED.search(head) or _DATE_LINE.search(head[:800])
        if m:
            return _iso(*m.groups())
    front = _FRONT_DATE.search(head)
    if front:
        try:
            dt = email.utils.parsedate_to_datetime(front.group(1))
            return dt.date().isoformat()
        except (TypeError, ValueError):
            pass
    for rx in (_NEWS_STAMP, _CN_DATE, _ISO_DATE):
        m = rx.search(head[:600])
        if m and doc_type not in ("government work report", "plan report"):
            return _iso(*m.groups())
    if doc_type not in ("government work report", "plan report"):
        m = _ISO_DATE_LINE.search(text)
        if m:
            return _iso(*m.groups())
    return None


def read_years(doc: Document) -> None:
    """report_year, reviews_year and plans_year of a document, from its text."""
    text = doc.text
    reviews = _REVIEWS.search(text)
    plans = _PLANS.search(text)
    doc.reviews_year = int(reviews.group(1)) if reviews else None
    doc.plans_year = int(next(g for g in plans.groups() if g)) if plans else None
    doc.half_year = bool(re.search(r"\d{4}年上半年[^。]{0,20}计划执行情况", text[:400]))
    date_year = int(doc.doc_date[:4]) if doc.doc_date else None
    title_year = _TITLE_YEAR.search(doc.title)
    if doc.doc_type == "government work report":
        doc.report_year = date_year or (int(title_year.group(1)) if title_year else None)
        if doc.report_year:
            doc.reviews_year = doc.reviews_year or doc.report_year - 1
            doc.plans_year = doc.plans_year or doc.report_year
    elif doc.doc_type == "plan report":
        if doc.half_year and doc.reviews_year:
            doc.report_year = date_year or doc.reviews_year
            doc.plans_year = doc.plans_year or doc.reviews_year
        else:
            doc.report_year = date_year or ((doc.reviews_year + 1) if doc.reviews_year else doc.plans_year)
            if doc.report_year:
                doc.reviews_year = doc.reviews_year or doc.report_year - 1
                doc.plans_year = doc.plans_year or doc.report_year
    elif doc.doc_type == "statistics release":
        # "2023年X区经济运行情况", "X区2012年GDP初步核实结果": the year it reports on
        year = title_year or _NOT_A_DATE_YEAR.search(text[:300])
        doc.reviews_year = int(year.group(1)) if year else None
        if doc.reviews_year is None and date_year:   # a bulletin out in the first half reviews the year before
            doc.reviews_year = date_year - 1 if int(doc.doc_date[5:7]) <= 6 else date_year
        doc.report_year = date_year or ((doc.reviews_year + 1) if doc.reviews_year else None)
        doc.plans_year = None
    else:
        doc.report_year = date_year


# --- duplicates ---------------------------------------------------------------------------

_NOT_CONTENT = re.compile(r"[\s\W_]+")


def _body(text: str) -> str:
    lines = text.strip().splitlines()
    body = "\n".join(ln for ln in lines if len(ln.strip()) > 40) or text
    return _NOT_CONTENT.sub("", body)


def _shingles(body: str, k: int = 12) -> set[int]:
    return {hash(body[i:i + k]) for i in range(0, max(1, len(body) - k + 1), 3)}


SKETCH = 8   # the smallest shingle hashes kept per document to find candidate near-duplicates


def mark_duplicates(docs: list[Document], threshold: float = 0.9) -> None:
    """Set duplicate_of on every document whose body repeats an earlier one (exact after removing
    whitespace and punctuation, or >= threshold shingle overlap). Near-duplicates are looked for among
    documents of the same region that share one of the few smallest shingle hashes (a bottom-k
    sketch: two bodies that overlap by 90% almost always do), so the cost grows with the corpus, not
    with its pairs."""
    seen: dict[str, str] = {}
    kept_by_region: dict[str | None, tuple[list, dict[int, list[int]]]] = {}
    for doc in docs:
        body = _body(doc.text)
        doc.fingerprint = hashlib.sha256(body.encode()).hexdigest()
        if doc.fingerprint in seen:
            doc.duplicate_of = seen[doc.fingerprint]
            continue
        kept, index = kept_by_region.setdefault(doc.region, ([], {}))
        shingles = _shingles(body) if len(body) >= 500 else None
        sketch = heapq.nsmallest(SKETCH, shingles) if shingles else []
        for i in sorted({i for h in sketch for i in index.get(h, ())}):
            other, other_body, other_sh = kept[i]
            if not (0.8 <= len(body) / max(1, len(other_body)) <= 1.25):
                continue
            if len(shingles & other_sh) / max(1, len(shingles | other_sh)) >= threshold:
                doc.duplicate_of = other.doc_id
                break
        if doc.duplicate_of is None:
            seen[doc.fingerprint] = doc.doc_id
            kept.append((doc, body, shingles))
            for h in sketch:
                index.setdefault(h, []).append(len(kept) - 1)


# --- reading files ------------------------------------------------------------------------

SIDECAR_KEYS = {"file", "what", "kind_hint", "region", "came_from", "source_url", "title", "date", "note"}
MAX_SIDECAR_BYTES = 64_000
MAX_SIDECAR_STRING = 2_000
MAX_FILE_BYTES = 64 * 1024 * 1024
# what a file is, by its first bytes: a report must be text (or HTML); these are refused by name
_SNIFF = [(b"%PDF-", "a PDF file"),
          (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .zip), not text"),
          (b"\x89PNG", "a PNG image, not text"), (b"\xff\xd8\xff", "a JPEG image, not text"),
          (b"GIF8", "a GIF image, not text"), (b"\x1f\x8b", "a gzip archive, not text"),
          (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls), not text")]


def read_sidecar(path: Path) -> dict:
    """The report's sidecar, checked: a JSON object of known keys whose values are short strings (or
    null). Anything else raises InputError naming the sidecar: the report is skipped, not guessed."""
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    if side.is_symlink() or not side.is_file():
        raise InputError(f"{side.name}: sidecar is not a regular file")
    if side.stat().st_size > MAX_SIDECAR_BYTES:
        raise InputError(f"{side.name}: sidecar is larger than {MAX_SIDECAR_BYTES // 1000} kB")
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise InputError(f"{side.name}: sidecar is not valid JSON ({str(exc)[:80]})") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{side.name}: sidecar must be a JSON object, not {type(meta).__name__}")
    unknown = sorted(set(meta) - SIDECAR_KEYS)
    if unknown:
        raise InputError(f"{side.name}: unknown key(s) {', '.join(map(repr, unknown))[:120]} "
                         f"(known: {', '.join(sorted(SIDECAR_KEYS))})")
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{side.name}: {key} must be a string or null, not {type(value).__name__}")
        if isinstance(value, str) and (len(value) > MAX_SIDECAR_STRING or "\x00" in value):
            raise InputError(f"{side.name}: {key} is longer than {MAX_SIDECAR_STRING} characters or holds NUL")
    return meta


def check_raw_path(path: Path, raw_dir: Path | None = None) -> None:
    """Only regular files inside data/raw/ are read: a link out of it, a device or a pipe, a name with
    a control character, an oversized file are refused with the reason."""
    if any(ord(c) < 32 for c in path.name):
        raise InputError("the file name holds a control character (a newline or tab); rename the file")
    if path.is_symlink():
        target = path.resolve()
        inside = raw_dir is not None and target.is_relative_to(raw_dir.resolve())
        if not inside:
            raise InputError("a link to a file outside data/raw/ (links are not followed out of the folder)")
    if not path.is_file():
        raise InputError("not a regular file (a device, a pipe or a folder)")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB ({size // (1024 * 1024)} MB); "
                         "split it into reports")


def sniff(data: bytes) -> str | None:
    """What a file is when its first bytes say it is not text."""
    head = data[:8]
    return next((what for magic, what in _SNIFF if head.startswith(magic)), None)


def _sidecar_date(value: str | None) -> str | None:
    m = _ISO_DATE.match((value or "").strip())
    return _iso(*m.groups()) if m else None


def documents_from_text(raw_text: str, name: str, sha: str = "", encoding: str = "utf-8",
                        meta: dict | None = None) -> list[Document]:
    meta = meta or {}
    text = normalize_text(raw_text)
    stem = Path(name).stem
    docs = []
    for i, (a, b) in enumerate(split_segments(text)):
        seg = text[a:b].strip("\n")
        doc = Document(doc_id=f"{stem}#{i}", source_file=name, segment=i, text=seg,
                       file_sha256=sha, encoding=encoding,
                       source_url=meta.get("source_url"), source_note=meta.get("what"))
        doc.title = meta["title"] if i == 0 and meta.get("title") else read_title(seg)
        doc.doc_type = classify_type(doc.title, seg)
        doc.doc_date = read_date(doc.doc_type, seg) or _sidecar_date(meta.get("date"))
        read_years(doc)
        reading = read_region(seg, regions_of(), meta.get("region"), meta.get("source_url"))
        doc.region, doc.region_evidence = reading.region, reading.evidence
        if reading.warning:
            doc.warnings.append(reading.warning)
        docs.append(doc)
    return docs


def read_file(path: Path, raw_dir: Path | None = None) -> list[Document]:
    """One raw file -> its documents. Raises InputError naming the problem."""
    check_raw_path(path, raw_dir)
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; split it into reports")
    sha = hashlib.sha256(data).hexdigest()
    if data.startswith(b"%PDF-") or (data.startswith(b"PK\x03\x04") and readers.is_docx(data)):
        return _read_published(path, data, sha)
    kind = sniff(data)
    if kind:
        raise InputError(kind)
    if readers.is_mhtml(data):
        raw_text, encoding = readers.read_mhtml(data), "mhtml"
    else:
        raw_text, encoding = decode_bytes(data)
    nul = raw_text.find("\x00")
    if nul >= 0:   # a stray NUL past the first 4 kB: removed (else it silently cut its sentence)
        raw_text = raw_text.replace("\x00", "")
    if "\ufffd" in raw_text[:2000] and raw_text[:2000].count("\ufffd") > 20:
        raise InputError("text is mostly undecodable characters")
    meta = read_sidecar(path)
    page = path.suffix.lower() in (".html", ".htm", ".mhtml", ".mht") or encoding == "mhtml" \
        or raw_text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
    if page:   # a saved web page: its title, date and address fill what the sidecar leaves empty
        meta = {**readers.html_meta(raw_text), **{k: v for k, v in meta.items() if v}}
    docs = documents_from_text(raw_text, path.name, sha, encoding, meta)
    if page:
        for doc in docs:
            doc.source_format = "html"
    if nul >= 0 and docs:
        docs[0].warnings.append(f"NUL bytes removed from the text (the first at character {nul})")
    return docs


def ocr_cache_dir() -> Path:
    """Where OCR text is kept by content hash ($LUOHU_OCR_CACHE, else the user's cache folder)."""
    base = os.environ.get("LUOHU_OCR_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "luohu-targets-ocr")
    return Path(base)


def _read_published(path: Path, data: bytes, sha: str) -> list[Document]:
    """A PDF (text layer or scanned) or a Word file: its text by the format's reader, then the
    documents as for a text file, each figure located on its page or paragraph."""
    extracted = readers.read_pdf(data, ocr_cache_dir()) if data.startswith(b"%PDF-") else readers.read_docx(data)
    fmt = ("pdf-ocr" if extracted.ocr else "pdf") if data.startswith(b"%PDF-") else "docx"
    docs = documents_from_text(extracted.text, path.name, sha, fmt, read_sidecar(path))
    chunks = [(extracted.text[a:b], n) for (a, n), b in
              zip(extracted.parts, [p[0] for p in extracted.parts[1:]] + [len(extracted.text)], strict=True)]
    for doc in docs:
        doc.source_format, doc.part_unit, doc.ocr = fmt, extracted.unit, extracted.ocr
        doc.parts = _locate_parts(doc.text, chunks)
        doc.warnings.extend(extracted.notes)
        if extracted.ocr:
            conf = extracted.ocr_confidence
            doc.warnings.append("read by OCR" + (f" (mean word confidence {conf:.0f})" if conf is not None else "")
                                + ": its figures go to review")
    return docs


def _locate_parts(text: str, chunks: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Where each page's (or paragraph's) text begins in a document's normalised text: its first
    characters, normalised the same way, found in order."""
    found, pos = [], 0
    for chunk, number in chunks:
        head = normalize_text(chunk.strip())[:24].strip()
        if not head:
            continue
        at = text.find(head, pos)
        if at < 0:
            continue
        found.append((at, number))
        pos = at
    return found


def raw_files(raw_dir: Path) -> list[Path]:
    """The report files of the folder by name (links and odd files included: read_file refuses them
    with the reason, so that they are named rather than silently passed over)."""
    return sorted(p for p in raw_dir.iterdir()
                  if p.suffix.lower() in RAW_SUFFIXES and not p.name.startswith(".")
                  and not p.name.endswith(".meta.json") and not p.is_dir())
