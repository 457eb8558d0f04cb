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
and why the true figures found but not charted went to review. bench/corpus_eval.py scores a
corpus with a manifest the same way, split by split and class by class.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.documents import read_file  # noqa: E402
from etl.errors import InputError  # noqa: E402
from etl.extract.classify import extract_document  # noqa: E402
from etl.knowledge import load_knowledge  # noqa: E402


@dataclass
class Score:
    files: int = 0
    n_true: int = 0
    found: int = 0
    charted: int = 0
    n_charted: int = 0
    right: int = 0
    region_ok: int = 0
    region_wrong: list = field(default_factory=list)
    region_unknown: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    wrongs: list = field(default_factory=list)
    review_reasons: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, other: Score) -> None:
        for name in ("files", "n_true", "found", "charted", "n_charted", "right", "region_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("region_wrong", "region_unknown", "misses", "wrongs"):
            getattr(self, name).extend(getattr(other, name))
        for reason, n in other.review_reasons.items():
            self.review_reasons[reason] += n


def headline_of(truth: dict[str, list]) -> set[str]:
    """The indicators the truth rows name: the headline figures a text is scored on."""
    return {k[0] for rows in truth.values() for (k, _) in rows}


def read_truth(truth_path: Path) -> tuple[dict[str, list], dict[str, str | None]]:
    truth: dict[str, list[tuple]] = defaultdict(list)
    regions: dict[str, str | None] = {}
    with truth_path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            regions[r["file"]] = r["region"] or None
            if r["indicator"]:
                key = (r["indicator"], int(r["year"]), r["period"], r["kind"])
                truth[r["file"]].append((key, float(r["value"])))
    return truth, regions


def _hit(r, key, value) -> bool:
    indicator, year, period, kind = key
    return (r["indicator"], r["year"], r["kind"]) == (indicator, year, kind) and _same_period(r, period) \
        and r["value"] is not None and _equal(r["value"], value)


def _equal(got: float, want: float) -> bool:
    """The figure read is the truth's number (but for a float's last bits), or the truth's rounded to the figure's own
    decimals when it has some (19.65亿元 in a text whose table states 196543万元); a whole number only within a thousandth of
    it, not any it rounds to, as the product's merging allows for a restatement: 6 does not score as 5.5, nor 7 as 7.1."""
    if abs(got - want) <= 1e-9 * max(1.0, abs(want)):
        return True
    places = -Decimal(repr(got)).normalize().as_tuple().exponent
    if places <= 0:   # (a whole number only for a large one rounded: 超3404亿元 for 3404.04, within a thousandth)
        return abs(got - want) < 0.5 and abs(got - want) < abs(want) / 1000
    return Decimal(repr(want)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP) == Decimal(repr(got))


# the months to the end of a quarter are that quarter's span: one period written two ways
_SAME_MONTHS = {"M1-M3": "Q1", "M1-M6": "H1", "M1-M9": "Q1-Q3", "M1-M12": "year"}


def _same_period(r, period: str) -> bool:
    """The period read is the truth's, or the truth files under its year a level a five-year plan aims at for its last
    year (到2025年…突破3300亿元: year 2025) that the product files under the plan's span (2021-2025, drawn as a star at its
    end and never a conflict with that year's own annual target): the same fact, labelled two ways."""
    got = _SAME_MONTHS.get(r["period"] or "", r["period"] or "")
    period = _SAME_MONTHS.get(period, period)   # (1—9月 is the first three quarters, whichever label the truth gave)
    return got == period or (period == "year" and r["kind"] == "target" and bool(re.fullmatch(r"\d{4}-\d{4}", got))
                             and int(got[5:]) == r["year"] and not any(w in r["indicator"] for w in ("avg", "cumulative")))


def same_place(got: str | None, expected: str | None, cat) -> bool:
    """The label read names the place the truth names: the same name, a name shared by several units
    with its parent before it (北京市朝阳区 for 朝阳区), or today's name of a unit renamed since."""
    if got == expected or got is None or expected is None:
        return got == expected
    unit = cat.gazetteer.labelled(got)
    return unit is not None and (unit.name == expected or cat.gazetteer.former.get(expected) == unit.code)


def score_file(path: Path, region: str | None, truth: list, headline: set, cat) -> Score:
    """One file against its truth rows."""
    s = Score(files=1)
    try:
        docs = read_file(cat, path)
    except InputError as exc:
        docs = []
        s.region_unknown.append((path.name, region, f"skipped: {exc}"))
    placed_rows = [(d, r) for d in docs for r in extract_document(d, cat)]
    rows = [r for _, r in placed_rows]
    got = docs[0].region if docs else None
    placed = same_place(got, region, cat) or got is None
    if placed:
        s.region_ok += 1
    else:
        s.region_wrong.append((path.name, region, got))
    if region is not None and got is None and docs:
        s.region_unknown.append((path.name, region, docs[0].region_evidence))
    for key, value in truth:
        s.n_true += 1
        found = [r for r in rows if _hit(r, key, value)]
        s.found += bool(found)
        if not found:
            s.misses.append((path.name, key, value))
        if any(r["confidence"] == "high" for r in found):
            s.charted += 1
        elif found:
            for reason in found[0]["confidence_reason"].split(" · "):
                s.review_reasons[reason] += 1
    for d, r in placed_rows:
        if r["confidence"] != "high" or r["indicator"] not in headline or r["value"] is None:
            continue
        s.n_charted += 1
        # under a wrong place, every figure is wrong: the place of the figure's own document (a file may hold several)
        if same_place(d.region, region, cat) and any(_hit(r, key, value) for key, value in truth):
            s.right += 1
        else:
            s.wrongs.append((path.name, r["indicator"], r["year"], r["period"], r["kind"], r["value"], r["quote"][:60]))
    return s


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"


def report(s: Score, details: bool = True) -> None:
    print(f"files: {s.files}, true headline figures: {s.n_true}")
    print(f"found:   {pct(s.found, s.n_true)}")
    print(f"charted: {pct(s.charted, s.n_true)}")
    print(f"right:   {pct(s.right, s.n_charted)} of charted")
    print(f"region:  {pct(s.region_ok, s.files)} right or unknown; unknown {len(s.region_unknown)}")
    if not details:
        return
    for reason, n in sorted(s.review_reasons.items(), key=lambda kv: -kv[1]):
        print(f"  in review ({n}): {reason}")
    for name, want, got in s.region_wrong:
        print(f"  REGION {name}: expected {want or 'unknown'}, read {got}")
    for name, want, why in s.region_unknown:
        print(f"  region unknown {name}: expected {want} ({why})")
    for m in s.misses:
        print("  missed", *m)
    for w in s.wrongs:
        print("  WRONG ", *w)


def main(folder: Path, truth_path: Path) -> int:
    cat = load_knowledge()
    truth, regions = read_truth(truth_path)
    headline = headline_of(truth)
    total = Score()
    for name in sorted(regions):
        total.add(score_file(folder / name, regions[name], truth[name], headline, cat))
    report(total)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    folder = Path(sys.argv[1])
    sys.exit(main(folder, Path(sys.argv[2]) if len(sys.argv) > 2 else folder / "truth.csv"))
