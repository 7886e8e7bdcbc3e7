"""DHW need by the DPE (3CL-DPE 2021) convention."""

from __future__ import annotations

import numpy as np
import pytest

from artois_energy_desk.core.solar.dhw import (
    adult_equivalents,
    dhw_convention,
    equivalent_volume_l,
    max_occupants,
    monthly_dhw_need_kwh,
)
from artois_energy_desk.io.parameters import default_parameters


@pytest.fixture(scope="module")
def convention():
    return dhw_convention(default_parameters())


# Expected values: Open3CL/engine src/11_nadeq.spec.js (3CL-DPE 2021 method, p. 70).
@pytest.mark.parametrize(("area", "nadeq"), [(8, 1.0), (28, 1.0), (45, 1.28125),
                                             (51, 1.39375), (70, 1.75), (75, 1.7875)])
def test_house_adult_equivalents(convention, area, nadeq):
    nmax = max_occupants(area, "house", convention)
    assert adult_equivalents(nmax, 1, convention) == pytest.approx(nadeq, abs=1e-9)


@pytest.mark.parametrize(("building_area", "dwellings", "nadeq"), [
    (8, 1, 1.0), (8, 2, 2.0), (28, 1, 1.3375), (28, 2, 2.15), (45, 2, 2.46875),
    (51, 1, 1.7605), (70, 1, 1.96), (70, 2, 2.9375), (75, 2, 3.03125)])
def test_collective_adult_equivalents(convention, building_area, dwellings, nadeq):
    nmax = max_occupants(building_area / dwellings, "apartment", convention)
    assert adult_equivalents(nmax, dwellings, convention) == pytest.approx(nadeq,
                                                                           abs=1e-4)


def test_vectorised_nadeq(convention):
    area = np.array([8.0, 45.0, 75.0])
    expected = [1.0, 1.28125, 1.7875]
    np.testing.assert_allclose(
        adult_equivalents(max_occupants(area, "house", convention), np.ones(3),
                          convention), expected)
    assert np.isnan(max_occupants(np.nan, "house", convention))


def test_monthly_need_by_hand(convention):
    # January, H1a: 1.163 x 1 x 56 x (40 - 7.8) x 31 / 1000 = 65.01 kWh;
    # December has 24 occupied days: 1.163 x 56 x (40 - 9.2) x 24 / 1000 = 48.14 kWh.
    need = monthly_dhw_need_kwh(1.0, convention)
    assert need.shape == (12,)
    assert need[0] == pytest.approx(1.163 * 56 * 32.2 * 31 / 1000)
    assert need[11] == pytest.approx(1.163 * 56 * 30.8 * 24 / 1000)
    # Without the December vacancy, 4 persons need 2675 kWh/yr (reference §6).
    full_year = need.sum() + 1.163 * 56 * 30.8 * 7 / 1000
    assert 4 * full_year == pytest.approx(2675, abs=1)
    assert monthly_dhw_need_kwh(np.array([1.0, 2.0]), convention).shape == (2, 12)


def test_equivalent_volume_at_60c():
    # Reference §4: 56 L at 40 C is 33.6 L at 60 C with 10 C cold water.
    assert equivalent_volume_l(56.0, 40.0, 60.0, 10.0) == pytest.approx(33.6)


def test_tables_carry_sources():
    params = default_parameters()
    for name in ("dhw_cold_water_h1a", "dhw_dpe_nmax", "dhw_hourly_profile",
                 "thermal_fchart"):
        table = params.table(name)
        assert table["source"].str.len().gt(10).all()
        assert table["status"].isin(["sourced", "derived", "unverified"]).all()
    profile = params.table("dhw_hourly_profile")
    assert profile.groupby("profile")["share"].sum().to_numpy() == pytest.approx(1.0)
