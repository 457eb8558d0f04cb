"""Golden files: the figures expected from each seed report, checked by hand.

`python -m tests.golden_tool` rewrites tests/golden/*.json from the current extractor; review the
diff (git diff tests/golden) before committing it — a changed golden file is a changed claim.
"""

from __future__ import annotations

import json
from pathlib import Path

from etl.combine.duplicates import mark_duplicates
from etl.documents import raw_files, read_file
from etl.extract.classify import extract_document
from etl.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
FIELDS = ["indicator", "year", "period", "kind", "value", "value_high", "unit", "qualifier", "status",
          "basis", "method", "quote", "confidence", "confidence_reason"]


def current() -> dict[str, dict]:
    cat = load_knowledge()
    out = {}
    for path in raw_files(ROOT / "data" / "raw"):
        docs = read_file(cat, path)
        mark_duplicates(docs)
        out[path.stem] = {
            d.doc_id: {
                "doc_type": d.doc_type, "region": d.region, "doc_date": d.doc_date, "report_year": d.report_year,
                "reviews_year": d.reviews_year, "plans_year": d.plans_year, "duplicate_of": d.duplicate_of,
                "figures": [{k: r[k] for k in FIELDS} for r in extract_document(d, cat)],
            }
            for d in docs
        }
    return out


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for stem, docs in current().items():
        (GOLDEN / f"{stem}.json").write_text(json.dumps(docs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote tests/golden/{stem}.json")
