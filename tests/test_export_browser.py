"""The export browser is Chromium started lean: the same figure renders from about half the processes
(no zygotes, one renderer, GPU and network service in the browser process)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from components import browser

pytestmark = pytest.mark.slow

# a figure rendered to PDF in a fresh process; prints its size and the Chromium processes under it
PROBE = """
import psutil, plotly.graph_objects as go
from components import export
pdf = export.render(go.Figure(go.Scatter(x=[1, 2], y=[2, 1])), "pdf", 400, 300)
procs = [p for p in psutil.Process().children(recursive=True) if "chrom" in " ".join(p.cmdline())]
print(len(pdf), len(procs))
"""


def rendered(env: dict) -> tuple[int, int]:
    base = {k: v for k, v in os.environ.items() if k != "BROWSER_PATH"}   # an export in this process may have set it
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                         env={**base, **env}, cwd=os.path.dirname(os.path.dirname(__file__)))
    size, procs = out.stdout.split()[-2:]
    return int(size), int(procs)


def test_the_lean_browser_renders_the_same_pdf_from_fewer_processes():
    lean_size, lean_procs = rendered({})
    full_size, full_procs = rendered({"LUOHU_LEAN_BROWSER": "0"})
    assert lean_size > 1000 and abs(lean_size - full_size) < full_size * 0.05
    assert lean_procs <= 6 < full_procs


def test_the_wrapper_is_private_and_starts_the_found_browser(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "")             # restored after the test: this process sets it
    monkeypatch.setattr(browser, "_wrapper", None)
    path = browser.use_lean_browser()
    assert path and os.stat(os.path.dirname(path)).st_mode & 0o077 == 0
    script = open(path, encoding="utf-8").read()
    assert browser.found_browser() == path and "--no-zygote" in script and (
        "/usr/bin/chromium" in script or "chrom" in script)
    assert browser.use_lean_browser() == path          # once per process
