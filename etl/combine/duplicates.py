"""The same report published twice (a mirror, a reprint): marked by the fingerprint of its body or by
near-identical shingles, so its figures count once."""

from __future__ import annotations

import hashlib
import heapq
import re

import numpy as np

from etl.records import Document

_NOT_CONTENT = re.compile(r"[\s\W_]+")


def _body(text: str) -> str:
    lines = text.strip().splitlines()
    body = "\n".join(ln for ln in lines if len(ln.strip()) > 40) or text
    return _NOT_CONTENT.sub("", body)


def _shingles(body: str, k: int = 12) -> set[int]:
    return {hash(body[i:i + k]) for i in range(0, max(1, len(body) - k + 1), 3)}


_NONE = np.zeros(0, dtype=np.int64)
SKETCH = 8   # the smallest shingle hashes kept per document to find candidate near-duplicates


def mark_duplicates(docs: list[Document], threshold: float = 0.9) -> None:
    """Set duplicate_of on every document whose body repeats an earlier one (exact after removing
    whitespace and punctuation, or >= threshold shingle overlap). Near-duplicates are looked for among
    documents of the same region that share one of the few smallest shingle hashes (a bottom-k
    sketch: two bodies that overlap by 90% almost always do), so the cost grows with the corpus, not
    with its pairs."""
    marker = Duplicates(threshold)
    for doc in docs:
        marker.mark(doc)


class Duplicates:
    """mark_duplicates one document at a time, in reading order, so that a build need not hold every
    text at once: of each document kept it keeps its id, its body's length and its shingle hashes as
    a sorted array (8 bytes each, where a set of ints takes about 50)."""

    def __init__(self, threshold: float = 0.9):
        self.threshold = threshold
        self.seen: dict[str, str] = {}
        self.kept_by_region: dict[str | None, tuple[list, dict[int, list[int]]]] = {}

    def mark(self, doc: Document) -> None:
        body = _body(doc.text)
        doc.fingerprint = hashlib.sha256(body.encode()).hexdigest()
        if doc.fingerprint in self.seen:
            doc.duplicate_of = self.seen[doc.fingerprint]
            return
        kept, index = self.kept_by_region.setdefault(doc.region, ([], {}))
        shingles = _shingles(body) if len(body) >= 500 else None
        sketch = heapq.nsmallest(SKETCH, shingles) if shingles else []
        mine = np.fromiter(sorted(shingles), dtype=np.int64) if shingles else _NONE
        for i in sorted({i for h in sketch for i in index.get(h, ())}):
            other_id, other_len, other_sh = kept[i]
            if not (0.8 <= len(body) / max(1, other_len) <= 1.25):
                continue
            common = np.intersect1d(mine, other_sh, assume_unique=True).size
            if common / max(1, mine.size + other_sh.size - common) >= self.threshold:
                doc.duplicate_of = other_id
                break
        if doc.duplicate_of is None:
            self.seen[doc.fingerprint] = doc.doc_id
            kept.append((doc.doc_id, len(body), mine))
            for h in sketch:
                index.setdefault(h, []).append(len(kept) - 1)
