"""The Dash app on data/luohu.duckdb (its name and home district come from data/regions.csv).

    python app.py serve [--host 127.0.0.1] [--port 8050] [--db data/luohu.duckdb] [--threads 8] [--debug]
    python app.py export --indicator KEY --format png|svg|pdf --lang zh|en --out PATH [--width --height --scale --from --to]
    python app.py briefing --year YEAR --lang zh|en --format pdf|pptx|zip --out PATH

`create_app(db_path)` builds the app; `server` is the Flask server for any WSGI host; `serve` runs it under waitress (components/serving.py).
"""

from __future__ import annotations

import argparse
import functools
import os
import stat
import sys
import threading
from pathlib import Path

import diskcache
from dash import Dash, DiskcacheManager
from dash.exceptions import DependencyException
from flask import Response, g, jsonify, request, send_file

from components import answers, api, briefing, callbacks, export, layout, pages, palette, params, serving, vocabulary
from components.i18n import lang_of
from components.i18n import t as label
from components.jobs import JobSlots
from components.pages import PAGES
from etl.store import queries
from etl.store.queries import Reader

ROOT = Path(__file__).resolve().parent
DEFAULT_DB = Path(os.environ.get("LUOHU_DB", ROOT / "data" / "luohu.duckdb"))


class UnsafeCacheDir(RuntimeError):
    """The job-state folder could be read or written by someone else: the app refuses to start."""


