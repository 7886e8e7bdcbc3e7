"""ordered_map: input order, bounded memory, errors raised at their item."""

from __future__ import annotations

import threading

import pytest

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
