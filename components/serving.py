"""The HTTP side of the app: the security headers every response carries, and the production server.

The server is waitress: its one I/O thread reads every request to the end before a worker thread
sees it, so a client that sends its headers slowly (or never finishes) holds a socket, not a
worker; the page keeps answering others. Waitress's own error answers (a request line or headers
too long, a malformed request) get the same security headers as the app's pages.
"""

from __future__ import annotations

from html import escape

from waitress.channel import HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask

# Headers of every response; the Content-Security-Policy of pages is made by app.py (it hashes the
# app's inline scripts). Waitress's error bodies are plain text and need nothing at all.
STATIC_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)
ERROR_CSP = "default-src 'none'; frame-ancestors 'none'"

THREADS = 8                 # request handlers; a briefing pack runs in its own process, not here
CONNECTION_LIMIT = 500      # open sockets (slow or idle clients included) before new ones wait
CHANNEL_TIMEOUT = 30        # seconds a socket may send nothing before it is closed
MAX_HEADER_BYTES = 64 * 1024


class _HeaderedErrorTask(ErrorTask):
    def execute(self):
        # before the body: the first write sends the headers
        self.response_headers.extend([("Content-Security-Policy", ERROR_CSP), *STATIC_HEADERS])
        super().execute()


class _Channel(HTTPChannel):
    error_task_class = _HeaderedErrorTask


def make_server(wsgi_app, host: str, port: int, threads: int = THREADS):
    """A waitress server for `wsgi_app` on host:port (not yet running: call .run())."""
    server = create_server(wsgi_app, host=host, port=port, threads=threads, connection_limit=CONNECTION_LIMIT,
                           channel_timeout=CHANNEL_TIMEOUT, max_request_header_size=MAX_HEADER_BYTES,
                           ident="luohu-targets", clear_untrusted_proxy_headers=True)
    server.channel_class = _Channel
    return server


def bad_address_page(path: str, problems: list[str], clean: str) -> str:
    """The 400 page of an address whose parameters are not the app's: what is wrong, in both
    languages, and a link to the same page without the bad parameters."""
    items = "".join(f"<li>{escape(p)}</li>" for p in problems[:10])
    link = escape(path + clean, quote=True)
    return ("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>400</title></head><body>"
            "<h1>网址参数有误 · This address has parameters the app does not take</h1>"
            f"<ul>{items}</ul><p><a href=\"{link}\">打开不含这些参数的页面 · Open the page without them</a></p>"
            "</body></html>")
