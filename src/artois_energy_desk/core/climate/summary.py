"""Monthly summaries and statistics of a weather year.

Heating degree-days (DJU, base 18 °C) are computed from **daily mean** air temperatures
(the mean of the day's hourly values, days taken in the weather year's own time zone):
DJU = Σ_days max(0, 18 - T_day). This is the "daily mean" convention; the Météo-France
"méthode météo" uses (T_min + T_max)/2 and gives slightly different values
(``climate.md`` §5: 2 640 vs 2 624 K·day for the Uccle TMYx year).

References
----------
.. [1] EN ISO 15927-6:2007, "Hygrothermal performance of buildings - Calculation and
   presentation of climatic data - Part 6: Accumulated temperature differences
   (degree-days)".
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk.core.climate.weather import WeatherYear

__all__ = [
    "DEGREE_DAY_BASE_C",
    "daily_mean_temperature",
    "heating_degree_days",
    "monthly_statistics",
    "monthly_morning_share",
    "monthly_summary",
    "morning_weight",
]

#: Base temperature of the heating degree-days printed by the application [°C].
DEGREE_DAY_BASE_C = 18.0

_MONTHS = pd.Index(np.arange(1, 13), name="month")


def daily_mean_temperature(weather: WeatherYear) -> pd.DataFrame:
    """Daily mean air temperature [°C] with the month each day belongs to.

    Days are calendar days of the index's time zone; ``month`` is the month most of the
    day's records belong to (the records' own month).
    """
    data = weather.data
    day = data.index.normalize().tz_localize(None)
    grouped = data.groupby(day)
    return pd.DataFrame({
        "temp_air_c": grouped["temp_air"].mean(),
        "temp_air_max_c": grouped["temp_air"].max(),
        "temp_air_min_c": grouped["temp_air"].min(),
        "month": grouped["month"].agg(lambda m: m.mode().iloc[0]),
        "hours": grouped["temp_air"].size(),
    })


def heating_degree_days(weather: WeatherYear, base_c: float = DEGREE_DAY_BASE_C
                        ) -> pd.Series:
    """Monthly heating degree-days from daily means [K·day], indexed 1..12.

    Parameters
    ----------
    weather : WeatherYear
        The year.
    base_c : float
        Base temperature [°C].

    Notes
    -----
    Only complete days (24 records) count, so that a sun-instant shift that moves one
    record into the next year does not create a spurious day.
    """
    daily = daily_mean_temperature(weather)
    daily = daily[daily["hours"] >= 24]
    deficit = (base_c - daily["temp_air_c"]).clip(lower=0.0)
    return deficit.groupby(daily["month"]).sum().reindex(_MONTHS, fill_value=0.0)


def monthly_summary(weather: WeatherYear, base_c: float = DEGREE_DAY_BASE_C
                    ) -> pd.DataFrame:
    """Monthly climate summary of a weather year.

    Parameters
    ----------
    weather : WeatherYear
        The year.
    base_c : float
        Base temperature of the heating degree-days [°C].

    Returns
    -------
    pandas.DataFrame
        Indexed by month 1..12 with the columns ``ghi_kwh_m2``, ``dhi_kwh_m2``
        [kWh/m² per month], ``diffuse_fraction`` [-], ``temp_air_c`` (mean of the
        hourly values) [°C] and ``heating_degree_days`` (base ``base_c``, from daily
        means) [K·day].
    """
    data = weather.data
    ghi = weather.monthly_sum_kwh_m2("ghi")
    dhi = weather.monthly_sum_kwh_m2("dhi")
    summary = pd.DataFrame({
        "ghi_kwh_m2": ghi,
        "dhi_kwh_m2": dhi,
        "diffuse_fraction": (dhi / ghi.where(ghi > 0)).fillna(0.0),
        "temp_air_c": data.groupby("month")["temp_air"].mean().reindex(_MONTHS),
        "heating_degree_days": heating_degree_days(weather, base_c),
    })
    summary.index = _MONTHS
    return summary


def monthly_statistics(weather: WeatherYear) -> pd.DataFrame:
    """The monthly statistics a synthetic year is built from, computed from a year.

    Returns
    -------
    pandas.DataFrame
        Indexed by month 1..12, columns ``ghi_kwh_m2``, ``dhi_kwh_m2`` [kWh/m²],
        ``temp_air_c`` [°C], ``temp_air_daily_std_k`` (standard deviation of the daily
        means within the month) [K], ``temp_air_daily_range_k`` (mean of the daily
        max - min) [K], ``wind_speed_m_s`` [m/s] (see
        :func:`~artois_energy_desk.core.climate.synthetic.synthesize_typical_year`).
    """
    data = weather.data
    daily = daily_mean_temperature(weather)
    daily = daily[daily["hours"] >= 24]
    by_month = daily.groupby("month")
    stats = pd.DataFrame({
        "ghi_kwh_m2": weather.monthly_sum_kwh_m2("ghi"),
        "dhi_kwh_m2": weather.monthly_sum_kwh_m2("dhi"),
        "temp_air_c": data.groupby("month")["temp_air"].mean().reindex(_MONTHS),
        "temp_air_daily_std_k": by_month["temp_air_c"].std(ddof=0).reindex(_MONTHS),
        "temp_air_daily_range_k": (by_month["temp_air_max_c"].mean()
                                   - by_month["temp_air_min_c"].mean()
                                   ).reindex(_MONTHS),
        "wind_speed_m_s": data.groupby("month")["wind_speed"].mean().reindex(_MONTHS),
    })
    stats.index = _MONTHS
    return stats


def morning_weight(hour_angle_deg: np.ndarray) -> np.ndarray:
    """Share of an hourly record that lies before solar noon [-].

    Each record stands for the hour centred on its sun instant (hour angle ω
    [degrees], 15° per hour): weight = clip(0.5 - ω / 15, 0, 1). Splitting the hour
    that contains noon keeps the morning share independent of where the sun instants
    fall within the hour.
    """
    return np.clip(0.5 - np.asarray(hour_angle_deg) / 15.0, 0.0, 1.0)


def monthly_morning_share(weather: WeatherYear, column: str = "ghi") -> pd.Series:
    """Share of each month's irradiation received before local solar noon [-].

    A diagnostic of timing, not a statistic of the synthesis: over a month the share
    of a correctly timed record stays near 0.5 (0.47-0.53 in the Uccle TMYx and
    Amsterdam IWEC months), whereas a record on a clock one hour early gives about 0.7.

    Parameters
    ----------
    weather : WeatherYear
        The year.
    column : str
        Irradiance column.

    Returns
    -------
    pandas.Series
        Indexed by month 1..12 (hour angle from the equation of time of Spencer 1971,
        each record weighted by :func:`morning_weight`).
    """
    import pvlib

    data = weather.data
    index = data.index
    equation_of_time = pvlib.solarposition.equation_of_time_spencer71(
        index.dayofyear.to_numpy())
    hour_angle = pvlib.solarposition.hour_angle(index, weather.longitude,
                                                equation_of_time)
    morning = data[column] * morning_weight(np.asarray(hour_angle))
    total = data.groupby("month")[column].sum()
    return (morning.groupby(data["month"]).sum() / total).reindex(_MONTHS)
