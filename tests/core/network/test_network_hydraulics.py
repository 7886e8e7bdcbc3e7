"""Hydraulics, catalogue, simultaneity, demand and losses against hand values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.optimize import brentq

from artois_energy_desk import InputError
from artois_energy_desk.core.network.catalogue import catalogue_series, choose_pipes
from artois_energy_desk.core.network.demand import estimate_demand, full_load_hours
from artois_energy_desk.core.network.hydraulics import (
    WaterProperties,
    friction_factor,
    pressure_gradient_pa_per_m,
    pump_electric_power_w,
    water_properties,
)
from artois_energy_desk.core.network.losses import (
    design_heat_loss_w,
    fcu_distance_class,
    linear_heat_density_mwh_per_m,
)
from artois_energy_desk.core.network.simultaneity import simultaneity_factor

# Water at 70 °C from topotherm's settings (reference §1), independent of our table.
WATER_70 = WaterProperties(70.0, 977.76, 4.041e-4, 4187.0)


def test_one_pipe_by_hand():
    # DN100 isoplus, d = 107.1 mm, k = 0.1 mm, 5 kg/s of water at 70 °C.
    d, k, m = 0.1071, 0.1e-3, 5.0
    v = m / (977.76 * np.pi * d**2 / 4)  # 0.5676 m/s
    re = 977.76 * v * d / 4.041e-4  # 1.471e5
    # Colebrook-White solved independently with a bracketing root finder.
    lam = brentq(
        lambda x: (
            1 / np.sqrt(x) + 2 * np.log10(k / (3.7 * d) + 2.51 / (re * np.sqrt(x)))
        ),
        1e-3,
        0.1,
    )
    expected = lam * 977.76 * v**2 / (2 * d)
    got = pressure_gradient_pa_per_m(m, d, k, WATER_70)
    # Same equation, two solvers: agreement to 1e-6 relative.
    assert got == pytest.approx(expected, rel=1e-6)
    assert v == pytest.approx(0.5676, abs=1e-3)
    # Haaland's explicit fit (reference §2) is within ~2 % of Colebrook-White.
    haaland = (-1.8 * np.log10((k / d / 3.7) ** 1.11 + 6.9 / re)) ** -2
    assert friction_factor(re, k / d) == pytest.approx(haaland, rel=0.02)


def test_friction_factor_laminar_and_arrays():
    assert friction_factor(1000.0, 1e-3) == pytest.approx(0.064)
    series = pd.Series([0.0, 1000.0, 1e5])
    result = friction_factor(series.to_numpy(), 1e-3)
    assert result[0] == 0.0 and result[1] == pytest.approx(0.064)
    assert 0.015 < result[2] < 0.03


def test_water_properties_interpolate_and_refuse_extrapolation(network_params):
    table = network_params.table("network_water_properties")
    w = water_properties(70.0, table)
    # The table row at 70 °C equals topotherm's values within 0.1 %.
    assert w.density_kg_m3 == pytest.approx(977.76, rel=1e-3)
    assert w.viscosity_pa_s == pytest.approx(4.041e-4, rel=1e-2)
    with pytest.raises(InputError, match="hors du domaine"):
        water_properties(130.0, table)


def test_pump_power_by_hand():
    # 2 bar x 10 kg/s / (977.76 kg/m3 x 0.7 x 0.9) = 3 246.7 W.
    assert pump_electric_power_w(2e5, 10.0, 977.76, 0.7, 0.9) == pytest.approx(
        3246.7, rel=1e-4
    )


@pytest.mark.parametrize(("peak_kw", "dn"), [(1000.0, 100), (1300.0, 125)])
def test_catalogue_choice_matches_reference_capacity(network_params, peak_kw, dn):
    # Reference §1: DN100 carries 1 145 kW at 100 Pa/m and ΔT 30 K, DN125 2 007 kW.
    rows = catalogue_series(network_params.table("network_pipe_catalogue"), 1)
    water = water_properties(75.0, network_params.table("network_water_properties"))
    flow = np.array([peak_kw * 1000 / (4180 * 30)])
    choice = choose_pipes(flow, rows, (water,), 100.0, 2.0)
    assert choice.dn[0] == dn and choice.within_catalogue[0]


def test_catalogue_overflow_is_flagged(network_params):
    rows = catalogue_series(network_params.table("network_pipe_catalogue"), 2)
    water = water_properties(75.0, network_params.table("network_water_properties"))
    choice = choose_pipes(np.array([5000.0]), rows, (water,), 100.0, 2.0)
    assert not choice.within_catalogue[0] and choice.dn[0] == rows["dn"].max()


@pytest.mark.parametrize(
    ("n", "winter", "cibse"),
    [
        (1, 1.00, 1.00),
        (10, 0.97, 0.66),
        (50, 0.74, 0.63),
        (100, 0.59, 0.62),
        (200, 0.50, 0.62),
    ],
)
def test_simultaneity_against_reference_table(network_params, n, winter, cibse):
    # Reference §5 table, values rounded to 0.01.
    table = network_params.table("network_simultaneity")
    assert simultaneity_factor(n, "winter", table) == pytest.approx(winter, abs=0.006)
    assert simultaneity_factor(n, "cibse", table) == pytest.approx(cibse, abs=0.006)
    assert simultaneity_factor(n, "none", table) == 1.0


def test_simultaneity_unknown_method(network_params):
    with pytest.raises(InputError, match="foisonnement"):
        simultaneity_factor(3, "din", network_params.table("network_simultaneity"))


def test_peak_pas_de_calais_example(network_params):
    # Reference §6: DJU 1 965, T_base -9 °C -> FLH 1 747 h; 1 000 MWh with
    # intermittence 0.9 (DPE C) -> 636 kW x 1.2 = 763 kW.
    assert full_load_hours(network_params) == pytest.approx(1746.7, abs=0.1)
    frame = pd.DataFrame({"annual_demand_mwh": [1000.0], "dpe_class": ["C"]})
    result = estimate_demand(frame, network_params)
    assert result["design_peak_kw"].iloc[0] == pytest.approx(763.3, abs=0.5)


def test_demand_ratios(network_params):
    frame = pd.DataFrame(
        {
            "floor_area_m2": [100.0, 1000.0, 100.0, np.nan, np.nan],
            "dpe_class": ["D", None, None, None, None],
            "building_use": ["logement", "bureaux", "", "", ""],
            "construction_year": [np.nan, np.nan, 1960, np.nan, np.nan],
            "dwellings": [np.nan, np.nan, np.nan, 12, np.nan],
        }
    )
    demand = estimate_demand(frame, network_params, degree_days_base18=2600.0)
    corr = 1965 / 2200
    expected = [
        165 * 100 * corr / 1000,  # DPE D ratio (FCU)
        95 * 1000 * corr / 1000,  # offices ratio (FCU)
        2.0 * 100 * 2.5 * 24 * 2600 / 1e6,  # G method, before 1974
        12 * 10.0,
    ]  # dwellings x 10 MWh
    assert demand["annual_demand_mwh"].iloc[:4].to_numpy() == pytest.approx(expected)
    assert np.isnan(demand["annual_demand_mwh"].iloc[4])
    assert demand["demand_method"].iloc[4] == ""


def test_pair_loss_against_reference_table():
    # Reference §1: DN100 series 1 (U 0.254) pair at 75 °C mean, ground 8 °C: 34.1 W/m.
    assert design_heat_loss_w(1.0, 0.2543, 75.0, 75.0, 8.0) == pytest.approx(
        34.1, abs=0.05
    )


def test_density_and_fcu_classes(network_params):
    assert linear_heat_density_mwh_per_m(1500.0, 1000.0) == pytest.approx(1.5)
    assert np.isnan(linear_heat_density_mwh_per_m(10.0, 0.0))
    classes = fcu_distance_class([50, 150, 500, 2000, np.nan], network_params)
    assert list(classes) == [
        "très proche",
        "éligible",
        "éloigné",
        "très éloigné",
        "sans réseau existant",
    ]
