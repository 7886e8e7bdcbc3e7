"""Default hourly load shapes and the annual electricity use of each roof's building.

A load *shape* is an (8760,) array that sums to 1 over the year [1/yr]; a building's
hourly load is its shape times its annual use [kWh]. Hours are the 8 760 hours of a
non-leap year in French standard time (UTC+1, no summer-time shift), the same axis as
the PV shape (:func:`~artois_energy_desk.core.economics.selfconsumption.
pv_shape_from_series`);
the hourly factors follow the clock (summer time applied).

The factor tables come from ``data/load_profiles/`` (see its README: derived /
unverified constructions after the BDEW/VDEW H0, G1, G4 shapes).

References
----------
.. [1] VDEW, Repräsentative VDEW-Lastprofile, 1999 (H0 household profile and its
   dynamisation polynomial); https://www.bdew.de/energie/standardlastprofile-strom/
.. [2] data/load_profiles/README.md of this project.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = [
    "HOURS_PER_YEAR", "PROFILES", "LoadProfiles", "french_public_holidays",
    "build_load_shape", "build_load_shapes", "building_use_codes",
    "map_building_use",
]

HOURS_PER_YEAR = 8760
#: Default load profiles shipped in data/load_profiles/.
PROFILES = ("house", "apartment", "office", "school", "shop")
_STANDARD_TIME = "Etc/GMT-1"  # UTC+1 all year (French standard time)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def french_public_holidays(year: int) -> set[dt.date]:
    """The eleven French public holidays of ``year`` (Code du travail, art. L3133-1)."""
    easter = _easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    moving = [easter + dt.timedelta(days=n) for n in (1, 39, 50)]
    return {dt.date(year, m, d) for m, d in fixed} | set(moving)


def _calendar(year: int) -> pd.DataFrame:
    """Day type, clock hour and month of the 8 760 standard-time hours of ``year``."""
    start = pd.Timestamp(year=year, month=1, day=1, tz=_STANDARD_TIME)
    index = pd.date_range(start, periods=HOURS_PER_YEAR + 24, freq="h")
    index = index[~((index.month == 2) & (index.day == 29))][:HOURS_PER_YEAR]
    clock = index.tz_convert("Europe/Paris")
    holidays = french_public_holidays(year)
    day_type = np.where(clock.dayofweek == 6, "sunday",
                        np.where(clock.dayofweek == 5, "saturday", "weekday"))
    is_holiday = np.isin(np.asarray(clock.date), list(holidays))
    day_type = np.where(is_holiday, "sunday", day_type)
    return pd.DataFrame({"day_type": day_type, "hour": clock.hour,
                         "month": index.month})


def build_load_shape(hourly: pd.DataFrame, monthly: pd.DataFrame, profile: str,
                     year: int) -> np.ndarray:
    """Build the (8760,) load shape of one profile [1/yr, sums to 1].

    Parameters
    ----------
    hourly : pandas.DataFrame
        ``profile, day_type, hour, factor`` (relative hourly load per day type).
    monthly : pandas.DataFrame
        ``profile, month, factor`` (relative daily energy per month).
    profile : str
        Profile name.
    year : int
        Calendar year laying out weekdays and public holidays.

    Returns
    -------
    numpy.ndarray
        hourly_factor(day type, clock hour) x monthly_factor(month), normalised.
    """
    cal = _calendar(year)
    h = hourly[hourly["profile"] == profile].set_index(["day_type", "hour"])["factor"]
    m = monthly[monthly["profile"] == profile].set_index("month")["factor"]
    if h.empty or m.empty:
        raise KeyError(f"no load profile {profile!r} in the tables")
    keys = pd.MultiIndex.from_arrays([cal["day_type"], cal["hour"]])
    values = h.reindex(keys).to_numpy(float) * m.reindex(cal["month"]).to_numpy(float)
    if np.isnan(values).any():
        raise ValueError(f"load profile {profile!r} lacks a day type, hour or month")
    return values / values.sum()


def build_load_shapes(hourly: pd.DataFrame, monthly: pd.DataFrame,
                      year: int) -> dict[str, np.ndarray]:
    """Build the load shapes of every profile of the tables, by name."""
    names = sorted(set(hourly["profile"]) & set(monthly["profile"]))
    return {name: build_load_shape(hourly, monthly, name, year) for name in names}


def building_use_codes(building_use: pd.Series | None, mapping: pd.DataFrame,
                       default: str, n_rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Profile of each roof as a code into a short array of profile names.

    Parameters as :func:`map_building_use`.

    Returns
    -------
    codes : numpy.ndarray of int
        Index into ``names`` of each roof's profile.
    names : numpy.ndarray of str
        The profile names (sorted, no duplicates).
    """
    if building_use is None:
        return np.zeros(n_rows, dtype=np.intp), np.array([default], dtype=object)
    lookup = dict(zip(mapping["building_use"].str.strip().str.lower(),
                      mapping["profile"], strict=True))
    lookup.update({p: p for p in mapping["profile"]})
    codes = building_use.astype("category")
    cats = (codes.cat.categories.astype(str).str.strip().str.lower()
            .str.replace("_", " "))
    per_category = np.array([lookup.get(c, default) for c in cats] + [default],
                            dtype=object)
    names, inverse = np.unique(per_category, return_inverse=True)
    return inverse[codes.cat.codes.to_numpy()], names


def map_building_use(building_use: pd.Series | None, mapping: pd.DataFrame,
                     default: str, n_rows: int) -> np.ndarray:
    """Map ``building_use`` texts to profile names (case, blanks, ``_`` ignored).

    Parameters
    ----------
    building_use : pandas.Series or None
        Column of the roof table (absent = ``None``).
    mapping : pandas.DataFrame
        ``building_use, profile`` (``data/load_profiles/building_use_map.csv``).
    default : str
        Profile for missing or unknown values.
    n_rows : int
        Number of roofs.
    """
    codes, names = building_use_codes(building_use, mapping, default, n_rows)
    return names[codes]


@dataclass(frozen=True)
class LoadProfiles:
    """Load shapes by profile name and the ``building_use`` -> profile map.

    Parameters
    ----------
    shapes : dict of str to numpy.ndarray
        (8760,) shapes summing to 1 [1/yr] (see :func:`build_load_shape`).
    use_map : pandas.DataFrame
        ``building_use, profile``.
    source : str
        Where the shapes come from (shown with the results).
    """

    shapes: dict[str, np.ndarray]
    use_map: pd.DataFrame
    source: str = ""
