"""Ordered map over a few threads, for work that releases the GIL (numpy, pyarrow).

numpy's large-array operations and pyarrow's compute kernels release the GIL, so two
pieces of such work run truly in parallel on two cores. :func:`ordered_map` gives
their results in input order and keeps only a few of them in memory at once, so a
writer can consume chunk after chunk while the next ones are being prepared.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

__all__ = ["ordered_map", "worker_count"]

_T = TypeVar("_T")
_R = TypeVar("_R")

#: Threads at most: the work parallelised here is memory-bound beyond a few cores.
_MAX_WORKERS = 4


def worker_count() -> int:
    """Threads to use: the CPUs available to this process, from 1 to 4."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(_MAX_WORKERS, cpus))


def ordered_map(function: Callable[[_T], _R], items: Iterable[_T],
                workers: int | None = None) -> Iterator[_R]:
    """Yield ``function(item)`` for each item, in order, computed on threads.

    At most ``workers + 1`` results are pending or held at a time, so memory stays
    bounded however many items there are. With one worker everything runs in the
    calling thread. An exception raised by ``function`` is raised here, at its item.

    Parameters
    ----------
    function : callable
        Work for one item; it should spend its time in code that releases the GIL.
    items : iterable
        The items, consumed lazily.
    workers : int, optional
        Threads; :func:`worker_count` by default.
    """
    workers = worker_count() if workers is None else max(1, workers)
    if workers == 1:
        yield from map(function, items)
        return
    with ThreadPoolExecutor(max_workers=workers) as executor:
        pending: deque = deque()
        try:
            for item in items:
                pending.append(executor.submit(function, item))
                if len(pending) > workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
