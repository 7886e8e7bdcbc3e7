"""One pattern for long work: generators that yield progress.

Long computations (a territory evaluation, an import, a network sizing) are written as
generators. Each ``yield`` of a :class:`Progress` is both a progress point and a
cancellation point: the consumer (the CLI, or the GUI worker thread) simply stops
iterating to cancel, and the generator's ``finally`` blocks clean up. The final result
is the generator's return value (``StopIteration.value``), which :func:`run` returns.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["Cancelled", "Progress", "Task", "run", "scaled"]

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """A progress point.

    Parameters
    ----------
    fraction : float
        Share of the work done, 0 to 1.
    message : str
        What is being done, for a person (French).
    partial : object, optional
        A partial result that a consumer may show early (for example one chunk of
        evaluated roofs); ``None`` when there is none.
    """

    fraction: float
    message: str = ""
    partial: Any = None


#: A long task: a generator of :class:`Progress` returning its result.
Task = Generator[Progress, None, T]


class Cancelled(Exception):
    """Raised by :func:`run` when the consumer asked to stop."""


def run(
    task: Task[T],
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> T:
    """Drive ``task`` to completion and return its result.

    Parameters
    ----------
    task : generator
        The task; it yields :class:`Progress` and returns its result.
    on_progress : callable, optional
        Called with each :class:`Progress`.
    should_stop : callable, optional
        Polled after each progress point; when it returns true the generator is closed
        (its ``finally`` blocks run) and :class:`Cancelled` is raised.
    """
    while True:
        try:
            step = next(task)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(step)
        if should_stop is not None and should_stop():
            task.close()
            raise Cancelled


def scaled(task: Task[T], start: float, stop: float, prefix: str = "") -> Task[T]:
    """Re-map a sub-task's progress onto the slice ``[start, stop]`` of a parent task.

    Use as ``result = yield from scaled(sub_task, 0.2, 0.9)``.
    """
    span = stop - start
    while True:
        try:
            step = next(task)
        except StopIteration as done:
            return done.value
        message = f"{prefix}{step.message}" if prefix else step.message
        yield Progress(start + span * step.fraction, message, step.partial)
