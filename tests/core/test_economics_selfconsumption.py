"""Self-consumption: closed form on shared shapes against the direct hourly sum."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk.core.economics import (
    SelfConsumptionCurve,
    pv_shape_from_series,
    self_consumption_hourly,
)
from artois_energy_desk.core.economics.loadprofiles import (
    PROFILES,
    french_public_holidays,
)
from artois_energy_desk.core.economics.roofs import batch_self_consumption
from artois_energy_desk.core.economics.selfconsumption import month_of_hour
from artois_energy_desk.io.load_curves import default_load_profiles


def _pv_shape() -> np.ndarray:
    """A clear-sky-like PV day (sine from 6 h to 18 h) with a seasonal amplitude."""
    hours = np.arange(8760)
    day = np.clip(np.sin((hours % 24 - 6) / 12 * np.pi), 0, None)
    season = 1 + 0.6 * np.cos((hours // 24 - 172) / 365 * 2 * np.pi)
    shape = day * season
    return shape / shape.sum() * 1000.0  # 1 000 kWh/kWp/yr


@pytest.fixture(scope="module")
def profiles():
    return default_load_profiles(2026)


def test_default_shapes_are_documented_and_normalised(profiles):
    assert set(PROFILES) <= set(profiles.shapes)
    for name, shape in profiles.shapes.items():
        assert shape.shape == (8760,)
        assert shape.sum() == pytest.approx(1.0, rel=1e-12), name
        assert (shape > 0).all(), name
    # working-day occupancy: office / school / shop load at 11 h above 3 h
    # (hour index = day * 24 + hour, standard time; 2026-01-06 is a Tuesday)
    tuesday = 5 * 24
    for name in ("office", "school", "shop"):
        shape = profiles.shapes[name]
        assert shape[tuesday + 10] > 2 * shape[tuesday + 3], name
    # schools are nearly empty in August (French summer break)
    school = profiles.shapes["school"]
    august = month_of_hour() == 8
    assert school[august].mean() < 0.3 * school[~august].mean()


def test_french_public_holidays_2026():
    days = french_public_holidays(2026)
    assert len(days) == 11
    # Easter 2026 is 5 April: Easter Monday 6 Apr, Ascension 14 May, Whit Monday 25 May
    assert {dt.date(2026, 4, 6), dt.date(2026, 5, 14), dt.date(2026, 5, 25)} <= days


@pytest.mark.parametrize("ratio", [0.0, 0.05, 0.3, 1.0, 2.5, 40.0])
def test_closed_form_equals_direct_hourly_sum(profiles, ratio):
    pv = _pv_shape() / _pv_shape().sum()
    for name, load in profiles.shapes.items():
        curve = SelfConsumptionCurve.from_shapes(pv, load)
        direct = np.minimum(ratio * pv, load).sum()
        # tolerance: only the summation order differs
        assert curve(ratio) == pytest.approx(direct, rel=1e-12, abs=1e-15), name


def test_batch_monthly_matches_direct_hourly_per_building(profiles):
    rng = np.random.default_rng(3)
    n = 40
    shape = _pv_shape()
    months = month_of_hour()
    monthly_fraction = np.array([shape[months == m].sum() for m in range(1, 13)])
    monthly_fraction /= monthly_fraction.sum()
    annual = rng.uniform(500, 40000, n)
    # each roof has its own seasonal tilt of the monthly yields
    tilt = rng.uniform(0.7, 1.3, n)[:, None] ** np.cos(np.arange(12) / 12 * 2 * np.pi)
    monthly = annual[:, None] * monthly_fraction * tilt
    codes = np.repeat(np.arange(n // 2), 2)  # two facets per building
    profile = np.array(list(PROFILES) * 8)[codes]
    load = rng.uniform(2000, 60000, n // 2)[codes]
    sc = batch_self_consumption(monthly, codes, profile, load, shape, profiles)
    for building in range(n // 2):
        rows = np.flatnonzero(codes == building)
        hourly = np.zeros(8760)
        for m in range(12):  # PV hourly = monthly yield spread on the month's shape
            in_month = months == m + 1
            hourly[in_month] = (monthly[rows, m].sum() * shape[in_month]
                                / shape[in_month].sum())
        ref = self_consumption_hourly(hourly, load[rows[0]]
                                      * profiles.shapes[profile[rows[0]]])
        assert sc[rows].sum() == pytest.approx(ref["self_consumed_kwh"], rel=1e-10)
        # facets share the building's self-consumption by annual yield
        share = monthly[rows].sum(axis=1) / monthly[rows].sum()
        np.testing.assert_allclose(sc[rows] / sc[rows].sum(), share, rtol=1e-10)


def test_self_consumption_hourly_rates():
    out = self_consumption_hourly([0, 2, 4, 0], [1, 1, 1, 1])
    assert out == {"self_consumed_kwh": 2.0, "surplus_kwh": 4.0,
                   "self_consumption_rate": 2 / 6, "self_sufficiency_rate": 0.5}
    assert np.isnan(self_consumption_hourly([0, 0], [1, 1])["self_consumption_rate"])


def test_pv_shape_from_series_places_hours_in_standard_time():
    # 2019 TMY-like hourly series in UTC, mid-hour stamps
    index = pd.date_range("2019-01-01 00:30", periods=8760, freq="h", tz="UTC")
    series = pd.Series(np.arange(8760, dtype=float), index=index)
    placed = pv_shape_from_series(series)
    # UTC 00:30 -> 01:30 standard time -> position 1; the last UTC hour wraps to 0
    assert placed[1] == 0.0 and placed[0] == 8759.0
    assert placed.sum() == series.sum()
    # a leap year: 29 February is dropped, 1 March keeps its day-of-year slot 59
    leap = pd.date_range("2020-01-01", periods=8784, freq="h", tz="Etc/GMT-1")
    placed = pv_shape_from_series(pd.Series(1.0, index=leap))
    assert placed.sum() == 8760.0 and (placed == 1.0).all()
