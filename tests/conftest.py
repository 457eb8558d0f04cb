import contextlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

BROWSER_FIXTURES = {"page", "browser"}
LIVE_SERVER_FIXTURES = {"app_url"}


def pytest_collection_modifyitems(items):
    """The test layers: a test that drives Chromium is `browser`; one that needs a live server is `slow`.
    Modules whose every test is slow say so themselves (pytestmark)."""
    for item in items:
        # (a test's own parameter called `page`, a made-up report's text, is no browser page)
        params = set(getattr(getattr(item, "callspec", None), "params", {}))
        names = set(getattr(item, "fixturenames", ())) - params
        if names & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if names & LIVE_SERVER_FIXTURES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def private_read_cache(tmp_path_factory):
    """Builds made by the tests keep what they read in a folder of the session's, not the user's
    read cache (etl/store/readcache.py); a test that needs its own sets LUOHU_READ_CACHE itself."""
    import os

    os.environ["LUOHU_READ_CACHE"] = str(tmp_path_factory.mktemp("read-cache") / "cache")


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """A real database built from the repository's data/ by the real CLI."""
    db = tmp_path_factory.mktemp("db") / "luohu.duckdb"
    subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(db), "--quiet"], cwd=ROOT, check=True,
                   capture_output=True, text=True)
    return db


@pytest.fixture(scope="session")
def built_vocabulary(built_db):
    from components import vocabulary
    from etl.store.queries import Reader

    return vocabulary.from_reader(Reader(built_db))


@pytest.fixture(autouse=True)
def vocabulary_of_the_built_db(built_vocabulary):
    """Labels and places come from the database the app serves (components/vocabulary.py): the
    components called directly by tests read them from the session's built database, whatever app
    an earlier test created."""
    from components import vocabulary

    vocabulary.use(built_vocabulary)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(db: Path, port: int):
    """The real app as a real process on a free port; returns (process, base URL) once it answers."""
    import tempfile
    import time
    import urllib.request

    log = tempfile.TemporaryFile()      # a file, not a pipe: a chatty server never blocks on a full pipe
    proc = subprocess.Popen([sys.executable, "app.py", "serve", "--port", str(port), "--db", str(db)], cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError("the app exited: " + log.read().decode(errors="replace")[-2000:])
        try:
            with urllib.request.urlopen(base + "/", timeout=2) as r:
                if r.status == 200:
                    return proc, base
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("the app did not answer within 60 s")


@contextlib.contextmanager
def running_app(db: Path):
    """The app serving `db` for the duration of the block."""
    proc, base = start_app(db, free_port())
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def app_url(built_db):
    with running_app(built_db) as base:
        yield base


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh context per test; JS errors and console errors fail the test."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    pg.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
    pg.set_default_timeout(20000)
    yield pg
    context.close()
    assert not errors, errors
