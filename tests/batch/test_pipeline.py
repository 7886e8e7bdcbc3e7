"""The batch pipeline: chunking never changes a result; warnings reach the user."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from artois_energy_desk import paths
from artois_energy_desk.batch import EvaluationOptions, evaluate_task
from artois_energy_desk.core.economics import EconomicOptions
from artois_energy_desk.core.progress import run
from artois_energy_desk.io.parameters import load_parameters
from artois_energy_desk.io.roofs import read_roofs
from artois_energy_desk.io.weather import load_weather


@pytest.fixture(scope="module")
def demo():
    roofs = read_roofs(paths.data_file("demo", "artois_demo_roofs.csv")).roofs
    return roofs, load_weather(), load_parameters()


@pytest.fixture(scope="module")
def whole(demo):
    roofs, weather, params = demo
    return run(evaluate_task(roofs, weather, params))


def test_results_do_not_depend_on_the_chunk_size(demo, whole):
    """Buildings are kept whole per chunk and categories are merged across chunks.

    The shuffled input also checks that rows come back in the input order.
    """
    roofs, weather, params = demo
    shuffled = roofs.sample(frac=1.0, random_state=3)
    small = run(evaluate_task(shuffled, weather, params,
                              EvaluationOptions(chunk_rows=700), tables=whole.tables))
    expected = whole.results.loc[shuffled.index]
    pd.testing.assert_frame_equal(small.results, expected, check_exact=False,
                                  rtol=1e-12)


def test_every_input_row_and_column_comes_out(demo, whole):
    roofs, _, _ = demo
    assert whole.results.index.equals(roofs.index)
    assert list(whole.results.columns[: len(roofs.columns)]) == list(roofs.columns)


def test_stale_tariff_grid_is_a_warning_for_the_user(demo):
    """Today = 2026-11-26; the latest installed S21 grid starts on 2026-01-01, more
    than the six months of economics.tariff_staleness_months: the user is told."""
    roofs, weather, params = demo
    options = EvaluationOptions(
        economics=EconomicOptions(today=dt.date(2026, 11, 26)))
    evaluation = run(evaluate_task(roofs.head(10), weather, params, options))
    message = next(m for m in evaluation.warnings if "S21" in m)
    assert "2026-01-01" in message and "paramètres à jour" in message
    assert f"Avertissement : {message}" in evaluation.assumptions()
