"""A worker process (a file's reader, a part of the merge, an OCR run) asks the kernel to kill it when the build that
started it dies. A build killed between the fork and that ask leaves the worker an orphan the kernel will not kill: it
went on reading and held the build's lock, so the next build stopped with 'another build … is running' (seen once in a
clean checkout's test run under load, tests/test_crash_safety.py). Such a worker now sees it is no longer its
starter's child and ends at once. Real processes, no mocks."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_worker_whose_starter_is_gone_ends_at_once():
    # pid 1 did not start this interpreter (the test runner did): as if the starter had died and init adopted it
    r = _run("from etl.workers import die_with_parent; die_with_parent(1); print('went on')")
    assert r.returncode == 1 and "went on" not in r.stdout and r.stderr == ""


def test_a_worker_whose_starter_lives_goes_on():
    r = _run("import os; from etl.workers import die_with_parent; die_with_parent(os.getppid()); print('went on')")
    assert r.returncode == 0 and "went on" in r.stdout


def test_without_a_starter_named_it_goes_on_as_before():
    r = _run("from etl.workers import die_with_parent; die_with_parent(); print('went on')")
    assert r.returncode == 0 and "went on" in r.stdout
