"""ordered_map: input order, bounded memory, errors raised at their item."""

from __future__ import annotations

import threading

import pytest

from artois_energy_desk.core import threads
from artois_energy_desk.core.threads import ordered_map, worker_count


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_results_come_in_input_order(workers):
    # Later items finish first (they wait less): the order must still be the input's.
    done = threading.Event()

    def slow_first(item):
        if item == 0 and workers > 1:
            done.wait(timeout=5)
        if item == workers:  # the last of the first window releases the first item
            done.set()
        return item * item

    assert list(ordered_map(slow_first, range(20), workers)) == [
        i * i for i in range(20)]


def test_items_are_consumed_lazily_with_a_bounded_window():
    # With 2 workers, at most 3 items are taken ahead of the consumer.
    taken = []

    def items():
        for i in range(100):
            taken.append(i)
            yield i

    results = ordered_map(lambda x: x, items(), workers=2)
    assert next(results) == 0
    assert len(taken) <= 3
    results.close()


def test_an_error_is_raised_at_its_item():
    def fails_at_three(item):
        if item == 3:
            raise ValueError("three")
        return item

    seen = []
    with pytest.raises(ValueError, match="three"):
        for value in ordered_map(fails_at_three, range(10), workers=2):
            seen.append(value)
    assert seen == [0, 1, 2]


def test_worker_count_is_between_one_and_four():
    assert 1 <= worker_count() <= 4


def _blas_threads() -> list[int]:
    return [i["num_threads"] for i in threads._blas_controller().info()
            if i["user_api"] == "blas"]


def _seen_from_another_thread(function):
    seen = []
    worker = threading.Thread(target=lambda: seen.append(function()))
    worker.start()
    worker.join(5)
    return seen[0]


def test_blas_limit_set_on_the_main_thread_holds_everywhere_until_the_last_user():
    # Set on the main thread, the limit is seen by other threads; a worker entering
    # and leaving meanwhile does not lift it; the original count comes back when
    # the main thread leaves (not the limited one).
    original = _blas_threads()
    assert original, "numpy's BLAS must be found"

    def nested_user():
        with threads.single_threaded_blas():
            pass
        return _blas_threads()

    with threads.single_threaded_blas():
        assert _seen_from_another_thread(_blas_threads) == [1] * len(original)
        assert _seen_from_another_thread(nested_user) == [1] * len(original)
        assert _blas_threads() == [1] * len(original)
    assert _blas_threads() == original


def test_blas_runs_on_one_thread_while_the_workers_run():
    # Work spread over threads must not also spread each matrix product.
    original = _blas_threads()
    seen = list(ordered_map(lambda _: _blas_threads(), range(4), workers=2))
    assert seen == [[1] * len(original)] * 4
    assert _blas_threads() == original
