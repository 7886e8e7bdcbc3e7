"""Result and options of a roof-list import."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

__all__ = ["REJECT_COLUMNS", "RoofImport", "RoofImportOptions"]

#: Columns of the rejects table.
REJECT_COLUMNS = ("file", "row", "roof_id", "column", "value", "reason")

AzimuthConvention = Literal["auto", "north", "south"]


@dataclass(frozen=True)
class RoofImportOptions:
    """How to read a roof list when the file itself does not say.

    Parameters
    ----------
    azimuth_convention : {"auto", "north", "south"}
        ``"north"``: pvlib convention, 0 = north, 90 = east, 180 = south, 270 = west.
        ``"south"``: 0 = south, -90 = east, 90 = west (PVGIS and many French exports).
        ``"auto"``: south if any azimuth is negative, else north; the choice is stated
        in the assumptions.
    coordinate_crs : str, optional
        CRS of projected ``x``/``y`` columns (default Lambert-93, ``"EPSG:2154"``).
    encoding, separator, decimal : str, optional
        Force the CSV encoding, field separator or decimal mark (else detected).
    column_map : dict, optional
        ``{input header: canonical column}`` that overrides header recognition.
    geometry_kind : {"auto", "facets", "altitudes", "footprints"}
        Vector files: what the polygons are. ``"facets"``: roof facets with tilt and
        azimuth attributes; ``"altitudes"``: plan-view facets with ``ALTI_MIN`` and
        ``ALTI_MAX``; ``"footprints"``: building footprints cut into facets by the
        rules of ``data/parameters/footprints.csv``. ``"auto"`` picks in that order
        from the attributes present.
    """

    azimuth_convention: AzimuthConvention = "auto"
    coordinate_crs: str | None = None
    encoding: str | None = None
    separator: str | None = None
    decimal: str | None = None
    column_map: dict[str, str] | None = None
    geometry_kind: Literal["auto", "facets", "altitudes", "footprints"] = "auto"


@dataclass
class RoofImport:
    """A validated roof table and everything said about it.

    Attributes
    ----------
    roofs : pandas.DataFrame
        One row per accepted facet: the canonical columns (``roof_id`` text, numbers as
        float64), every other input column carried through untouched, and
        ``source_row`` (1-based data row of the file, header excluded; for vector files
        the 1-based feature number).
    rejected : pandas.DataFrame
        One row per rejected input row, columns :data:`REJECT_COLUMNS`; ``column`` and
        ``value`` name the first problem, ``reason`` lists all of them (French).
    assumptions : list of str
        French sentences stating what was detected or assumed (separator, decimal
        mark, encoding, column mapping, azimuth convention, generated values).
    crs : str or None
        CRS of the coordinates as found in the file (``"EPSG:4326"`` for latitude /
        longitude columns).
    source : pathlib.Path
        The file read.
    input_rows : int
        Number of data rows (or features) in the file.
    geometry : geopandas.GeoSeries, optional
        Facet or footprint geometry in Lambert-93 (EPSG:2154), aligned with ``roofs``;
        ``None`` for tables without geometry.
    """

    roofs: pd.DataFrame
    rejected: pd.DataFrame
    assumptions: list[str] = field(default_factory=list)
    crs: str | None = None
    source: Path | None = None
    input_rows: int = 0
    geometry: Any = None

    def __post_init__(self) -> None:
        _check_accounting(self.roofs["source_row"].to_numpy(dtype=np.int64),
                          self.rejected["row"].to_numpy(dtype=np.int64),
                          self.input_rows, self.source)


def _check_accounting(accepted: np.ndarray, refused: np.ndarray, input_rows: int,
                      source: object) -> None:
    """Assert that rows 1..input_rows are each either accepted or refused, once."""
    rows = np.concatenate([accepted, refused])
    if rows.size and (rows.min() < 1 or rows.max() > input_rows):
        raise AssertionError(f"{source}: numéro de ligne hors de 1..{input_rows}")
    seen = np.zeros(input_rows + 1, dtype=bool)
    seen[accepted] = True
    refused_count = np.bincount(refused, minlength=input_rows + 1)
    overlap = int(seen[refused].sum())
    covered = int(seen.sum()) + refused.size
    if covered != input_rows or overlap or (refused_count > 1).any():
        raise AssertionError(
            f"{source}: {input_rows} lignes lues mais {int(seen.sum())} acceptées et "
            f"{refused.size} rejetées ({overlap} à la fois acceptées et rejetées)"
        )
