"""Roof lists in: CSV, XLSX, GeoJSON, GeoPackage, Shapefile, OSM, with rejects.

Use :func:`read_roofs`; it returns a :class:`RoofImport` whose ``roofs`` follow the roof
table contract of the design (canonical columns, pvlib azimuth 0 = north) and whose
``rejected`` lists every input row that could not be used, with a French reason.
"""

from artois_energy_desk.io.roofs.columns import CANONICAL_COLUMNS, normalise_header
from artois_energy_desk.io.roofs.model import (
    REJECT_COLUMNS,
    RoofImport,
    RoofImportOptions,
)
from artois_energy_desk.io.roofs.reader import read_roofs
from artois_energy_desk.io.roofs.vector_reader import list_layers

__all__ = [
    "CANONICAL_COLUMNS",
    "REJECT_COLUMNS",
    "RoofImport",
    "RoofImportOptions",
    "list_layers",
    "normalise_header",
    "read_roofs",
]
