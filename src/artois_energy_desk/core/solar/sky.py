"""The sky of a weather year: everything that depends only on time and site.

Solar position, extraterrestrial irradiance, air mass and the Perez brightness
coefficients are computed once per weather year (:func:`compute_sky`) and shared by
every roof of the territory. :func:`poa_components` then transposes the irradiance onto
many orientations at once, as ``(n_orientations, n_hours)`` arrays, with the same
inputs and formulas as :class:`pvlib.modelchain.ModelChain` uses for a fixed system
with ``transposition_model='perez'``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
from pvlib import irradiance
from pvlib.location import Location

from artois_energy_desk.core.climate.weather import WeatherYear
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["PoaComponents", "Sky", "compute_sky", "poa_components"]

#: Solar position and air-mass models of ``ModelChain``'s defaults (pvlib 0.16).
_SOLAR_POSITION_METHOD = "nrel_numpy"
_AIRMASS_MODEL = "kastenyoung1989"
#: Perez coefficient set used by ``pvlib.irradiance.perez`` by default.
_PEREZ_MODEL = "allsitescomposite1990"
#: Perez (1990) sky-clearness bin edges and zenith constant kappa [1/rad^3], as in
#: ``pvlib.irradiance.perez``.
_PEREZ_EPSILON_BINS = (0.0, 1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2)
_PEREZ_KAPPA = 1.041
#: Lower bound of the Perez horizontal projection cos(zenith): cos(85 deg).
_PEREZ_MIN_COS_ZENITH = float(np.cos(np.radians(85.0)))

_HOURLY_FIELDS = (
    "apparent_zenith", "zenith", "solar_azimuth", "dni_extra", "airmass_relative",
    "airmass_absolute", "ghi", "dni", "dhi", "temp_air", "wind_speed", "month",
)


@dataclass(frozen=True, eq=False)
class Sky:
    """Time- and site-dependent inputs of the solar models, one value per hour.

    Parameters
    ----------
    times : pandas.DatetimeIndex
        Sun-evaluation instants of the weather year (tz-aware).
    latitude, longitude : float
        Site [degrees].
    altitude_m : float
        Site altitude [m].
    source : str
        Source of the weather year, carried to results.
    apparent_zenith, zenith : numpy.ndarray
        Refraction-corrected and true solar zenith [degrees].
    solar_azimuth : numpy.ndarray
        Solar azimuth [degrees, 0 = N, 90 = E].
    dni_extra : numpy.ndarray
        Extraterrestrial normal irradiance [W/m²] (Spencer).
    airmass_relative, airmass_absolute : numpy.ndarray
        Kasten-Young relative air mass and its pressure-corrected value [-]
        (NaN when the sun is below the horizon).
    ghi, dni, dhi : numpy.ndarray
        Global horizontal, direct normal and diffuse horizontal irradiance [W/m²].
    temp_air : numpy.ndarray
        Air temperature [°C].
    wind_speed : numpy.ndarray
        Wind speed [m/s].
    month : numpy.ndarray
        Calendar month of each record in its source (1..12).
    """

    times: pd.DatetimeIndex
    latitude: float
    longitude: float
    altitude_m: float
    source: str
    apparent_zenith: np.ndarray
    zenith: np.ndarray
    solar_azimuth: np.ndarray
    dni_extra: np.ndarray
    airmass_relative: np.ndarray
    airmass_absolute: np.ndarray
    ghi: np.ndarray
    dni: np.ndarray
    dhi: np.ndarray
    temp_air: np.ndarray
    wind_speed: np.ndarray
    month: np.ndarray

    @property
    def hours(self) -> int:
        """Number of hourly records."""
        return len(self.times)

    def subset(self, mask: np.ndarray) -> Sky:
        """Return the sky restricted to the hours where ``mask`` is true."""
        mask = np.asarray(mask, dtype=bool)
        arrays = {name: getattr(self, name)[mask] for name in _HOURLY_FIELDS}
        return dataclasses.replace(self, times=self.times[mask], **arrays)

    def irradiated(self) -> Sky:
        """Return the hours with some irradiance (GHI, DNI or DHI not zero).

        Hours with no irradiance produce nothing in a PV or collector model, so
        dropping them changes no energy sum and halves the work.
        """
        return self.subset((self.ghi != 0) | (self.dni != 0) | (self.dhi != 0))

    @cached_property
    def _perez_terms(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return _perez_terms(self)

    @cached_property
    def _sun_vector(self) -> np.ndarray:
        zenith = np.radians(self.apparent_zenith)
        azimuth = np.radians(self.solar_azimuth)
        return np.stack([np.cos(zenith), np.sin(zenith) * np.sin(azimuth),
                         np.sin(zenith) * np.cos(azimuth)])


@dataclass(frozen=True, eq=False)
class PoaComponents:
    """Plane-of-array irradiance for many orientations, shape ``(n_orient, n_hours)``.

    Parameters
    ----------
    cos_aoi : numpy.ndarray
        Cosine of the angle of incidence, clipped to [-1, 1] [-].
    poa_direct, poa_sky_diffuse, poa_ground_diffuse, poa_global : numpy.ndarray
        Beam, sky-diffuse (Perez), ground-reflected and total irradiance in the plane
        [W/m²].
    """

    cos_aoi: np.ndarray
    poa_direct: np.ndarray
    poa_sky_diffuse: np.ndarray
    poa_ground_diffuse: np.ndarray
    poa_global: np.ndarray

    @property
    def aoi(self) -> np.ndarray:
        """Angle of incidence [degrees]."""
        return np.degrees(np.arccos(self.cos_aoi))

    @property
    def poa_diffuse(self) -> np.ndarray:
        """Sky-diffuse plus ground-reflected irradiance [W/m²]."""
        return self.poa_sky_diffuse + self.poa_ground_diffuse


def compute_sky(weather: WeatherYear, params: ParameterSet) -> Sky:
    """Compute the solar geometry and sky terms of a weather year once.

    The solar position is the one ``ModelChain.run_model`` computes for the weather
    data: ``Location.get_solarposition`` (method ``nrel_numpy``) with the pressure of
    the site altitude (``pvlib.atmosphere.alt2pres``) and the hourly air temperature;
    the air mass is ``Location.get_airmass`` (Kasten-Young 1989 on the apparent
    zenith); ``dni_extra`` is ``irradiance.get_extra_radiation`` of the instants.

    Parameters
    ----------
    weather : WeatherYear
        The hourly year and its site.
    params : ParameterSet
        Model parameters (reserved for site-level choices; the sky uses none today).

    Returns
    -------
    Sky
        Hourly arrays aligned with ``weather.data``.

    References
    ----------
    pvlib-python 0.16, ``pvlib/modelchain.py`` (``_prep_inputs_solar_pos``,
    ``_prep_inputs_airmass``) and ``pvlib/pvsystem.py`` (``Array.get_irradiance``).
    """
    del params  # the sky depends on time and site only
    data = weather.data
    location = Location(weather.latitude, weather.longitude,
                        altitude=weather.altitude_m)
    position = location.get_solarposition(
        data.index, method=_SOLAR_POSITION_METHOD, temperature=data["temp_air"])
    airmass = location.get_airmass(solar_position=position, model=_AIRMASS_MODEL)
    return Sky(
        times=data.index, latitude=weather.latitude, longitude=weather.longitude,
        altitude_m=weather.altitude_m, source=weather.source,
        apparent_zenith=_values(position["apparent_zenith"]),
        zenith=_values(position["zenith"]),
        solar_azimuth=_values(position["azimuth"]),
        dni_extra=_values(irradiance.get_extra_radiation(data.index)),
        airmass_relative=_values(airmass["airmass_relative"]),
        airmass_absolute=_values(airmass["airmass_absolute"]),
        **{name: _values(data[name]) for name in
           ("ghi", "dni", "dhi", "temp_air", "wind_speed")},
        month=data["month"].to_numpy(dtype=np.int64),
    )


def poa_components(sky: Sky, surface_tilt: np.ndarray, surface_azimuth: np.ndarray,
                   albedo: float, *, chunk_size: int = 256) -> PoaComponents:
    """Transpose the sky onto many fixed planes at once (Perez model).

    Equivalent to ``pvlib.irradiance.get_total_irradiance(..., model='perez')`` with
    the apparent zenith, ``dni_extra`` and relative air mass of ``sky``, evaluated for
    every orientation; the orientation-independent Perez terms are computed once.

    Parameters
    ----------
    sky : Sky
        The hourly sky.
    surface_tilt : array_like, shape (n_orient,)
        Plane tilts [degrees from horizontal].
    surface_azimuth : array_like, shape (n_orient,)
        Plane azimuths [degrees, 0 = N, 180 = S].
    albedo : float
        Ground reflectance [-].
    chunk_size : int
        Orientations processed together (bounds the temporary arrays).

    Returns
    -------
    PoaComponents
        Arrays of shape ``(n_orient, n_hours)`` [W/m²].

    References
    ----------
    Perez, R., Ineichen, P., Seals, R., Michalsky, J., Stewart, R., 1990. Modeling
    daylight availability and irradiance components from direct and global
    irradiance. Solar Energy 44(5), 271-289. pvlib-python 0.16
    ``pvlib/irradiance.py`` (``perez``, ``get_ground_diffuse``, ``poa_components``).
    """
    tilt = np.atleast_1d(np.asarray(surface_tilt, dtype=float))
    azimuth = np.atleast_1d(np.asarray(surface_azimuth, dtype=float))
    shape = (tilt.size, sky.hours)
    out = {name: np.empty(shape) for name in
           ("cos_aoi", "poa_direct", "poa_sky_diffuse", "poa_ground_diffuse")}
    for start in range(0, tilt.size, chunk_size):
        rows = slice(start, start + chunk_size)
        for name, block in _poa_block(sky, tilt[rows], azimuth[rows], albedo).items():
            out[name][rows] = block
    poa_global = out["poa_direct"] + out["poa_sky_diffuse"] + out["poa_ground_diffuse"]
    return PoaComponents(poa_global=poa_global, **out)


def _poa_block(sky: Sky, tilt: np.ndarray, azimuth: np.ndarray, albedo: float,
               ) -> dict[str, np.ndarray]:
    """Transposition for one chunk of orientations (see :func:`poa_components`)."""
    cos_tilt = np.cos(np.radians(tilt))
    sin_tilt = np.sin(np.radians(tilt))
    normal = np.stack([cos_tilt, sin_tilt * np.sin(np.radians(azimuth)),
                       sin_tilt * np.cos(np.radians(azimuth))], axis=1)
    cos_aoi = np.clip(normal @ sky._sun_vector, -1.0, 1.0)
    isotropic, circumsolar, horizon = sky._perez_terms
    sky_diffuse = np.maximum(cos_aoi, 0.0) * circumsolar
    sky_diffuse += np.multiply.outer(1.0 + cos_tilt, isotropic)
    sky_diffuse += np.multiply.outer(sin_tilt, horizon)
    np.maximum(sky_diffuse, 0.0, out=sky_diffuse)
    return {
        "cos_aoi": cos_aoi,
        "poa_direct": np.maximum(cos_aoi * sky.dni, 0.0),
        "poa_sky_diffuse": sky_diffuse,
        "poa_ground_diffuse": np.multiply.outer(0.5 * (1.0 - cos_tilt),
                                                sky.ghi * albedo),
    }


def _perez_terms(sky: Sky) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Orientation-independent hourly factors of the Perez sky diffuse [W/m²].

    The Perez sky diffuse on a plane of tilt ``t`` is
    ``max(iso (1 + cos t) + circ max(cos aoi, 0) + hor sin t, 0)`` with
    ``iso = DHI (1 - F1) / 2``, ``circ = DHI F1 / max(cos z, cos 85°)`` and
    ``hor = DHI F2``; hours with no air mass (sun below the horizon) get zero, hours
    where the clearness is undefined (DHI = DNI = 0) get NaN, as in pvlib.
    """
    f1, f2 = _perez_brightness(sky)
    projection = np.maximum(np.cos(np.radians(sky.apparent_zenith)),
                            _PEREZ_MIN_COS_ZENITH)
    night = np.isnan(sky.airmass_relative)
    terms = (0.5 * sky.dhi * (1.0 - f1), sky.dhi * f1 / projection, sky.dhi * f2)
    return tuple(np.where(night, 0.0, term) for term in terms)


