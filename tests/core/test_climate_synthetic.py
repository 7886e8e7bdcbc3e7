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
    monthly_morning_share,
    monthly_statistics,
    monthly_summary,
)
from artois_energy_desk.core.climate.synthetic import synthesize_typical_year
from artois_energy_desk.core.climate.timing import (
    MONTH_OFFSET_TOLERANCE_MIN,
    closure_error_w_m2,
    monthly_sun_offsets_min,
    retime_months,
)
from artois_energy_desk.io.weather import load_weather, read_weather

UCCLE = "uccle-tmyx/BEL_VLG_Uccle.064470_TMYx.2007-2021.epw"
AMSTERDAM = "pvlib-testdata/NLD_Amsterdam062400_IWEC.epw"
MONTHS = [f"m{m:02d}" for m in range(1, 13)]


@pytest.fixture(scope="module")
def uccle(external_data) -> WeatherYear:
    # The file's own instants: the re-timing of its December is what is examined here.
    return read_weather(external_data / UCCLE, retime=False)


@pytest.fixture(scope="module")
def uccle_offsets(uccle) -> pd.DataFrame:
    return monthly_sun_offsets_min(uccle)


@pytest.fixture(scope="module")
def uccle_retimed(uccle, uccle_offsets) -> WeatherYear:
    """The Uccle year with every month at the sun instants where it closes."""
    offsets = uccle_offsets["offset_min"]
    return retime_months(
        uccle, offsets[offsets.abs() > MONTH_OFFSET_TOLERANCE_MIN].to_dict())


@pytest.fixture(scope="module")
def uccle_synthetic(uccle_retimed) -> WeatherYear:
    return synthesize_typical_year(monthly_statistics(uccle_retimed),
                                   uccle_retimed.latitude, uccle_retimed.longitude,
                                   uccle_retimed.altitude_m, source="test")


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
    for column in ("ghi_kwh_m2", "dhi_kwh_m2", "temp_air_c", "wind_speed_m_s"):
        np.testing.assert_allclose(stats[column], target[column], rtol=1e-6,
                                   atol=1e-6, err_msg=column)
    np.testing.assert_allclose(stats["temp_air_daily_std_k"],
                               target["temp_air_daily_std_k"], rtol=1e-6)
    # The components close by construction at the stamped instants.
    assert closure_error_w_m2(year.data, year.latitude, year.longitude,
                              year.altitude_m) < 0.5
    # A typical year favours neither east nor west: the hourly profile is symmetric
    # about solar noon, so each month's morning share is 0.5 up to the discreteness
    # of hourly records and the day-to-day equation of time (measured: within 0.006).
    np.testing.assert_allclose(monthly_morning_share(year), 0.5, atol=0.01)


