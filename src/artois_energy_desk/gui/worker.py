"""The one pattern for long work in the window: a thread-pool job consuming a Task.

A :class:`TaskWorker` is a ``QRunnable`` that iterates a
:data:`artois_energy_desk.core.progress.Task` generator on a pool thread. Its signals
live on a separate :class:`WorkerSignals` ``QObject`` (created on the GUI thread, so the
connected slots run there). :meth:`TaskWorker.cancel` only sets a flag, checked after
each ``yield``; the generator is then closed so its ``finally`` blocks run.
Exceptions are emitted, never swallowed, and ``finished`` is always emitted last.

:class:`TaskRunner` keeps one worker per owner: starting a new task cancels the current
one, and signals from a superseded worker are ignored.


References
----------
superqt ``GeneratorWorker`` (pyapp-kit/superqt, ``utils/_qthreading.py``) and Orange's
``ConcurrentMixin`` (biolab/orange3, ``widgets/utils/concurrent.py``).
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from artois_energy_desk.core.progress import Cancelled, Task

__all__ = ["TaskRunner", "TaskWorker", "WorkerSignals"]

_log = logging.getLogger(__name__)

#: Per pool thread: whether its Python thread state is pinned (see _pin_thread_state).
_pinned = threading.local()


def _pin_thread_state() -> None:
    """Keep the Python thread state of this Qt pool thread alive between jobs.

    A thread not created by Python gets a fresh thread state for every job that
    PySide runs on it; pyproj >= 3.7 keeps its PROJ context in thread-specific
    storage tied to that state, so the second job reading a CRS on a reused pool
    thread crashes the process (pyproj issue #1509, fixed upstream by PR #1539 after
    pyproj 3.7.2). One extra ``PyGILState_Ensure`` per thread, never released, keeps
    the state (and the context) for the thread's lifetime.
    """
    if not getattr(_pinned, "done", False):
        ctypes.pythonapi.PyGILState_Ensure()
        _pinned.done = True


class WorkerSignals(QObject):
    """Signals of one :class:`TaskWorker` (emitted from the pool thread, queued)."""

    #: Progress fraction 0..1 and a French message.
    progressed = Signal(float, str)
    #: The task's return value.
    finished_with = Signal(object)
    #: The exception that ended the task (:class:`Cancelled` when cancelled).
    failed = Signal(object)
    #: Always emitted last, whatever the outcome.
    finished = Signal()


class TaskWorker(QRunnable):
    """Run a progress generator on a ``QThreadPool`` thread.

    Parameters
    ----------
    task : generator
        A :data:`~artois_energy_desk.core.progress.Task`: yields ``Progress``, returns
        the result.
    """

    #: Workers started and not yet finished, kept alive until they end.
    _running: ClassVar[set[TaskWorker]] = set()
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self._task = task
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next progress point."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the worker on ``pool`` (default: the global pool)."""
        with TaskWorker._lock:
            TaskWorker._running.add(self)
        (pool or QThreadPool.globalInstance()).start(self)

    def run(self) -> None:  # noqa: D102 - QRunnable override, runs on the pool thread
        _pin_thread_state()
        try:
            result = self._consume()
        except Exception as err:  # emitted, never swallowed: the owner shows it
            if not isinstance(err, Cancelled):
                _log.debug("task failed", exc_info=err)
            self.signals.failed.emit(err)
        else:
            self.signals.finished_with.emit(result)
        finally:
            self.signals.finished.emit()
            with TaskWorker._lock:
                TaskWorker._running.discard(self)

    def _consume(self) -> Any:
        task = self._task
        if self._cancel.is_set():
            task.close()
            raise Cancelled
        while True:
            try:
                step = next(task)
            except StopIteration as stop:
                return stop.value
            self.signals.progressed.emit(float(step.fraction), str(step.message))
            if self._cancel.is_set():
                task.close()
                raise Cancelled


class TaskRunner(QObject):
    """One task at a time for an owner (a window or a panel).

    The callbacks run on the GUI thread and only for the current worker: when a new
    task starts, the previous one is cancelled and its late signals are ignored.

    Parameters
    ----------
    parent : QObject, optional
        Owner of the runner.
    """

    #: Progress of the current task: fraction 0..1 and message.
    progressed = Signal(float, str)
    #: A task started (``True``) or ended (``False``).
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: TaskWorker | None = None
        # Workers whose ``finished`` has not reached the GUI thread yet: their signal
        # objects must outlive the queued events.
        self._alive: set[TaskWorker] = set()
        self._on_done: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None

    @property
    def busy(self) -> bool:
        """Whether a task is running."""
        return self._worker is not None

    def start(
        self,
        task: Task[Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> TaskWorker:
        """Cancel the current task, then run ``task``.

        Parameters
        ----------
        task : generator
            The task to run.
        on_done : callable
            Called on the GUI thread with the task's result.
        on_error : callable
            Called on the GUI thread with the exception (also :class:`Cancelled`).
        """
        was_busy = self._drop_current()
        worker = TaskWorker(task)
        self._worker = worker
        self._alive.add(worker)
        self._on_done, self._on_error = on_done, on_error
        signals = worker.signals
        signals.progressed.connect(partial(self._on_worker_progressed, worker))
        signals.finished_with.connect(partial(self._on_worker_finished_with, worker))
        signals.failed.connect(partial(self._on_worker_failed, worker))
        signals.finished.connect(partial(self._on_worker_finished, worker))
        worker.start()
        if not was_busy:
            self.busy_changed.emit(True)
        return worker

    def cancel(self) -> None:
        """Cancel the current task, if any; its callbacks will not be called."""
        if self._drop_current():
            self.busy_changed.emit(False)

    def _drop_current(self) -> bool:
        worker = self._worker
        if worker is None:
            return False
        worker.cancel()
        self._worker = None
        return True

    def _on_worker_progressed(
        self, worker: TaskWorker, fraction: float, message: str
    ) -> None:
        if worker is self._worker:
            self.progressed.emit(fraction, message)

    def _on_worker_finished_with(self, worker: TaskWorker, result: Any) -> None:
        if self._release(worker) and self._on_done is not None:
            self._on_done(result)

    def _on_worker_failed(self, worker: TaskWorker, error: BaseException) -> None:
        if self._release(worker) and self._on_error is not None:
            self._on_error(error)

    def _on_worker_finished(self, worker: TaskWorker) -> None:
        self._alive.discard(worker)
        self._release(worker)

    def _release(self, worker: TaskWorker) -> bool:
        """End the current task once its outcome reaches the GUI thread.

        The runner is no longer busy when the result (or the error) is handed over,
        not later when the worker's last signal arrives: a callback that updates
        widgets, and whatever the user does next, sees an idle runner.
        """
        if worker is not self._worker:
            return False
        self._worker = None
        self.busy_changed.emit(False)
        return True
