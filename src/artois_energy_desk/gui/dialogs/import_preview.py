"""First rows of a roof list as written in the file, for the import dialog (no Qt).

The preview shows the user what the file holds before any recognition: headers as
written, values as text. The full reading and validation is
:func:`artois_energy_desk.io.roofs.read_roofs`; this module only peeks.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from artois_energy_desk import InputError

__all__ = [
    "PREVIEW_ROWS",
    "detected_mapping",
    "layers_of",
    "preview_rows",
]

#: Rows shown in the preview.
PREVIEW_ROWS = 20
_PEEK_BYTES = 64 * 1024
_TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
_MULTI_LAYER_SUFFIXES = (".gpkg", ".xlsx", ".xlsm", ".osm", ".pbf")


def layers_of(path: str | Path) -> list[str]:
    """Layer or sheet names of ``path``; empty for single-layer formats."""
    from artois_energy_desk.io.roofs import list_layers

    path = Path(path)
    if path.suffix.lower() not in _MULTI_LAYER_SUFFIXES:
        return []
    return list_layers(path)


def preview_rows(
    path: str | Path, layer: str | None = None, rows: int = PREVIEW_ROWS
) -> pd.DataFrame:
    """Return the first ``rows`` data rows of ``path``, every value as text.

    Parameters
    ----------
    path : str or path-like
        CSV/TSV/TXT, XLSX or a vector file (GeoJSON, GeoPackage, Shapefile, OSM).
    layer : str, optional
        Layer or sheet; the first one when omitted.
    rows : int
        Number of data rows read.

    Raises
    ------
    InputError
        The file is missing or cannot be read.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path} : fichier introuvable.")
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return _text_preview(path, rows)
    if suffix in (".xlsx", ".xlsm"):
        return _sheet_preview(path, layer, rows)
    return _vector_preview(path, layer, rows)


def detected_mapping(headers: list[str]) -> dict[str, str]:
    """``{header: canonical column}`` recognised from the headers alone."""
    from artois_energy_desk.io.roofs.columns import match_columns

    return {header: name for name, header in match_columns(list(headers)).items()}


def _text_preview(path: Path, rows: int) -> pd.DataFrame:
    raw = path.read_bytes()[:_PEEK_BYTES]
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    lines = text.splitlines()
    if len(raw) == _PEEK_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    lines = [line for line in lines if line.strip()]
    if lines and lines[0].lower().startswith("sep="):
        lines = lines[1:]
    if not lines:
        raise InputError(f"{path.name} : le fichier est vide.")
    separator = max(";,\t|", key=lines[0].count)
    records = list(
        csv.reader(io.StringIO("\n".join(lines[: rows + 1])), delimiter=separator)
    )
    headers = [h.strip() or f"colonne_{k}" for k, h in enumerate(records[0], 1)]
    body = [(r + [""] * len(headers))[: len(headers)] for r in records[1:]]
    return pd.DataFrame(body, columns=_unique(headers))


def _sheet_preview(path: Path, sheet: str | None, rows: int) -> pd.DataFrame:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many types for a damaged file
        raise InputError(f"{path.name} : classeur illisible ({err}).") from None
    try:
        sheet_ = workbook[sheet] if sheet else workbook.worksheets[0]
        values = list(sheet_.iter_rows(max_row=rows + 1, values_only=True))
    finally:
        workbook.close()
    if not values:
        raise InputError(f"{path.name} : feuille vide.")
    headers = [
        str(h) if h is not None else f"colonne_{k}" for k, h in enumerate(values[0], 1)
    ]
    body = [["" if v is None else str(v) for v in row] for row in values[1:]]
    return pd.DataFrame(body, columns=_unique(headers))


def _vector_preview(path: Path, layer: str | None, rows: int) -> pd.DataFrame:
    import pyogrio

    if layer is None and path.suffix.lower() in (".osm", ".pbf"):
        layer = "multipolygons"
    try:
        frame = pyogrio.read_dataframe(
            path, layer=layer, max_features=rows, read_geometry=False
        )
    except Exception as err:  # pyogrio raises DataSourceError, DataLayerError, ...
        raise InputError(f"{path.name} : couche illisible ({err}).") from None
    return pd.DataFrame(frame).astype("string").fillna("")


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for header in headers:
        seen[header] = seen.get(header, 0) + 1
        out.append(header if seen[header] == 1 else f"{header}.{seen[header] - 1}")
    return out
