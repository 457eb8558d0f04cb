"""The same report published twice (a mirror, a reprint): marked by the fingerprint of its body or by
near-identical shingles, so its figures count once."""

from __future__ import annotations

import hashlib
import heapq
import re

from etl.records import Document

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
