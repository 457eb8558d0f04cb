"""The extractor on the evaluation corpus (bench/corpus/): real public reports of other places, none
Shenzhen's, with truth rows written by reading them. The texts are others' words and stay outside
the repository (default /work/corpus/texts, or --texts); the manifest says how to find each again.

    python bench/corpus_eval.py --split dev [--texts DIR] [--details]
    python bench/corpus_eval.py --split test          # once, at the end
    python bench/corpus_eval.py --split fresh --set G # sets G and H, collected later: each once, alone, at the end
    python bench/corpus_eval.py --split all           # every document but the fresh set

The split is fixed by the document id (`split_of`: set G whole is `fresh`, sets D, E and F, once measured, whole `dev`; of the others, the first
byte of the id's sha256 below 77 is `test`, about 30%), never by results. Printed: found / charted / right / region for the split, then the same
by level and by kind of document.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from unseen_bench import Score, headline_of, pct, read_truth, report, score_file  # noqa: E402

from etl.knowledge import load_knowledge  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"


# Sets collected after the rules were last changed on dev, kept whole as a fresh test: never dev, never
# tuned on, measured once at the end of a piece of work (`--split fresh`).
FRESH_SETS = ()
# Fresh sets once measured: from then on development documents, whole (set D was measured once as
# fresh on 2026-12-03 and then opened to find what failed; sets E and F likewise, the same day; the next
# fresh set is to be collected before anything is measured on it).
SPENT_SETS = ("D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV")


def split_of(doc_id: str) -> str:
    """fresh for every document of FRESH_SETS, dev for every one of SPENT_SETS; else test for about 30%
    of ids (the first byte of the id's sha256 below 77), dev for the rest."""
    if doc_id.rstrip("0123456789") in FRESH_SETS:
        return "fresh"
    if doc_id.rstrip("0123456789") in SPENT_SETS:
        return "dev"
    return "test" if hashlib.sha256(doc_id.encode()).digest()[0] < 77 else "dev"


def manifest() -> list[dict]:
    rows = []
    for path in sorted(CORPUS.glob("manifest_*.csv")):
        with path.open(encoding="utf-8") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


_SPAN = re.compile(r"\d{4}-\d{4}")


def catalogue_key(r: dict, cat) -> str | None:
    """The truth's indicator as the catalogue keys it: a figure over a span of years is the family's
    annual average (年均, 平均) or its cumulative (累计, or growth since a base year: 较2016年) figure; the surveyed unemployment rate is not
    the catalogue's (registered) rate, so its rows are left out (None)."""
    if r["indicator"] == "unemployment_rate" and "调查" in r["phrase"]:
        return None
    if not _SPAN.fullmatch(r["period"] or ""):
        return r["indicator"]
    row = cat.indicators.get(r["indicator"])
    if row is None:
        return r["indicator"]
    growth = row["measure"] == "growth"
    since = bool(re.search(r"[较比与]\s*\d{4}\s*年", r["phrase"]))   # 较2016年增长30.7%: growth since a base year
    measure = ("avg_growth_5yr" if "均" in r["phrase"] else "cumulative_growth_5yr" if growth and ("累计" in r["phrase"]
               or since) else "cumulative_5yr" if "累计" in r["phrase"] else None)
    return (cat.key(row["family"], measure) if measure else None) or r["indicator"]


def in_catalogue_unit(row: dict, key: str, cat) -> dict:
    """A truth row's value in the catalogue's unit (a per-capita income written in 元 where the
    catalogue keeps 万元): data/units.csv's factors; the row unchanged when either unit is unknown."""
    have, want = (row.get("unit") or "").strip(), cat.unit_of(key)
    if not row.get("value") or have == want or have not in cat.units or want not in cat.units:
        return {}
    (dim_have, f_have), (dim_want, f_want) = cat.units[have], cat.units[want]
    if dim_have != dim_want:
        return {}
    out = {"value": repr(float(row["value"]) * float(f_have) / float(f_want)), "unit": want}
    if row.get("value_high"):
        out["value_high"] = repr(float(row["value_high"]) * float(f_have) / float(f_want))
    return out


def truth_rows(cat) -> Path:
    """Every truth_*.csv as one file (in a temporary folder), its indicators as the catalogue keys them."""
    out = Path(tempfile.mkdtemp()) / "truth.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = None
        for path in sorted(CORPUS.glob("truth_*.csv")):
            with path.open(encoding="utf-8") as src:
                for r in csv.DictReader(src):
                    writer = writer or csv.DictWriter(fh, fieldnames=list(r))
                    if fh.tell() == 0:
                        writer.writeheader()
                    key = catalogue_key(r, cat)
                    if key:
                        writer.writerow({**r, "indicator": key, **in_catalogue_unit(r, key, cat)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "fresh", "all"), default="dev")
    ap.add_argument("--texts", default="/work/corpus/texts")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--set", help="only the documents of one set (a letter: each fresh set is measured once, alone)")
    args = ap.parse_args()
    cat = load_knowledge()
    truth, regions = read_truth(truth_rows(cat))
    headline = headline_of(truth)
    docs = [m for m in manifest() if split_of(m["id"]) == args.split
            or (args.split == "all" and split_of(m["id"]) != "fresh")]
    docs = [m for m in docs if not args.set or m["id"].rstrip("0123456789") == args.set]
    work = Path(tempfile.mkdtemp())
    total, by_level, by_kind = Score(), defaultdict(Score), defaultdict(Score)
    for m in docs:
        name = f"{m['id']}.txt"
        src = Path(args.texts) / name
        if not src.exists():
            print(f"missing text {src}: fetch it again with the manifest's query", file=sys.stderr)
            continue
        shutil.copy(src, work / name)
        (work / f"{m['id']}.meta.json").write_text(json.dumps({"source_url": m["url"]}), encoding="utf-8")
        s = score_file(work / name, regions.get(name, m["place"]), truth.get(name, []), headline, cat)
        for bucket in (total, by_level[m["level"]], by_kind[m["kind"]]):
            bucket.add(s)
    print(f"== {args.split}: {len(docs)} documents")
    report(total, args.details)
    for title, groups in (("level", by_level), ("kind", by_kind)):
        print(f"\nby {title}: found / charted / right / region")
        for key, s in sorted(groups.items()):
            print(f"  {key:22} {pct(s.found, s.n_true):18} {pct(s.charted, s.n_true):18} "
                  f"{pct(s.right, s.n_charted):18} {pct(s.region_ok - len(s.region_unknown), s.files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
