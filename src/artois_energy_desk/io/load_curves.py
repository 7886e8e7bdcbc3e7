"""Read measured electricity load curves and the default load profiles.

Two measured formats:

* the CSV that Enedis gives its customers ("Télécharger mes données", load curve):
  ``;``-separated, either a header block (``Identifiant PRM;Type de donnees;...``)
  followed by ``Horodate;Valeur`` rows, or one table with the columns
  ``Identifiant PRM;...;Unité;Horodate;Valeur;Nature;Pas;...``. ``Valeur`` is the
  mean active power over the interval [W] and ``Horodate`` the *end* of the interval
  (Enedis convention: the first half-hour of a day is stamped 00:30); the step is the
  ``Pas`` column (``PT30M``, ``PT10M``, ``PT60M``) or the spacing of the stamps.
* a plain hourly CSV: a time column (``timestamp``, ``datetime``, ``date``,
  ``horodate``) stamping the *start* of each hour and an energy column in kWh
  (``load_kwh``, ``consumption_kwh``, ``kwh``, ``valeur``, ``value``); ``,`` or ``;``
  separated, decimal point or comma.

Times without a UTC offset are French local time (Europe/Paris). Both readers return
``(hourly_kwh, metadata)``: a Series of energy per hour [kWh] indexed by the tz-aware
start of each hour. :func:`to_year_shape` lays it onto the 8 760-hour axis of the
economics engine.

References
----------
.. [1] Enedis, espace client, "Suivre mes mesures / Télécharger mes données" (CSV
   exports); Enedis Data Connect catalogue: load curve = mean power per acquisition
   interval, 30 min by default.
"""

from __future__ import annotations

import io as _io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from artois_energy_desk import InputError, paths
from artois_energy_desk.core.economics.loadprofiles import (
    HOURS_PER_YEAR,
    LoadProfiles,
    build_load_shapes,
)
from artois_energy_desk.core.economics.selfconsumption import pv_shape_from_series

__all__ = ["read_enedis_load_curve", "read_hourly_load_csv", "to_year_shape",
           "default_load_profiles"]

_TIME_COLUMNS = ("timestamp", "datetime", "date", "horodate", "date_heure")
_VALUE_COLUMNS = ("load_kwh", "consumption_kwh", "kwh", "valeur", "value",
                  "consommation_kwh")
_STEP = re.compile(r"^PT(\d+)M$")
_LOCAL_TZ = "Europe/Paris"


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path} : fichier de courbe de charge introuvable.") from None
    except UnicodeDecodeError:
        try:
            return path.read_text(encoding="latin-1").splitlines()
        except OSError as err:
            raise InputError(f"{path} : fichier illisible ({err}).") from None


def _header_line(path: Path, lines: list[str]) -> int:
    for number, line in enumerate(lines):
        cells = [c.strip().lower() for c in line.split(";")]
        if "horodate" in cells and "valeur" in cells:
            return number
    raise InputError(
        f"{path} : en-tête 'Horodate;Valeur' introuvable ; attendu un export de courbe "
        "de charge Enedis (CSV séparé par des points-virgules)."
    )


def _unit(path: Path, lines: list[str], table: pd.DataFrame) -> str:
    if "Unité" in table or "Unite" in table:
        column = "Unité" if "Unité" in table else "Unite"
        units = set(table[column].dropna().astype(str).str.strip())
        return units.pop() if len(units) == 1 else "W"
    for number, line in enumerate(lines[:-1]):
        cells = [c.strip().lower() for c in line.split(";")]
        if "unite" in cells or "unité" in cells:
            key = "unite" if "unite" in cells else "unité"
            values = lines[number + 1].split(";")
            index = cells.index(key)
            return values[index].strip() if index < len(values) else "W"
    return "W"


def _parse_times(path: Path, text: pd.Series, first_line: int, column: str,
                 ) -> pd.DatetimeIndex:
    has_offset = text.str.contains(r"[+-]\d\d:?\d\d$|Z$", regex=True).all()
    parsed = pd.to_datetime(text, errors="coerce", utc=has_offset, format="ISO8601")
    bad = parsed.isna().to_numpy()
    if bad.any():
        row = int(np.argmax(bad))
        raise InputError(
            f"{path}, ligne {first_line + row}, colonne '{column}' : date "
            f"'{text.iloc[row]}' illisible (attendu AAAA-MM-JJ HH:MM[:SS], heure "
            "locale française ou avec décalage UTC)."
        )
    index = pd.DatetimeIndex(parsed)
    if index.tz is None:
        index = index.tz_localize(_LOCAL_TZ, ambiguous="infer",
                                  nonexistent="shift_forward")
    return index.tz_convert(_LOCAL_TZ)


