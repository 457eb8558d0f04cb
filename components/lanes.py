"""Waitress's handler threads over two lanes of waiting requests: Dash callbacks, which draw charts
and tables (10-80 ms of CPU each when not remembered), and everything else (the data API, the status
probe, page shells, scripts and assets: about 1-10 ms).

Waitress keeps one queue in order of arrival, so when 50 people arrive at once every API request and
status probe waits behind their 150 callbacks. Here:
- each lane is served in order of arrival;
- `cheap_threads` of the handler threads take only requests of the cheap lane, so a cheap request
  has a thread even while every other one is busy with callbacks (or waiting on the chart renderer);
- when both lanes have requests waiting, a thread that takes either takes a cheap one (the shortest
  work first: in a burst of callbacks every cheap request is answered at once), unless the cheap
  lane has lately used more than CHEAP_RATIO times the callbacks' handler time plus ALLOWANCE (each
  lane's CPU seconds, halved every HALF_LIFE seconds): under a flood of API requests the callbacks
  still get about three quarters of these threads' time (bench/README.md, "The start-up burst").
  Neither kind starves the other.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from waitress.task import ThreadedTaskDispatcher

CALLBACK_PATH = "/_dash-update-component"
CHEAP, CALLBACKS = 0, 1
HALF_LIFE = 2.0         # seconds over which a lane's use of the handlers counts half as much
CHEAP_RATIO = 0.25      # the cheap lane goes first while its recent use is at most this times the callbacks'
ALLOWANCE = 0.25        # … plus this many CPU seconds


def is_callback(task) -> bool:
    """Whether the request a channel queues for a handler is a Dash callback (POST …/_dash-update-component)."""
    requests = getattr(task, "requests", None)
    request = requests[0] if requests else None
    return (request is not None and getattr(request, "command", None) == "POST"
            and (getattr(request, "path", None) or "").endswith(CALLBACK_PATH))


class Lanes:
    """The waiting requests in their two lanes, and each lane's recent use of the handler threads.
    `take(cheap_only)` -> (lane, request); `charge(lane, seconds)` once it has been served. len() and
    popleft() cover both lanes (waitress cancels what waits at shutdown with them)."""

    def __init__(self, classify=is_callback, half_life: float = HALF_LIFE, ratio: float = CHEAP_RATIO,
                 allowance: float = ALLOWANCE, clock=time.monotonic):
        self.classify, self.half_life, self.clock = classify, half_life, clock
        self.ratio, self.allowance = ratio, allowance
        self.waiting = (deque(), deque())       # CHEAP, CALLBACKS: (arrival, task)
        self._used = [0.0, 0.0]
        self._at = clock()

    def append(self, task) -> int:
        lane = CALLBACKS if self.classify(task) else CHEAP
        self.waiting[lane].append((self.clock(), task))
        return lane

    def __len__(self) -> int:
        return len(self.waiting[CHEAP]) + len(self.waiting[CALLBACKS])

    def ready(self, cheap_only: bool) -> bool:
        return bool(self.waiting[CHEAP]) or (not cheap_only and bool(self.waiting[CALLBACKS]))

    def used(self) -> tuple[float, float]:
        """Each lane's handler seconds, the older ones counting less."""
        now = self.clock()
        factor = 0.5 ** ((now - self._at) / self.half_life) if now > self._at else 1.0
        self._used = [u * factor for u in self._used]
        self._at = now
        return self._used[CHEAP], self._used[CALLBACKS]

    def charge(self, lane: int, seconds: float) -> None:
        self.used()
        self._used[lane] += max(0.0, seconds)

    def next_lane(self, cheap_only: bool) -> int:
        cheap, callbacks = self.waiting
        if cheap_only or not callbacks:
            return CHEAP
        if not cheap:
            return CALLBACKS
        used_cheap, used_callbacks = self.used()
        return CHEAP if used_cheap <= used_callbacks * self.ratio + self.allowance else CALLBACKS

    def take(self, cheap_only: bool = False) -> tuple[int, object]:
        lane = self.next_lane(cheap_only)
        return lane, self.waiting[lane].popleft()[1]

    def popleft(self):
        return self.take()[1]


class LanedDispatcher(ThreadedTaskDispatcher):
    """Waitress's dispatcher over `Lanes`: threads numbered below `cheap_threads` take only cheap
    requests. Idle threads of each kind wait on their own condition, so a request wakes a thread that
    can take it."""

    def __init__(self, cheap_threads: int):
        super().__init__()
        self.queue = Lanes()
        self.cheap_threads = cheap_threads
        self.cheap_cv = threading.Condition(self.lock)
        self.idle_cheap = 0

    def handler_thread(self, thread_no):
        cheap_only = thread_no < self.cheap_threads
        cv = self.cheap_cv if cheap_only else self.queue_cv
        while True:
            with self.lock:
                while not self.queue.ready(cheap_only) and self.stop_count == 0:
                    self.active_count -= 1
                    self.idle_cheap += cheap_only
                    cv.wait()
                    self.idle_cheap -= cheap_only
                    self.active_count += 1
                if self.stop_count > 0:
                    self.active_count -= 1
                    self.stop_count -= 1
                    self.threads.discard(thread_no)
                    self.thread_exit_cv.notify()
                    break
                lane, task = self.queue.take(cheap_only)
            started = time.thread_time()
            try:
                task.service()
            except BaseException:
                self.logger.exception("Exception when servicing %r", task)
            finally:
                with self.lock:
                    self.queue.charge(lane, time.thread_time() - started)

    def add_task(self, task):
        with self.lock:
            lane = self.queue.append(task)
            if lane == CHEAP and self.idle_cheap:
                self.cheap_cv.notify()
            else:
                self.queue_cv.notify()

    def set_thread_count(self, count):
        super().set_thread_count(count)
        with self.lock:
            self.cheap_cv.notify_all()      # threads asked to stop, among the cheap-only ones too
