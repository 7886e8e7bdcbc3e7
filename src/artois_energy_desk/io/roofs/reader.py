"""``read_roofs``: one entry point for every roof-list format."""

from __future__ import annotations

import logging
from pathlib import Path

from artois_energy_desk import InputError
from artois_energy_desk.io.roofs.csv_reader import read_raw_csv
from artois_energy_desk.io.roofs.model import RoofImport, RoofImportOptions
from artois_energy_desk.io.roofs.validate import validate_table

__all__ = ["TABLE_SUFFIXES", "VECTOR_SUFFIXES", "read_roofs"]

_log = logging.getLogger(__name__)

#: Delimited-text suffixes read by the CSV reader.
TABLE_SUFFIXES = (".csv", ".tsv", ".txt")
#: Vector formats read through pyogrio (GDAL).
VECTOR_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".osm", ".pbf", ".fgb")


def read_roofs(path: str | Path, *, layer: str | None = None,
               options: RoofImportOptions | None = None) -> RoofImport:
    """Read and validate a roof list.

    Parameters
    ----------
    path : str or path-like
        CSV/TSV/TXT (separator, decimal mark and encoding detected), XLSX, GeoJSON,
        GeoPackage, Shapefile or OSM XML/PBF file.
    layer : str, optional
        Layer (GeoPackage) or sheet (XLSX) name; the first one when omitted.
    options : RoofImportOptions, optional
        Conventions to force instead of detecting them.

    Returns
    -------
    RoofImport
        Accepted roofs, rejects, assumptions; every input row is in one of the two.

    Raises
    ------
    InputError
        The file is missing, empty, undecodable, or lacks a required column.
    """
    path = Path(path)
    options = options or RoofImportOptions()
    if not path.is_file():
        raise InputError(f"{path} : fichier introuvable (attendu : une liste de "
                         "toitures CSV, XLSX, GeoJSON, GeoPackage ou Shapefile).")
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return _read_csv(path, options)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, layer, options)
    if suffix in VECTOR_SUFFIXES:
        from artois_energy_desk.io.parameters import default_parameters
        from artois_energy_desk.io.roofs.vector_reader import read_vector_roofs

        rules = default_parameters().subset("footprints")
        return read_vector_roofs(path, layer, options, rules)
    raise InputError(f"{path.name} : format « {suffix or 'sans extension'} » non pris "
                     "en charge (attendu : .csv, .xlsx, .geojson, .gpkg, .shp, .osm).")


def _read_csv(path: Path, options: RoofImportOptions) -> RoofImport:
    raw = read_raw_csv(path, options)
    notes = list(raw.assumptions)
    checked = validate_table(raw.frame, raw.mapping, raw.source_row, file=path.name,
                             options=options, notes=notes,
                             parse_rejects=raw.parse_rejects)
    _log.info("%s : %d toitures acceptées, %d lignes rejetées", path.name,
              len(checked.roofs), len(checked.rejected))
    return RoofImport(checked.roofs, checked.rejected, notes, checked.crs, path,
                      raw.input_rows)


def _read_xlsx(path: Path, sheet: str | None, options: RoofImportOptions) -> RoofImport:
    from artois_energy_desk.io.roofs.xlsx_reader import read_raw_xlsx

    raw = read_raw_xlsx(path, sheet, options)
    notes = list(raw.assumptions)
    checked = validate_table(raw.frame, raw.mapping, raw.source_row, file=path.name,
                             options=options, notes=notes)
    return RoofImport(checked.roofs, checked.rejected, notes, checked.crs, path,
                      raw.input_rows)
