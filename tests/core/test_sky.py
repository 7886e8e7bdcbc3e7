"""The shared sky: same solar geometry and Perez transposition as pvlib's ModelChain."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
import pytest

from artois_energy_desk.core.climate.weather import WeatherYear
from artois_energy_desk.core.solar.sky import compute_sky, poa_components
from artois_energy_desk.io.parameters import default_parameters

LENS = (50.43, 2.83, 40.0)


def synthetic_year(seed: int = 3) -> WeatherYear:
    """An hourly year at Lens: clear sky (simplified Solis) dimmed by random clouds.

    Random cloud factors spread the hours over all Perez clearness bins; night hours
    have zero irradiance, some daylight hours zero DNI.
    """
    times = pd.date_range("2021-01-01 00:30", periods=8760, freq="h", tz="Etc/GMT-1")
    location = pvlib.location.Location(*LENS[:2], altitude=LENS[2])
    clear = location.get_clearsky(times, model="simplified_solis")
    zenith = location.get_solarposition(times)["apparent_zenith"].to_numpy()
    rng = np.random.default_rng(seed)
    cloud = rng.choice([0.0, 0.3, 0.7, 1.0], size=times.size)
    dni = clear["dni"].to_numpy() * cloud
    cos_zenith = np.maximum(np.cos(np.radians(zenith)), 0)
    beam_lost = (clear["dni"].to_numpy() - dni) * cos_zenith
    dhi = clear["dhi"].to_numpy() + 0.6 * beam_lost
    ghi = dni * cos_zenith + dhi
    day = np.arange(times.size) / 24.0
    data = pd.DataFrame({
        "ghi": ghi, "dni": dni, "dhi": dhi,
        "temp_air": 11.0 - 7.0 * np.cos(2 * np.pi * (day - 15) / 365),
        "wind_speed": 1.0 + 3.0 * rng.random(times.size),
        "month": times.month,
    }, index=times)
    return WeatherYear(data, *LENS, source="synthétique")


@pytest.fixture(scope="module")
def weather() -> WeatherYear:
    return synthetic_year()


@pytest.fixture(scope="module")
def sky(weather):
    return compute_sky(weather, default_parameters())


def test_solar_position_and_airmass_are_modelchains(weather, sky):
    # Reference: what ModelChain.prepare_inputs computes (pvlib 0.16, modelchain.py):
    # Location.get_solarposition(times, temperature=temp_air) with the pressure of the
    # altitude, then Location.get_airmass(solar_position). Same code path, so equal to
    # rounding.
    location = pvlib.location.Location(weather.latitude, weather.longitude,
                                       altitude=weather.altitude_m)
    position = location.get_solarposition(weather.data.index,
                                          temperature=weather.data["temp_air"])
    airmass = location.get_airmass(solar_position=position)
    np.testing.assert_allclose(sky.apparent_zenith, position["apparent_zenith"],
                               rtol=1e-12)
    np.testing.assert_allclose(sky.solar_azimuth, position["azimuth"], rtol=1e-12)
    np.testing.assert_allclose(sky.airmass_relative, airmass["airmass_relative"],
                               rtol=1e-12)
    np.testing.assert_allclose(sky.airmass_absolute, airmass["airmass_absolute"],
                               rtol=1e-12)
    np.testing.assert_allclose(
        sky.dni_extra, pvlib.irradiance.get_extra_radiation(weather.data.index),
        rtol=1e-12)
    np.testing.assert_array_equal(sky.month, weather.data["month"])


@pytest.mark.parametrize(("tilt", "azimuth"), [
    (0.0, 180.0), (10.0, 180.0), (35.0, 135.0), (60.0, 270.0), (90.0, 0.0),
    (90.0, 200.0), (45.0, 359.0), (5.0, 90.0),
])
def test_poa_components_equal_pvlib_perez(weather, sky, tilt, azimuth):
    # Reference: pvlib.irradiance.get_total_irradiance(model='perez') with the inputs
    # ModelChain passes (apparent zenith, dni_extra, relative airmass, albedo). The
    # orientation-independent Perez terms are factored out, so only rounding differs:
    # 1e-9 W/m2 absolute.
    albedo = 0.2
    reference = pvlib.irradiance.get_total_irradiance(
        tilt, azimuth, pd.Series(sky.apparent_zenith), pd.Series(sky.solar_azimuth),
        pd.Series(sky.dni), pd.Series(sky.ghi), pd.Series(sky.dhi),
        dni_extra=pd.Series(sky.dni_extra), airmass=pd.Series(sky.airmass_relative),
        albedo=albedo, model="perez")
    components = poa_components(sky, [tilt], [azimuth], albedo)
    for name in ("poa_direct", "poa_sky_diffuse", "poa_ground_diffuse", "poa_global"):
        np.testing.assert_allclose(getattr(components, name)[0], reference[name],
                                   rtol=0, atol=1e-9, equal_nan=True, err_msg=name)
    expected_aoi = pvlib.irradiance.aoi(tilt, azimuth, sky.apparent_zenith,
                                        sky.solar_azimuth)
    np.testing.assert_allclose(components.aoi[0], expected_aoi, atol=1e-6)


def test_many_orientations_at_once_equal_one_by_one(sky):
    rng = np.random.default_rng(0)
    tilt = rng.uniform(0, 90, 37)
    azimuth = rng.uniform(0, 360, 37)
    together = poa_components(sky, tilt, azimuth, 0.25, chunk_size=8)
    assert together.poa_global.shape == (37, sky.hours)
    for i in (0, 8, 36):
        alone = poa_components(sky, [tilt[i]], [azimuth[i]], 0.25)
        # only the BLAS summation order may differ: 1e-9 W/m2
        np.testing.assert_allclose(together.poa_global[i], alone.poa_global[0],
                                   rtol=0, atol=1e-9)


def test_irradiated_hours_drop_only_dark_hours(sky):
    lit = sky.irradiated()
    dark = (sky.ghi == 0) & (sky.dni == 0) & (sky.dhi == 0)
    assert lit.hours == sky.hours - dark.sum()
    assert 0.4 * sky.hours < lit.hours < 0.6 * sky.hours  # about half the year is day
    assert lit.ghi.sum() == pytest.approx(sky.ghi.sum(), rel=1e-12)
    np.testing.assert_array_equal(lit.month, sky.month[~dark])


def test_weather_is_not_modified(weather):
    before = weather.data.copy()
    compute_sky(weather, default_parameters())
    pd.testing.assert_frame_equal(weather.data, before)
