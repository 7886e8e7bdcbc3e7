"""Synthetic hourly typical year from monthly statistics.

Method (each step deterministic; the monthly totals of global and diffuse horizontal
irradiation are reproduced exactly):

1. **Daily global irradiation.** For each month the mean clearness index
   K̄_t = H_month / H0_month (H0: extraterrestrial horizontal irradiation of the
   month's days at the site) fixes the Bendt et al. (1981) frequency distribution of
   the daily clearness K_t; one value per day is drawn at the mid-class quantiles and
   ordered by an AR(1) sequence (lag-one autocorrelation 0.3, Aguiar et al. 1988), see
   :mod:`artois_energy_desk.core.climate.daily`. The days are rescaled together so that
   the month's total equals the statistic.
2. **Hourly global irradiance.** Each day's irradiation is distributed over its hours
   with the Collares-Pereira and Rabl (1979) profile
   r_t ∝ (a + b cos ω)(cos ω - cos ω_s), a = 0.409 + 0.5016 sin(ω_s - 60°),
   b = 0.6609 - 0.4767 sin(ω_s - 60°), evaluated at the middle of each hour (ω: hour
   angle, ω_s: sunset hour angle) and normalised so that the hours sum to the day.
   The profile is symmetric about solar noon, as a typical year should be: the
   morning/afternoon imbalance of a single real month is weather of that year (or a
   clock error of the file, see ``data/climate/README.md``), not climate. For
   validation only, ``morning_share`` tilts the profile by a factor
   exp(-k sin ω / sin ω_s), one k per month found by bisection so that the month's
   share of GHI before solar noon equals that of a real year (an assumption of this
   module, not a published model; each record counts for the hour centred on its sun
   instant).
3. **Diffuse and direct.** The hourly diffuse fraction follows the Erbs et al. (1982)
   correlation with the hourly clearness index, shifted along the clearness axis by
   one constant per month found by bisection so that the month's diffuse irradiation
   equals the statistic (the monthly diffuse fraction is the calibration target: a
   plain decomposition misses tilted planes by about 10 %, see ``climate.md`` §4).
   DNI = (GHI - DHI) / cos θ_z, capped at the Meinel clear-sky beam
   1353 · 0.7^(AM^0.678) W/m² (Meinel and Meinel 1976); capped energy stays diffuse.
4. **Air temperature.** Daily means = monthly mean + an AR(1) anomaly with the month's
   standard deviation of daily means (exact mean and deviation per month); a cosine
   daily cycle with its maximum at 15 h solar time and the month's mean daily range,
   scaled by the day's clearness relative to the month (clear days swing more; an
   assumption, not a published model). Wind speed: the monthly mean.

Timing: records are hourly means stamped at the middle of each hour (``sun_offset_min``
= 30) in a fixed UTC+1 zone, in the non-leap year :data:`TYPICAL_YEAR`.

References
----------
.. [1] M. Collares-Pereira, A. Rabl, "The average distribution of solar radiation -
   correlations between diffuse and hemispherical and between daily and hourly
   insolation values", Solar Energy 22 (1979) 155-164.
   doi:10.1016/0038-092X(79)90100-2
.. [2] D. G. Erbs, S. A. Klein, J. A. Duffie, "Estimation of the diffuse radiation
   fraction for hourly, daily and monthly-average global radiation", Solar Energy 28
   (1982) 293-302. doi:10.1016/0038-092X(82)90302-4
.. [3] J. Bendt, M. Collares-Pereira, A. Rabl, Solar Energy 27 (1981) 1-5.
.. [4] R. Aguiar, M. Collares-Pereira, J. P. Conde, Solar Energy 40 (1988) 269-279.
.. [5] A. B. Meinel, M. P. Meinel, "Applied Solar Energy: An Introduction",
   Addison-Wesley, 1976 (clear-sky beam model).
.. [6] J. A. Duffie, W. A. Beckman, "Solar Engineering of Thermal Processes", 4th ed.,
   Wiley, 2013, chapters 1-2.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
from scipy.special import ndtri

from artois_energy_desk.core.climate.daily import (
    DAILY_KT_AUTOCORRELATION,
    daily_clearness_sequence,
    uniform_stream,
)
from artois_energy_desk.core.climate.summary import morning_weight
from artois_energy_desk.core.climate.weather import WeatherYear

__all__ = [
    "MONTHLY_STATISTICS_COLUMNS",
    "SYNTHETIC_TIMEZONE",
    "TYPICAL_YEAR",
    "synthesize_typical_year",
]

#: Non-leap calendar year of every typical year (8760 hours).
TYPICAL_YEAR = 2019
#: Fixed UTC+1 zone (no daylight saving), as in French and Belgian weather files.
SYNTHETIC_TIMEZONE = "Etc/GMT-1"
#: Columns a monthly statistics table needs, with their units.
MONTHLY_STATISTICS_COLUMNS = {
    "ghi_kwh_m2": "kWh/m2 per month",
    "dhi_kwh_m2": "kWh/m2 per month",
    "temp_air_c": "degC, monthly mean",
    "temp_air_daily_std_k": "K, std of daily means",
    "temp_air_daily_range_k": "K, mean daily max-min",
    "wind_speed_m_s": "m/s, monthly mean",
}
_SOLAR_CONSTANT_MEINEL_W_M2 = 1353.0
_TEMPERATURE_MAX_SOLAR_HOUR = 15.0
_CALIBRATION_SHIFT_LIMIT = 1.0
_MAX_SKEW = 5.0
#: Lag-one autocorrelation of daily mean temperature anomalies [-]; an assumption
#: (persistent weather in western Europe); it orders the days only, the monthly mean
#: and standard deviation are imposed exactly.
TEMPERATURE_AUTOCORRELATION = 0.7


def synthesize_typical_year(monthly_stats: pd.DataFrame, latitude: float,
                            longitude: float, altitude_m: float, *, source: str,
                            period: str = "", seed: int = 1,
                            autocorrelation: float = DAILY_KT_AUTOCORRELATION,
                            morning_share: pd.Series | None = None) -> WeatherYear:
    """Build an hourly typical year whose monthly statistics are ``monthly_stats``.

    Parameters
    ----------
    monthly_stats : pandas.DataFrame
        Indexed by month 1..12, columns :data:`MONTHLY_STATISTICS_COLUMNS`:
        ``ghi_kwh_m2``, ``dhi_kwh_m2`` [kWh/m² per month], ``temp_air_c`` [°C],
        ``temp_air_daily_std_k``, ``temp_air_daily_range_k`` [K],
        ``wind_speed_m_s`` [m/s].
    latitude, longitude : float
        Site [degrees].
    altitude_m : float
        Site altitude [m].
    source, period : str
        Texts stored in the returned :class:`WeatherYear`.
    seed : int
        Seed of the deterministic day-ordering stream.
    autocorrelation : float
        Lag-one autocorrelation of daily clearness [-].
    morning_share : pandas.Series, optional
        Validation only: share of each month's GHI before solar noon [-], indexed
        1..12 (:func:`~artois_energy_desk.core.climate.summary.monthly_morning_share`
        of a real year). ``None`` (the embedded year): profiles symmetric about noon.

    Returns
    -------
    WeatherYear
        8760 hourly records, monthly GHI and DHI sums equal to the statistics.

    Raises
    ------
    ValueError
        If a column is missing or a month's irradiation is impossible at the site.

    Notes
    -----
    The method and its references are in the module docstring.
    """
    stats = _checked_stats(monthly_stats)
    index = pd.date_range(f"{TYPICAL_YEAR}-01-01 00:30", periods=8760, freq="h",
                          tz=SYNTHETIC_TIMEZONE)
    geometry = _solar_geometry(index, latitude, longitude, altitude_m)
    days = _daily_irradiation(geometry, stats, seed, autocorrelation)
    ghi = _hourly_ghi(geometry, days, morning_share)
    dhi, dni = _calibrated_split(ghi, geometry, stats)
    temp_air = _temperature(geometry, days, stats, seed)
    month = index.month.to_numpy()
    data = pd.DataFrame({
        "ghi": ghi, "dni": dni, "dhi": dhi, "temp_air": temp_air,
        "wind_speed": stats["wind_speed_m_s"].to_numpy()[month - 1],
        "month": month,
    }, index=index)
    return WeatherYear(data, float(latitude), float(longitude), float(altitude_m),
                       source=source, period=period, sun_offset_min=30.0)


def _checked_stats(monthly_stats: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in MONTHLY_STATISTICS_COLUMNS if c not in monthly_stats]
    if missing:
        raise ValueError(f"monthly statistics lack columns {missing}")
    stats = monthly_stats.reindex(range(1, 13))[list(MONTHLY_STATISTICS_COLUMNS)]
    if stats.isna().any().any():
        raise ValueError("monthly statistics need all 12 months, without gaps")
    if ((stats["dhi_kwh_m2"] > stats["ghi_kwh_m2"]) | (stats["ghi_kwh_m2"] <= 0)).any():
        raise ValueError("monthly statistics need 0 < dhi_kwh_m2 <= ghi_kwh_m2")
    return stats.astype(float)


def _solar_geometry(index: pd.DatetimeIndex, latitude: float, longitude: float,
                    altitude_m: float) -> pd.DataFrame:
    """Per hour: cos zenith, extraterrestrial irradiance, hour angle, day data."""
    position = pvlib.solarposition.get_solarposition(index, latitude, longitude,
                                                     altitude_m)
    day_of_year = index.dayofyear.to_numpy()
    equation_of_time = pvlib.solarposition.equation_of_time_spencer71(day_of_year)
    hour_angle = np.radians(pvlib.solarposition.hour_angle(index, longitude,
                                                           equation_of_time))
    declination = pvlib.solarposition.declination_spencer71(day_of_year)
    phi = np.radians(latitude)
    cos_sunset = np.clip(-np.tan(phi) * np.tan(declination), -1.0, 1.0)
    sunset = np.arccos(cos_sunset)
    dni_extra = pvlib.irradiance.get_extra_radiation(day_of_year)
    # Daily extraterrestrial horizontal irradiation [Wh/m2] (Duffie-Beckman 1.10.3)
    h0_day = (24.0 / np.pi * dni_extra * (np.cos(phi) * np.cos(declination)
              * np.sin(sunset) + sunset * np.sin(phi) * np.sin(declination)))
    return pd.DataFrame({
        "cos_zenith": np.cos(np.radians(position["zenith"].to_numpy())),
        "dni_extra": np.asarray(dni_extra, dtype=float),
        "hour_angle": hour_angle, "sunset": sunset, "h0_day": h0_day,
        "day": day_of_year, "month": index.month.to_numpy(),
    }, index=index)


def _collares_pereira_rabl_weight(hour_angle: np.ndarray, sunset: np.ndarray
                                  ) -> np.ndarray:
    """Unnormalised hourly share of the day's global irradiation (ref. [1])."""
    a = 0.409 + 0.5016 * np.sin(sunset - np.pi / 3)
    b = 0.6609 - 0.4767 * np.sin(sunset - np.pi / 3)
    return np.clip((a + b * np.cos(hour_angle)) * (np.cos(hour_angle) - np.cos(sunset)),
                   0.0, None)


