"""Read weather years: PVGIS TMY (CSV, JSON, EPW), EPW files, the embedded Artois year.

Every reader returns a :class:`~artois_energy_desk.core.climate.WeatherYear` indexed
by the instants at which the solar position closes the irradiance components
(GHI = DNI cos θ_z + DHI), in the non-leap year
:data:`~artois_energy_desk.core.climate.synthetic.TYPICAL_YEAR`. Timing per format,
established on the sample files by the closure test (``tests/io/test_weather.py``),
with ``pvlib.iotools.read_epw`` labelling each EPW hour by its start:

==========================  ==============================================  =========
Format                      Sun instant                                     Closure
==========================  ==============================================  =========
PVGIS TMY CSV / JSON        UTC label + "Irradiance Time Offset" (0.176 h)  < 1 W/m²
EPW, climate.onebuilding    label + 60 min (end of the EPW hour)            ≈ 3 W/m²
TMYx (``SRC-TMYx``)
EPW, ASHRAE IWEC            label + 30 min (middle of the hour)             < 1 W/m²
EPW, other producers        detected from the data (closure scan,           —
(PVGIS EPW: UTC records     ``core.climate.timing``); the PVGIS EPW closes
under a UTC+1 header)       at label + 71 min
==========================  ==============================================  =========
"""

from __future__ import annotations

import json
import logging
import re
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from artois_energy_desk import InputError, paths
from artois_energy_desk.core.climate.artois import artois_typical_year
from artois_energy_desk.core.climate.synthetic import (
    MONTHLY_STATISTICS_COLUMNS,
    TYPICAL_YEAR,
)
from artois_energy_desk.core.climate.timing import (
    MONTH_OFFSET_TOLERANCE_MIN,
    detect_sun_offset_min,
    monthly_sun_offsets_min,
    retime_months,
)
from artois_energy_desk.core.climate.weather import WEATHER_COLUMNS, WeatherYear

__all__ = ["load_weather", "read_monthly_statistics", "read_weather"]

logger = logging.getLogger(__name__)

_HOURS = 8760
_EPW_HEADER_LINES = 8
#: Plausible ranges of the columns; values outside are missing-value codes or errors.
_VALID_RANGES = {"ghi": (0.0, 1500.0), "dni": (0.0, 1500.0), "dhi": (0.0, 1000.0),
                 "temp_air": (-60.0, 60.0), "wind_speed": (0.0, 75.0)}
#: Sun offsets [min] of EPW producers whose convention was checked by closure.
_EPW_KNOWN_OFFSETS_MIN = {"TMYx": 60.0, "IWEC": 30.0}
#: Closure error [W/m²] above which a detected offset is not trusted.
_DETECTION_MAX_ERROR_W_M2 = 25.0
_EPW_DEFAULT_OFFSET_MIN = 30.0


def read_weather(path: str | Path, latitude: float | None = None,
                 longitude: float | None = None, altitude_m: float | None = None,
                 *, retime: bool = True) -> WeatherYear:
    """Read a weather file (EPW, PVGIS TMY CSV/JSON/EPW) into a :class:`WeatherYear`.

    Parameters
    ----------
    path : path
        The file; the format is recognised from its content.
    latitude, longitude : float, optional
        Site [degrees]; needed only for files that do not state it (a bare PVGIS
        data table), otherwise they must be left out.
    altitude_m : float, optional
        Site altitude [m] for such files (default 0).
    retime : bool
        EPW only: put a month stamped on another clock back on the file's sun instants
        (closure test, see :func:`_retimed_months`); ``False`` keeps the file's own
        instants (for diagnostics).

    Raises
    ------
    InputError
        Unreadable, unknown, truncated or corrupt file (French message naming the file
        and what is wrong).
    """
    path = Path(path)
    head = _head(path)
    if head.startswith("LOCATION,"):
        year = _read_epw(path)
        return _retimed_months(path, year) if retime else year
    if head.lstrip().startswith("{"):
        return _read_pvgis_json(path)
    if head.startswith("Latitude") or head.startswith("time(UTC)"):
        return _read_pvgis_csv(path, head, latitude, longitude, altitude_m)
    raise InputError(
        f"{path.name} : format de fichier météo non reconnu ; attendu un fichier EPW "
        "(première ligne « LOCATION,… ») ou une année type PVGIS (CSV ou JSON).")


