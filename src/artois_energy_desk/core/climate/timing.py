"""Sun timing of weather records, checked by the closure of the irradiance components.

Weather files stamp hourly records differently (start, middle or end of the hour; UTC
or local time; PVGIS shifts its satellite slots by an "irradiance time offset"). The
instant at which the solar position must be evaluated is the one where the components
close: GHI = DNI cos(θ_z) + DHI. This module measures that closure and finds the
instant from the data when a producer's convention is unknown.

References
----------
.. [1] J. A. Duffie, W. A. Beckman, "Solar Engineering of Thermal Processes", 4th ed.,
   Wiley, 2013, eq. 1.6.5 (zenith angle) and §2.8 (beam and diffuse components).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib

__all__ = ["CLOSURE_MIN_GHI_W_M2", "closure_error_w_m2", "detect_sun_offset_min"]

#: Hours below this GHI [W/m²] are left out of the closure (noise, low sun).
CLOSURE_MIN_GHI_W_M2 = 50.0
_COARSE_STEP_MIN = 10
_SEARCH_HALF_WIDTH_MIN = 120


def closure_error_w_m2(data: pd.DataFrame, latitude: float, longitude: float,
                       altitude_m: float = 0.0) -> float:
    """Mean absolute closure error |DNI cos θ_z + DHI - GHI| [W/m²].

    Parameters
    ----------
    data : pandas.DataFrame
        Columns ``ghi``, ``dni``, ``dhi`` [W/m²], indexed by the tz-aware instants at
        which the sun is evaluated (``WeatherYear.data``).
    latitude, longitude : float
        Site [degrees].
    altitude_m : float
        Site altitude [m].

    Returns
    -------
    float
        Mean over hours with GHI above :data:`CLOSURE_MIN_GHI_W_M2` [W/m²], using the
        SPA solar position (``pvlib.solarposition.get_solarposition``).
    """
    position = pvlib.solarposition.get_solarposition(data.index, latitude, longitude,
                                                     altitude_m)
    cos_zenith = np.cos(np.radians(position["zenith"].to_numpy()))
    return _closure(data, cos_zenith)


def _closure(data: pd.DataFrame, cos_zenith: np.ndarray) -> float:
    ghi = data["ghi"].to_numpy()
    rebuilt = data["dni"].to_numpy() * np.clip(cos_zenith, 0.0, None) + data["dhi"]
    used = ghi > CLOSURE_MIN_GHI_W_M2
    if not used.any():
        return float("nan")
    return float(np.mean(np.abs(rebuilt.to_numpy() - ghi)[used]))


def _analytic_cos_zenith(index: pd.DatetimeIndex, latitude: float,
                         longitude: float) -> np.ndarray:
    day_of_year = index.dayofyear.to_numpy()
    declination = pvlib.solarposition.declination_spencer71(day_of_year)
    equation_of_time = pvlib.solarposition.equation_of_time_spencer71(day_of_year)
    hour_angle = pvlib.solarposition.hour_angle(index, longitude, equation_of_time)
    zenith = pvlib.solarposition.solar_zenith_analytical(
        np.radians(latitude), np.radians(hour_angle), declination)
    return np.cos(zenith)


def detect_sun_offset_min(data: pd.DataFrame, latitude: float, longitude: float
                          ) -> tuple[float, float]:
    """Find the shift of the time labels that best closes the irradiance components.

    Parameters
    ----------
    data : pandas.DataFrame
        Columns ``ghi``, ``dni``, ``dhi`` [W/m²] indexed by the file's own tz-aware
        time labels.
    latitude, longitude : float
        Site [degrees].

    Returns
    -------
    offset_min : float
        Minutes to add to the labels (between -120 and 120, 1-minute resolution).
    error_w_m2 : float
        Closure error at that offset [W/m²] (analytic solar position, ref. [1]); NaN
        when the file has no usable daylight hours.

    Notes
    -----
    A coarse scan every 10 minutes is refined minute by minute around its best value.
    The analytic zenith (Spencer declination and equation of time) is accurate to a
    fraction of a degree, ample for choosing the offset.
    """
    used = data[data["ghi"] > CLOSURE_MIN_GHI_W_M2]

    def error(offset: float) -> float:
        shifted = used.index + pd.Timedelta(minutes=offset)
        return _closure(used, _analytic_cos_zenith(shifted, latitude, longitude))

    coarse = np.arange(-_SEARCH_HALF_WIDTH_MIN, _SEARCH_HALF_WIDTH_MIN + 1,
                       _COARSE_STEP_MIN)
    if used.empty:
        return 0.0, float("nan")
    best = coarse[int(np.nanargmin([error(o) for o in coarse]))]
    fine = np.arange(best - _COARSE_STEP_MIN, best + _COARSE_STEP_MIN + 1)
    errors = [error(o) for o in fine]
    index = int(np.nanargmin(errors))
    return float(fine[index]), float(errors[index])
