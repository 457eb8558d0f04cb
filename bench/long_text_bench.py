"""Benchmark: one document's extraction time as its text grows, to see it grow linearly. A made-up interview of N
question-and-answer units, written as paragraphs (one line each) and as one paragraph run together, each unit a
question, a growth, a revenue's growth and a sum of another object; the time of reading it (normalising, splitting,
extracting) is printed for N and 2N and 4N, with the ratio of each doubling (2.0 is linear).

    python bench/long_text_bench.py [--units 1000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.documents import documents_from_text  # noqa: E402
from etl.extract.classify import extract_document  # noqa: E402
from etl.knowledge import load_knowledge  # noqa: E402

HEAD = "某区访谈\n发布时间:2024-01-20\n"
UNIT = ("记者:去年经济怎么样?", "区长:全区地区生产总值增长6.1%,一般公共预算收入增长5%。我们发放消费券1200万元。")


def seconds(cat, text: str) -> float:
    start = time.perf_counter()
    for doc in documents_from_text(cat, text, "long.txt", meta={"region": "罗湖区"}):
        list(extract_document(doc, cat))
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units", type=int, default=1000)
    n = ap.parse_args().units
    cat = load_knowledge()
    for name, joint in (("paragraphs", "\n"), ("one paragraph", "")):
        last = None
        for k in (n, 2 * n, 4 * n):
            text = HEAD + (joint.join(UNIT) + joint) * k
            took = seconds(cat, text)
            ratio = f"  x{took / last:.1f} for twice the text" if last else ""
            print(f"{name:14} {k:6} units {len(text):8} characters {took:6.2f} s{ratio}")
            last = took
    return 0


if __name__ == "__main__":
    sys.exit(main())
