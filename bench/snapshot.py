"""Golden snapshot of what the product makes, for checking that a move of code changed nothing.

    python bench/snapshot.py OUT_DIR

writes into OUT_DIR: every table of a database built from data/ (rows sorted, build-time columns
left out), `python -m etl extract --json` of every file in data/raw, and the text of a 2024
briefing pack as PDF (pdftotext) and PPTX (python-pptx). Run it before and after a change and
compare with `diff -r BEFORE AFTER`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VOLATILE = {"built_at"}   # a column or a build_info key that differs on every build


def dump_tables(db: Path, out: Path) -> None:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute("select table_name from information_schema.tables order by 1").fetchall()]
        for name in names:
            table = con.table(name)      # a relation by name: no SQL text is built
            cols = table.columns
            keep = [i for i, c in enumerate(cols) if c not in VOLATILE]
            rows = sorted(tuple(str(r[i]) for i in keep) for r in table.fetchall() if str(r[0]) not in VOLATILE)
            lines = ["\t".join(cols[i] for i in keep)] + ["\t".join(r) for r in rows]
            (out / f"table_{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    finally:
        con.close()


def dump_extracts(out: Path) -> None:
    for path in sorted((ROOT / "data" / "raw").iterdir()):
        if path.name.endswith(".meta.json") or path.name.startswith("."):
            continue
        res = subprocess.run([sys.executable, "-m", "etl", "extract", "--json", str(path)], cwd=ROOT,
                             capture_output=True, text=True)
        (out / f"extract_{path.name}.json").write_text(res.stdout + res.stderr, encoding="utf-8")


def dump_briefing(db: Path, out: Path) -> None:
    from pptx import Presentation

    from components import briefing, vocabulary
    from etl.store import queries

    reader = queries.Reader(str(db))
    vocabulary.use(vocabulary.from_reader(reader))
    for lang in ("zh", "en"):
        pdf, _ = briefing.briefing(reader, 2024, lang, "pdf", today="2026-01-01")
        with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
            fh.write(pdf)
            fh.flush()
            text = subprocess.run(["pdftotext", "-layout", fh.name, "-"], capture_output=True, text=True).stdout
        (out / f"briefing_{lang}.pdf.txt").write_text(text, encoding="utf-8")
        pptx, _ = briefing.briefing(reader, 2024, lang, "pptx", today="2026-01-01")
        with tempfile.NamedTemporaryFile(suffix=".pptx") as fh:
            fh.write(pptx)
            fh.flush()
            deck = Presentation(fh.name)
        lines = []
        for i, slide in enumerate(deck.slides, 1):
            for shape in slide.shapes:
                text = shape.text_frame.text if shape.has_text_frame else ""
                lines.append(f"{i}\t{shape.shape_type}\t{shape.name}\t{text}")
        (out / f"briefing_{lang}.pptx.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    db = out / "snapshot.duckdb"
    subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(db), "--quiet"], cwd=ROOT, check=True,
                   capture_output=True)
    dump_tables(db, out)
    dump_extracts(out)
    dump_briefing(db, out)
    db.unlink()
    print(f"snapshot written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
