"""Luohu Targets — the Dash app on data/luohu.duckdb.

    python app.py serve [--host 127.0.0.1] [--port 8050] [--db data/luohu.duckdb] [--debug]

`create_app(db_path)` builds the app; `server` is the Flask server for a WSGI host (gunicorn app:server).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dash import Dash

from components import callbacks, layout
from etl.queries import Reader

ROOT = Path(__file__).resolve().parent
DEFAULT_DB = Path(os.environ.get("LUOHU_DB", ROOT / "data" / "luohu.duckdb"))


def create_app(db_path: str | os.PathLike = DEFAULT_DB) -> Dash:
    app = Dash(__name__, title="Luohu Targets · 罗湖目标", suppress_callback_exceptions=True,
               assets_folder=str(ROOT / "assets"), update_title=None)
    app.layout = layout.build_shell()
    callbacks.register(app, Reader(db_path))
    return app


app = create_app()
server = app.server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python app.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="serve the dashboard (development server)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind; 127.0.0.1 unless told otherwise")
    s.add_argument("--port", type=int, default=8050)
    s.add_argument("--db", default=str(DEFAULT_DB))
    s.add_argument("--debug", action="store_true", help="Dash debug mode (never on a shared network)")
    args = parser.parse_args(argv)
    if args.command == "serve":
        served = create_app(args.db) if Path(args.db) != DEFAULT_DB else app
        served.run(host=args.host, port=args.port, debug=args.debug)
    return 0


if __name__ == "__main__":
    sys.exit(main())