def _parse_values(path: Path, text: pd.Series, first_line: int,
                  column: str) -> np.ndarray:
    values = pd.to_numeric(text.astype(str).str.replace(",", ".").str.strip(),
                           errors="coerce").to_numpy(float)
    bad = np.isnan(values) | (values < 0)
    if bad.any():
        row = int(np.argmax(bad))
        raise InputError(
            f"{path}, ligne {first_line + row}, colonne '{column}' : valeur "
            f"'{text.iloc[row]}' invalide (attendu un nombre positif ou nul)."
        )
    return values


def _step_hours(path: Path, table: pd.DataFrame, index: pd.DatetimeIndex) -> np.ndarray:
    if "Pas" in table:
        minutes = table["Pas"].astype(str).str.strip().str.extract(_STEP)[0]
        if minutes.notna().all():
            return minutes.astype(float).to_numpy() / 60.0
    if len(index) < 2:
        raise InputError(f"{path} : moins de deux mesures, pas de temps inconnu.")
    spacing = np.diff(index.asi8) / 3.6e12
    step = float(np.median(spacing))
    return np.full(len(index), step)


def read_enedis_load_curve(path: str | Path) -> tuple[pd.Series, dict]:
    """Read an Enedis load-curve export into hourly energy.

    Parameters
    ----------
    path : path
        The CSV file downloaded from the Enedis customer area.

    Returns
    -------
    hourly_kwh : pandas.Series
        Energy per hour [kWh], indexed by the start of each hour (Europe/Paris).
    metadata : dict
        ``prm`` (meter number, or ``""``), ``unit`` of the file, ``step_minutes``,
        ``records``, ``first``, ``last``, ``source`` (file name).

    Raises
    ------
    InputError
        Unreadable file, missing header, bad date or value (file, line, column, value).
    """
    path = Path(path)
    lines = _lines(path)
    header = _header_line(path, lines)
    table = pd.read_csv(_io.StringIO("\n".join(lines[header:])), sep=";", dtype=str,
                        keep_default_na=False)
    table = table[table["Valeur"].astype(str).str.strip() != ""]
    first_line = header + 2
    index = _parse_times(path, table["Horodate"].astype(str).str.strip(), first_line,
                         "Horodate")
    watts = _parse_values(path, table["Valeur"], first_line, "Valeur")
    unit = _unit(path, lines, table)
    if unit.lower() not in ("w", "kw", "wh", "kwh"):
        raise InputError(f"{path}, colonne 'Unité' : unité '{unit}' non prise en "
                         "charge (attendu W, kW, Wh ou kWh).")
    step_h = _step_hours(path, table, index)
    scale = {"w": 1e-3, "kw": 1.0, "wh": 1e-3, "kwh": 1.0}[unit.lower()]
    energy = watts * scale * (step_h if unit.lower() in ("w", "kw") else 1.0)
    starts = index - pd.to_timedelta(step_h, unit="h")
    hourly = pd.Series(energy, index=starts).sort_index()
    hourly = hourly.groupby(hourly.index.floor("h")).sum()
    prm = str(table["Identifiant PRM"].iloc[0]) if "Identifiant PRM" in table else ""
    meta = {"prm": prm, "unit": unit, "step_minutes": float(np.median(step_h) * 60),
            "records": len(table), "first": hourly.index[0], "last": hourly.index[-1],
            "source": path.name}
    return hourly.rename("load_kwh"), meta


def _pick(path: Path, columns, wanted, what: str) -> str:
    lower = {str(c).strip().lower(): c for c in columns}
    for name in wanted:
        if name in lower:
            return lower[name]
    read = ", ".join(map(str, columns))
    raise InputError(f"{path} : colonne {what} introuvable ; attendu l'une de "
                     f"{', '.join(wanted)} (colonnes lues : {read}).")


