"""ISO 9806 collector model: datasheet values, hand calculation, bounds, input types."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk.core.progress import run
from artois_energy_desk.core.solar.sky import compute_sky, poa_components
from artois_energy_desk.core.solar.thermal import build_thermal_table
from artois_energy_desk.core.solar.thermal_collector import (
    collector_heat_flux,
    collector_parameters,
    effective_irradiance,
)
from artois_energy_desk.io.parameters import default_parameters
from artois_energy_desk.io.weather import read_weather

UCCLE = "uccle-tmyx/BEL_VLG_Uccle.064470_TMYx.2007-2021.epw"


@pytest.fixture(scope="module")
def params():
    return default_parameters()


@pytest.fixture(scope="module")
def collector(params):
    return collector_parameters(params)


@pytest.fixture(scope="module")
def uccle_sky(external_data, params):
    return compute_sky(read_weather(external_data / UCCLE), params)


def test_default_set_is_the_keymark_flat_plate(collector):
    # Solar Keymark DS 3663 (shared/reference/solar-thermal.md §1.2).
    assert collector.name == "chappee_sol_200_lh"
    assert (collector.eta0, collector.a1_w_per_m2k, collector.a2_w_per_m2k2) == (
        0.739, 3.51, 0.017)
    assert collector.area_basis == "gross" and collector.status == "sourced"


def test_evacuated_tube_set_is_marked_unverified(params):
    table = params.table("thermal_collectors")
    tube = table[table["collector_type"] == "evacuated_tube"]
    assert not tube.empty and set(tube["status"]) == {"unverified"}
    assert table["area_basis"].isin(["gross", "aperture"]).all()
    assert table["source"].str.len().gt(10).all()


@pytest.mark.parametrize(("delta_t", "datasheet_w"),
                         [(0, 1480), (10, 1405), (30, 1235), (50, 1037), (70, 812)])
def test_power_per_collector_matches_the_keymark_datasheet(collector, delta_t,
                                                           datasheet_w):
    # DS 3663 prints the power of one 2.02 m2 collector at G = 1000 W/m2 (normal
    # incidence); the SST equation with the sheet's coefficients gives 1493 / 1418 /
    # 1249 / 1052 / 828 W, 0.9 % to 2.0 % above the printed values (the sheet's own
    # rounding of its fitted model), hence 2.5 %.
    g_eff = effective_irradiance(0.0, 1000.0, 0.0, collector)
    power = collector.module_area_m2 * collector_heat_flux(g_eff, 20.0, 20.0 + delta_t,
                                                           collector)
    assert power == pytest.approx(datasheet_w, rel=0.025)


def test_beam_modifier_reproduces_the_datasheet_k50(collector):
    # b0 was fitted to K(50 deg) = 0.94 of DS 3663; diffuse gets Kd = 0.91.
    assert effective_irradiance(50.0, 100.0, 0.0, collector) == pytest.approx(94.0,
                                                                               abs=0.05)
    assert effective_irradiance(90.0, 100.0, 10.0, collector) == pytest.approx(9.1)


def test_input_types_scalar_ndarray_series(collector):
    series = pd.Series([0.0, 400.0, 900.0], index=pd.RangeIndex(3, name="hour"))
    out = collector_heat_flux(series, 10.0, 50.0, collector)
    assert isinstance(out, pd.Series) and out.index.equals(series.index)
    np.testing.assert_allclose(out.to_numpy(),
                               collector_heat_flux(series.to_numpy(), 10.0, 50.0,
                                                   collector))
    assert float(collector_heat_flux(900.0, 10.0, 50.0, collector)) == out.iloc[2]
    assert out.iloc[0] == 0.0  # losses exceed the gain: the pump stays off


def test_hourly_flux_at_50c_matches_the_iso_9806_equation_by_hand(uccle_sky,
                                                                   collector):
    # Five sunny hours of the Uccle year on a south 45 deg plane, evaluated by hand:
    # K = 1 - 0.108 (1/cos(aoi) - 1), q = 0.739 (K Gb + 0.91 Gd) - 3.51 dT - 0.017 dT^2.
    poa = poa_components(uccle_sky, [45.0], [180.0], 0.2)
    hours = np.argsort(np.nan_to_num(poa.poa_global[0]))[-200::40]
    g_eff = effective_irradiance(poa.aoi[0, hours], poa.poa_direct[0, hours],
                                 poa.poa_diffuse[0, hours], collector)
    model = collector_heat_flux(g_eff, uccle_sky.temp_air[hours], 50.0, collector)
    for k, hour in enumerate(hours):
        aoi = np.radians(poa.aoi[0, hour])
        k_beam = max(0.0, 1.0 - 0.108 * (1.0 / np.cos(aoi) - 1.0))
        g = k_beam * poa.poa_direct[0, hour] + 0.91 * (
            poa.poa_sky_diffuse[0, hour] + poa.poa_ground_diffuse[0, hour])
        dt = 50.0 - uccle_sky.temp_air[hour]
        hand = max(0.0, 0.739 * g - 3.51 * dt - 0.017 * dt**2)
        assert model[k] == pytest.approx(hand, rel=0.03)
        assert hand > 100.0  # the hours are sunny: a real check, not 0 == 0


@pytest.fixture(scope="module")
def uccle_table(uccle_sky, params):
    return run(build_thermal_table(uccle_sky, params))


def test_table_yield_matches_the_hourly_sum_by_hand(uccle_sky, uccle_table, collector):
    # Annual yield at 50 C, south 45 deg: the tabulated (interpolated) value against
    # the hourly ISO 9806 sum computed here; 1 % covers the interpolation.
    poa = poa_components(uccle_sky, [45.0, 30.0], [180.0, 225.0], 0.2)
    g = effective_irradiance(poa.aoi, poa.poa_direct, poa.poa_diffuse, collector)
    hand = np.nansum(collector_heat_flux(g, uccle_sky.temp_air, 50.0, collector),
                     axis=1) / 1000.0
    table = uccle_table.lookup.interpolate("yield_50c_kwh_m2", [45.0, 30.0],
                                           [180.0, 225.0], method="linear")[:, 0]
    np.testing.assert_allclose(table, hand, rtol=0.01)
    # Keymark-type yields fall with fluid temperature; Wuerzburg (the closest Keymark
    # climate) gives several hundred kWh/m2 at 50 C for such a collector.
    yields = uccle_table.grid.interpolate(
        ["yield_25c_kwh_m2", "yield_50c_kwh_m2", "yield_75c_kwh_m2"], [45.0],
        [180.0])[0, :, 0]
    assert yields[0] > yields[1] > yields[2] > 0
    assert 350 < yields[1] < 700


def test_yields_are_bounded_by_eta0_times_irradiation(uccle_table, collector):
    # No negative heat; yield below eta0 x effective irradiation at every node, month.
    grid = uccle_table.grid
    irradiation = grid.aggregates["effective_irradiation_kwh_m2"]
    for name in ("yield_25c_kwh_m2", "yield_50c_kwh_m2", "yield_75c_kwh_m2"):
        values = grid.aggregates[name]
        assert (values >= 0).all()
        assert (values <= collector.eta0 * irradiation + 1e-9).all()