def _perez_brightness(sky: Sky) -> tuple[np.ndarray, np.ndarray]:
    """Perez circumsolar (F1) and horizon (F2) brightening coefficients [-]."""
    zenith = np.radians(sky.apparent_zenith)
    delta = sky.dhi * sky.airmass_relative / sky.dni_extra
    with np.errstate(invalid="ignore", divide="ignore"):
        epsilon = ((sky.dhi + sky.dni) / sky.dhi + _PEREZ_KAPPA * zenith**3) / (
            1.0 + _PEREZ_KAPPA * zenith**3)
    clearness_bin = np.digitize(epsilon, _PEREZ_EPSILON_BINS)
    clearness_bin[np.isnan(epsilon)] = 0
    clearness_bin -= 1
    f1c, f2c = irradiance._get_perez_coefficients(_PEREZ_MODEL)
    nans = np.full((1, 3), np.nan)
    f1c, f2c = np.vstack((f1c, nans)), np.vstack((f2c, nans))
    f1 = f1c[clearness_bin, 0] + f1c[clearness_bin, 1] * delta \
        + f1c[clearness_bin, 2] * zenith
    f2 = f2c[clearness_bin, 0] + f2c[clearness_bin, 1] * delta \
        + f2c[clearness_bin, 2] * zenith
    return np.maximum(f1, 0.0), f2


def _values(series: pd.Series) -> np.ndarray:
    return series.to_numpy(dtype=float)
