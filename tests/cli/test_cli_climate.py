"""``artois-energy-desk climate``: summary, export, clean errors."""

from __future__ import annotations

import pandas as pd
import pytest

from artois_energy_desk.cli import main
from artois_energy_desk.io.weather import load_weather


def test_default_summary_names_the_proxy_and_totals(capsys):
    assert main(["climate"]) == 0
    out = capsys.readouterr().out
    assert "proxy Bruxelles-Uccle" in out
    year_line = next(line for line in out.splitlines() if line.startswith("année"))
    ghi, dhi, temp, degree_days = (float(x) for x in year_line.split()[1:])
    # climate.md §4: 1 114 kWh/m2 GHI, 470 DHI, 11.1 C; §5: about 2 640 K.day.
    assert ghi == pytest.approx(1113.5, abs=0.2)
    assert dhi == pytest.approx(469.9, abs=0.2)
    assert temp == pytest.approx(11.1, abs=0.05)
    assert degree_days == pytest.approx(2640, rel=0.02)
    assert "base 18" in out


def test_export_is_the_series_the_models_use(tmp_path, capsys):
    target = tmp_path / "horaire.csv"
    assert main(["climate", "--export", str(target)]) == 0
    exported = pd.read_csv(target, index_col="sun_time")
    exported.index = pd.to_datetime(exported.index, format="%Y-%m-%dT%H:%M:%S%z")
    model = load_weather().data
    assert list(exported.columns) == list(model.columns)
    assert (exported.index == model.index).all()
    pd.testing.assert_frame_equal(exported, model, check_exact=False, atol=1e-4,
                                  check_names=False,
                                  check_index_type=False, check_freq=False,
                                  check_dtype=False)


def test_weather_file_summary(external_data, capsys):
    path = external_data / "pvlib-testdata/tmy_45.000_8.000_2005_2023.json"
    assert main(["climate", "--weather", str(path)]) == 0
    out = capsys.readouterr().out
    assert "PVGIS-SARAH3 / ERA5 TMY 2005-2023, tmy_45.000_8.000_2005_2023.json" in out


def test_bad_weather_file_is_one_clear_line(tmp_path, capsys):
    bad = tmp_path / "vide.epw"
    bad.write_text("")
    assert main(["climate", "--weather", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : ") and "vide.epw" in err
    assert "Traceback" not in err
