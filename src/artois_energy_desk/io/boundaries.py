"""Commune boundaries and EPCI membership: read them and attach them to roofs.

The spatial join puts each roof's (latitude, longitude) point in the commune polygon
that contains it, in Lambert-93. Membership tables (commune -> EPCI) are read from a
CSV (columns such as ``insee_com``, ``epci_siren``, ``epci_nom``) or from the JSON of
the Etalab ``decoupage-administratif`` package (``[{code, nom, membres: [{code}]}]``).

References
----------
.. [1] Etalab, ``decoupage-administratif`` (``epci.json``), Licence Ouverte 2.0.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio

from artois_energy_desk import InputError
from artois_energy_desk.io.roofs.columns import normalise_header

__all__ = ["assign_communes", "read_boundaries", "read_epci_membership"]

_log = logging.getLogger(__name__)
_LAMBERT93 = "EPSG:2154"
_CODE = ("commune_insee", "code_insee", "insee_com", "insee", "code", "codgeo",
         "code_commune", "depcom")
_NAME = ("commune_name", "nom", "nom_commune", "name", "libelle", "libgeo")
_EPCI = ("epci", "epci_siren", "siren_epci", "code_epci", "epci_code")
_EPCI_NAME = ("epci_name", "epci_nom", "nom_epci", "libepci", "epci_libelle")


def _find(columns, wanted) -> str | None:
    normalised = {normalise_header(c): c for c in columns}
    return next((normalised[w] for w in wanted if w in normalised), None)


def read_boundaries(path: str | Path, *, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read commune polygons as ``commune_insee``, ``commune_name``, geometry (L93).

    Raises
    ------
    InputError
        Unreadable file or no commune-code column.
    """
    path = Path(path)
    try:
        frame = pyogrio.read_dataframe(path, layer=layer)
    except Exception as err:  # pyogrio raises several GDAL error types
        raise InputError(f"{path.name} : limites communales illisibles ({err}).") \
            from None
    code = _find(frame.columns, _CODE)
    if code is None:
        raise InputError(f"{path.name} : aucune colonne de code INSEE (attendu : "
                         f"{', '.join(_CODE[:5])}…).")
    name = _find(frame.columns, _NAME)
    out = gpd.GeoDataFrame({
        "commune_insee": frame[code].astype(str).str.strip(),
        "commune_name": frame[name].astype(str) if name else None,
    }, geometry=frame.geometry.values, crs=frame.crs or "EPSG:4326")
    return out.to_crs(_LAMBERT93)


def read_epci_membership(path: str | Path) -> pd.DataFrame:
    """Read commune -> EPCI membership: ``commune_insee``, ``epci``, ``epci_name``.

    Raises
    ------
    InputError
        Unreadable file or missing columns.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _membership_json(path)
    try:
        frame = pd.read_csv(path, dtype=str, sep=None, engine="python",
                            encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise InputError(f"{path.name} : table d'appartenance illisible ({err}).") \
            from None
    code, epci = _find(frame.columns, _CODE), _find(frame.columns, _EPCI)
    if code is None or epci is None:
        raise InputError(f"{path.name} : colonnes attendues : code INSEE de la commune "
                         f"({', '.join(_CODE[:4])}…) et SIREN de l'EPCI "
                         f"({', '.join(_EPCI[:3])}…).")
    name = _find(frame.columns, _EPCI_NAME)
    commune_name = _find(frame.columns, _NAME)
    return pd.DataFrame({
        "commune_insee": frame[code].str.strip(),
        "commune_name": frame[commune_name] if commune_name else None,
        "epci": frame[epci].str.strip(),
        "epci_name": frame[name] if name else None,
    })


def _membership_json(path: Path) -> pd.DataFrame:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
        rows = [(str(m["code"]), m.get("nom"), str(e["code"]), e.get("nom"))
                for e in records for m in e["membres"]]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise InputError(f"{path.name} : JSON d'EPCI illisible ({err}) ; attendu : "
                         "[{code, nom, membres: [{code, nom}]}].") from None
    return pd.DataFrame(rows, columns=["commune_insee", "commune_name", "epci",
                                       "epci_name"])


def assign_communes(roofs: pd.DataFrame, boundaries: gpd.GeoDataFrame, *,
                    overwrite: bool = False) -> tuple[pd.DataFrame, list[str]]:
    """Give each roof the commune whose polygon contains its point.

    Parameters
    ----------
    roofs : pandas.DataFrame
        With ``latitude`` and ``longitude`` (WGS84).
    boundaries : geopandas.GeoDataFrame
        From :func:`read_boundaries`.
    overwrite : bool
        Replace commune values already present (default: only fill missing ones).

    Returns
    -------
    roofs : pandas.DataFrame
        A copy with ``commune_insee`` and ``commune_name`` set.
    notes : list of str
        French sentences: how many roofs were placed and how many fell outside.
    """
    points = gpd.GeoSeries(gpd.points_from_xy(roofs["longitude"], roofs["latitude"]),
                           crs="EPSG:4326").to_crs(boundaries.crs)
    point_index, polygon_index = boundaries.sindex.query(points.values,
                                                         predicate="within")
    first = pd.Series(polygon_index).groupby(point_index).first()
    found = np.full(len(roofs), -1)
    found[first.index.to_numpy()] = first.to_numpy()
    inside = found >= 0
    out = roofs.copy()
    for column in ("commune_insee", "commune_name"):
        joined = pd.Series(pd.NA, index=out.index, dtype="string")
        joined[inside] = boundaries[column].to_numpy()[found[inside]]
        if column in out and not overwrite:
            out[column] = out[column].astype("string").fillna(joined)
        else:
            out[column] = joined
    notes = [f"Jointure spatiale avec les limites communales : {int(inside.sum())} "
             f"pans placés, {int((~inside).sum())} hors de toute commune du fichier."]
    return out, notes
