"""Territory totals, rankings and shading from a solar cadastre."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk.core.territory import (
    UNASSIGNED,
    rank_roofs,
    shading_loss_from_irradiation,
    summarise,
)


@pytest.fixture()
def results() -> pd.DataFrame:
    return pd.DataFrame({
        "roof_id": ["a-1", "a-2", "b-1", "c-1", "d-1"],
        "building_id": ["a", "a", "b", "c", "d"],
        "commune_insee": ["62498", "62498", "62510", "62119", None],
        "area_m2": [50.0, 50.0, 100.0, 20.0, 10.0],
        "usable_ratio": [0.6, 0.6, 0.8, 0.5, 0.5],
        "pv_peak_power_kwp": [6.0, 6.0, 16.0, 2.0, 1.0],
        "pv_annual_yield_kwh": [6000.0, 4800.0, 15000.0, 1900.0, 900.0],
        "pv_specific_yield_kwh_per_kwp": [1000.0, 800.0, 937.5, 950.0, 900.0],
        "thermal_solar_fraction": [0.5, 0.3, np.nan, 0.4, 0.2],
        "note": ["x", "y", "z", "w", "v"],
    })


def test_commune_totals_by_hand(results):
    table = summarise(results, by="commune").set_index("commune_insee")
    lens = table.loc["62498"]
    assert lens["facets"] == 2 and lens["buildings"] == 1
    assert lens["area_m2"] == 100.0
    assert lens["usable_area_m2"] == pytest.approx(60.0)  # 0.6 x 100 m2
    assert lens["pv_annual_yield_kwh"] == 10800.0
    assert lens["pv_annual_yield_mwh"] == pytest.approx(10.8)
    # Specific yield is recomputed, not summed: 10 800 kWh / 12 kWp = 900.
    assert lens["pv_specific_yield_kwh_per_kwp"] == pytest.approx(900.0)
    # Fraction averaged weighted by area: (0.5 x 50 + 0.3 x 50) / 100 = 0.4.
    assert lens["thermal_solar_fraction_mean"] == pytest.approx(0.4)
    assert "note" not in table.columns


def test_groups_add_up_to_the_whole_and_unassigned_is_kept(results):
    table = summarise(results, by="commune")
    assert table["pv_annual_yield_kwh"].sum() == results["pv_annual_yield_kwh"].sum()
    assert table["facets"].sum() == len(results)
    assert UNASSIGNED in set(table["commune_insee"])


def test_ranked_by_yield(results):
    table = summarise(results, by="commune")
    assert table["rank"].tolist() == [1, 2, 3, 4]
    assert table["commune_insee"].iloc[0] == "62510"
    assert table["pv_annual_yield_kwh"].is_monotonic_decreasing


def test_epci_through_membership_with_empty_members(results):
    membership = pd.DataFrame({
        "commune_insee": ["62498", "62510", "62119", "62413"],
        "epci": ["246200364", "246200364", "200072460", "246200299"],
        "epci_name": ["CA de Lens - Liévin", "CA de Lens - Liévin",
                      "CA de Béthune-Bruay", "CA d'Hénin-Carvin"],
    })
    table = summarise(results, by="epci", boundaries=membership).set_index("epci")
    assert table.loc["246200364", "pv_annual_yield_kwh"] == 25800.0
    assert table.loc["246200364", "epci_name"] == "CA de Lens - Liévin"
    assert table.loc["246200299", "facets"] == 0  # member without roofs, shown at 0
    assert table.loc[UNASSIGNED, "facets"] == 1


def test_summarise_needs_a_key(results):
    with pytest.raises(ValueError):
        summarise(results.drop(columns=["commune_insee"]), by="commune")
    with pytest.raises(ValueError):
        summarise(results, by="region")


def test_rank_roofs_top_n(results):
    top = rank_roofs(results, by="pv_annual_yield_kwh", top_n=2)
    assert top["roof_id"].tolist() == ["b-1", "a-1"]
    assert top["rank"].tolist() == [1, 2]


def test_shading_loss_hand_values_and_out_of_range_kept():
    loss, ok = shading_loss_from_irradiation(
        np.array([900.0, 1100.0, 500.0, 800.0]), np.array([1000.0, 1000.0, 0.0,
                                                           1000.0]))
    # 1 - 900/1000 = 0.1; 1 - 1100/1000 = -0.1 (kept, flagged); no unshaded -> NaN.
    assert loss[0] == pytest.approx(0.1)
    assert loss[1] == pytest.approx(-0.1)
    assert np.isnan(loss[2])
    assert ok.tolist() == [True, False, False, True]


def test_shading_loss_accepts_series_and_scalars():
    loss, ok = shading_loss_from_irradiation(pd.Series([750.0]), 1000.0)
    assert loss[0] == pytest.approx(0.25) and ok[0]
