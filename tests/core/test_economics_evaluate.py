"""Batch economics columns, emission conventions, overrides and sensitivity."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk import ArtoisWarning, InputError
from artois_energy_desk.core.economics import (
    EconomicOptions,
    cash_flows,
    evaluate_economics,
    resolve_assumptions,
    sensitivity,
)
from artois_energy_desk.core.economics.evaluate import (
    prepare_inputs,
    scenario_cash_flows,
)
from artois_energy_desk.io.load_curves import default_load_profiles
from artois_energy_desk.io.parameters import default_parameters, load_parameters

OPTIONS = EconomicOptions(study_date=dt.date(2026, 3, 1), today=dt.date(2026, 3, 1))
HOURS = np.arange(8760)
SHAPE = np.clip(np.sin((HOURS % 24 - 6) / 12 * np.pi), 0, None)
SHAPE = SHAPE / SHAPE.sum() * 1000.0


@pytest.fixture(scope="module")
def params():
    return default_parameters()


@pytest.fixture(scope="module")
def profiles():
    return default_load_profiles(2026)


@pytest.fixture()
def roofs() -> pd.DataFrame:
    return pd.DataFrame({
        "roof_id": ["a", "b1", "b2", "c", "d", "e"],
        "building_id": ["A", "B", "B", "C", None, "E"],
        "building_use": ["maison", "bureaux", "bureaux", "Résidentiel", "école", "?"],
        "floor_area_m2": [np.nan, 800, 800, np.nan, 2000, np.nan],
        "annual_electricity_kwh": [np.nan, np.nan, np.nan, 3000, np.nan, np.nan],
        "heating_energy": ["gaz", "fioul", "fioul", "électricité", None, "gaz"],
        "area_m2": [20, 60, 60, 25, 900, 10],
        "pv_peak_power_kwp": [3.0, 10.0, 15.0, 4.0, 120.0, 0.0],
        "pv_annual_yield_kwh": [2900.0, 9000.0, 14500.0, 3700.0, 114000.0, 0.0],
        "thermal_collector_area_m2": [4.0, 10.0, 12.0, 4.0, 60.0, 0.0],
        "thermal_annual_kwh": [1900.0, 4200.0, 5000.0, 1800.0, 24000.0, 0.0],
    }, index=[10, 11, 12, 13, 14, 15])


def _evaluate(roofs, params, profiles, options=OPTIONS):
    return evaluate_economics(roofs, params, pv_hourly_shape_kwh_per_kwp=SHAPE,
                              load_profiles=profiles, options=options)


def test_every_row_comes_out_with_units_in_names(roofs, params, profiles):
    out = _evaluate(roofs, params, profiles)
    assert list(out.index) == list(roofs.index)
    assert all(c.startswith(("eco_", "co2_", "pv_")) for c in out.columns)
    for column in ("eco_pv_capex_eur", "eco_pv_npv_eur", "eco_pv_irr",
                   "eco_pv_payback_years", "eco_pv_lcoe_eur_per_kwh",
                   "pv_self_consumed_kwh", "pv_surplus_kwh", "pv_self_consumption_rate",
                   "pv_self_sufficiency_rate", "co2_avoided_kg_per_year",
                   "eco_th_npv_eur", "eco_th_heat_cost_eur_per_kwh"):
        assert column in out
    assert (out["pv_self_consumed_kwh"] + out["pv_surplus_kwh"]).to_numpy() == \
        pytest.approx(roofs["pv_annual_yield_kwh"].to_numpy())
    # the empty facet: nothing invested, no indicator
    assert out.loc[15, "eco_pv_capex_eur"] == 0 and np.isnan(out.loc[15, "eco_pv_irr"])
    # the facet's CO2 total counts PV and solar heat (territory sheets sum it)
    assert out["co2_avoided_kg_per_year"].to_numpy() == pytest.approx(
        (out["co2_pv_avoided_kg_per_year"]
         + out["co2_thermal_avoided_kg_per_year"]).to_numpy())
    assert (out["co2_thermal_avoided_kg_per_year"] > 0).any()


def test_building_facets_share_class_and_load(roofs, params, profiles):
    out = _evaluate(roofs, params, profiles)
    # B = 10 + 15 = 25 kWc -> 9-36 class for both facets, though b1 alone is 10 kWc
    assert list(out.loc[[11, 12], "eco_pv_tariff_class"]) == ["9-36 kWc"] * 2
    assert out.loc[11, "eco_pv_installation_kwp"] == 25.0
    # office 800 m2 x 100 kWh/m2 = 80 000 kWh shared by annual yield
    assert out.loc[[11, 12], "eco_annual_load_kwh"].sum() == pytest.approx(80000)
    assert out.loc[13, "eco_load_basis"] == "mesure"
    assert out.loc[10, "eco_annual_load_kwh"] == 4500  # one dwelling x 4 500 kWh
    assert out.loc[14, "eco_pv_tariff_class"] == "hors S21"  # 120 kWc: tender
    assert out.loc[14, "eco_pv_surplus_revenue_eur_per_year"] == 0
    assert out.loc[[11, 12], "eco_th_replaced_energy"].tolist() == ["fuel_oil"] * 2
    assert out.loc[13, "eco_th_replaced_energy"] == "electricity"


def test_npv_irr_consistency_in_batch(roofs, params, profiles):
    out = _evaluate(roofs, params, profiles)
    a = resolve_assumptions(params, OPTIONS)
    inputs = prepare_inputs(roofs, params, a, pv_hourly_shape_kwh_per_kwp=SHAPE,
                            load_profiles=profiles, options=OPTIONS)
    for scenario, prefix in (("pv_surplus", "eco_pv"), ("thermal", "eco_th")):
        flows = scenario_cash_flows(inputs, a)[scenario]
        irr = out[f"{prefix}_irr"].to_numpy()
        npv = out[f"{prefix}_npv_eur"].to_numpy()
        capex = out[f"{prefix}_capex_eur"].to_numpy()
        known = np.flatnonzero(np.isfinite(irr))
        assert len(known) >= 3
        for row in known:
            # NPV at the IRR vanishes (to 1e-8 of the investment)
            assert abs(flows.take([row]).npv(irr[row])[0]) < 1e-8 * capex[row]
            assert (npv[row] > 0) == (irr[row] > a.discount_rate)


def test_co2_conventions(roofs, params, profiles):
    average = _evaluate(roofs, params, profiles)
    dpe = _evaluate(roofs, params, profiles,
                    EconomicOptions(study_date=OPTIONS.study_date, today=OPTIONS.today,
                                    emission_convention="dpe"))
    yield_kwh = roofs["pv_annual_yield_kwh"]
    # average mix 0.0519; DPE convention, lighting use 0.069 kgCO2e/kWh
    assert average["co2_pv_avoided_kg_per_year"].to_numpy() == \
        pytest.approx(yield_kwh * 0.0519)
    assert dpe["co2_pv_avoided_kg_per_year"].to_numpy() == \
        pytest.approx(yield_kwh * 0.069)
    # gas replaced at 0.227 kg/kWh PCI through a 0.87-efficient boiler
    assert average.loc[10, "co2_thermal_avoided_kg_per_year"] == \
        pytest.approx(1900 / 0.87 * 0.227)
    # lifecycle: 1 000 kgCO2e/kWc
    assert average.loc[14, "co2_pv_lifecycle_kg"] == pytest.approx(120000)


def test_user_override_file_changes_results_without_touching_installed(
        tmp_path, roofs, params, profiles):
    override = tmp_path / "mes_parametres.csv"
    override.write_text("name,value\neconomics.discount_rate,0.06\n", encoding="utf-8")
    custom = load_parameters([override])
    assert custom["economics.discount_rate"].status == "user"
    assert default_parameters().value("economics.discount_rate") == 0.03
    base = _evaluate(roofs, params, profiles)
    high = _evaluate(roofs, custom, profiles)
    assert (high["eco_pv_lcoe_eur_per_kwh"].dropna()
            > base["eco_pv_lcoe_eur_per_kwh"].dropna()).all()


def test_cash_flow_table_and_sensitivity_for_a_site(roofs, params, profiles):
    site = roofs.loc[[11, 12]]
    table = cash_flows(site, params, pv_hourly_shape_kwh_per_kwp=SHAPE,
                       load_profiles=profiles, options=OPTIONS)
    assert list(table["year"]) == list(range(26))
    out = _evaluate(roofs, params, profiles)
    # the site's NPV is the sum of its facets' NPVs (shared yearly profiles)
    assert table["discounted_cash_flow_eur"].sum() == pytest.approx(
        out.loc[[11, 12], "eco_pv_npv_eur"].sum(), rel=1e-9)
    tornado = sensitivity(site, params, pv_hourly_shape_kwh_per_kwp=SHAPE,
                          load_profiles=profiles, options=OPTIONS)
    assert set(tornado["variable"]) == {"capex", "energy_price", "discount_rate",
                                        "tariff_period", "production"}
    assert (tornado["swing"].diff().dropna() <= 0).all()  # sorted for a tornado chart
    capex = tornado.set_index("variable").loc["capex"]
    assert capex["low_value"] > capex["base_value"] > capex["high_value"]
    production = tornado.set_index("variable").loc["production"]
    assert production["low_delta"] < 0 < production["high_delta"]


def test_missing_premium_is_warned(roofs, params, profiles):
    q3 = EconomicOptions(tariff_request_date=dt.date(2025, 8, 1), today=OPTIONS.today,
                         study_date=OPTIONS.study_date)
    with pytest.warns(ArtoisWarning, match="prime"):
        out = _evaluate(roofs, params, profiles, q3)
    assert out.loc[11, "eco_pv_premium_eur"] == 0
    assert out.loc[11, "eco_pv_surplus_tariff_eur_per_kwh"] == 0.0731


def test_forced_replaced_energy_and_unknown_choice(roofs, params, profiles):
    forced = EconomicOptions(study_date=OPTIONS.study_date, today=OPTIONS.today,
                             thermal_replaced_energy="electricity")
    out = _evaluate(roofs, params, profiles, forced)
    assert set(out["eco_th_replaced_energy"]) == {"electricity"}
    # electric water heater: efficiency 1, TRVE Base 0.1940 EUR/kWh
    assert out.loc[10, "eco_th_savings_eur_per_year"] == pytest.approx(1900 * 0.1940)
    wrong = EconomicOptions(study_date=OPTIONS.study_date, today=OPTIONS.today,
                            thermal_replaced_energy="charbon")
    with pytest.raises(InputError, match="charbon"):
        _evaluate(roofs, params, profiles, wrong)
