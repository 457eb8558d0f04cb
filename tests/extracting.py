"""What the extractor reads from a text written in a test: one place for the loop over the documents a
text splits into and their figure mentions, so each test file says only which fields it looks at."""

from etl.documents import documents_from_text
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

K = load_knowledge()


def figures(text: str, fields: tuple[str, ...], meta: dict | None = None, charted: bool = False,
            name: str = "case.txt") -> set[tuple]:
    """`fields` of every figure mention of `text` (only those charted, confidence high, with `charted`)."""
    return {tuple(r[f] for f in fields)
            for doc in documents_from_text(K, text, name, meta=meta)
            for r in extract_document(doc, K) if not charted or r["confidence"] == "high"}


def region_of(text: str, name: str = "made_up.txt", url: str | None = None) -> str | None:
    """The place the first document of `text` is read as (found at the address `url`, when given)."""
    return documents_from_text(K, text, name, meta={"source_url": url} if url else None)[0].region