def private_cache_dir() -> Path:
    """The background jobs' state (it holds the secret that signs job handles, and pickles): a folder
    of this user's only, mode 0700, under $LUOHU_CACHE or the user's cache folder, never a shared,
    predictable temp path. A folder that is a link, owned by someone else or open to the group or the
    world is refused."""
    base = os.environ.get("LUOHU_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), f"luohu-targets-{os.getuid()}")
    path = Path(base)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        raise UnsafeCacheDir(f"{path} is not a plain folder; refusing to keep job state there")
    if st.st_uid != os.getuid():
        raise UnsafeCacheDir(f"{path} belongs to another user; refusing to keep job state there")
    if st.st_mode & 0o077:
        raise UnsafeCacheDir(f"{path} is open to other users (mode {stat.S_IMODE(st.st_mode):o}); "
                             f"chmod 700 it or set LUOHU_CACHE")
    return path


def create_app(db_path: str | os.PathLike = DEFAULT_DB) -> Dash:
    reader = Reader(db_path)
    vocabulary.use(vocabulary.from_reader(reader))   # labels and places from the database, never from data/
    folder = private_cache_dir()
    manager = DiskcacheManager(diskcache.Cache(str(folder)))  # background callbacks (briefing packs)
    app = Dash(__name__, title=f"{label('app_title', 'en')} · {label('app_title', 'zh')}", suppress_callback_exceptions=True,
               assets_folder=str(ROOT / "assets"), update_title=None, background_callback_manager=manager)
    # the palette's colours as CSS variables, for assets/style.css: one Python source of every colour
    app.index_string = app.index_string.replace("{%css%}", f"<style>{palette.css_variables()}</style>{{%css%}}")
    app.layout = layout.build_shell()
    slots = JobSlots(folder)
    callbacks.register(app, reader, slots)
    harden(app, reader, slots)
    api.register(app.server, reader)   # /api/v1: the data API (components/api)
    app.luohu_reader = reader          # for `serve`: the pages are drawn once before the first request
    return app


MAX_REQUEST_BYTES = 8 * 1024 * 1024


def raw_dir() -> Path:
    """The folder of the raw reports ($LUOHU_RAW, else data/raw)."""
    return Path(os.environ.get("LUOHU_RAW", ROOT / "data" / "raw"))


def original_file(reader: Reader, doc: str) -> Path | None:
    """The raw PDF behind a document id, or None (unknown id, not a PDF, not a regular file inside
    the raw folder)."""
    doc_id, errors = params.doc_id(doc)
    if doc_id is None or errors:
        return None
    try:
        row = reader.call(queries.document, doc_id)
    except queries.DatabaseMissing:
        return None
    if row is None or row.get("source_format") not in ("pdf", "pdf-ocr"):
        return None
    raw = raw_dir().resolve()
    path = (raw / str(row["source_file"])).resolve()
    if path.parent != raw or path.is_symlink() or not path.is_file():
        return None
    return path
PAGE_PATHS = frozenset(p.path for p in PAGES)   # a callback with the data grid's rows is the largest request


def harden(app: Dash, reader: Reader, slots: JobSlots | None = None) -> None:
    """Security headers on every response, a request size limit, and a read-only status endpoint."""
    app.server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    _check_requests(app, reader, slots)
    _guard_package_files(app.server)
    _add_headers(app)
    _remember_answers(app, reader)
    _add_read_only_routes(app.server, reader)


def _check_requests(app: Dash, reader: Reader, slots: JobSlots | None) -> None:
    """Every request's shape is checked before the app sees it; an address that names nothing is a
    404; a pack beyond the job slots is refused."""
    launches = callbacks.PackLaunches(len(slots.paths)) if slots else None

    @app.server.before_request
    def _callback_requests_are_well_formed():
        """A page's address must have the app's parameters, each once (else a 400 page with a link to
        the page without them). A callback request must name a server-side callback of this app in
        a JSON object of the callback's shape; anything else (a clientside callback posted by hand, a
        list, garbage, missing or odd inputs, deep nesting) is a 400 with one line, never a 500."""
        if request.method == "GET" and request.path in PAGE_PATHS:
            problems, clean = params.shape_problems(request.query_string.decode("latin-1"))
            if problems:
                return serving.bad_address_page(request.path, problems, clean), 400
        if request.method in ("GET", "HEAD") and (request.path in PAGE_PATHS or request.endpoint == DASH_ANY_PATH):
            return _not_found(app, reader)
        if request.method != "POST" or not request.path.endswith("/_dash-update-component"):
            return None
        body, problem = _callback_body(app)
        if problem:
            return jsonify({"error": problem}), 400
        busy = callbacks.pack_refusal(body, polling="cacheKey" in request.args, slots=slots, launches=launches)
        return jsonify(busy) if busy else None


DASH_ANY_PATH = "/<path:path>"    # Dash's route of every address no other route takes: its page shell


def _not_found(app: Dash, reader: Reader):
    """A 404 for an address that names no page or no document (components/pages.py decides, and draws
    the page that says so in the page's language); None for every other address."""
    query = request.query_string.decode("utf-8", "replace")
    missing = pages.missing_address(reader, request.path, params.parse(query).params)
    if missing is None:
        return None
    key, asked = missing
    lang = lang_of(request.args.get("lang"))
    return serving.not_found_page(app.index(), label(key, lang), asked, lang), 404


def _callback_body(app: Dash) -> tuple[dict | None, str | None]:
    """The request's JSON body and None, or None and what is wrong with it (one line)."""
    try:
        body = request.get_json(silent=True)
    except RecursionError:      # the parser's own limit: deeper than any request of the app
        return None, f"the request nests more than {params.MAX_JSON_DEPTH} levels"
    output = body.get("output") if isinstance(body, dict) else None
    known = app.callback_map.get(output) if isinstance(output, str) else None
    if known is None or "callback" not in known:
        return None, "not a callback of this app"
    return body, params.callback_problem(body, known)


def _remember_answers(app: Dash, reader: Reader) -> None:
    """Identical requests to the callbacks of callbacks.REMEMBERED are computed once (components/answers.py).
    Registered after the checks (a request reaching here has passed them) and after the headers (an
    after_request registered later runs first: the answer is kept without the security headers, which
    are added to every answer, remembered or not)."""
    kept = answers.Answers(reader, answers.remembered_outputs(app.callback_map, callbacks.REMEMBERED))

    @app.server.before_request
    def _answer_remembered():
        key = kept.key_for(request)
        found, computes = kept.begin(key) if key is not None else (None, False)
        if found is not None:
            return Response(found.body, status=found.status, content_type=found.content_type)
        if computes:
            g.answer_key = key
        return None

    @app.server.after_request
    def _keep_answer(response):
        key = g.pop("answer_key", None)
        if key is not None:
            keep = answers.keepable(response.status_code, response.headers.keys()) and not response.direct_passthrough
            kept.finish(key, answers.Answer(response.status_code, response.get_data(), response.content_type)
                        if keep else None)
        return response

    @app.server.teardown_request
    def _release_answer(_exc):
        key = g.pop("answer_key", None)     # the callback raised: the requests waiting compute it themselves
        if key is not None:
            kept.finish(key, None)


def _guard_package_files(server) -> None:
    """Dash's package files (its scripts and their source maps): Dash serves only the paths its
    packages registered; any other path (an encoded ../, a name of no package) or a registered file
    that is not installed (some source maps) is a 404, never a 500 with Dash's list of files."""
    for rule in server.url_map.iter_rules():
        if rule.rule.startswith("/_dash-component-suites/"):
            server.view_functions[rule.endpoint] = _not_found_on_error(server.view_functions[rule.endpoint])


def _not_found_on_error(view):
    @functools.wraps(view)
    def guarded(*args, **kwargs):
        try:
            return view(*args, **kwargs)
        except (DependencyException, OSError):
            return jsonify({"error": "no such file"}), 404
    return guarded


def _add_headers(app: Dash) -> None:
    """The Content-Security-Policy (with the hashes of the app's inline scripts) and the static
    security headers, on every response."""
    scripts = " ".join(["'self'", *app.csp_hashes()])
    csp = ("default-src 'self'; "
           f"script-src {scripts}; "
           "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
           "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")

    @app.server.after_request
    def _headers(response):
        response.headers["Content-Security-Policy"] = csp
        for name, value in serving.STATIC_HEADERS:
            response.headers[name] = value
        return response


def _add_read_only_routes(server, reader: Reader) -> None:
    """The original PDFs and the status endpoint: they read, never write."""
    @server.route("/original/<doc>")
    def _original(doc):
        """The published PDF a document was read from (link with #page=N). The file is named by the
        database, never by the request, and must be a regular file inside the raw folder."""
        found = original_file(reader, doc)
        if found is None:
            return jsonify({"error": "no original PDF for this document"}), 404
        return send_file(found, mimetype="application/pdf", download_name=found.name, max_age=0)

    @server.route("/api/status")
    def _status():
        ok, message = reader.status()
        body = {"ok": ok, "message": message}
        if ok:
            info = reader.call(queries.build_info)
            body.update({k: info.get(k) for k in ("built_at", "documents", "observations")})
        return jsonify(body), (200 if ok else 503)


try:
    app = create_app()
except UnsafeCacheDir as exc:   # refuse to start, with one line (any WSGI host and `python app.py` alike)
    sys.exit(f"error: {exc}")
server = app.server


def write_atomically(out: Path, data: bytes) -> None:
    """Write to a temporary file beside `out`, then rename: nothing half-written is ever left."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def _check_out(path: str, suffix: str) -> Path:
    out = Path(path)
    if out.is_dir():
        raise export.ExportError(f"{out} is a directory; give a file name ending in .{suffix}")
    if out.exists() and (out.is_symlink() or not out.is_file()):
        raise export.ExportError(f"{out} is not a regular file (a device, a pipe or a link); give a new file name")
    if not out.parent.exists():
        raise export.ExportError(f"{out.parent} does not exist")
    if not os.access(out.parent, os.W_OK):
        raise export.ExportError(f"{out.parent} is not writable")
    return out


def _export(args) -> int:
    reader = Reader(args.db)
    vocabulary.use(vocabulary.from_reader(reader))
    ok, message = reader.status()
    if not ok:
        raise export.ExportError(f"{message}; run: python -m etl build")
    if args.command == "export":
        out = _check_out(args.out, args.format)
        data, _ = briefing.indicator_export(reader, args.indicator, args.format, args.lang, args.year_from,
                                             args.year_to, args.width, args.height, args.scale, region=args.region)
    else:
        out = _check_out(args.out, args.format)
        data, _ = briefing.briefing(reader, args.year, args.lang, args.format,
                                     progress=lambda i, n: print(f"  {i}/{n}", file=sys.stderr), region=args.region)
    write_atomically(out, data)
    print(f"wrote {out} ({len(data) / 1024:.0f} kB)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python app.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="serve the dashboard (waitress; --debug: Dash's development server)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind; 127.0.0.1 unless told otherwise")
    s.add_argument("--port", type=int, default=8050)
    s.add_argument("--db", default=str(DEFAULT_DB))
    s.add_argument("--threads", type=int, default=serving.THREADS, choices=range(1, 65), metavar="1-64",
                   help="request handler threads")
    s.add_argument("--debug", action="store_true", help="Dash debug mode (never on a shared network)")
    e = sub.add_parser("export", help="one indicator's chart as PNG, SVG or PDF")
    e.add_argument("--indicator", required=True)
    e.add_argument("--format", required=True, choices=export.FORMATS)
    e.add_argument("--lang", default="zh", choices=("zh", "en"))
    e.add_argument("--out", required=True)
    e.add_argument("--width", type=int, default=export.SLIDE[0])
    e.add_argument("--height", type=int, default=export.SLIDE[1])
    e.add_argument("--scale", type=float, default=1)
    e.add_argument("--from", dest="year_from", type=int)
    e.add_argument("--to", dest="year_to", type=int)
    e.add_argument("--db", default=str(DEFAULT_DB))
    e.add_argument("--region", help="district (default: the home district of data/regions.csv, or the database's only one)")
    b = sub.add_parser("briefing", help="a year's briefing pack as PDF, PPTX or ZIP (PNG + SVG)")
    b.add_argument("--year", required=True, type=int)
    b.add_argument("--format", required=True, choices=export.PACK_FORMATS)
    b.add_argument("--lang", default="zh", choices=("zh", "en"))
    b.add_argument("--out", required=True)
    b.add_argument("--db", default=str(DEFAULT_DB))
    b.add_argument("--region", help="district (default: the home district of data/regions.csv, or the database's only one)")
    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    try:
        return _export(args)
    except (export.ExportError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _serve(args) -> int:
    """`serve`: waitress with the bounds of components/serving.py, every page's default view and the
    home district's figures read before the first request, the export browser warmed beside it."""
    served = create_app(args.db) if Path(args.db) != DEFAULT_DB else app
    if args.debug:     # Dash's development server: reloads and tracebacks, for one developer
        served.run(host=args.host, port=args.port, debug=True)
        return 0
    pages.warm(served.luohu_reader)   # every page's default view, both languages: no cold render in the first burst
    api.warm(served.luohu_reader)     # and the home district's figures the data API reads
    serving.settle()                  # what the warm-up made is kept out of every later collection
    http = serving.make_server(served.server, args.host, args.port, args.threads)
    threading.Thread(target=export.warm, name="warm-exports", daemon=True).start()
    print(f"serving on http://{args.host}:{args.port}/ ({args.threads} threads)", flush=True)
    try:
        http.run()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