def load_weather(path: str | Path | None = None) -> WeatherYear:
    """Return the weather year of ``path``, or the embedded Artois year for ``None``.

    The embedded year is synthesised once per process from
    ``data/climate/artois_monthly_statistics.csv`` and ``artois_site.csv``; each call
    returns a copy, so callers may modify it freely.
    """
    if path is None:
        year = _embedded_artois_year()
        return WeatherYear(year.data.copy(), year.latitude, year.longitude,
                           year.altitude_m, year.source, year.period,
                           year.sun_offset_min)
    return read_weather(path)


@cache
def _embedded_artois_year() -> WeatherYear:
    folder = paths.data_dir() / "climate"
    stats = read_monthly_statistics(folder / "artois_monthly_statistics.csv")
    site = _read_site(folder / "artois_site.csv")
    return artois_typical_year(stats, site)


def read_monthly_statistics(path: str | Path) -> pd.DataFrame:
    """Read a monthly statistics table (long format, one value per row).

    Columns: ``month`` (1..12), ``quantity`` (one of
    :data:`~artois_energy_desk.core.climate.synthetic.MONTHLY_STATISTICS_COLUMNS`),
    ``value``, ``unit``, ``source``, ``status``.

    Returns
    -------
    pandas.DataFrame
        Indexed by month 1..12, one column per quantity.
    """
    path = Path(path)
    frame = _read_csv_table(path, {"month", "quantity", "value", "source", "status"})
    values = pd.to_numeric(frame["value"], errors="coerce")
    bad = values.isna()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InputError(f"{path.name}, ligne {row + 2}, colonne 'value' : valeur "
                         f"« {frame['value'].iloc[row]} » non numérique.")
    table = frame.assign(value=values).pivot_table(index="month", columns="quantity",
                                                   values="value", aggfunc="first")
    missing = [q for q in MONTHLY_STATISTICS_COLUMNS if q not in table]
    if missing or sorted(table.index) != list(range(1, 13)):
        raise InputError(f"{path.name} : il faut les 12 mois de chaque grandeur "
                         f"{list(MONTHLY_STATISTICS_COLUMNS)} ; manquent {missing}.")
    return table[list(MONTHLY_STATISTICS_COLUMNS)].astype(float)


def _read_site(path: Path) -> dict[str, float]:
    frame = _read_csv_table(path, {"name", "value", "source", "status"})
    return {row.name: float(row.value) for row in frame.itertuples()}


def _read_csv_table(path: Path, required: set[str]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, comment=None)
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise InputError(f"{path.name} : lecture impossible ({err}).") from err
    missing = required - set(frame.columns)
    if missing:
        raise InputError(f"{path.name} : colonnes manquantes {sorted(missing)}.")
    return frame


