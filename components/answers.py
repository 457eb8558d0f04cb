"""Answers to Dash callback requests, remembered per database file and computed once however many
ask at once.

People who open the app together send the same callback requests byte for byte (the router for /,
the year view of 2024, the first chart of the indicator page): the first request is computed, the
others that arrive while it runs wait for it, and later ones get its bytes at once. Only callbacks
whose answer depends on nothing but the request (its body, its address, the host it was sent to),
the data and the day are remembered: `callbacks.REMEMBERED` names them by their first output. An answer is
kept only when it is a 200 carrying no header but its type and length (no cookie, no encoding).
Answers live in the page memo (components/memo.py): they share its budget and are forgotten with it
when the database file changes; the key holds the file's stamp as well, so an answer computed from
the old file is never served for the new one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import duckdb

from components import memo
from etl.store import queries

CALLBACK_PATH = "/_dash-update-component"
PLAIN_HEADERS = frozenset({"content-type", "content-length"})


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str


def first_output(output: str) -> str:
    """`id.property` of a callback's first output, from the output string Dash keys callbacks by
    (`page-content.children`, `..indicator-charts.children...page-state.data@1a2b..`)."""
    return output.strip(".").split("...")[0].split("@")[0]


def remembered_outputs(callback_map: dict, remembered: set[str]) -> frozenset[str]:
    """The output strings (callback_map's keys) of the callbacks whose first output is in `remembered`."""
    return frozenset(key for key in callback_map if first_output(key) in remembered)


def today() -> str:
    return date.today().isoformat()


def key_of(stamp, day: str, address: str, host_url: str, body: bytes) -> tuple:
    """What an answer depends on: the database file, the day (a citation says when the page was read),
    the address (path and query), the host the request was sent to (citations name it) and the body."""
    return ("answer", stamp, day, address, host_url, hashlib.sha256(body).hexdigest())


def keepable(status: int, header_names) -> bool:
    return status == 200 and {name.lower() for name in header_names} <= PLAIN_HEADERS


class Answers:
    """`begin(key)` -> (the answer remembered, or None; whether the caller computes it for the others).
    The caller who computes calls `finish(key, answer or None)` once, whatever happens; the others
    wait for it (memo.Flights) and then find its answer, or compute their own when none was kept."""

    def __init__(self, reader: queries.Reader, outputs: frozenset[str], wait: float = memo.WAIT_SECONDS):
        self.reader, self.outputs = reader, outputs
        self.flights = memo.Flights(wait)

    def key_for(self, request) -> tuple | None:
        """The key of a (Flask) request to a remembered callback; None for any other request, and
        while the database cannot be read."""
        if request.method != "POST" or not request.path.endswith(CALLBACK_PATH):
            return None
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or body.get("output") not in self.outputs:
            return None
        stamp = self.stamp()
        return None if stamp is None else key_of(stamp, today(), request.full_path, request.host_url, request.get_data())

    def stamp(self):
        """The database file's identity, or None when it cannot be read (then nothing is remembered:
        the callback answers with its own page saying so)."""
        try:
            return self.reader.stamp()
        except (queries.DatabaseMissing, duckdb.Error):
            return None

    def _kept(self, key: tuple) -> Answer | None:
        try:
            return memo.of(self.reader).peek(self.reader, key)
        except (queries.DatabaseMissing, duckdb.Error):
            return None

    def begin(self, key: tuple) -> tuple[Answer | None, bool]:
        found = self._kept(key)
        if found is not None:
            return found, False
        if not self.flights.begin(key):
            return self._kept(key), False       # None: not kept (an error, no update, a cookie) or too long
        found = self._kept(key)                 # finished just before this request began
        if found is not None:
            self.flights.end(key)
            return found, False
        return None, True

    def finish(self, key: tuple, answer: Answer | None) -> None:
        try:
            if answer is not None:
                memo.of(self.reader).put(self.reader, key, answer)
        except (queries.DatabaseMissing, duckdb.Error):
            pass                                # the file went away meanwhile: nothing to keep it for
        finally:
            self.flights.end(key)
