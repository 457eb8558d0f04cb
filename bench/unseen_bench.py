"""How the extractor does on real reports it has never seen.

    python bench/unseen_bench.py FOLDER [TRUTH.csv]

FOLDER holds report files (any district, any year; they are not part of this repository) and a
TRUTH.csv written by hand from reading them (default FOLDER/truth.csv), with the columns
    file, region, indicator, year, period, kind, value
one row per headline figure the report states (region empty where the text does not say which
district it is about; a row with only file and region for a document with no headline figure).

Printed, over all files:
  found    share of true figures the extractor reports at all (charted or sent to review)
  charted  share of true figures it charts (confidence high)
  right    share of charted figures that are true (a charted figure of a headline indicator that is
           not in the truth file counts as wrong: the truth must list every headline figure)
  region   files whose region is right, or unknown where the truth has none; wrong ones are listed
and why the true figures found but not charted went to review.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.combine.merge import same_number  # noqa: E402
from etl.documents import read_file  # noqa: E402
from etl.extract.classify import extract_document  # noqa: E402
from etl.knowledge import load_knowledge  # noqa: E402


def _key(indicator, year, period, kind):
    return indicator, int(year), period, kind


def main(folder: Path, truth_path: Path) -> int:
    cat = load_knowledge()
    truth: dict[str, list[tuple]] = defaultdict(list)
    regions: dict[str, str | None] = {}
    with truth_path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            regions[r["file"]] = r["region"] or None
            if r["indicator"]:
                truth[r["file"]].append((_key(r["indicator"], r["year"], r["period"], r["kind"]), float(r["value"])))
    headline = {k for rows in truth.values() for (k, _) in rows for k in [k[0]]}
    n_true = found = charted = n_charted = right = 0
    region_ok, region_wrong = 0, []
    misses, wrongs = [], []
    review_reasons: dict[str, int] = defaultdict(int)
    for name in sorted(regions):
        docs = read_file(cat, folder / name)
        rows = [r for d in docs for r in extract_document(d, cat)]
        got_region = docs[0].region if docs else None
        if got_region == regions[name] or got_region is None:
            region_ok += 1
        else:
            region_wrong.append((name, regions[name], got_region))
        if regions[name] is not None and got_region is None:
            region_wrong.append((name, regions[name], "unknown (abstained, not wrong)"))

        def hit(r, key, value):
            return (r["indicator"], r["year"], r["period"], r["kind"]) == key and r["value"] is not None \
                and same_number(r["value"], value)

        for key, value in truth[name]:
            n_true += 1
            if any(hit(r, key, value) for r in rows):
                found += 1
            else:
                misses.append((name, key, value))
            if any(hit(r, key, value) and r["confidence"] == "high" for r in rows):
                charted += 1
            else:
                for r in rows:
                    if hit(r, key, value):
                        for reason in r["confidence_reason"].split(" · "):
                            review_reasons[reason] += 1
                        break
        for r in rows:
            if r["confidence"] != "high" or r["indicator"] not in headline or r["value"] is None:
                continue
            n_charted += 1
            if any(hit(r, key, value) for key, value in truth[name]):
                right += 1
            else:
                wrongs.append((name, r["indicator"], r["year"], r["period"], r["kind"], r["value"], r["quote"][:60]))
    pct = lambda a, b: f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"  # noqa: E731
    print(f"files: {len(regions)}, true headline figures: {n_true}")
    print(f"found:   {pct(found, n_true)}")
    print(f"charted: {pct(charted, n_true)}")
    print(f"right:   {pct(right, n_charted)} of charted")
    print(f"region:  {pct(region_ok, len(regions))} right or unknown")
    for reason, n in sorted(review_reasons.items(), key=lambda kv: -kv[1]):
        print(f"  in review ({n}): {reason}")
    for name, want, got in region_wrong:
        print(f"  region {name}: expected {want or 'unknown'}, read {got}")
    for m in misses:
        print("  missed", *m)
    for w in wrongs:
        print("  WRONG ", *w)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    folder = Path(sys.argv[1])
    sys.exit(main(folder, Path(sys.argv[2]) if len(sys.argv) > 2 else folder / "truth.csv"))
