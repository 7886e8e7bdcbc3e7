"""Read a site horizon profile: azimuth / elevation pairs.

Accepted: the PVGIS horizon export as pvlib gives it (``horizon_azimuth``,
``horizon_elevation``, azimuth 0 = north, 90 = east) and any CSV whose first two
columns are the azimuth and the elevation in degrees (``azimut``/``hauteur`` and the
like), with ``,`` or ``;``. The azimuth convention is pvlib's (0 = north); a profile
given with 0 = south (PVGIS's own ``printhorizon`` text) must be converted first.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from artois_energy_desk import InputError

__all__ = ["read_horizon"]


def read_horizon(path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(azimuth_deg, elevation_deg)`` of a horizon profile file.

    Raises
    ------
    InputError
        Unreadable file, fewer than three points, or a value that is not a number or
        lies outside azimuth 0..360 / elevation -10..90 (file, row, column, value).
    """
    path = Path(path)
    try:
        frame = pd.read_csv(path, sep=None, engine="python", dtype=str,
                            encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError,
            pd.errors.EmptyDataError, ValueError) as err:
        raise InputError(f"{path} : profil d'horizon illisible ({err}).") from None
    if frame.shape[1] < 2 or len(frame) < 3:
        raise InputError(f"{path} : profil d'horizon attendu, au moins trois lignes "
                         "de deux colonnes (azimut en degrés, 0 = nord ; hauteur en "
                         "degrés).")
    azimuth = _numbers(path, frame, frame.columns[0], 0.0, 360.0)
    elevation = _numbers(path, frame, frame.columns[1], -10.0, 90.0)
    return azimuth, elevation


def _numbers(path: Path, frame: pd.DataFrame, column: str, low: float,
             high: float) -> np.ndarray:
    text = frame[column].astype(str).str.strip().str.replace(",", ".", regex=False)
    values = pd.to_numeric(text, errors="coerce").to_numpy()
    bad = np.isnan(values) | (values < low) | (values > high)
    if bad.any():
        row = int(np.argmax(bad))
        raise InputError(
            f"{path}, ligne {row + 2}, colonne '{column}' : valeur "
            f"'{frame[column].iloc[row]}' ; attendu un nombre de {low:g} à {high:g}.")
    return values
