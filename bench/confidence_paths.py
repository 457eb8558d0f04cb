"""How often each decision path of the extractor is wrong, on the development split of the evaluation
corpus (bench/corpus/). A path is where a figure's year came from (clause, sentence, paragraph,
section, relative to the date …), where its kind came from (section, cue, range, default …) and
whether it was read from a sentence or a table cell.

    python bench/confidence_paths.py [--texts DIR] [--set P]

With --set, only that set's documents are read, whatever their split: run on the commit a fresh set was
measured once at, it gives each path's error rate at first sight, on documents no rule had seen.

Printed: for each path, the figures of the corpus's indicators read by it, how many of them are
wrong (not in the truth), and the same for those charted (confidence high). A path seen wrong here
belongs in data/confidence_paths.csv with its count, which sends its figures to review. Only the
development split is read: the test split stays unseen.
"""

from __future__ import annotations

import argparse
import inspect
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_eval import manifest, split_of, truth_rows  # noqa: E402
from unseen_bench import _hit, headline_of, read_truth  # noqa: E402

from etl.documents import read_file  # noqa: E402
from etl.errors import InputError  # noqa: E402
from etl.extract import rows as rows_module  # noqa: E402
from etl.extract.classify import extract_document  # noqa: E402
from etl.knowledge import load_knowledge  # noqa: E402


def path_of(mention, kind_sources: dict) -> tuple[str, str, str]:
    method = "table" if mention["rule"] == "table" else "sentence"
    return method, mention["year_source"], kind_sources.get(mention["mention_key"], "?")


def recording_kind_sources() -> dict:
    """Wrap RowsMixin.row so that each row's kind source is kept (by mention key) for this script."""
    seen: dict[str, str] = {}
    original = rows_module.RowsMixin.row
    signature = inspect.signature(original)

    def row(self, *args, **kwargs):
        m = original(self, *args, **kwargs)
        bound = signature.bind(self, *args, **kwargs)
        bound.apply_defaults()
        seen[m["mention_key"]] = bound.arguments["kind_source"]
        return m

    rows_module.RowsMixin.row = row
    return seen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", default="/work/corpus/texts")
    ap.add_argument("--details", action="store_true", help="print each wrong figure")
    ap.add_argument("--set", help="read only this set (the id's letter), e.g. a fresh set at its first-measure commit")
    args = ap.parse_args()
    cat = load_knowledge()
    truth, _ = read_truth(truth_rows(cat))
    headline = headline_of(truth)
    kind_sources = recording_kind_sources()
    counts = defaultdict(lambda: [0, 0, 0, 0])   # path -> rows, wrong, high rows, high wrong
    work = Path(tempfile.mkdtemp())
    for m in manifest():
        chosen = m["id"].startswith(args.set) if args.set else split_of(m["id"]) == "dev"
        if not chosen or not (Path(args.texts) / f"{m['id']}.txt").exists():
            continue
        name = f"{m['id']}.txt"
        shutil.copy(Path(args.texts) / name, work / name)
        (work / f"{m['id']}.meta.json").write_text(json.dumps({"source_url": m["url"]}), encoding="utf-8")
        try:
            docs = read_file(cat, work / name)
        except InputError:
            continue
        for r in (r for d in docs for r in extract_document(d, cat)):
            if r["indicator"] not in headline or r["value"] is None:
                continue
            wrong = not any(_hit(r, k, v) for k, v in truth.get(name, []))
            c = counts[path_of(r, kind_sources)]
            high = r["confidence"] == "high"
            c[0], c[1], c[2], c[3] = c[0] + 1, c[1] + wrong, c[2] + high, c[3] + (high and wrong)
            if wrong and args.details:
                print("  wrong", name, *path_of(r, kind_sources), r["confidence"], r["indicator"], r["year"],
                      r["period"], r["kind"], r["value"], r["quote"][:50])
    print(f"{'method':9} {'year from':22} {'kind from':17} {'rows':>5} {'wrong':>6} {'high':>5} {'high wrong':>10}")
    for (method, year, kind), (n, w, h, hw) in sorted(counts.items(), key=lambda kv: -kv[1][0]):
        print(f"{method:9} {year:22} {kind:17} {n:5} {w:6} {h:5} {hw:10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