def _daily_irradiation(geometry: pd.DataFrame, stats: pd.DataFrame, seed: int,
                       autocorrelation: float) -> pd.DataFrame:
    """Per day: month, extraterrestrial and global irradiation [Wh/m²], clearness."""
    days = geometry.groupby("day").agg(h0_day=("h0_day", "first"),
                                       month=("month", "first"))
    days["kt"] = _daily_clearness(days, stats, seed, autocorrelation)
    days["ghi_wh_m2"] = days["kt"] * days["h0_day"]
    return days


def _hourly_ghi(geometry: pd.DataFrame, days: pd.DataFrame,
                morning_share: pd.Series | None) -> np.ndarray:
    """Hourly GHI [W/m²]: each day's irradiation over its hours (ref. [1])."""
    hour_angle = geometry["hour_angle"].to_numpy()
    sunset = geometry["sunset"].to_numpy()
    weight = _collares_pereira_rabl_weight(hour_angle, sunset)
    weight = np.where(geometry["cos_zenith"].to_numpy() > 0, weight, 0.0)
    day = geometry["day"].to_numpy()
    day_ghi_wh = days["ghi_wh_m2"].reindex(day).to_numpy()
    if morning_share is None:
        return _distribute(weight, day, day_ghi_wh)
    tilt = -np.sin(hour_angle) / np.clip(np.sin(sunset), 1e-6, None)
    morning = morning_weight(np.degrees(hour_angle))
    month = geometry["month"].to_numpy()
    ghi = np.zeros_like(weight)
    for m in range(1, 13):
        sel = month == m
        args = (weight[sel], tilt[sel], morning[sel], day[sel], day_ghi_wh[sel])
        ghi[sel] = _skewed(*args, float(morning_share.loc[m]))
    return ghi


