"""Export rounding: computed columns rounded by unit, input columns untouched."""

from __future__ import annotations

import pandas as pd

from artois_energy_desk.batch.export import export_decimals
from artois_energy_desk.io.writers import write_table


def test_computed_columns_are_rounded_by_unit_and_inputs_kept(tmp_path):
    frame = pd.DataFrame({
        "latitude": [50.4361234567],
        "area_m2": [40.123456],
        "pv_annual_yield_kwh": [1234.56789],
        "pv_specific_yield_kwh_per_kwp": [987.654321],
        "pv_peak_power_kwp": [5.123456],
        "pv_module_area_m2": [26.0789],
        "pv_performance_ratio": [0.7712345],
        "eco_pv_savings_eur_per_year": [312.4567],
        "co2_pv_avoided_kg_per_year": [187.26],
        "co2_pv_avoided_lifetime_kg": [4402.66],
        "eco_pv_surplus_tariff_eur_per_kwh": [0.04],
        "eco_pv_lcoe_eur_per_kwh": [0.1234567],
        "roof_use": ["pv"],
    })
    decimals = export_decimals(frame, ["latitude", "area_m2"])
    assert "latitude" not in decimals and "roof_use" not in decimals
    path = write_table(frame, tmp_path / "r.csv", decimals=decimals)
    out = pd.read_csv(path)
    assert out["latitude"].iloc[0] == 50.4361234567
    assert out["area_m2"].iloc[0] == 40.123456
    assert out["pv_annual_yield_kwh"].iloc[0] == 1234.6
    assert out["pv_specific_yield_kwh_per_kwp"].iloc[0] == 987.7
    assert out["pv_peak_power_kwp"].iloc[0] == 5.123
    assert out["pv_module_area_m2"].iloc[0] == 26.08
    assert out["pv_performance_ratio"].iloc[0] == 0.7712
    assert out["eco_pv_savings_eur_per_year"].iloc[0] == 312
    assert out["co2_pv_avoided_kg_per_year"].iloc[0] == 187.3
    assert out["co2_pv_avoided_lifetime_kg"].iloc[0] == 4403
    # a tariff or a cost per kWh keeps 0.01 c€/kWh, not the 0.1 of a "_kwh" energy
    assert out["eco_pv_surplus_tariff_eur_per_kwh"].iloc[0] == 0.04
    assert out["eco_pv_lcoe_eur_per_kwh"].iloc[0] == 0.1235
    assert out["roof_use"].iloc[0] == "pv"
    assert frame["pv_annual_yield_kwh"].iloc[0] == 1234.56789  # frame not changed
