"""The app's memo of what it built from the data (figures, records, page bodies): kept per database
file, forgotten when the reader reopens a rebuilt file, bounded by bytes. The database reader
(etl/store/queries.Reader) reads and caches query results; this module remembers what the app made
of them. Values are shared: never modify them.

A value many requests want at once (50 people opening the app together, each page asking for the
same charts) is built by the first of them; the others wait for it (`Flights`) instead of building
it again each."""

from __future__ import annotations

import threading
import weakref

from etl.store import queries
from etl.store.bytecache import ByteLRU

_MISSING = object()
WAIT_SECONDS = 30.0     # how long a request waits for another building the same value; then it builds it too


class Flights:
    """The computations under way, by key. `begin(key)` is True for the caller who is to compute
    (it calls `end(key)` when done, whatever happened); any other caller waits until then, at most
    `wait` seconds, and gets False. A thread never waits for itself."""

    def __init__(self, wait: float = WAIT_SECONDS):
        self.wait = wait
        self._running: dict = {}        # key -> (the computing thread's id, its Event)
        self._lock = threading.Lock()

    def begin(self, key) -> bool:
        with self._lock:
            running = self._running.get(key)
            if running is None:
                self._running[key] = (threading.get_ident(), threading.Event())
                return True
        owner, done = running
        if owner == threading.get_ident():
            return False
        done.wait(self.wait)
        return False

    def end(self, key) -> None:
        with self._lock:
            running = self._running.pop(key, None)
        if running is not None:
            running[1].set()

    def __len__(self) -> int:
        return len(self._running)


class PageMemo:
    def __init__(self, budget: int, wait: float = WAIT_SECONDS):
        self._lru = ByteLRU(budget)
        self._stamp = None
        self._lock = threading.Lock()
        self.flights = Flights(wait)

    def __len__(self) -> int:
        return len(self._lru)

    @property
    def used(self) -> int:
        return self._lru.used

    def _current(self, reader: queries.Reader) -> None:
        """Forget everything when the database file is not the one the memo was filled from."""
        stamp = reader.stamp()     # reopens the file when it was replaced
        with self._lock:
            if stamp != self._stamp:
                self._lru.clear()
                self._stamp = stamp

    def peek(self, reader: queries.Reader, key: tuple):
        """The value remembered under `key` for the database file now open, or None."""
        self._current(reader)
        value = self._lru.get(key, _MISSING)
        return None if value is _MISSING else value

    def put(self, reader: queries.Reader, key: tuple, value) -> None:
        self._current(reader)
        self._lru.put(key, value)

    def get(self, reader: queries.Reader, key: tuple, compute, keep=None):
        """compute(), remembered under `key` until the database file changes, unless `keep(value)` says no."""
        self._current(reader)
        value = self._lru.get(key, _MISSING)
        if value is not _MISSING:
            return value
        computes = self.flights.begin(key)
        try:
            value = self._lru.get(key, _MISSING)     # built by the request waited for (or just before)
            if value is _MISSING:
                value = compute()
                if keep is None or keep(value):
                    self._lru.put(key, value)
            return value
        finally:
            if computes:
                self.flights.end(key)


_memos: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_memos_lock = threading.Lock()


def of(reader: queries.Reader) -> PageMemo:
    """The memo of a reader's database (half of the reader's cache budget; the reader keeps the other
    half for query results)."""
    with _memos_lock:
        memo = _memos.get(reader)
        if memo is None:
            memo = _memos[reader] = PageMemo(reader.cache_bytes // 2)
        return memo


def remember(reader: queries.Reader, key: tuple, compute, keep=None):
    return of(reader).get(reader, key, compute, keep)


def remember_valid(reader: queries.Reader, key: tuple, compute):
    """compute() -> (value, errors), remembered only when there were no errors: a URL with bad
    parameters is answered but never fills the memo (it is keyed by validated view state only)."""
    return of(reader).get(reader, key, compute, keep=lambda value: not value[1])
