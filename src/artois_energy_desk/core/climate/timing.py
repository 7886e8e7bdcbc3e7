"""Sun timing of weather records, checked by the closure of the irradiance components.

Weather files stamp hourly records differently (start, middle or end of the hour; UTC
or local time; PVGIS shifts its satellite slots by an "irradiance time offset"). The
instant at which the solar position must be evaluated is the one where the components
close: GHI = DNI cos(θ_z) + DHI. This module measures that closure and finds the
instant from the data when a producer's convention is unknown, for a whole file or
month by month (a typical year assembled from months of different years can carry one
month on another clock: the December of the Uccle TMYx 2007-2021 file closes one hour
later than its other eleven months).

References
----------
.. [1] J. A. Duffie, W. A. Beckman, "Solar Engineering of Thermal Processes", 4th ed.,
   Wiley, 2013, eq. 1.6.5 (zenith angle) and §2.8 (beam and diffuse components).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import numpy as np
import pandas as pd
import pvlib

from artois_energy_desk.core.climate.weather import WeatherYear

__all__ = [
    "CLOSURE_MIN_GHI_W_M2",
    "MONTH_OFFSET_TOLERANCE_MIN",
    "closure_error_w_m2",
    "detect_sun_offset_min",
    "monthly_sun_offsets_min",
    "retime_months",
]

#: Hours below this GHI [W/m²] are left out of the closure (noise, low sun).
CLOSURE_MIN_GHI_W_M2 = 50.0
#: A month whose best closure lies further than this from the rest of the file [min]
#: is on another clock. Consistent months scatter by 1-2 min (Uccle TMYx, Amsterdam
#: IWEC, ``tests/core/test_climate_synthetic.py``); clock errors come in quarter,
#: half or whole hours.
MONTH_OFFSET_TOLERANCE_MIN = 15.0
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


def monthly_sun_offsets_min(weather: WeatherYear) -> pd.DataFrame:
    """Closure scan month by month, relative to the year's current sun instants.

    A weather file assembled from months of different years (TMY, TMYx) can carry one
    month on another clock. Each month's components close at the same instant as the
    rest of the file unless its records were stamped differently.

    Parameters
    ----------
    weather : WeatherYear
        The year, indexed by the sun instants currently assumed.

    Returns
    -------
    pandas.DataFrame
        Indexed by month 1..12: ``offset_min`` (minutes to add to the month's
        instants for the best closure, see :func:`detect_sun_offset_min`),
        ``error_w_m2`` (closure error there) and ``error_as_is_w_m2`` (closure error
        at the current instants) [W/m²].
    """
    data = weather.data
    rows = {}
    for month, records in data.groupby("month"):
        offset, error = detect_sun_offset_min(records, weather.latitude,
                                              weather.longitude)
        as_is = _closure(records, _analytic_cos_zenith(
            records.index, weather.latitude, weather.longitude))
        rows[int(month)] = {"offset_min": offset, "error_w_m2": error,
                            "error_as_is_w_m2": as_is}
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("month")


def retime_months(weather: WeatherYear, offsets_min: Mapping[int, float]
                  ) -> WeatherYear:
    """Shift the sun instants of some months of a year.

    Parameters
    ----------
    weather : WeatherYear
        The year.
    offsets_min : mapping
        Month (1..12) -> minutes to add to that month's instants (for example the
        ``offset_min`` of :func:`monthly_sun_offsets_min` for the months whose offset
        exceeds :data:`MONTH_OFFSET_TOLERANCE_MIN`).

    Returns
    -------
    WeatherYear
        Same records and ``month`` column, the listed months' instants shifted, rows
        in increasing order of instant; ``source`` names the shifted months.
    """
    data = weather.data
    shift = data["month"].map(lambda m: float(offsets_min.get(int(m), 0.0)))
    index = data.index + pd.to_timedelta(shift.to_numpy(), unit="min")
    moved = data.set_axis(index).sort_index(kind="stable")
    listed = ", ".join(f"mois {m} {offsets_min[m]:+g} min" for m in sorted(offsets_min))
    source = f"{weather.source} (recalé : {listed})" if offsets_min else weather.source
    return replace(weather, data=moved, source=source)
