"""Commune boundaries, EPCI membership and territory totals on the Artois files."""

from __future__ import annotations

import pandas as pd
import pytest

from artois_energy_desk import InputError
from artois_energy_desk.core.territory import summarise
from artois_energy_desk.io.boundaries import (
    assign_communes,
    read_boundaries,
    read_epci_membership,
)

AGGLOS = {"246200364", "246200299", "200072460"}


@pytest.mark.external
def test_membership_csv_and_json_agree(external_data):
    folder = external_data / "communes-62-artois"
    from_csv = read_epci_membership(folder / "communes-artois-3-agglos.csv")
    from_json = read_epci_membership(folder / "epci-artois-3-agglos.json")
    assert len(from_csv) == len(from_json) == 150  # PROVENANCE.md
    assert set(from_csv["epci"]) == AGGLOS
    merged = from_csv.merge(from_json, on="commune_insee")
    assert (merged["epci_x"] == merged["epci_y"]).all()


@pytest.mark.external
def test_spatial_join_and_epci_totals(external_data):
    folder = external_data / "communes-62-artois"
    boundaries = read_boundaries(folder / "communes-62-pas-de-calais.geojson")
    assert len(boundaries) == 891
    # Points inside Lens (62498), Liévin (62510), Béthune (62119), Hénin-Beaumont
    # (62427) town centres, and one in Lille (Nord, outside the file).
    roofs = pd.DataFrame({
        "roof_id": list("abcde"),
        "latitude": [50.4321, 50.4225, 50.5303, 50.4213, 50.6365],
        "longitude": [2.8331, 2.7786, 2.6400, 2.9508, 3.0635],
        "area_m2": [10.0, 20.0, 30.0, 40.0, 50.0],
        "pv_annual_yield_kwh": [1000.0, 2000.0, 3000.0, 4000.0, 5000.0],
    })
    placed, notes = assign_communes(roofs, boundaries)
    assert placed["commune_insee"].tolist()[:4] == ["62498", "62510", "62119",
                                                    "62427"]
    assert pd.isna(placed["commune_insee"].iloc[4])
    assert "4 pans placés, 1 hors" in notes[0]
    membership = read_epci_membership(folder / "communes-artois-3-agglos.csv")
    table = summarise(placed, by="epci", boundaries=membership).set_index("epci")
    assert table.loc["246200364", "pv_annual_yield_kwh"] == 3000.0  # Lens + Liévin
    assert table.loc["246200299", "pv_annual_yield_kwh"] == 4000.0  # Hénin-Carvin
    assert table.loc["200072460", "pv_annual_yield_kwh"] == 3000.0  # Béthune
    assert table["pv_annual_yield_kwh"].sum() == roofs["pv_annual_yield_kwh"].sum()


def test_membership_errors(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="SIREN"):
        read_epci_membership(bad)
    broken = tmp_path / "m.json"
    broken.write_text("[{\"code\": 1}]", encoding="utf-8")
    with pytest.raises(InputError, match="JSON"):
        read_epci_membership(broken)
