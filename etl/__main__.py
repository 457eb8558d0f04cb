"""python -m etl build | extract FILE [--json] | check | review — a thin shell over the library."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from etl.errors import InputError
from etl.knowledge import DATA_DIR, load_knowledge


def _cmd_build(args) -> int:
    from etl.build import build
    from etl.errors import BuildError

    print(f"building {args.db} from {args.raw} and {args.curated}")
    if not Path(args.raw).is_dir():   # (a mistyped folder would build a database without its reports, over the last)
        print(f"error: --raw {args.raw}: no such folder", file=sys.stderr)
        print("the existing database was not changed", file=sys.stderr)
        return 2
    if not Path(args.curated).is_dir():   # (a build of the reports alone is asked so: said, as it may be a typo)
        print(f"note: --curated {args.curated}: no such folder; no curated figure is loaded")
    try:
        result = build(Path(args.raw), Path(args.curated), Path(args.db), Path(args.data), debug=args.debug,
                       cache=not args.no_cache)
    except (InputError, BuildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("the existing database was not changed", file=sys.stderr)
        return 2
    s = result.summary()
    print(f"documents: {s['documents']} ({s['duplicates']} duplicate)")
    print(f"observations: {s['observations']} from {s['sources']} source statements")
    for k, v in s["by_kind_method"].items():
        print(f"  {k}: {v}")
    print(f"conflicts: {s['conflicts']}, revisions: {s['revisions']}")
    print(f"sent to review (not charted until data/corrections.csv confirms them): {s['review']}")
    for reason, n in s["review_reasons"].items():
        print(f"  {n} × {reason}")
    for source, message in result.skipped_files:
        print(f"skipped: {source}: {message}")
    for source, message, *_ in result.warnings:
        if not args.quiet:
            print(f"warning: {source}: {message}")
    print(f"files read: {s['files_read']}, taken from the read cache: {s['files_cached']}")
    print(f"warnings: {s['warnings']}, skipped files: {s['skipped_files']}; built in {s['seconds']} s -> {args.db}")
    if args.strict and (result.skipped_files or any(not w[1].startswith("conflict") for w in result.warnings)):
        print("error: --strict and some inputs were skipped or warned about", file=sys.stderr)
        return 1
    return 0


def _cmd_extract(args) -> int:
    from etl.combine.duplicates import mark_duplicates
    from etl.documents import read_file
    from etl.extract.classify import extract_document

    try:
        cat = load_knowledge(Path(args.data))
        docs = read_file(cat, Path(args.file))
    except (InputError, OSError) as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return 2
    mark_duplicates(docs)
    rows = []
    for doc in docs:
        for r in extract_document(doc, cat):
            rows.append({**r, "duplicate_of": doc.duplicate_of, "doc_type": doc.doc_type,
                         "region_evidence": doc.region_evidence})
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for d in docs:
            print(f"# {d.doc_id} {d.doc_type} region={d.region or 'unknown'} ({d.region_evidence}) date={d.doc_date} "
                  f"reviews={d.reviews_year} plans={d.plans_year}"
                  + (f" duplicate_of={d.duplicate_of}" if d.duplicate_of else ""))
            for w in d.warnings:
                print(f"# warning: {w}")
        for r in rows:
            print(f"{r['indicator']:28} {r['year']} {r['period']:9} {r['kind']:6} {r['value']!s:>9} "
                  f"{r['value_high'] or '':>5} {r['unit']:5} {r['qualifier'] or '':6} {r['status'] or '':11} "
                  f"{r['basis']:10} {r['confidence']:4} | {r['quote']}"
                  + (f"  [review: {r['confidence_reason']}]" if r["confidence"] != "high" else ""))
    return 0


def _cmd_check(args) -> int:
    import duckdb

    from etl.store.schema import check_database

    if not Path(args.db).exists():
        print(f"error: {args.db} does not exist; run: python -m etl build", file=sys.stderr)
        return 2
    con = duckdb.connect(args.db, read_only=True)
    try:
        problems = check_database(con)
        n = con.execute("select count(*) from observations").fetchone()[0]
    finally:
        con.close()
    for p in problems:
        print(f"problem: {p}")
    print(f"{args.db}: {n} observations, {len(problems)} problem(s)")
    return 1 if problems else 0


def _cmd_review(args) -> int:
    from etl.store import queries

    reader = queries.Reader(args.db)
    ok, message = reader.status()
    if not ok:
        print(f"error: {message}; run: python -m etl build", file=sys.stderr)
        return 2
    rows = reader.call(queries.review_items, None, args.limit)
    print(f"{len(rows)} figure(s) waiting for review in {args.db}")
    print("confirm, reject or fix one with a row in data/corrections.csv (its key, a reason, who and when)")
    for r in rows.itertuples():
        value = "" if r.value != r.value else f"{r.value:g}" + ("" if r.value_high != r.value_high else f"-{r.value_high:g}")
        print(f"\n{r.mention_key}\n  {r.region or '(region unknown)'} {r.indicator} {r.year} {r.period} {r.kind} "
              f"{value} {r.unit or ''}\n  why: {r.reason}\n  quote: {r.quote}\n  in: {r.source_file} ({r.doc_title})")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data", default=argparse.SUPPRESS,
                      help="folder with indicators.csv and the rule tables (default: data/); given before or after the command")
    parser.add_argument("--data", default=str(DATA_DIR), help="folder with indicators.csv and the rule tables")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", parents=[data], help="build the DuckDB file from data/raw and data/curated")
    b.add_argument("--raw", help="the reports (default: DATA/raw)")
    b.add_argument("--curated", help="the curated tables (default: DATA/curated)")
    b.add_argument("--db", default=str(DATA_DIR / "luohu.duckdb"))
    b.add_argument("--strict", action="store_true", help="exit 1 when any input was skipped or warned about")
    b.add_argument("--quiet", action="store_true", help="print the summary without each warning")
    b.add_argument("--debug", action="store_true", help="a skipped file's reason with its traceback")
    b.add_argument("--no-cache", action="store_true",
                   help="read every file again; neither use nor fill the read cache ($LUOHU_READ_CACHE)")
    e = sub.add_parser("extract", parents=[data], help="extract one file and print its figures; no database")
    e.add_argument("file")
    e.add_argument("--json", action="store_true")
    c = sub.add_parser("check", parents=[data], help="run the database checks")
    c.add_argument("--db", default=str(DATA_DIR / "luohu.duckdb"))
    r = sub.add_parser("review", parents=[data], help="list the figures sent to review and why")
    r.add_argument("--db", default=str(DATA_DIR / "luohu.duckdb"))
    r.add_argument("--limit", type=int, default=200)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        args.raw = args.raw or str(Path(args.data) / "raw")
        args.curated = args.curated or str(Path(args.data) / "curated")
    commands = {"build": _cmd_build, "extract": _cmd_extract, "check": _cmd_check, "review": _cmd_review}
    try:
        return commands[args.command](args)
    except BrokenPipeError:
        # the program reading the output went away (… | head): stop quietly, and let no later flush of stdout fail
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
