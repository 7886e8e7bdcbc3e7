"""The generator pattern: progress, result, cancellation with clean-up."""

from __future__ import annotations

import pytest

from artois_energy_desk.core.progress import Cancelled, Progress, run, scaled


def _counting(n, log):
    try:
        for i in range(n):
            yield Progress((i + 1) / n, f"pas {i + 1}")
        return n * 10
    finally:
        log.append("closed")


def test_run_returns_the_generator_result_and_reports_every_step():
    seen, log = [], []
    assert run(_counting(4, log), on_progress=seen.append) == 40
    assert [s.fraction for s in seen] == [0.25, 0.5, 0.75, 1.0]
    assert log == ["closed"]


def test_cancel_closes_the_generator_at_the_next_progress_point():
    seen, log = [], []
    with pytest.raises(Cancelled):
        run(
            _counting(10, log),
            on_progress=seen.append,
            should_stop=lambda: len(seen) >= 3,
        )
    assert len(seen) == 3
    assert log == ["closed"]


def test_scaled_maps_sub_progress_onto_a_slice():
    def parent():
        result = yield from scaled(_counting(2, []), 0.5, 0.9, "sous-tâche : ")
        return result

    steps = []
    assert run(parent(), on_progress=steps.append) == 20
    assert [round(s.fraction, 6) for s in steps] == [0.7, 0.9]
    assert steps[0].message == "sous-tâche : pas 1"
