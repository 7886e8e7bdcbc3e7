"""The hourly weather year every solar model runs on."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["WEATHER_COLUMNS", "WeatherYear"]

#: Columns of :attr:`WeatherYear.data`, with their units.
WEATHER_COLUMNS = {
    "ghi": "W/m2",
    "dni": "W/m2",
    "dhi": "W/m2",
    "temp_air": "degC",
    "wind_speed": "m/s",
}


@dataclass(frozen=True, eq=False)
class WeatherYear:
    """An hourly typical (or actual) year, normalised for the models.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per hour. Index: tz-aware ``DatetimeIndex`` giving, for each record, the
        instant at which the sun's position must be evaluated so that the irradiance
        components close (GHI = DNI cos(zenith) + DHI); for hourly means that is the
        middle of the hour, for instantaneous values the instant they were taken.
        Columns: ``ghi``, ``dni``, ``dhi`` [W/m²], ``temp_air`` [°C],
        ``wind_speed`` [m/s], and ``month`` (1..12), the calendar month the record
        belongs to in the source (used for monthly totals, so that a shifted sun instant
        at a month boundary does not move energy to the next month).
    latitude, longitude : float
        Site [degrees, WGS84; longitude east positive].
    altitude_m : float
        Site altitude [m].
    source : str
        Where the year comes from, for every result and report (file name, database,
        method).
    period : str
        The years the data represent (for example ``"2005-2023"``), or ``""``.
    sun_offset_min : float
        Minutes added to the source's own time labels to obtain the sun instants in the
        index (0 when the labels are used as they are).
    """

    data: pd.DataFrame
    latitude: float
    longitude: float
    altitude_m: float
    source: str
    period: str = ""
    sun_offset_min: float = 0.0

    def __post_init__(self) -> None:
        missing = [c for c in (*WEATHER_COLUMNS, "month") if c not in self.data]
        if missing:
            raise ValueError(f"weather data lacks columns {missing}")
        index = self.data.index
        if not isinstance(index, pd.DatetimeIndex) or index.tz is None:
            raise ValueError("weather data needs a tz-aware DatetimeIndex")

    @property
    def hours(self) -> int:
        """Number of hourly records."""
        return len(self.data)

    def monthly_sum_kwh_m2(self, column: str) -> pd.Series:
        """Monthly sum of an irradiance column [kWh/m²], indexed 1..12."""
        sums = self.data.groupby("month")[column].sum() / 1000.0
        return sums.reindex(np.arange(1, 13), fill_value=0.0)
