"""Weather readers: timing by closure on every sample file, metadata, clear errors."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from artois_energy_desk import InputError
from artois_energy_desk.core.climate.timing import closure_error_w_m2
from artois_energy_desk.io.weather import load_weather, read_weather

UCCLE = "uccle-tmyx/BEL_VLG_Uccle.064470_TMYx.2007-2021.epw"
PVGIS = "pvlib-testdata/tmy_45.000_8.000_2005_2023"

# (file, reader keywords, expected sun offset [min] from the closure scan, source part)
SAMPLES = [
    (UCCLE, {}, 60.0, "Uccle SRC-TMYx"),
    ("pvlib-testdata/NLD_Amsterdam062400_IWEC.epw", {}, 30.0, "IWEC"),
    (f"{PVGIS}.epw", {}, 70.6, "tmy_45.000_8.000_2005_2023.epw"),
    (f"{PVGIS}.csv", {}, 10.57, "PVGIS TMY 2005-2023"),
    (f"{PVGIS}.json", {}, 10.57, "PVGIS-SARAH3 / ERA5 TMY 2005-2023, tmy_45"),
    ("pvlib-testdata/pvgis_tmy_test.csv",
     {"latitude": 45.0, "longitude": 8.0, "altitude_m": 250.0}, 10.57, "PVGIS TMY"),
]


@pytest.mark.parametrize(("name", "keywords", "offset_min", "source"), SAMPLES,
                         ids=[s[0].split("/")[-1] for s in SAMPLES])
def test_sample_file_closes_at_its_sun_instants(external_data, name, keywords,
                                                offset_min, source):
    weather = read_weather(external_data / name, **keywords)
    assert weather.hours == 8760
    assert weather.data.index.tz is not None
    assert weather.data.index.is_monotonic_increasing
    assert source in weather.source
    # Detected offsets have 1-minute resolution.
    assert weather.sun_offset_min == pytest.approx(offset_min, abs=1.0)
    # Closure GHI = DNI cos(zenith) + DHI: ~3 W/m2 for the TMYx (climate.md §4),
    # below 1 W/m2 for the others; 30 minutes either side it degrades to >= 10 W/m2,
    # which is what pins the timing.
    error = closure_error_w_m2(weather.data, weather.latitude, weather.longitude,
                               weather.altitude_m)
    assert error < 4.0
    for shift in (-30, 30):
        moved = weather.data.index + pd.Timedelta(minutes=shift)
        shifted = weather.data.set_axis(moved)
        assert closure_error_w_m2(shifted, weather.latitude, weather.longitude,
                                  weather.altitude_m) > 2.5 * error + 5.0


def test_month_is_the_records_own_month(external_data):
    # The last Uccle record (31 Dec, 23:00-24:00) has its sun instant at midnight but
    # still belongs to December.
    weather = read_weather(external_data / UCCLE)
    assert weather.data["month"].iloc[-1] == 12
    assert weather.data.index[-1].month == 1
    assert weather.monthly_sum_kwh_m2("ghi").sum() == pytest.approx(1113.5, abs=0.1)


def test_pvgis_formats_agree(external_data):
    csv = read_weather(external_data / f"{PVGIS}.csv")
    js = read_weather(external_data / f"{PVGIS}.json")
    pd.testing.assert_frame_equal(csv.data, js.data, check_exact=False, atol=1e-6)
    assert js.period == "2005-2023"
    assert (csv.latitude, csv.longitude, csv.altitude_m) == (45.0, 8.0, 250.0)


def test_embedded_year_is_default_and_a_copy():
    first = load_weather()
    first.data.loc[:, "ghi"] = 0.0
    second = load_weather(None)
    assert second.data["ghi"].sum() > 1e6
    assert second.source.startswith("Année type synthétique Artois")
    assert "proxy Bruxelles-Uccle" in second.source


def _epw_lines(external_data, count):
    lines = (external_data / UCCLE).read_text().splitlines()
    return lines[:8 + count]


def test_truncated_epw_names_file_and_problem(external_data, tmp_path):
    path = tmp_path / "court.epw"
    path.write_text("\n".join(_epw_lines(external_data, 100)) + "\n")
    with pytest.raises(InputError, match=r"court\.epw : 100 enregistrements"):
        read_weather(path)


def test_corrupt_epw_value_names_line_and_column(external_data, tmp_path):
    lines = _epw_lines(external_data, 8760)
    fields = lines[8 + 12].split(",")
    fields[13] = "9999"  # GHI missing-value code on the 13th data row (file line 21)
    lines[8 + 12] = ",".join(fields)
    path = tmp_path / "trou.epw"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError, match=r"trou\.epw, ligne 21, colonne ghi"):
        read_weather(path)


def test_garbage_epw_is_refused(tmp_path):
    path = tmp_path / "faux.epw"
    path.write_text("LOCATION,x\nceci n'est pas un EPW\n")
    with pytest.raises(InputError, match=r"faux\.epw : fichier EPW illisible"):
        read_weather(path)


def test_unknown_format_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("bonjour\n")
    with pytest.raises(InputError, match=r"notes\.txt : format de fichier météo"):
        read_weather(path)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="absent.epw : fichier météo illisible"):
        read_weather(tmp_path / "absent.epw")


def test_pvgis_json_without_hourly_block(tmp_path):
    path = tmp_path / "tmy.json"
    path.write_text(json.dumps({"inputs": {"location": {}, "meteo_data": {}}}))
    with pytest.raises(InputError, match=r"tmy\.json : fichier JSON PVGIS"):
        read_weather(path)


def test_pvgis_csv_bad_timestamp(external_data, tmp_path):
    lines = (external_data / f"{PVGIS}.csv").read_text().splitlines()
    start = lines.index(next(x for x in lines if x.startswith("time(UTC)")))
    lines[start + 5] = lines[start + 5].replace("20180101:0400", "2018-01-01 04h")
    path = tmp_path / "tmy.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError, match=r"tmy\.csv, ligne \d+, colonne time\(UTC\)"):
        read_weather(path)


def test_bare_pvgis_table_needs_the_site(external_data):
    with pytest.raises(InputError, match="position du site"):
        read_weather(external_data / "pvlib-testdata/pvgis_tmy_test.csv")


def test_month_on_another_clock_is_put_back(external_data):
    """The Uccle TMYx December is stamped one hour early (data/climate/README.md).

    As read with the file's convention its components close 12.7 W/m2 off, against
    1.4-3.6 W/m2 for the other months; the reader moves it and says so in the source.
    """
    weather = read_weather(external_data / UCCLE)
    assert "mois 12 +61 min" in weather.source
    december = weather.data[weather.data["month"] == 12]
    error = closure_error_w_m2(december, weather.latitude, weather.longitude,
                               weather.altitude_m)
    assert error < 3.0  # as good as the file's consistent months
    assert weather.data.index.is_monotonic_increasing
    assert len(weather.data) == 8760
