"""A cache bounded by bytes, not entries: least recently used results go first once the total
passes the budget. Sizes are estimates (DataFrames and arrays by their buffers, Dash components and
Plotly figures by their JSON tree), good to a small factor, and linear in the value's size."""

from __future__ import annotations

import os
import sys
import threading
from collections import OrderedDict

import numpy as np
import pandas as pd

DEFAULT_BUDGET = 64 * 2**20     # per process; LUOHU_CACHE_MB changes it


def budget_from_env() -> int:
    raw = os.environ.get("LUOHU_CACHE_MB", "")
    try:
        mb = int(raw)
    except ValueError:
        return DEFAULT_BUDGET
    return max(0, min(mb, 16384)) * 2**20


def approx_bytes(value, _depth: int = 0) -> int:
    """An estimate of the memory `value` holds (containers walked, shared objects counted each time)."""
    if _depth > 200:
        return 64
    if isinstance(value, str | bytes | bytearray):
        return sys.getsizeof(value)
    if isinstance(value, pd.DataFrame | pd.Series):
        usage = value.memory_usage(deep=True)
        return int(usage.sum() if isinstance(usage, pd.Series) else usage)
    if isinstance(value, np.ndarray):
        return int(value.nbytes) + 112
    if isinstance(value, dict):
        return sys.getsizeof(value) + sum(approx_bytes(k, _depth + 1) + approx_bytes(v, _depth + 1)
                                          for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return sys.getsizeof(value) + sum(approx_bytes(v, _depth + 1) for v in value)
    to_json = getattr(value, "to_plotly_json", None)
    if callable(to_json):
        return approx_bytes(to_json(), _depth + 1)
    return sys.getsizeof(value)


class ByteLRU:
    """get/put by key; `put` refuses a value larger than a quarter of the budget (it would evict
    everything else for one page)."""

    def __init__(self, budget: int = DEFAULT_BUDGET):
        self.budget = budget
        self.used = 0
        self._items: OrderedDict = OrderedDict()   # key -> (value, size)
        self._lock = threading.Lock()

    _MISSING = object()

    def get(self, key, default=_MISSING):
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return default
            self._items.move_to_end(key)
            return item[0]

    def __contains__(self, key) -> bool:
        with self._lock:
            return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def put(self, key, value) -> bool:
        size = approx_bytes(value) + approx_bytes(key)
        if size > self.budget // 4:
            return False
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.used -= old[1]
            self._items[key] = (value, size)
            self.used += size
            while self.used > self.budget and self._items:
                _, (_, dropped) = self._items.popitem(last=False)
                self.used -= dropped
        return True

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.used = 0
