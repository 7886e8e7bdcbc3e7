"""Synthetic typical year: exact monthly totals, determinism, validation on Uccle."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
import pytest

from artois_energy_desk.core.climate import WeatherYear
from artois_energy_desk.core.climate.daily import (
    bendt_kt_quantiles,
    daily_clearness_sequence,
    uniform_stream,
)
from artois_energy_desk.core.climate.summary import (
    heating_degree_days,
    monthly_statistics,
    monthly_summary,
)
from artois_energy_desk.core.climate.synthetic import synthesize_typical_year
from artois_energy_desk.core.climate.timing import closure_error_w_m2
from artois_energy_desk.io.weather import load_weather, read_weather

UCCLE = "uccle-tmyx/BEL_VLG_Uccle.064470_TMYx.2007-2021.epw"
AMSTERDAM = "pvlib-testdata/NLD_Amsterdam062400_IWEC.epw"
MONTHS = [f"m{m:02d}" for m in range(1, 13)]


@pytest.fixture(scope="module")
def uccle(external_data) -> WeatherYear:
    return read_weather(external_data / UCCLE)


@pytest.fixture(scope="module")
def uccle_synthetic(uccle) -> WeatherYear:
    return synthesize_typical_year(monthly_statistics(uccle), uccle.latitude,
                                   uccle.longitude, uccle.altitude_m, source="test")


def test_splitmix64_matches_published_first_output():
    # SplitMix64 from state 0 first returns 0xE220A8397B1DCDAF (Steele et al. 2014,
    # reference implementation by S. Vigna); the uniform keeps its top 53 bits.
    expected = ((0xE220A8397B1DCDAF >> 11) + 0.5) / 2.0**53
    assert uniform_stream(1, 0)[0] == expected


@pytest.mark.parametrize("mean_kt", [0.25, 0.4, 0.55, 0.65])
def test_bendt_quantiles_have_the_requested_mean(mean_kt):
    # 3000 mid-class quantiles approximate the distribution's mean to ~1e-4.
    values = bendt_kt_quantiles(mean_kt, 3000)
    assert values.mean() == pytest.approx(mean_kt, abs=2e-3)
    assert values.min() > 0.05 and np.all(np.diff(values) > 0)


def test_daily_sequence_is_a_permutation_of_the_quantiles():
    sequence = daily_clearness_sequence(0.4, 31, seed=7)
    np.testing.assert_allclose(np.sort(sequence), bendt_kt_quantiles(0.4, 31))
    np.testing.assert_array_equal(sequence, daily_clearness_sequence(0.4, 31, seed=7))


def test_embedded_year_reproduces_its_statistics_exactly():
    year = load_weather()
    assert year.hours == 8760
    assert "proxy Bruxelles-Uccle" in year.source
    assert year.data.index.is_monotonic_increasing and year.sun_offset_min == 30
    stats = monthly_statistics(year)
    from artois_energy_desk import paths
    from artois_energy_desk.io.weather import read_monthly_statistics

    target = read_monthly_statistics(
        paths.data_file("climate", "artois_monthly_statistics.csv"))
    # Irradiation totals and temperature statistics are imposed: equal to rounding.
    for column in ("ghi_kwh_m2", "dhi_kwh_m2", "temp_air_c", "wind_speed_m_s",
                   "ghi_morning_share"):
        np.testing.assert_allclose(stats[column], target[column], rtol=1e-6,
                                   atol=1e-6, err_msg=column)
    np.testing.assert_allclose(stats["temp_air_daily_std_k"],
                               target["temp_air_daily_std_k"], rtol=1e-6)
    # The components close by construction at the stamped instants.
    assert closure_error_w_m2(year.data, year.latitude, year.longitude,
                              year.altitude_m) < 0.5


def test_embedded_statistics_are_those_of_the_uccle_file(uccle):
    from artois_energy_desk import paths
    from artois_energy_desk.io.weather import read_monthly_statistics

    embedded = read_monthly_statistics(
        paths.data_file("climate", "artois_monthly_statistics.csv"))
    # The CSV stores values rounded to 0.01 (0.001 for shares).
    pd.testing.assert_frame_equal(embedded, monthly_statistics(uccle)[embedded.columns],
                                  check_names=False, atol=6e-3, rtol=0)
    # climate.md §4 published figures (same file): annual GHI 1 114, DHI 470 kWh/m2.
    assert embedded["ghi_kwh_m2"].sum() == pytest.approx(1114, abs=1)
    assert embedded["dhi_kwh_m2"].sum() == pytest.approx(470, abs=1)


def test_synthesis_is_deterministic(uccle):
    stats = monthly_statistics(uccle)
    first = synthesize_typical_year(stats, 50.43, 2.83, 40, source="a")
    second = synthesize_typical_year(stats, 50.43, 2.83, 40, source="a")
    pd.testing.assert_frame_equal(first.data, second.data)


def test_missing_statistic_is_refused(uccle):
    stats = monthly_statistics(uccle).drop(columns="dhi_kwh_m2")
    with pytest.raises(ValueError, match="dhi_kwh_m2"):
        synthesize_typical_year(stats, 50.43, 2.83, 40, source="x")


def test_degree_days_by_hand():
    # January at a constant 8 C: 31 days x (18 - 8) = 310 K.day; July at 20 C: 0.
    index = pd.date_range("2019-01-01 00:30", periods=8760, freq="h", tz="Etc/GMT-1")
    temp = np.where(index.month == 1, 8.0, 20.0)
    data = pd.DataFrame({"ghi": 0.0, "dni": 0.0, "dhi": 0.0, "temp_air": temp,
                         "wind_speed": 1.0, "month": index.month}, index=index)
    year = WeatherYear(data, 50.0, 3.0, 0.0, source="hand")
    degree_days = heating_degree_days(year)
    assert degree_days[1] == pytest.approx(310.0)
    assert degree_days.drop(1).sum() == 0.0
    assert monthly_summary(year)["heating_degree_days"].sum() == pytest.approx(310.0)


def test_uccle_degree_days_match_reference(uccle, uccle_synthetic):
    # climate.md §5: about 2 640 K.day, base 18 C from daily means, Uccle TMYx.
    assert heating_degree_days(uccle).sum() == pytest.approx(2640, rel=0.01)
    # The synthetic year imposes monthly means and daily spread: within 2 %.
    assert heating_degree_days(uccle_synthetic).sum() == pytest.approx(2640, rel=0.02)


# --- validation against the real Uccle year ------------------------------------------


def _pv_grid(weather: WeatherYear, orientations) -> pd.DataFrame:
    """Annual POA and PVWatts-preset AC yield per orientation (1 kWp, vectorised pvlib).

    Same settings as ModelChain: Perez, physical AOI, no spectral loss, SAPM
    close_mount_glass_glass, pvwatts_dc gamma -0.0035, pvwatts_losses, pvwatts
    inverter with DC/AC 1.2, albedo 0.2 (checked against ModelChain below).
    """
    data = weather.data
    position = pvlib.solarposition.get_solarposition(
        data.index, weather.latitude, weather.longitude, weather.altitude_m)
    zenith = position["apparent_zenith"].to_numpy()
    azimuth = position["azimuth"].to_numpy()
    dni_extra = pvlib.irradiance.get_extra_radiation(data.index).to_numpy()
    airmass = pvlib.atmosphere.get_relative_airmass(zenith)
    ghi, dni, dhi = (data[c].to_numpy() for c in ("ghi", "dni", "dhi"))
    loss = 1 - pvlib.pvsystem.pvwatts_losses() / 100
    rows = []
    for tilt, surface_azimuth in orientations:
        aoi = pvlib.irradiance.aoi(tilt, surface_azimuth, zenith, azimuth)
        sky = np.nan_to_num(np.asarray(pvlib.irradiance.perez(
            tilt, surface_azimuth, dhi, dni, dni_extra, zenith, azimuth, airmass),
            dtype=float))
        ground = pvlib.irradiance.get_ground_diffuse(tilt, ghi, albedo=0.2)
        beam = np.clip(dni * np.cos(np.radians(aoi)), 0, None)
        poa = beam + sky + ground
        effective = beam * pvlib.iam.physical(aoi) + sky + ground
        cell = pvlib.temperature.sapm_cell(poa, data["temp_air"].to_numpy(),
                                           data["wind_speed"].to_numpy(),
                                           -2.98, -0.0471, 1.0)
        dc = pvlib.pvsystem.pvwatts_dc(effective, cell, 1000.0, -0.0035) * loss
        ac = np.clip(np.nan_to_num(pvlib.inverter.pvwatts(dc, 1000.0 / 1.2)), 0, None)
        monthly = pd.Series(ac).groupby(data["month"].to_numpy()).sum() / 1000
        rows.append({"tilt": tilt, "azimuth": surface_azimuth,
                     "poa_kwh_m2": poa.sum() / 1000, "yield_kwh": ac.sum() / 1000,
                     **{MONTHS[m - 1]: monthly[m] for m in range(1, 13)}})
    return pd.DataFrame(rows)


ORIENTATIONS = [(0, 180)] + [(tilt, azimuth) for tilt in (15, 30, 45, 60)
                             for azimuth in range(0, 360, 15)]


def test_vectorised_grid_equals_modelchain(uccle_synthetic):
    # The comparison below uses a vectorised chain; it must be ModelChain's numbers.
    from pvlib.location import Location
    from pvlib.modelchain import ModelChain
    from pvlib.pvsystem import PVSystem
    from pvlib.temperature import TEMPERATURE_MODEL_PARAMETERS

    weather = uccle_synthetic
    system = PVSystem(
        surface_tilt=45, surface_azimuth=135, albedo=0.2,
        module_parameters={"pdc0": 1000.0, "gamma_pdc": -0.0035},
        inverter_parameters={"pdc0": 1000.0 / 1.2},
        temperature_model_parameters=TEMPERATURE_MODEL_PARAMETERS["sapm"][
            "close_mount_glass_glass"])
    location = Location(weather.latitude, weather.longitude,
                        altitude=weather.altitude_m)
    chain = ModelChain(system, location, transposition_model="perez",
                       aoi_model="physical", spectral_model="no_loss",
                       losses_model="pvwatts")
    chain.run_model(weather.data[["ghi", "dni", "dhi", "temp_air", "wind_speed"]])
    reference_kwh = chain.results.ac.clip(lower=0).fillna(0).sum() / 1000
    grid = _pv_grid(weather, [(45, 135)])
    # Same models, same inputs: only float round-off (and Perez NaN handling) differ.
    assert grid["yield_kwh"].iloc[0] == pytest.approx(reference_kwh, rel=1e-3)


def _comparison(real: WeatherYear, synthetic: WeatherYear) -> pd.DataFrame:
    """Real and synthetic annual figures, and synthetic/real - 1 [%] per column."""
    real_grid = _pv_grid(real, ORIENTATIONS)
    synthetic_grid = _pv_grid(synthetic, ORIENTATIONS)
    table = real_grid[["tilt", "azimuth", "poa_kwh_m2", "yield_kwh"]].copy()
    table["poa_syn"] = synthetic_grid["poa_kwh_m2"]
    table["yield_syn"] = synthetic_grid["yield_kwh"]
    for column, name in [("poa_kwh_m2", "d_poa"), ("yield_kwh", "d_yield"),
                         *[(m, f"d_{m}") for m in MONTHS]]:
        table[name] = 100 * (synthetic_grid[column] / real_grid[column] - 1)
    group1 = (table["tilt"] <= 45) & table["azimuth"].between(90, 270)
    table["group"] = np.where(group1, 1, 2)
    return table


@pytest.mark.slow
def test_synthetic_year_matches_real_uccle_year(uccle, uccle_synthetic):
    """Synthetic year from Uccle's own monthly statistics against the real year.

    Tolerances (lead's acceptance criteria): group 1 (tilt <= 45 deg, azimuth
    90-270): annual POA and yield within 3 %, monthly yield within 8 % except
    December; group 2 (everything else up to 60 deg): annual within 10 %.
    December is held to 15 %: 71 % of the real December's GHI falls before solar
    noon (a single month, 2012) and its hourly beam/diffuse split is not carried by
    any monthly statistic; even the horizontal yield differs by ~5 % there with
    identical monthly GHI (low-light inverter and incidence-angle losses).
    """
    table = _comparison(uccle, uccle_synthetic)
    with pd.option_context("display.width", 250, "display.max_rows", 200,
                           "display.max_columns", 40):
        print("\nUccle TMYx: synthetic vs real (d_ = synthetic/real - 1, %)")
        print(table.round(1).to_string(index=False))
    group1 = table[table["group"] == 1]
    group2 = table[table["group"] == 2]
    assert group1["d_poa"].abs().max() < 3.0
    assert group1["d_yield"].abs().max() < 3.0
    assert group2["d_poa"].abs().max() < 10.0
    assert group2["d_yield"].abs().max() < 10.0
    monthly = group1[[f"d_{m}" for m in MONTHS[:11]]].abs().max()
    assert monthly.max() < 8.0, monthly.round(1).to_dict()
    assert group1["d_m12"].abs().max() < 15.0


@pytest.mark.slow
def test_synthetic_year_matches_real_amsterdam_year(external_data):
    """Second, independent site (IWEC Amsterdam, another producer and timing).

    Annual criteria only. Measured when written: group 1 within 3.2 % (west 45 deg),
    all orientations within 5.5 % (yield) and 5.7 % (POA); the 4 % and 10 % bounds
    leave room for round-off across library versions, not for a change of method.
    """
    real = read_weather(external_data / AMSTERDAM)
    synthetic = synthesize_typical_year(monthly_statistics(real), real.latitude,
                                        real.longitude, real.altitude_m, source="test")
    table = _comparison(real, synthetic)
    print("\nAmsterdam IWEC: annual differences (%)")
    print(table[["tilt", "azimuth", "d_poa", "d_yield", "group"]]
          .round(1).to_string(index=False))
    group1 = table[table["group"] == 1]
    assert group1["d_yield"].abs().max() < 4.0
    assert table["d_yield"].abs().max() < 10.0
