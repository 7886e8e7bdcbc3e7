"""The one worker pattern: progress, result, errors, cancellation, supersession."""

from __future__ import annotations

import threading

import pytest

from artois_energy_desk import InputError
from artois_energy_desk.core.progress import Cancelled, Progress
from artois_energy_desk.gui.worker import TaskRunner, TaskWorker


def _steps(count, log, gate=None):
    try:
        for i in range(count):
            if gate is not None and i > 0:
                gate.wait(5)  # the first step passes, the rest waits for the test
            yield Progress((i + 1) / count, f"pas {i + 1}")
        return count * 10
    finally:
        log.append("closed")


def _failing():
    yield Progress(0.5, "à moitié")
    raise InputError(
        "toitures.csv, ligne 3, colonne pente : « abc » n'est pas un nombre"
    )


def test_worker_emits_progress_then_result_then_finished(qtbot):
    log, seen, results = [], [], []
    worker = TaskWorker(_steps(3, log))
    worker.signals.progressed.connect(lambda f, m: seen.append((f, m)))
    worker.signals.finished_with.connect(results.append)
    with qtbot.waitSignals(
        [worker.signals.finished_with, worker.signals.finished],
        order="strict",
        timeout=5000,
    ):
        worker.start()
    assert results == [30]
    assert [f for f, _ in seen] == pytest.approx([1 / 3, 2 / 3, 1.0])
    assert log == ["closed"]


def test_worker_emits_the_exception_and_still_finishes(qtbot):
    worker = TaskWorker(_failing())
    errors = []
    worker.signals.failed.connect(errors.append)
    with qtbot.waitSignals(
        [worker.signals.failed, worker.signals.finished], order="strict", timeout=5000
    ):
        worker.start()
    error = errors[0]
    assert isinstance(error, InputError)
    assert "ligne 3" in str(error)


def test_cancel_stops_at_the_next_yield_and_closes_the_generator(qtbot):
    log, gate = [], threading.Event()
    worker = TaskWorker(_steps(1000, log, gate))
    results, errors = [], []
    worker.signals.finished_with.connect(results.append)
    worker.signals.failed.connect(errors.append)
    with qtbot.waitSignal(worker.signals.progressed, timeout=5000):
        worker.start()
    with qtbot.waitSignals(
        [worker.signals.failed, worker.signals.finished], order="strict", timeout=5000
    ):
        worker.cancel()
        gate.set()
    assert [type(e) for e in errors] == [Cancelled]
    assert results == []
    assert log == ["closed"]


def test_a_new_task_cancels_the_current_one_and_mutes_it(qtbot):
    runner = TaskRunner()
    gate, first_log, done, errors = threading.Event(), [], [], []
    with qtbot.waitSignal(runner.progressed, timeout=5000):
        first = runner.start(_steps(1000, first_log, gate), done.append, errors.append)
    busy = []
    runner.busy_changed.connect(busy.append)
    second = runner.start(_steps(2, [], gate), done.append, errors.append)
    gate.set()
    # the first task may stop before or after the test connects to it: wait on state
    qtbot.waitUntil(lambda: not runner.busy and first_log == ["closed"], timeout=5000)
    assert first.is_cancelled and not second.is_cancelled
    assert done == [20]
    assert errors == []  # the superseded task's Cancelled is not reported
    assert busy == [False]  # no flicker to idle between the two tasks, one end