def test_embedded_statistics_are_those_of_the_uccle_file(uccle_retimed):
    from artois_energy_desk import paths
    from artois_energy_desk.io.weather import read_monthly_statistics

    embedded = read_monthly_statistics(
        paths.data_file("climate", "artois_monthly_statistics.csv"))
    # The CSV stores values rounded to 0.01 (0.001 for shares).
    computed = monthly_statistics(uccle_retimed)[embedded.columns]
    pd.testing.assert_frame_equal(embedded, computed,
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


def test_uccle_december_is_on_another_clock(uccle, uccle_offsets, uccle_retimed):
    """The Uccle TMYx December (2012) is stamped one hour early; the others are not.

    Two independent signs, each decisive on its own:
    - closure: December's components close 61 min later than the file's convention
      (error 12.7 -> 1.4 W/m2), the eleven other months within 1 min (1.4-3.6 W/m2);
    - symmetry: as read, December receives 71 % of its GHI before solar noon, on
      31 days out of 31, its GHI centroid 60 min before noon; the 23 months of the
      Uccle and Amsterdam files lie within 0.47-0.53 (centroids within 12 min).
    A noon-symmetric synthesis from monthly statistics cannot reproduce such a
    month, and a typical year must not: the shift alone makes the real December's
    45 deg east/west yield ratio 1.67 (0.96 re-timed) and costs the horizontal plane
    4 % (beam put at lower sun, larger incidence-angle loss).
    """
    offsets = uccle_offsets["offset_min"]
    print("\nUccle TMYx, closure month by month (sun instants of the EPW convention)")
    print(uccle_offsets.round(2).to_string())
    assert offsets.drop(12).abs().max() <= 2.0
    assert 55.0 <= offsets[12] <= 65.0
    assert uccle_offsets.at[12, "error_as_is_w_m2"] > 5 * uccle_offsets.at[
        12, "error_w_m2"]
    as_read = monthly_morning_share(uccle)
    retimed = monthly_morning_share(uccle_retimed)
    assert as_read[12] > 0.65
    assert as_read.drop(12).between(0.47, 0.53).all()
    assert retimed.between(0.47, 0.53).all()
    grid = {name: _pv_grid(year, [(45, 90), (45, 270)])["m12"].to_numpy()
            for name, year in (("as read", uccle), ("re-timed", uccle_retimed))}
    # East/west December yield ratio, 45 deg: the clock error alone makes it 1.67.
    assert grid["as read"][0] / grid["as read"][1] > 1.5
    assert grid["re-timed"][0] / grid["re-timed"][1] == pytest.approx(1.0, abs=0.1)


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


def _synthetic(real: WeatherYear, variant: str) -> WeatherYear:
    """Synthetic year from ``real``'s monthly statistics.

    ``symmetric``: the embedded year's method; ``morning_share``: the validation option
    that also imposes the real months' share of GHI before solar noon.
    """
    share = monthly_morning_share(real) if variant == "morning_share" else None
    return synthesize_typical_year(monthly_statistics(real), real.latitude,
                                   real.longitude, real.altitude_m, source="test",
                                   morning_share=share)


def _comparison(real_grid: pd.DataFrame, synthetic: WeatherYear) -> pd.DataFrame:
    """Real and synthetic annual figures, and synthetic/real - 1 [%] per column."""
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


def _mirrored_yield_difference(table: pd.DataFrame) -> pd.Series:
    """Synthetic/real - 1 [%] of the annual yield summed over mirror pairs.

    Each orientation is paired with its mirror image about the meridian
    (azimuth 360 - a, same tilt): the part of the response a year symmetric about
    solar noon can be asked to reproduce whatever the real year's east/west balance.
    """
    keyed = table.set_index(["tilt", "azimuth"])
    mirror = [(tilt, (360 - azimuth) % 360) for tilt, azimuth in keyed.index]
    real = keyed["yield_kwh"].to_numpy() + keyed["yield_kwh"].loc[mirror].to_numpy()
    synthetic = (keyed["yield_syn"].to_numpy()
                 + keyed["yield_syn"].loc[mirror].to_numpy())
    return pd.Series(100 * (synthetic / real - 1), index=keyed.index)


@pytest.fixture(scope="module")
def uccle_grid(uccle_retimed) -> pd.DataFrame:
    return _pv_grid(uccle_retimed, ORIENTATIONS)


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["symmetric", "morning_share"])
def test_synthetic_year_matches_real_uccle_year(uccle_retimed, uccle_grid, variant):
    """Synthetic year from Uccle's own monthly statistics against the real year.

    Tolerances (lead's acceptance criteria): group 1 (tilt <= 45 deg, azimuth
    90-270): annual POA and yield within 3 %, monthly yield within 8 %; group 2
    (everything else up to 60 deg): annual within 10 %.

    The real year is the file with each month at the sun instants where its
    components close: December moved by +61 min (see
    ``test_uccle_december_is_on_another_clock``). Only the file's timing is taken from
    its hourly data; the synthesis sees the monthly statistics alone. Against the
    file as read, December misses by up to 31 % (symmetric) or 14 % (morning share
    imposed), east and west 45 deg with opposite signs: an error of the reference,
    not of the synthesis.

    Measured when written. ``symmetric`` (the embedded year's method): annual group 1
    within 1.5 % (POA) and 1.8 % (yield), group 2 within 2.2 %; monthly group 1
    within 7.3 % (March, west 45 deg: the real March, 2020, receives 52.4 % of its
    GHI before noon, weather that a typical year does not carry), December within
    4.2 %. ``morning_share`` (validation option): annual within 0.5 % / 1.2 % and
    1.8 %, monthly within 6.2 % (October), December within 4.2 %.
    """
    table = _comparison(uccle_grid, _synthetic(uccle_retimed, variant))
    with pd.option_context("display.width", 250, "display.max_rows", 200,
                           "display.max_columns", 40):
        print(f"\nUccle TMYx, {variant}: synthetic vs real "
              "(d_ = synthetic/real - 1, %)")
        print(table.round(1).to_string(index=False))
    group1 = table[table["group"] == 1]
    group2 = table[table["group"] == 2]
    monthly = group1[[f"d_{m}" for m in MONTHS]].abs().max()
    print("group 1, largest monthly |difference| (%):", monthly.round(1).to_dict())
    assert group1["d_poa"].abs().max() < 3.0
    assert group1["d_yield"].abs().max() < 3.0
    assert group2["d_poa"].abs().max() < 10.0
    assert group2["d_yield"].abs().max() < 10.0
    assert monthly.max() < 8.0, monthly.round(1).to_dict()


@pytest.mark.slow
def test_synthetic_year_matches_real_amsterdam_year(external_data):
    """Second, independent site (IWEC Amsterdam, another producer and timing).

    Annual criteria only; the closure puts every month at the same instant (checked).
    With the real months' morning shares imposed (validation option), group 1 is
    within 3.2 % (west 45 deg), all orientations within 5.5 % (yield) and 5.7 %
    (POA) when written; the 4 % and 10 % bounds leave room for round-off across
    library versions, not for a change of method. The symmetric year (the embedded
    year's method) misses east 45 deg by 5.4 % because the real summer afternoons
    are the sunnier (July and August: 52.5 % of GHI after noon), and every
    orientation is within 8.0 %; summed with its mirror orientation, which removes
    the east/west balance a symmetric year cannot carry, every group 1 pair is within
    2.9 %, held to the same 4 %.
    """
    real = read_weather(external_data / AMSTERDAM)
    assert monthly_sun_offsets_min(real)["offset_min"].abs().max() <= 2.0
    real_grid = _pv_grid(real, ORIENTATIONS)
    shared = _comparison(real_grid, _synthetic(real, "morning_share"))
    symmetric = _comparison(real_grid, _synthetic(real, "symmetric"))
    symmetric["d_pair"] = _mirrored_yield_difference(symmetric).to_numpy()
    print("\nAmsterdam IWEC: annual differences (%), morning share imposed / symmetric")
    print(shared[["tilt", "azimuth", "d_poa", "d_yield", "group"]]
          .join(symmetric[["d_poa", "d_yield", "d_pair"]], rsuffix="_sym")
          .round(1).to_string(index=False))
    group1 = shared[shared["group"] == 1]
    assert group1["d_yield"].abs().max() < 4.0
    assert shared["d_yield"].abs().max() < 10.0
    assert symmetric["d_yield"].abs().max() < 10.0
    assert symmetric.loc[symmetric["group"] == 1, "d_pair"].abs().max() < 4.0
