"""Orientation grid: aggregates, progress, wrap-around, measured interpolation error."""

from __future__ import annotations

from functools import partial

import numpy as np
import pandas as pd
import pytest
from test_sky import synthetic_year

from artois_energy_desk.core.progress import Progress, run
from artois_energy_desk.core.solar.orientation_grid import (
    AGGREGATE_COLUMNS,
    aggregate_hourly,
    build_orientation_grid,
)
from artois_energy_desk.core.solar.pv import AC_QUANTITY, POA_QUANTITY, pv_hourly
from artois_energy_desk.core.solar.pv_settings import PVSettings
from artois_energy_desk.core.solar.sky import compute_sky
from artois_energy_desk.io.parameters import default_parameters

MONTH = np.repeat(np.arange(1, 13), 10)  # 120 "hours", 10 per month


def smooth_model(tilt, azimuth):
    """Hourly values of a smooth analytic function of the orientation."""
    hours = np.arange(MONTH.size)
    facing = np.cos(np.radians(tilt)) + 0.5 * np.sin(np.radians(tilt)) * np.cos(
        np.radians(azimuth - 180.0))
    return {"value": np.multiply.outer(facing, 1.0 + 0.01 * hours),
            "tilt": np.multiply.outer(tilt, np.ones(MONTH.size))}


def test_aggregate_hourly_equals_pandas_monthly_sums():
    rng = np.random.default_rng(1)
    month = np.sort(rng.integers(1, 13, 500))
    values = rng.random((3, 500))
    values[0, 7] = np.nan  # NaN counts as zero, like a pandas sum
    expected = pd.DataFrame(values.T).groupby(month).sum().T.to_numpy()
    result = aggregate_hourly(values, month)
    assert result.shape == (3, len(AGGREGATE_COLUMNS))
    np.testing.assert_allclose(result[:, 1:], expected, rtol=1e-12)
    np.testing.assert_allclose(result[:, 0], np.nansum(values, axis=1), rtol=1e-12)
    # unsorted months (and a missing month) give the same sums
    order = rng.permutation(500)
    shuffled = aggregate_hourly(values[:, order], month[order])
    np.testing.assert_allclose(shuffled, result, rtol=1e-12)
    no_june = month != 6
    partial_year = aggregate_hourly(values[:, no_june], month[no_june])
    assert np.all(partial_year[:, 6] == 0.0)


def test_grid_yields_progress_and_returns_node_aggregates():
    task = build_orientation_grid(smooth_model, MONTH, chunk_size=100)
    fractions = []
    while True:
        try:
            step = next(task)
        except StopIteration as stop:
            grid = stop.value
            break
        assert isinstance(step, Progress)
        fractions.append(step.fraction)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(fractions) > 5
    # 0..90 by 5 plus one padding node at each end; 0..355 by 5
    np.testing.assert_allclose(grid.tilts, np.arange(-5, 96, 5))
    np.testing.assert_allclose(grid.azimuths, np.arange(0, 360, 5))
    assert grid.tilt_range == (0.0, 90.0)
    assert grid.aggregates["value"].shape == (21 * 72, 13)
    node = 3 * 72 + 10  # tilt 10, azimuth 50
    assert (grid.surface_tilt[node], grid.surface_azimuth[node]) == (10.0, 50.0)
    hourly = smooth_model(np.array([10.0]), np.array([50.0]))["value"]
    expected = aggregate_hourly(hourly, MONTH)[0]
    np.testing.assert_allclose(grid.aggregates["value"][node], expected, rtol=1e-12)


def test_interpolation_exact_at_nodes_and_continuous_across_north():
    grid = run(build_orientation_grid(smooth_model, MONTH))
    at_nodes = grid.interpolate("value", [10.0, 45.0, 90.0], [50.0, 0.0, 355.0])
    np.testing.assert_allclose(at_nodes, grid.aggregates["value"][
        [3 * 72 + 10, 10 * 72 + 0, 19 * 72 + 71]], rtol=1e-12)
    # wrap-around: 359.999 deg and 360.001 deg (= 0.001) are the same direction
    across = grid.interpolate("value", [30.0, 30.0, 30.0], [359.999, 360.001, 0.001])
    np.testing.assert_allclose(across[0], across[1], rtol=1e-5)
    np.testing.assert_allclose(across[1], across[2], rtol=1e-12)
    # a quantity linear in tilt is reproduced exactly by the cubic kernel
    tilts = np.array([0.0, 2.5, 33.3, 87.0, 90.0])
    np.testing.assert_allclose(
        grid.interpolate("tilt", tilts, np.full(5, 123.0))[:, 0], tilts * MONTH.size,
        rtol=1e-12)
    several = grid.interpolate(["value", "tilt"], tilts, np.zeros(5), columns=[0, 6])
    assert several.shape == (5, 2, 2)


def test_tilt_outside_grid_is_refused():
    grid = run(build_orientation_grid(smooth_model, MONTH))
    with pytest.raises(ValueError, match="outside the grid"):
        grid.interpolate("value", [91.0], [180.0])
    with pytest.raises(ValueError, match="outside the grid"):
        grid.interpolate("value", [np.nan], [180.0])
    with pytest.raises(ValueError, match="azimuth step"):
        run(build_orientation_grid(smooth_model, MONTH, azimuth_step_deg=7.0))


def test_interpolated_pv_yield_matches_exact_evaluation_off_grid():
    # The accuracy contract of the PV table (0.5 % annual, 1 % monthly against
    # ModelChain) must leave room for the interpolation error, measured here against
    # the exact chain at 200 random off-grid orientations, for bicubic on the PV grid
    # (pv.table_tilt_step_deg x pv.table_azimuth_step_deg) and bilinear on its
    # pv.table_lookup_step_deg resampling (what evaluate_pv reads). Measured on this
    # synthetic year: AC 1.4e-4 annual and 1.8e-3 monthly at worst (low north-facing
    # planes in December, where the sun grazes the plane); plane irradiation 3.3e-4
    # annual (only its annual value is reported). Bounds keep a factor ~3.
    params = default_parameters()
    settings = PVSettings.from_parameters(params)
    lit = compute_sky(synthetic_year(), params).irradiated()
    model = partial(pv_hourly, lit, settings=settings, mounting="pitched")
    grid = run(build_orientation_grid(
        lambda tilt, azimuth: model(tilt, azimuth), lit.month,
        tilt_step_deg=settings.table_tilt_step_deg,
        azimuth_step_deg=settings.table_azimuth_step_deg))
    step = settings.table_lookup_step_deg
    fine = grid.resampled(step, step)
    rng = np.random.default_rng(7)
    tilt = rng.uniform(0, 90, 200)
    azimuth = rng.uniform(0, 360, 200)
    exact = {name: aggregate_hourly(values, lit.month)
             for name, values in model(tilt, azimuth).items()}
    names = [AC_QUANTITY, POA_QUANTITY]
    for interpolated in (grid.interpolate(names, tilt, azimuth),
                         fine.interpolate(names, tilt, azimuth, method="linear")):
        ac_error = interpolated[:, 0, :] / exact[AC_QUANTITY] - 1.0
        poa_error = interpolated[:, 1, 0] / exact[POA_QUANTITY][:, 0] - 1.0
        assert np.abs(ac_error[:, 0]).max() < 5e-4
        assert np.abs(ac_error[:, 1:]).max() < 6e-3
        assert np.abs(poa_error).max() < 1e-3
