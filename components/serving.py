"""The HTTP side of the app: the security headers every response carries, and the production server.

The server is waitress: its one I/O thread reads every request to the end before a worker thread
sees it, so a client that sends its headers slowly (or never finishes) holds a socket, not a
worker. Two bounds keep such clients from holding every socket, which waitress alone does not do
(a client that drips a header line every few seconds is never idle, and at its connection limit
waitress stops accepting, so everyone else waits behind the slow ones):
- a deadline for a whole request: its last byte must come within REQUEST_DEADLINE seconds of its
  first, else the socket is closed (checked every CLEANUP_INTERVAL seconds);
- at CONNECTION_LIMIT open sockets the server keeps accepting, and closes for each newcomer the
  socket that has waited longest on its client (the oldest unfinished request, else the longest
  idle one); only when every socket has a request being served is the newcomer turned away.
Waitress's own error answers (a request line or headers too long, a malformed request) get the
same security headers as the app's pages.

Requests wait for a handler thread in two lanes, Dash callbacks and everything else
(components/lanes.py), so that the data API and the status probe do not queue behind a burst of
callbacks, nor callbacks behind a flood of API requests.
"""

from __future__ import annotations

import gc
import json
import re
import resource
import time
from html import escape

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import MultiSocketServer, TcpWSGIServer
from waitress.task import ErrorTask

from components.lanes import LanedDispatcher

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
CHEAP_THREADS = 2           # of those, the ones that take no Dash callback (components/lanes.py; never all)
CONNECTION_LIMIT = 1000     # open sockets; at the limit the one waiting longest on its client makes room
CHANNEL_TIMEOUT = 30        # seconds an idle socket (no request begun) may stay open
REQUEST_DEADLINE = 10       # seconds from a request's first byte to its last (request line, headers, body)
CLEANUP_INTERVAL = 1        # seconds between checks of those two
ACCEPT_BATCH = 64           # connections accepted per turn of the I/O loop
MAX_HEADER_BYTES = 64 * 1024
FD_RESERVE = 200            # open files kept for the database, logs, job slots and the export browser


