"""Write tables with geometry: GeoPackage and GeoJSON (both open in QGIS)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from artois_energy_desk import InputError
from artois_energy_desk.io.writers import atomic_path

__all__ = ["write_geo"]


def write_geo(frame: pd.DataFrame, path: Path, *, layer: str = "toitures",
              assumptions: Sequence[str] | None = None,
              rejected: pd.DataFrame | None = None) -> Path:
    """Write a GeoDataFrame to ``.gpkg`` (with ``hypotheses`` and ``rejets`` tables)
    or ``.geojson`` (reprojected to WGS84 as RFC 7946 requires).

    Raises
    ------
    InputError
        ``frame`` has no geometry.
    """
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name not in frame:
        raise InputError(f"{path.name} : la table n'a pas de géométrie ; exporter en "
                         ".csv ou .xlsx, ou lire les toitures depuis un fichier "
                         "géographique.")
    frame = _plain_columns(frame)
    geojson = path.suffix.lower() != ".gpkg"
    with atomic_path(path) as temporary:
        if geojson:
            frame.to_crs("EPSG:4326").to_file(temporary, driver="GeoJSON",
                                               engine="pyogrio")
            return path
        frame.to_file(temporary, layer=layer, driver="GPKG", engine="pyogrio")
        notes = pd.DataFrame({"hypothese": list(assumptions or [])}, dtype=object)
        pyogrio.write_dataframe(notes, temporary, layer="hypotheses", driver="GPKG",
                                append=False)
        if rejected is not None:
            table = rejected.astype({c: object for c in rejected.columns
                                     if c != "row"})
            pyogrio.write_dataframe(table, temporary, layer="rejets", driver="GPKG")
    return path


def _plain_columns(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Arrow-backed text columns as object text (GDAL writers want plain types)."""
    out = frame.copy()
    for name in out.columns:
        if name != out.geometry.name and isinstance(out[name].dtype, pd.StringDtype):
            out[name] = out[name].astype(object)
    return out
