"""Ordered map over a few threads, for work that releases the GIL (numpy, pyarrow).

numpy's large-array operations and pyarrow's compute kernels release the GIL, so two
pieces of such work run truly in parallel on two cores. :func:`ordered_map` gives
their results in input order and keeps only a few of them in memory at once, so a
writer can consume chunk after chunk while the next ones are being prepared.
:func:`single_threaded_blas` keeps numpy's BLAS on one thread meanwhile.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

__all__ = ["ordered_map", "single_threaded_blas", "worker_count"]

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


def _blas_controller():
    """The thread pools of the libraries loaded now (numpy's BLAS included)."""
    import numpy  # noqa: F401  (loads numpy's BLAS, so that it is found)
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


_blas_lock = threading.Lock()
_blas_users = 0
_blas_limiter = None


@contextmanager
def single_threaded_blas():
    """Context manager running the BLAS library of numpy on one thread.

    Work already spread over threads (:func:`ordered_map`) gains nothing from BLAS
    threads of its own: they oversubscribe the cores and spin between products
    (the economics of 1M roofs on two chunk threads: 6.6 s of CPU for 3.7 s of
    wall time, against 4.1 s of CPU for 2.4 s with BLAS on one thread). The
    products of the economics are also tall and thin (a million roofs by about ten
    components), where waking a second BLAS thread costs more than the product.

    The limit holds for the whole process only when it is set on the main thread:
    OpenBLAS ignores a thread count set from another thread (seen with the OpenBLAS
    0.3.31 of numpy's wheels). The command line therefore enters this context on
    the main thread around every command, the GUI included. Nested and concurrent
    users share the limit: it is set when the first enters and the original
    restored when the last leaves.
    """
    global _blas_users, _blas_limiter
    with _blas_lock:
        if _blas_users == 0:
            _blas_limiter = _blas_controller().limit(limits=1, user_api="blas")
        _blas_users += 1
    try:
        yield
    finally:
        with _blas_lock:
            _blas_users -= 1
            if _blas_users == 0:
                _blas_limiter.restore_original_limits()
                _blas_limiter = None


def ordered_map(function: Callable[[_T], _R], items: Iterable[_T],
                workers: int | None = None) -> Iterator[_R]:
    """Yield ``function(item)`` for each item, in order, computed on threads.

    At most ``workers + 1`` results are pending or held at a time, so memory stays
    bounded however many items there are. With one worker everything runs in the
    calling thread. An exception raised by ``function`` is raised here, at its item.
    While the workers run, numpy's BLAS runs on one thread
    (:func:`single_threaded_blas`).

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
    with single_threaded_blas(), ThreadPoolExecutor(max_workers=workers) as executor:
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