def _distribute(weight: np.ndarray, day: np.ndarray, day_ghi_wh: np.ndarray
                ) -> np.ndarray:
    """Hourly values proportional to ``weight`` summing to each day's irradiation."""
    per_day = np.bincount(day, weights=weight)[day]
    return np.where(per_day > 0, weight / np.where(per_day > 0, per_day, 1.0), 0.0) \
        * day_ghi_wh


def _skewed(weight: np.ndarray, tilt: np.ndarray, morning: np.ndarray,
            day: np.ndarray, day_ghi_wh: np.ndarray, share: float) -> np.ndarray:
    """One month's hourly GHI tilted by bisection to a morning share (validation)."""
    low, high = -_MAX_SKEW, _MAX_SKEW
    for _ in range(40):
        middle = 0.5 * (low + high)
        ghi = _distribute(weight * np.exp(middle * tilt), day, day_ghi_wh)
        if (ghi * morning).sum() < share * ghi.sum():
            low = middle
        else:
            high = middle
    return _distribute(weight * np.exp(0.5 * (low + high) * tilt), day, day_ghi_wh)


def _daily_clearness(days: pd.DataFrame, stats: pd.DataFrame, seed: int,
                     autocorrelation: float) -> pd.Series:
    kt = pd.Series(0.0, index=days.index)
    for month, group in days.groupby("month"):
        target_wh = stats.at[month, "ghi_kwh_m2"] * 1000.0
        mean_kt = target_wh / group["h0_day"].sum()
        values = daily_clearness_sequence(mean_kt, len(group), seed * 100 + month,
                                          autocorrelation)
        kt[group.index] = values * target_wh / (values * group["h0_day"]).sum()
    return kt