def _head(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            return stream.read(4096).decode("utf-8", errors="replace").lstrip("\ufeff")
    except OSError as err:
        raise InputError(f"{path} : fichier météo illisible ({err.strerror}).") from err


# --- EPW ---------------------------------------------------------------------------


def _read_epw(path: Path) -> WeatherYear:
    import pvlib

    try:
        raw, meta = pvlib.iotools.read_epw(path, coerce_year=None)
    except Exception as err:  # pvlib/pandas raise many types on corrupt files
        raise InputError(f"{path.name} : fichier EPW illisible ou corrompu "
                         f"({type(err).__name__} : {err}).") from err
    raw = _drop_leap_day(raw, raw["month"], raw["day"])
    labels = _labels(raw["month"], raw["day"], raw["hour"] - 1, raw.index.tz)
    data = _frame(path, raw, labels, first_line=_EPW_HEADER_LINES + 1)
    offset, how = _epw_offset(path, data, meta)
    source = _epw_source(path, meta)
    period = _epw_period(path)
    logger.info("%s: soleil à l'étiquette + %.1f min (%s)", path.name, offset, how)
    return _weather(data, offset, meta["latitude"], meta["longitude"],
                    meta["altitude"], source, period)


def _retimed_months(path: Path, year: WeatherYear) -> WeatherYear:
    """Put months stamped on another clock back on the file's sun instants.

    A TMY assembles months of different years; one of them can carry a clock error
    (the December of the Uccle TMYx 2007-2021 is one hour early: its components close
    only 61 min later, see ``data/climate/README.md``). A month is moved when its
    closure is best more than :data:`MONTH_OFFSET_TOLERANCE_MIN` away from the rest
    of the file and the move at least halves its closure error.
    """
    scan = monthly_sun_offsets_min(year)
    wrong = scan[(scan["offset_min"].abs() > MONTH_OFFSET_TOLERANCE_MIN)
                 & (scan["error_w_m2"] < 0.5 * scan["error_as_is_w_m2"])]
    if wrong.empty:
        return year
    for month, row in wrong.iterrows():
        logger.warning(
            "%s : mois %d recalé de %+.0f min (fermeture GHI = DNI cos z + DHI : "
            "%.1f W/m² au lieu de %.1f)", path.name, month, row["offset_min"],
            row["error_w_m2"], row["error_as_is_w_m2"])
    return retime_months(year, wrong["offset_min"].to_dict())


def _epw_offset(path: Path, data: pd.DataFrame, meta: dict) -> tuple[float, str]:
    for producer, offset in _EPW_KNOWN_OFFSETS_MIN.items():
        if producer in str(meta.get("data_type", "")):
            return offset, f"convention {producer}"
    offset, error = detect_sun_offset_min(data, meta["latitude"], meta["longitude"])
    if np.isfinite(error) and error < _DETECTION_MAX_ERROR_W_M2:
        return offset, f"détecté, écart de fermeture {error:.1f} W/m²"
    logger.warning("%s : horodatage du soleil non détectable (écart %.0f W/m²) ; "
                   "milieu d'heure retenu", path.name, error)
    return _EPW_DEFAULT_OFFSET_MIN, "milieu d'heure par défaut"


def _epw_source(path: Path, meta: dict) -> str:
    parts = [str(meta.get(k, "")).strip() for k in ("city", "data_type", "WMO_code")]
    described = " ".join(p for p in parts if p and p not in {"-", "unknown"})
    return f"EPW {described}, {path.name}" if described else f"EPW, {path.name}"


def _epw_period(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as stream:
        header = "".join(stream.readline() for _ in range(_EPW_HEADER_LINES))
    found = re.search(r"Period of Record=(\d{4})-(\d{4})", header)
    if found:
        return f"{found.group(1)}-{found.group(2)}"
    found = re.search(r"_(\d{4})[-_](\d{4})\.epw$", path.name)
    return f"{found.group(1)}-{found.group(2)}" if found else ""


# --- PVGIS ---------------------------------------------------------------------------


def _read_pvgis_json(path: Path) -> WeatherYear:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        inputs = content["inputs"]
        location, meteo = inputs["location"], inputs["meteo_data"]
        raw = pd.DataFrame(content["outputs"]["tmy_hourly"])
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise InputError(f"{path.name} : fichier JSON PVGIS illisible ou incomplet "
                         f"(attendu inputs.location, inputs.meteo_data et "
                         f"outputs.tmy_hourly ; {type(err).__name__} : {err})."
                         ) from err
    period = f"{meteo.get('year_min', '')}-{meteo.get('year_max', '')}".strip("-")
    source = (f"{meteo.get('radiation_db', 'PVGIS')} / {meteo.get('meteo_db', '')} "
              f"TMY {period}, {path.name}")
    return _pvgis_year(path, raw, location.get("latitude"), location.get("longitude"),
                       location.get("elevation", 0.0),
                       location.get("irradiance_time_offset"), source, period,
                       first_line=1)


def _read_pvgis_csv(path: Path, head: str, latitude: float | None,
                    longitude: float | None, altitude_m: float | None) -> WeatherYear:
    header = dict(re.findall(r"^([A-Za-z ]+) \([^)]*\): *([-0-9.]+)", head, re.M))
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("time(UTC)"))
    except StopIteration:
        raise InputError(f"{path.name} : en-tête de données « time(UTC),… » "
                         "introuvable ; fichier PVGIS tronqué ou d'un autre type."
                         ) from None
    end = next((i for i in range(start + 1, len(lines)) if "," not in lines[i]),
               len(lines))
    from io import StringIO
    raw = pd.read_csv(StringIO("\n".join(lines[start:end])))
    latitude, longitude, altitude_m = _pvgis_site(path, header, latitude, longitude,
                                                  altitude_m)
    years = [int(y) for y in re.findall(r"^\d{1,2},(\d{4})$", "\n".join(lines[:start]),
                                         re.M)]
    period = _pvgis_period(path, years)
    source = f"PVGIS TMY {period}".strip() + f", {path.name}"
    offset_h = header.get("Irradiance Time Offset")
    return _pvgis_year(path, raw, latitude, longitude, altitude_m,
                       None if offset_h is None else float(offset_h), source, period,
                       first_line=start + 2)


def _pvgis_site(path: Path, header: dict, latitude, longitude, altitude_m
                ) -> tuple[float, float, float]:
    stated = "Latitude" in header and "Longitude" in header
    if stated and (latitude is not None or longitude is not None):
        raise InputError(f"{path.name} : le fichier donne déjà la position du site ; "
                         "ne pas indiquer latitude et longitude.")
    if stated:
        return (float(header["Latitude"]), float(header["Longitude"]),
                float(header.get("Elevation", 0.0)))
    if latitude is None or longitude is None:
        raise InputError(f"{path.name} : le fichier ne donne pas la position du site "
                         "(lignes « Latitude … » et « Longitude … » absentes) ; "
                         "indiquer latitude et longitude.")
    return float(latitude), float(longitude), float(altitude_m or 0.0)


def _pvgis_period(path: Path, years: list[int]) -> str:
    found = re.search(r"_(\d{4})_(\d{4})\.(csv|json)$", path.name)
    if found:
        return f"{found.group(1)}-{found.group(2)}"
    return f"{min(years)}-{max(years)}" if years else ""


def _pvgis_year(path: Path, raw: pd.DataFrame, latitude, longitude, altitude_m,
                offset_h: float | None, source: str, period: str, first_line: int
                ) -> WeatherYear:
    names = {"G(h)": "ghi", "Gb(n)": "dni", "Gd(h)": "dhi", "T2m": "temp_air",
             "WS10m": "wind_speed"}
    missing = [k for k in ("time(UTC)", *names) if k not in raw]
    if missing:
        raise InputError(f"{path.name} : colonnes PVGIS manquantes {missing}.")
    stamps = pd.to_datetime(raw["time(UTC)"], format="%Y%m%d:%H%M", errors="coerce")
    if stamps.isna().any():
        row = int(np.flatnonzero(stamps.isna())[0])
        raise InputError(f"{path.name}, ligne {first_line + row}, colonne time(UTC) : "
                         f"« {raw['time(UTC)'].iloc[row]} » n'est pas une date "
                         "AAAAMMJJ:hhmm.")
    raw = raw.rename(columns=names).assign(month=stamps.dt.month.to_numpy())
    raw = _drop_leap_day(raw, stamps.dt.month, stamps.dt.day)
    stamps = stamps[raw.index]
    labels = _labels(stamps.dt.month, stamps.dt.day, stamps.dt.hour, "UTC")
    data = _frame(path, raw, labels, first_line)
    if offset_h is None:
        offset, _ = detect_sun_offset_min(data, latitude, longitude)
    else:
        offset = 60.0 * float(offset_h)
    return _weather(data, offset, latitude, longitude, altitude_m, source, period)


# --- common --------------------------------------------------------------------------


def _drop_leap_day(raw: pd.DataFrame, month: pd.Series, day: pd.Series) -> pd.DataFrame:
    keep = ~((np.asarray(month) == 2) & (np.asarray(day) == 29))
    return raw[keep]


def _labels(month, day, hour, tz) -> pd.DatetimeIndex:
    parts = pd.DataFrame({"year": TYPICAL_YEAR, "month": np.asarray(month),
                          "day": np.asarray(day), "hour": np.asarray(hour)})
    return pd.DatetimeIndex(pd.to_datetime(parts, errors="coerce")).tz_localize(tz)


def _frame(path: Path, raw: pd.DataFrame, labels: pd.DatetimeIndex,
           first_line: int) -> pd.DataFrame:
    """Typed, checked columns indexed by the file's own labels."""
    if len(raw) != _HOURS:
        raise InputError(f"{path.name} : {len(raw)} enregistrements horaires au lieu "
                         f"de {_HOURS} (année complète attendue) ; fichier tronqué ?")
    data = pd.DataFrame({c: pd.to_numeric(raw[c], errors="coerce").to_numpy()
                         for c in WEATHER_COLUMNS}, index=labels)
    data["month"] = np.asarray(raw["month"], dtype=int)
    for column, (low, high) in _VALID_RANGES.items():
        bad = ~data[column].between(low - 0.5, high)
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise InputError(
                f"{path.name}, ligne {first_line + row}, colonne {column} : valeur "
                f"« {data[column].iloc[row]} » absente ou hors de [{low:g}, {high:g}] "
                f"{WEATHER_COLUMNS[column]}.")
    if labels.isna().any() or not labels.is_monotonic_increasing or \
            labels.has_duplicates:
        raise InputError(f"{path.name} : dates absentes, en double ou dans le "
                         "désordre ; une année complète heure par heure est attendue.")
    data[["ghi", "dni", "dhi"]] = data[["ghi", "dni", "dhi"]].clip(lower=0.0)
    return data


def _weather(data: pd.DataFrame, offset_min: float, latitude, longitude, altitude_m,
             source: str, period: str) -> WeatherYear:
    shifted = data.set_axis(data.index + pd.Timedelta(minutes=float(offset_min)))
    return WeatherYear(shifted, float(latitude), float(longitude), float(altitude_m),
                       source=source, period=period, sun_offset_min=float(offset_min))
