"""`Reader` keeps one read-only connection per database file and reopens it when the file is replaced
by a rebuild (a new inode or mtime), so the app serves new data without a restart; it remembers query
results within a byte budget. The queries themselves are in etl/store/queries.py."""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path

import duckdb

from etl.store.bytecache import ByteLRU, budget_from_env


class DatabaseMissing(RuntimeError):
    """The database file does not exist or holds no observations."""


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class Reader:
    def __init__(self, path: str | os.PathLike, cache_bytes: int | None = None):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._stamp: tuple[int, int] | None = None
        self.cache_bytes = budget_from_env() if cache_bytes is None else cache_bytes
        self._memo = ByteLRU(self.cache_bytes // 2)   # query results; the app's memo has the other half

    def _file_stamp(self) -> tuple[int, int]:
        try:
            st = self.path.stat()
        except FileNotFoundError as exc:
            raise DatabaseMissing(f"{self.path} does not exist") from exc
        return st.st_ino, st.st_mtime_ns

    def _connection(self) -> duckdb.DuckDBPyConnection:
        stamp = self._file_stamp()
        with self._lock:
            if self._con is None or stamp != self._stamp:
                con = duckdb.connect(config={"python_enable_replacements": False})
                # ATTACH takes no parameters; the path is ours (never from a request) and quoted.
                con.execute("attach " + _quote_literal(str(self.path)) + " as luohu (read_only)")
                con.execute("use luohu")
                old, self._con, self._stamp = self._con, con, stamp
                self._memo.clear()
                if old is not None:
                    try:
                        old.close()
                    except duckdb.Error:
                        pass
            return self._con

    @contextmanager
    def cursor(self):
        cur = self._connection().cursor()
        cur.execute("use luohu")
        try:
            yield cur
        finally:
            cur.close()

    def stamp(self) -> tuple[int, int] | None:
        """The identity of the database file now open (inode, mtime): what the app's memo is kept by."""
        self._connection()  # reopens (and forgets its query results) when the file was replaced
        return self._stamp

    def call(self, fn, *args, **kwargs):
        """fn(cursor, *args, **kwargs) through `memo`."""
        key = (fn.__name__, _hashable(args), _hashable(tuple(sorted(kwargs.items()))))

        self._connection()  # reopens (and forgets) when the file was replaced
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            with self.cursor() as cur:
                value = fn(cur, *args, **kwargs)
            self._memo.put(key, value)
        return value

    def status(self) -> tuple[bool, str]:
        """(usable, message) for the 'no database' page."""
        from etl.store.schema import schema_sha256

        try:
            with self.cursor() as cur:
                stamp = cur.execute("select value from build_info where key = 'schema_sha256'").fetchone()
                if stamp is None or stamp[0] != schema_sha256():
                    return False, f"{self.path} was built by an older version of the schema"
                n = cur.execute("select count(*) from observations").fetchone()[0]
        except DatabaseMissing as exc:
            return False, str(exc)
        except duckdb.Error as exc:
            return False, f"{self.path} cannot be read: {exc}"
        if not n:
            return False, f"{self.path} holds no observations"
        return True, f"{n} observations"


_MISSING = object()


def _hashable(value):
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    return value
