"""Batch thermal evaluation per facet and building, and the PV / thermal roof split."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk.core.progress import run
from artois_energy_desk.core.solar.pv import build_pv_table, evaluate_pv
from artois_energy_desk.core.solar.sky import compute_sky
from artois_energy_desk.core.solar.thermal import (
    build_thermal_table,
    evaluate_thermal,
    thermal_columns,
    thermal_detail,
)
from artois_energy_desk.core.solar.thermal_allocation import (
    PV_SCALED_COLUMNS,
    allocate_roof_use,
)
from artois_energy_desk.io.parameters import default_parameters
from artois_energy_desk.io.weather import load_weather


@pytest.fixture(scope="module")
def params():
    return default_parameters()


@pytest.fixture(scope="module")
def sky(params):
    return compute_sky(load_weather(), params)


@pytest.fixture(scope="module")
def table(sky, params):
    return run(build_thermal_table(sky, params))


@pytest.fixture(scope="module")
def roofs():
    # house A: south, north and east faces; B: residential use, no dwelling count;
    # C: offices; D: 20 flats on a flat roof; E: south face too small for a module;
    # F: a facet with nothing known about its building.
    return pd.DataFrame({
        "roof_id": ["a-s", "a-n", "a-e", "b", "c", "d", "e", "f"],
        "building_id": ["A", "A", "A", "B", "C", "D", "E", None],
        "area_m2": [40.0, 40.0, 20.0, 30.0, 200.0, 600.0, 2.5, 50.0],
        "tilt_deg": [40.0, 40.0, 40.0, 35.0, 30.0, 0.0, 45.0, 30.0],
        "azimuth_deg": [180.0, 0.0, 90.0, 200.0, 180.0, 180.0, 180.0, 180.0],
        "dwellings": [1.0, 1.0, 1.0, np.nan, np.nan, 20.0, 1.0, np.nan],
        "floor_area_m2": [100.0, 100.0, 100.0, np.nan, np.nan, 1300.0, 80.0, np.nan],
        "building_use": ["Résidentiel"] * 3 + ["Résidentiel", "Commercial et services",
                                              "Résidentiel", "Résidentiel", None],
        "shading_loss": [0.05, 0.05, 0.05, np.nan, 0.1, 0.0, 0.0, np.nan],
    }, index=pd.Index([10, 11, 12, 13, 14, 15, 16, 17], name="row"))


@pytest.fixture(scope="module")
def result(roofs, table, params):
    return evaluate_thermal(roofs, table, params, mode="both")


def test_every_row_comes_out_with_the_documented_columns(roofs, result, params):
    assert result.index.equals(roofs.index)
    assert tuple(result.columns) == thermal_columns(params)
    assert {"thermal_yield_kwh_m2", "thermal_yield_25c_kwh_m2",
            "thermal_yield_75c_kwh_m2"} <= set(result.columns)


def test_potential_yields_per_facet(result):
    y = result["thermal_yield_kwh_m2"]
    assert y[10] > y[12] > y[11] > 0  # south > east > north
    assert (result["thermal_yield_25c_kwh_m2"] > y).all()
    assert (result["thermal_yield_75c_kwh_m2"] < y).all()


def test_one_system_per_building_on_its_best_facet(result):
    area = result["thermal_collector_area_m2"]
    # House A: only the south face carries collectors (2 modules, DPE load of a
    # 100 m2 house: Nadeq = 1.75 + 0.3 x (2.5 - 1.75) = 1.975).
    assert area[10] > 0 and area[11] == 0 and area[12] == 0
    assert result.loc[10, "thermal_nadeq"] == pytest.approx(1.975)
    assert result.loc[10, "thermal_system"] == "single_house"
    assert np.isnan(result.loc[11, "thermal_solar_fraction"])
    # B: residential use, no count -> 1 dwelling assumed, recorded on the row.
    assert result.loc[13, "thermal_dwellings"] == 1
    assert "1 supposé" in result.loc[13, "thermal_assumptions"]
    assert "défaut" in result.loc[13, "thermal_assumptions"]
    # C (offices) and F (nothing known): no DHW system.
    assert result.loc[14, "thermal_system"] == "none" and area[14] == 0
    assert result.loc[17, "thermal_system"] == "none" and area[17] == 0
    # D: 20 flats -> collective system on the flat roof.
    assert result.loc[15, "thermal_system"] == "collective" and area[15] >= 10
    # E: need known but no module fits: need recorded, no collector.
    assert area[16] == 0 and result.loc[16, "thermal_dhw_need_kwh"] > 0


def test_system_results_are_physical(result):
    systems = result[result["thermal_collector_area_m2"] > 0]
    assert len(systems) == 3
    assert ((systems["thermal_solar_fraction"] > 0.2)
            & (systems["thermal_solar_fraction"] < 0.8)).all()
    np.testing.assert_allclose(
        systems["thermal_annual_kwh"],
        systems["thermal_solar_fraction"] * systems["thermal_dhw_need_kwh"])
    # Useful heat below what the collectors could collect at 25 C on that facet.
    assert (systems["thermal_system_yield_kwh_m2"]
            < systems["thermal_yield_25c_kwh_m2"]).all()
    assert (result["thermal_annual_kwh"] >= 0).all()


def test_mode_pv_computes_no_system(roofs, table, params):
    out = evaluate_thermal(roofs, table, params, mode="pv")
    assert (out["thermal_collector_area_m2"] == 0).all()
    assert (out["thermal_system"] == "none").all()
    assert out["thermal_yield_kwh_m2"].notna().all()
    with pytest.raises(ValueError, match="mode"):
        evaluate_thermal(roofs, table, params, mode="solar")


def test_roofs_are_not_modified(roofs, table, params):
    before = roofs.copy()
    evaluate_thermal(roofs, table, params)
    pd.testing.assert_frame_equal(roofs, before)


@pytest.fixture(scope="module")
def pv(roofs, sky, params):
    return evaluate_pv(roofs, run(build_pv_table(sky, params)), params)


def test_allocation_both_shrinks_pv_by_the_collector_area(pv, result):
    out = allocate_roof_use(pv, result, "both")
    collector = result["thermal_collector_area_m2"]
    np.testing.assert_allclose(out["pv_module_area_m2"],
                               pv["pv_module_area_m2"] - collector)
    share = out["pv_area_share"]
    np.testing.assert_allclose(out["pv_annual_yield_kwh"],
                               pv["pv_annual_yield_kwh"] * share)
    assert out.loc[10, "roof_use"] == "pv_thermal" and out.loc[11, "roof_use"] == "pv"
    np.testing.assert_allclose(out["thermal_annual_kwh"], result["thermal_annual_kwh"])


def test_allocation_thermal_and_pv_modes(pv, result):
    thermal = allocate_roof_use(pv, result, "thermal")
    for name in PV_SCALED_COLUMNS:
        assert (thermal[name] == 0).all()
    assert thermal.loc[10, "roof_use"] == "thermal" and thermal.loc[11, "roof_use"] \
        == "none"
    only_pv = allocate_roof_use(pv, result, "pv")
    np.testing.assert_allclose(only_pv["pv_annual_yield_kwh"],
                               pv["pv_annual_yield_kwh"])
    assert (only_pv["thermal_annual_kwh"] == 0).all()
    assert set(only_pv["roof_use"]) == {"pv"}


def test_detail_view_agrees_with_the_batch_row(sky, result, params):
    # The hourly store model of one building against its monthly-method row (0.05).
    row = result.loc[10]
    detail = thermal_detail(sky, 40.0, 180.0, row["thermal_collector_area_m2"],
                            row["thermal_store_volume_l"], row["thermal_nadeq"],
                            params, shading_loss=0.05)
    assert detail.load_kwh.sum() == pytest.approx(row["thermal_dhw_need_kwh"],
                                                  rel=1e-5)
    assert detail.solar_fraction[0] == pytest.approx(row["thermal_solar_fraction"],
                                                     abs=0.05)
