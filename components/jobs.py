"""A small bound on heavy jobs (briefing packs start a browser): at most N at once across every
worker process of the server, by N lock files in the private job folder. A request that finds no
free slot is answered at once with a message, before any job process is started (app.py asks
`any_free`); a job that loses a race for the last slot is refused the same way. Nothing queues up."""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

MAX_PACKS = 2


class JobSlots:
    def __init__(self, folder: str | os.PathLike, n: int = MAX_PACKS, name: str = "pack"):
        self.paths = [Path(folder) / f"{name}-slot-{i}.lock" for i in range(n)]

    def _take(self) -> int | None:
        """A locked file descriptor of the first free slot (closing it frees the slot), or None."""
        for path in self.paths:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            return fd
        return None

    def any_free(self) -> bool:
        """Whether a slot is free now (a hint taken before starting a job process; `slot` decides)."""
        fd = self._take()
        if fd is None:
            return False
        os.close(fd)    # closing releases the lock
        return True

    @contextmanager
    def slot(self):
        """Yields True holding a free slot, or False when every slot is taken (the job must not run)."""
        fd = self._take()
        if fd is None:
            yield False
            return
        try:
            yield True
        finally:
            os.close(fd)
