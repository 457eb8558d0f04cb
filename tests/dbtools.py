"""Small helpers shared by the tests that read a built database."""

import duckdb


def rows(db, sql: str, params=None) -> list[tuple]:
    """All rows of a query on a database file, opened read-only and closed again."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def records(db, sql: str, params=None) -> list[dict]:
    """`rows`, each as a dict by column name."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