def _erbs_diffuse_fraction(kt: np.ndarray) -> np.ndarray:
    """Erbs et al. (1982) hourly diffuse fraction (ref. [2])."""
    low = 1.0 - 0.09 * kt
    mid = (0.9511 - 0.1604 * kt + 4.388 * kt**2 - 16.638 * kt**3 + 12.336 * kt**4)
    return np.where(kt <= 0.22, low, np.where(kt <= 0.80, mid, 0.165))


def _meinel_clear_dni(cos_zenith: np.ndarray) -> np.ndarray:
    """Meinel clear-sky beam irradiance [W/m²] (ref. [5])."""
    airmass = 1.0 / np.clip(cos_zenith, 0.05, None)
    return _SOLAR_CONSTANT_MEINEL_W_M2 * 0.7 ** (airmass**0.678)


def _split(ghi: np.ndarray, kt: np.ndarray, cos_zenith: np.ndarray,
           dni_cap: np.ndarray, shift: float) -> tuple[np.ndarray, np.ndarray]:
    dhi = ghi * np.clip(_erbs_diffuse_fraction(kt - shift), 0.0, 1.0)
    beam_horizontal = np.minimum(ghi - dhi, dni_cap * np.clip(cos_zenith, 0.0, None))
    return ghi - beam_horizontal, beam_horizontal


