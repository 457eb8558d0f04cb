"""Places never seen: each development text read again with its own place, and the places above it, renamed to another
unit of the gazetteer of the same level and kind in another province (海曙区 of 宁波市, 浙江省 -> 雁塔区 of 西安市, 陕西省; full
and short names), both read from the normalised text and without the page's address, so that only the words tell. Is the
new place read, and are the figures the same?

    python bench/place_swap_bench.py [--texts DIR] [--seed S] [--details]

Printed: how the region read changed (right -> right is the new place read; right -> unknown, the reader abstaining;
right -> WRONG, another place), and the figures charted from both, lost or new. Names the gazetteer gives several units,
short names that are ordinary words and units of Taiwan, Hong Kong and Macao are never chosen; the places a text names
below its own are not renamed (a city's districts stay those of the old city, so a few readings may abstain for that).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_eval import manifest, split_of, truth_rows  # noqa: E402
from unseen_bench import headline_of, read_truth, same_place  # noqa: E402

from etl.documents import documents_from_text  # noqa: E402
from etl.extract.classify import extract_document  # noqa: E402
from etl.extract.normalize import normalize_text  # noqa: E402
from etl.knowledge import load_knowledge  # noqa: E402
from etl.knowledge.gazetteer import short_name  # noqa: E402

_NOT_CHOSEN = ("71", "81", "82")   # the provinces' codes of Taiwan, Hong Kong, Macao


def candidates(gazetteer) -> list:
    """Units with a name and a short name no other unit has, the short name no ordinary word."""
    return [u for u in gazetteer.units.values() if u.code[:2] not in _NOT_CHOSEN
            and len(gazetteer.named(u.name)) == 1 and len(short_name(u.name)) >= 2
            and short_name(u.name) not in gazetteer.ordinary and len(gazetteer.by_short(short_name(u.name))) == 1]


def another(unit, gazetteer, pool: list, rnd: random.Random):
    """A unit of the same level, kind and chain of kinds above it, in another province."""
    chain = gazetteer.parents(unit)
    same = [v for v in pool if v.level == unit.level and v.name[-1] == unit.name[-1] and v.code[:2] != unit.code[:2]
            and [p.name[-1] for p in gazetteer.parents(v)] == [p.name[-1] for p in chain]]
    return rnd.choice(same) if same else None


def renaming(unit, new, gazetteer) -> dict[str, str]:
    names = {}
    for a, b in zip([unit, *gazetteer.parents(unit)], [new, *gazetteer.parents(new)], strict=True):
        names[a.name] = b.name
        names.update({former: b.name for former in gazetteer.former_names(a) if len(former) > 2})   # 苍山县, now 兰陵县
        if len(short_name(a.name)) >= 2 and short_name(a.name) not in gazetteer.ordinary:
            names[short_name(a.name)] = short_name(b.name)
    return names


def read(cat, text: str, headline: set[str]) -> tuple[str | None, set]:
    docs = documents_from_text(cat, text, "swapped.txt")
    figures = {(r["indicator"], r["year"], r["period"], r["kind"], r["value"])
               for d in docs for r in extract_document(d, cat)
               if r["indicator"] in headline and r["value"] is not None and r["confidence"] == "high"}
    return (docs[0].region if docs else None), figures


def verdict(before: str | None, after: str | None, label: str, want: str, cat) -> str:
    was = "unknown" if before is None else "right" if same_place(before, label, cat) else "wrong"
    now = "unknown" if after is None else "right" if same_place(after, want, cat) else "WRONG"
    return f"{was} -> {now}"


def one_text(cat, src: Path, label: str, pool: list, rnd, headline, counts: Counter, details: bool) -> None:
    gazetteer = cat.gazetteer
    unit = gazetteer.labelled(label) or next(iter(gazetteer.named(label)), None)
    new = another(unit, gazetteer, pool, rnd) if unit else None
    if new is None:
        counts["texts not renamed (no unit, or none like it)"] += 1
        return
    names = renaming(unit, new, gazetteer)
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    text = normalize_text(src.read_text(encoding="utf-8"), cat.grammar.units, cat.grammar.variants)
    region_before, before = read(cat, text, headline)
    region_after, after = read(cat, pattern.sub(lambda m: names[m.group()], text), headline)
    tag = verdict(region_before, region_after, label, gazetteer.label(new), cat)
    counts[tag] += 1
    counts["figures the same"] += len(before & after)
    counts["figures lost"] += len(before - after)
    counts["figures new"] += len(after - before)
    if details and tag not in ("right -> right", "unknown -> unknown"):
        print(f"  {tag} {src.name} {label} -> {gazetteer.label(new)}: read {region_before} -> {region_after}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", default="/work/corpus/texts")
    ap.add_argument("--seed", default="s")
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args()
    cat = load_knowledge()
    truth, regions = read_truth(truth_rows(cat))
    headline = headline_of(truth)
    pool, counts = candidates(cat.gazetteer), Counter()
    for m in manifest():
        src = Path(args.texts) / f"{m['id']}.txt"
        label = regions.get(f"{m['id']}.txt")
        if split_of(m["id"]) == "dev" and src.exists() and label:
            one_text(cat, src, label, pool, random.Random(args.seed + m["id"]), headline, counts, args.details)
    for key, n in sorted(counts.items()):
        print(f"{key:48} {n:6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