def read_hourly_load_csv(path: str | Path) -> tuple[pd.Series, dict]:
    """Read a plain hourly load CSV (time at the start of the hour, energy in kWh).

    Returns
    -------
    hourly_kwh : pandas.Series
        Energy per hour [kWh], indexed by the start of each hour (Europe/Paris).
    metadata : dict
        ``records``, ``first``, ``last``, ``source``.
    """
    path = Path(path)
    lines = _lines(path)
    if not lines:
        raise InputError(f"{path} : fichier vide.")
    sep = ";" if lines[0].count(";") > lines[0].count(",") else ","
    try:
        table = pd.read_csv(_io.StringIO("\n".join(lines)), sep=sep, dtype=str,
                            keep_default_na=False)
    except pd.errors.ParserError as err:  # a line with more fields than the header
        raise InputError(f"{path} : CSV mal formé ({err}).") from None
    time_col = _pick(path, table.columns, _TIME_COLUMNS, "de date")
    value_col = _pick(path, table.columns, _VALUE_COLUMNS, "d'énergie (kWh)")
    index = _parse_times(path, table[time_col].astype(str).str.strip(), 2, time_col)
    values = _parse_values(path, table[value_col], 2, value_col)
    duplicated = index.duplicated()
    if duplicated.any():
        row = int(np.argmax(duplicated))
        raise InputError(f"{path}, ligne {row + 2}, colonne '{time_col}' : heure "
                         f"'{table[time_col].iloc[row]}' en double.")
    hourly = pd.Series(values, index=index).sort_index()
    meta = {"records": len(table), "first": hourly.index[0], "last": hourly.index[-1],
            "source": path.name}
    return hourly.rename("load_kwh"), meta


def to_year_shape(hourly_kwh: pd.Series, min_coverage: float = 0.9,
                  ) -> tuple[np.ndarray, dict]:
    """Lay a measured hourly load onto the 8 760-hour axis of the economics engine.

    Hours are placed by day of year and hour in French standard time (as the PV
    shape). Hours without a measurement are filled with the mean of the measured
    hours of the same month and hour of day.

    Parameters
    ----------
    hourly_kwh : pandas.Series
        Energy per hour [kWh] (tz-aware index), about one year.
    min_coverage : float
        Minimum share of the 8 760 hours that must be measured [-].

    Returns
    -------
    load_kwh : numpy.ndarray
        (8760,) energy per hour [kWh].
    metadata : dict
        ``measured_hours``, ``filled_hours``, ``annual_kwh``.

    Raises
    ------
    InputError
        If less than ``min_coverage`` of the year is measured.
    """
    placed = pv_shape_from_series(hourly_kwh)
    counts = pv_shape_from_series(pd.Series(1.0, index=hourly_kwh.index))
    measured = counts > 0
    if measured.mean() < min_coverage:
        raise InputError(
            f"Courbe de charge : {int(measured.sum())} heures mesurées sur "
            f"{HOURS_PER_YEAR} ; au moins {min_coverage:.0%} d'une année est "
            "nécessaire."
        )
    load = np.where(measured, placed / np.maximum(counts, 1), np.nan)
    hours = pd.date_range("2025-01-01", periods=HOURS_PER_YEAR, freq="h")
    frame = pd.DataFrame({"load": load, "month": hours.month, "hour": hours.hour})
    means = frame.groupby(["month", "hour"])["load"].transform("mean")
    filled = frame["load"].fillna(means).fillna(frame["load"].mean()).to_numpy()
    return filled, {"measured_hours": int(measured.sum()),
                    "filled_hours": int((~measured).sum()),
                    "annual_kwh": float(filled.sum())}


def default_load_profiles(year: int | None = None) -> LoadProfiles:
    """Build the default load shapes from ``data/load_profiles/``.

    Parameters
    ----------
    year : int, optional
        Calendar year for weekdays and holidays (default: the parameter
        ``economics.load_profile_year`` of the installed parameters).
    """
    if year is None:
        from artois_energy_desk.io.parameters import default_parameters
        year = int(default_parameters().value("economics.load_profile_year"))
    hourly = pd.read_csv(paths.data_file("load_profiles", "hourly_shapes.csv"))
    monthly = pd.read_csv(paths.data_file("load_profiles", "monthly_factors.csv"))
    use_map = pd.read_csv(paths.data_file("load_profiles", "building_use_map.csv"))
    return LoadProfiles(build_load_shapes(hourly, monthly, year), use_map,
                        source="data/load_profiles (dérivé / non vérifié, voir README)")