def _calibrated_split(ghi: np.ndarray, geometry: pd.DataFrame, stats: pd.DataFrame
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Diffuse and direct normal irradiance [W/m²] with the monthly diffuse totals."""
    cos_zenith = geometry["cos_zenith"].to_numpy()
    extra_horizontal = (geometry["dni_extra"].to_numpy()
                        * np.clip(cos_zenith, 0.065, None))
    kt = np.clip(ghi / extra_horizontal, 0.0, 1.0)
    dni_cap = np.where(cos_zenith > 0, _meinel_clear_dni(cos_zenith), 0.0)
    dhi = np.empty_like(ghi)
    beam = np.empty_like(ghi)
    month = geometry["month"].to_numpy()
    for m in range(1, 13):
        sel = month == m
        args = (ghi[sel], kt[sel], cos_zenith[sel], dni_cap[sel])
        target_wh = stats.at[m, "dhi_kwh_m2"] * 1000.0
        shift = _monthly_shift(args, target_wh)
        dhi[sel], beam[sel] = _exact_total(*_split(*args, shift), target_wh)
    dni = np.where(cos_zenith > 0, beam / np.clip(cos_zenith, 1e-6, None), 0.0)
    return dhi, dni


def _monthly_shift(args: tuple, target_wh: float) -> float:
    """Bisection on the clearness shift giving the month's diffuse total."""
    low, high = -_CALIBRATION_SHIFT_LIMIT, _CALIBRATION_SHIFT_LIMIT
    for _ in range(50):
        middle = 0.5 * (low + high)
        if _split(*args, middle)[0].sum() < target_wh:
            low = middle
        else:
            high = middle
    return 0.5 * (low + high)


def _exact_total(dhi: np.ndarray, beam: np.ndarray, target_wh: float
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Remove the bisection's residual (or an unreachable target) proportionally."""
    ghi = dhi + beam
    residual = target_wh - dhi.sum()
    room = beam if residual > 0 else dhi
    if room.sum() > 0:
        moved = room * min(abs(residual) / room.sum(), 1.0) * np.sign(residual)
        dhi = dhi + moved
    return dhi, ghi - dhi


def _temperature(geometry: pd.DataFrame, days: pd.DataFrame, stats: pd.DataFrame,
                 seed: int) -> np.ndarray:
    """Hourly air temperature [°C]: daily means with anomalies plus a daily cycle."""
    anomaly = np.zeros(len(days))
    month_of_day = days["month"].to_numpy()
    for month in range(1, 13):
        sel = month_of_day == month
        anomaly[sel] = _standardised_ar1(int(sel.sum()), seed * 100 + 50 + month)
    spread = stats["temp_air_daily_std_k"].to_numpy()[month_of_day - 1]
    daily_mean = stats["temp_air_c"].to_numpy()[month_of_day - 1] + spread * anomaly
    relative_kt = days["kt"] / days.groupby("month")["kt"].transform("mean")
    daily_range = (stats["temp_air_daily_range_k"].to_numpy()[month_of_day - 1]
                   * relative_kt.to_numpy())
    day_index = days.index.get_indexer(geometry["day"])
    solar_hour = 12.0 + np.degrees(geometry["hour_angle"].to_numpy()) / 15.0
    cycle = np.cos(2 * np.pi * (solar_hour - _TEMPERATURE_MAX_SOLAR_HOUR) / 24.0)
    return daily_mean[day_index] + 0.5 * daily_range[day_index] * cycle


def _standardised_ar1(count: int, seed: int) -> np.ndarray:
    """AR(1) sequence with exactly zero mean and unit standard deviation."""
    innovations = ndtri(uniform_stream(count, seed))
    series = np.empty(count)
    series[0] = innovations[0]
    scale = np.sqrt(1.0 - TEMPERATURE_AUTOCORRELATION**2)
    for i in range(1, count):
        series[i] = TEMPERATURE_AUTOCORRELATION * series[i - 1] + scale * innovations[i]
    return (series - series.mean()) / series.std()
