"""The app's memo of what it built from the data (figures, records, page bodies): kept per database
file, forgotten when the reader reopens a rebuilt file, bounded by bytes. The database reader
(etl/store/queries.Reader) reads and caches query results; this module remembers what the app made
of them. Values are shared: never modify them."""

from __future__ import annotations

import threading
import weakref

from etl.store import queries
from etl.store.bytecache import ByteLRU

_MISSING = object()


class PageMemo:
    def __init__(self, budget: int):
        self._lru = ByteLRU(budget)
        self._stamp = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._lru)

    @property
    def used(self) -> int:
        return self._lru.used

    def get(self, reader: queries.Reader, key: tuple, compute, keep=None):
        """compute(), remembered under `key` until the database file changes, unless `keep(value)` says no."""
        stamp = reader.stamp()     # reopens the file when it was replaced
        with self._lock:
            if stamp != self._stamp:
                self._lru.clear()
                self._stamp = stamp
        value = self._lru.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            if keep is None or keep(value):
                self._lru.put(key, value)
        return value


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
