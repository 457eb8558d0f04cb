"""Each report file is read in a worker process with a budget: a memory limit the kernel enforces
(RLIMIT_AS, so an allocation past it fails at once) and a wall-clock limit the build enforces (the
worker and every process it started, Tesseract included, are killed). Whatever happens inside, the
build gets back one answer per file: its documents and figures, or a one-line reason to skip it.

Workers die with the build (PR_SET_PDEATHSIG): a killed build leaves nothing running.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from etl.errors import InputError

MEMORY_MB = int(os.environ.get("LUOHU_FILE_MEMORY_MB", "1536"))    # new address space a file may take
SECONDS = float(os.environ.get("LUOHU_FILE_SECONDS", "60"))        # wall clock a file may take
_POLL = 0.05


def default_count() -> int:
    """Reader processes for a build: one more than the cores, so that no core waits while the build takes
    in an answer and sends the next file (bench/README.md, issue 26: 40.0 -> 35.9 s reading 14,000 reports
    on 2 cores)."""
    return (os.cpu_count() or 1) + 1


@dataclass(frozen=True)
class Budget:
    memory_mb: int = MEMORY_MB
    seconds: float = SECONDS


def die_with_parent(parent: int | None = None) -> None:
    """Ask the kernel to kill this process when the process that started it dies (Linux). With `parent`, the pid of
    the process that started it: a parent that died before the ask (between the fork and here) is no longer this
    process's, and this process ends at once, so that no orphan goes on working and holding what it inherited (a
    build's lock)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def _vm_size() -> int:
    """This process's address space in bytes (VmSize)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _worker(conn, work: Callable, memory_mb: int, debug: bool, parent: int | None = None) -> None:
    os.setpgrp()           # its own process group: killed with everything it started
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit = _vm_size() + memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        try:
            answer = ("ok", work(item))
        except InputError as exc:
            answer = ("skip", str(exc))
        except OSError as exc:
            answer = ("skip", f"cannot read ({exc.strerror or exc})")
        except MemoryError:
            answer = ("skip", f"needs more than {memory_mb} MB to read")
        except RecursionError:
            answer = ("skip", "nested too deeply to read")
        except Exception as exc:  # noqa: BLE001 - the boundary of one file: nothing passes it but a reason
            reason = f"could not be read ({type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''})"
            if debug:
                reason += "\n" + traceback.format_exc()
            answer = ("skip", reason)
        try:
            conn.send(answer)
        except (OSError, ValueError, MemoryError) as exc:
            conn.send(("skip", f"its result could not be passed back ({type(exc).__name__})"))


class _Slot:
    """One worker process and the pipe to it; started again after it was killed."""

    def __init__(self, work: Callable, budget: Budget, debug: bool):
        self.work, self.budget, self.debug = work, budget, debug
        self.proc = None
        self.conn = None
        self.item = None
        self.started = 0.0

    def start(self) -> None:
        parent, child = multiprocessing.Pipe()
        ctx = multiprocessing.get_context("fork")
        self.proc = ctx.Process(target=_worker, args=(child, self.work, self.budget.memory_mb, self.debug, os.getpid()),
                                daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent

    def send(self, item) -> None:
        if self.proc is None or not self.proc.is_alive():
            self.start()
        self.item, self.started = item, time.monotonic()
        self.conn.send(item)

    def kill(self) -> None:
        if self.proc is not None and self.proc.pid:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.proc.join(timeout=5)
        if self.conn is not None:
            self.conn.close()
        self.proc = self.conn = None

    def poll(self):
        """None while working; else ("ok", result) or ("skip", reason)."""
        try:
            if self.conn.poll():
                return self.conn.recv()
            stopped = not self.proc.is_alive()
        except (EOFError, OSError):
            stopped = True
        if stopped:
            self.kill()
            return "skip", f"its reader stopped (out of memory past {self.budget.memory_mb} MB, or crashed)"
        if time.monotonic() - self.started > self.budget.seconds:
            self.kill()
            return "skip", f"took longer than {self.budget.seconds:g} s to read; stopped"
        return None


def run(items: list, work: Callable, workers: int = 1, budget: Budget | None = None,
        debug: bool = False, prepare: Callable | None = None) -> Iterator[tuple[object, str, object]]:
    """(item, "ok", work(item)) or (item, "skip", reason) for every item, in the items' order, each
    worked on in a worker process under `budget`; `prepare(item)` is what is sent to the worker, made
    when the item is sent (so it can carry what the build has left of a shared budget)."""
    budget = budget or Budget()
    slots = [_Slot(work, budget, debug) for _ in range(max(1, min(workers, len(items) or 1)))]
    pending = list(enumerate(items))[::-1]
    done: dict[int, tuple] = {}
    busy: dict[int, int] = {}          # slot number -> item number
    next_out = 0
    def refill() -> None:
        for n, slot in enumerate(slots):
            if n not in busy and pending:
                i, item = pending.pop()
                slot.send(prepare(item) if prepare else item)
                busy[n] = i

    try:
        refill()
        while pending or busy:
            for n in list(busy):
                answer = slots[n].poll()
                if answer is not None:
                    i = busy.pop(n)
                    done[i] = (items[i], *answer)
            refill()    # a worker that has just answered works on while the caller uses its answer
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if busy:
                _wait([slots[n].conn for n in busy if slots[n].conn is not None])
    finally:
        for slot in slots:
            if slot.conn is not None:
                try:
                    slot.conn.send(None)
                except (OSError, ValueError):
                    pass
            slot.kill()


def _wait(conns: list) -> None:
    from multiprocessing.connection import wait

    wait(conns, timeout=_POLL)
