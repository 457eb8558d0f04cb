"""The browser kaleido renders exports with: Debian's Chromium, started with fewer processes.

Chromium starts about ten processes for one page (two zygotes, a GPU process, network and storage
services, spare renderers). For a figure to PDF or PNG none of them helps: no zygote (the sandbox is
off anyway), one renderer, the GPU and network service inside the browser process. The same PDF comes
out of five processes, and about a quarter less memory (bench/README.md, "Export browser"). kaleido
finds its browser through BROWSER_PATH (choreographer), so the flags are given by a two-line wrapper
script in a private folder of this process, pointing at the browser it would have found.

The browser runs at a lower CPU priority (nice 10), so that exports never slow the pages served beside
them. The only file this package writes outside an export's own bytes; nothing of a request reaches it.
"""

from __future__ import annotations

import atexit
import os
import shlex
import shutil
import stat
import tempfile

LEAN_FLAGS = ("--no-zygote", "--renderer-process-limit=1", "--in-process-gpu",
              "--enable-features=NetworkServiceInProcess2", "--disable-features=AudioServiceOutOfProcess")
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")

_wrapper: str | None = None


def found_browser() -> str | None:
    """The browser kaleido would use: BROWSER_PATH when set, else the first Chromium on PATH."""
    given = os.environ.get("BROWSER_PATH")
    if given:
        return given
    return next((p for p in map(shutil.which, CANDIDATES) if p), None)


def _nice() -> tuple[str, ...]:
    """`nice -n 10` when there is one: an export may take its time, the pages being served may not (at
    a server's start the warm-up render competed with the first requests for the CPU)."""
    found = shutil.which("nice")
    return (found, "-n", "10") if found else ()


def use_lean_browser() -> str | None:
    """Point BROWSER_PATH at a wrapper that starts the found browser with LEAN_FLAGS (once per process;
    LUOHU_LEAN_BROWSER=0 leaves kaleido's own choice). Returns the wrapper's path, or None."""
    global _wrapper
    if os.environ.get("LUOHU_LEAN_BROWSER", "1") == "0":
        return None
    if _wrapper and os.path.exists(_wrapper):
        return _wrapper
    browser = found_browser()
    if browser is None:
        return None
    if os.path.basename(browser) == "chromium-lean":      # set by the process this one was started from
        return browser
    folder = tempfile.mkdtemp(prefix="luohu-browser-")          # 0700, ours
    path = os.path.join(folder, "chromium-lean")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRWXU)
    with os.fdopen(fd, "w") as fh:
        fh.write("#!/bin/sh\nexec " + " ".join(map(shlex.quote, (*_nice(), browser, *LEAN_FLAGS))) + ' "$@"\n')
    os.environ["BROWSER_PATH"] = _wrapper = path
    atexit.register(shutil.rmtree, folder, True)
    return path