class _HeaderedErrorTask(ErrorTask):
    def execute(self):
        # before the body: the first write sends the headers
        self.response_headers.extend([("Content-Security-Policy", ERROR_CSP), *STATIC_HEADERS])
        if API_REQUEST.match(getattr(self.request, "first_line", b"") or b""):
            return self._json_error()       # the data API answers every error in JSON, these too
        super().execute()

    def _json_error(self):
        """Waitress's error (an address with raw non-ASCII bytes: Bad URI; headers too large …) as
        the data API's JSON error."""
        e = self.request.error
        body = json.dumps({"error": {"status": e.code, "message": f"{e.reason}: {e.body}", "problems": []}}).encode()
        self.status = f"{e.code} {e.reason}"
        self.response_headers.append(("Content-Type", "application/json; charset=utf-8"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


API_REQUEST = re.compile(rb"^[A-Z]+ /api(?:[/?]|$| )")


class _Channel(HTTPChannel):
    """Waitress's channel, remembering when the request it is reading began."""
    error_task_class = _HeaderedErrorTask
    request_started = 0.0

    def received(self, data):
        if self.request is None and data:
            self.request_started = time.time()
        return super().received(data)


class _Server(TcpWSGIServer):
    channel_class = _Channel
    request_deadline = REQUEST_DEADLINE

    def readable(self):
        """Always ready to accept (waitress stops at its limit; `handle_accept` makes room instead),
        and the periodic check of idle sockets and late requests."""
        now = time.time()
        if now >= self.next_channel_cleanup:
            self.next_channel_cleanup = now + self.adj.cleanup_interval
            self.maintenance(now)
        return self.accepting

    def maintenance(self, now):
        super().maintenance(now)          # idle sockets: channel_timeout
        cutoff = now - self.request_deadline
        for channel in list(self.active_channels.values()):
            if channel.request is not None and not channel.requests and channel.request_started < cutoff:
                channel.will_close = True

    def handle_accept(self):
        """Every connection waiting to be accepted, up to ACCEPT_BATCH a turn (waitress takes one a
        turn of its loop, so a newcomer queued behind a burst of slow clients waited for all of them).
        At the limit, the socket waiting longest on its client makes room; when none does (every
        socket has a request being served) the newcomer is turned away."""
        for _ in range(ACCEPT_BATCH):
            try:
                accepted = self.accept()
            except OSError:
                return
            if accepted is None:
                return
            conn, addr = accepted
            try:
                if len(self._map) >= self.adj.connection_limit and not self._make_room():
                    raise ConnectionRefusedError
                self.set_socket_options(conn)
            except OSError:
                conn.close()
                continue
            self.channel_class(self, conn, self.fix_addr(addr), self.adj, map=self._map)

    def _make_room(self) -> bool:
        """Close the socket that has waited longest on its client: one about to close, else the
        oldest unfinished request, else the longest idle. False when none waits on its client."""
        waiting = [c for c in self.active_channels.values() if not c.requests]
        if not waiting:
            return False
        min(waiting, key=lambda c: (not c.will_close, c.request is None,
                                    c.request_started if c.request is not None else c.last_activity)).handle_close()
        return True


def connection_budget(wanted: int) -> int:
    """How many sockets the process can hold: `wanted`, with the soft limit of open files raised
    towards the hard one when it is lower, less FD_RESERVE (never fewer than 16)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return wanted
    if soft < wanted + FD_RESERVE:
        raised = wanted + FD_RESERVE if hard == resource.RLIM_INFINITY else min(wanted + FD_RESERVE, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            soft = raised
        except (ValueError, OSError):
            pass
    return max(16, min(wanted, soft - FD_RESERVE))


def make_server(wsgi_app, host: str, port: int, threads: int = THREADS, *, connection_limit: int = CONNECTION_LIMIT,
                request_deadline: float = REQUEST_DEADLINE, cleanup_interval: float = CLEANUP_INTERVAL):
    """A waitress server for `wsgi_app` on host:port (not yet running: call .run()), with the bounds
    above. Sockets are watched with poll(), not select() (which stops at 1,024 descriptors)."""
    adj = Adjustments(host=host, port=port, threads=threads, connection_limit=connection_budget(connection_limit),
                      channel_timeout=CHANNEL_TIMEOUT, cleanup_interval=cleanup_interval, asyncore_use_poll=True,
                      max_request_header_size=MAX_HEADER_BYTES, ident="luohu-targets",
                      clear_untrusted_proxy_headers=True)
    sockets: dict = {}
    dispatcher = LanedDispatcher(min(CHEAP_THREADS, threads - 1))
    dispatcher.set_thread_count(threads)
    servers = [_Server(wsgi_app, sockets, dispatcher=dispatcher, adj=adj, sockinfo=info) for info in adj.listen]
    for server in servers:
        server.request_deadline = request_deadline
    if len(servers) == 1:
        return servers[0]
    return MultiSocketServer(sockets, adj, [(s.effective_host, s.effective_port) for s in servers], dispatcher,
                             servers[0].log_info)


def bad_address_page(path: str, problems: list[str], clean: str) -> str:
    """The 400 page of an address whose parameters are not the app's: what is wrong, in both
    languages, and a link to the same page without the bad parameters."""
    items = "".join(f"<li>{escape(p)}</li>" for p in problems[:10])
    link = escape(path + clean, quote=True)
    return ("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>400</title></head><body>"
            "<h1>网址参数有误 · This address has parameters the app does not take</h1>"
            f"<ul>{items}</ul><p><a href=\"{link}\">打开不含这些参数的页面 · Open the page without them</a></p>"
            "</body></html>")


def not_found_page(page: str, title: str, asked: str, lang: str) -> str:
    """The app's page (`page`: its HTML, which draws the not-found message in the browser) with the same
    words for a reader without scripts, right after <body>."""
    notice = (f"<noscript><h1 lang=\"{'zh-CN' if lang == 'zh' else 'en'}\">{escape(title)}</h1>"
              f"<p>{escape(asked)}</p></noscript>")
    return re.sub(r"<body[^>]*>", lambda m: m.group(0) + notice, page, count=1)


def settle() -> None:
    """After the warm-up: one collection, then every object alive now (the vocabulary of thousands of
    places, the warmed pages, the libraries) is moved out of the collector's sight (gc.freeze), so that a
    full collection during a request walks only what requests made. On the national database such
    collections put 170-190 ms pauses into about one cold page in fifteen (bench/README.md, issue 26)."""
    gc.collect()
    gc.freeze()
