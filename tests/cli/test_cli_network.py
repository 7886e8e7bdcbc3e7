"""``artois-energy-desk network`` on the real topotherm district data."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from artois_energy_desk.cli import main


@pytest.mark.external
def test_network_command_writes_outputs(external_data, tmp_path, capsys):
    folder = external_data / "topotherm-district"
    sinks = gpd.read_file(folder / "sinks.gpkg")
    sinks["annual_demand_mwh"] = sinks["ts_0"] * sinks["flh_0"] / 1000.0
    sinks["design_peak_kw"] = sinks["ts_0"]
    buildings = tmp_path / "batiments.gpkg"
    sinks.to_file(buildings)
    out, summary = tmp_path / "extension.gpkg", tmp_path / "synthese.xlsx"
    status = main(
        [
            "network",
            "--buildings",
            str(buildings),
            "--streets",
            str(folder / "roads.gpkg"),
            "--source",
            str(folder / "source.gpkg"),
            "-o",
            str(out),
            "--summary",
            str(summary),
            "--quiet",
        ]
    )
    assert status == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Verdict : ")
    segments = gpd.read_file(out, layer="segments")
    assert len(segments) > 200 and segments["dn"].min() >= 20
    assert "Synthèse" in pd.read_excel(summary, sheet_name=None)


def test_network_command_reports_missing_file(tmp_path, capsys):
    status = main(
        [
            "network",
            "--buildings",
            str(tmp_path / "absent.gpkg"),
            "--streets",
            str(tmp_path / "r.gpkg"),
            "--source",
            str(tmp_path / "s.gpkg"),
            "-o",
            str(tmp_path / "o.gpkg"),
        ]
    )
    assert status == 2
    assert "Erreur : " in capsys.readouterr().err
