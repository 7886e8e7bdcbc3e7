"""Write a sized extension: GeoPackage layers for QGIS and an XLSX summary.

Both writers are atomic: they write a temporary file beside the target and move it into
place, so an interrupted run never leaves a half-written file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd
from pyproj import CRS

from artois_energy_desk import InputError
from artois_energy_desk.core.network.problem import ExtensionResult

__all__ = ["SEGMENT_COLUMNS", "write_extension_gpkg", "write_summary_xlsx"]

#: Columns of the ``segments`` layer, in order.
SEGMENT_COLUMNS = [
    "segment_id",
    "from_node",
    "to_node",
    "branch_id",
    "kind",
    "street_class",
    "surface",
    "length_m",
    "hydraulic_length_m",
    "downstream_buildings",
    "downstream_demand_mwh",
    "summed_peak_kw",
    "simultaneity_factor",
    "diversified_peak_kw",
    "dn",
    "inner_diameter_m",
    "outer_diameter_m",
    "roughness_mm",
    "u_w_per_m_k",
    "within_catalogue",
    "design_mass_flow_kg_s",
    "velocity_m_s",
    "specific_pressure_drop_pa_per_m",
    "pressure_drop_supply_pa",
    "pressure_drop_return_pa",
    "pressure_drop_pa",
    "design_heat_loss_w",
    "annual_heat_loss_mwh",
    "cost_eur_per_m",
    "cost_eur",
    "downstream_density_mwh_per_m",
]
_BUILDING_FIRST = [
    "building_id",
    "annual_demand_mwh",
    "design_peak_kw",
    "connected",
    "reason",
    "annual_dhw_mwh",
    "demand_method",
    "peak_method",
    "connection_cost_eur",
    "distance_to_network_m",
    "fcu_distance_class",
]
_INTERNAL = {"node", "residential"}


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path} : dossier de sortie inexistant.")
    handle, temporary = tempfile.mkstemp(suffix=path.suffix, dir=folder)
    os.close(handle)
    os.unlink(temporary)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def write_extension_gpkg(result: ExtensionResult, path: str | Path, crs: CRS) -> None:
    """Write layers ``segments``, ``nodes``, ``buildings`` (and ``existing_check``).

    Parameters
    ----------
    result : ExtensionResult
        The sized extension.
    path : path
        Target ``.gpkg`` (replaced atomically).
    crs : pyproj.CRS
        The study CRS of the geometries.
    """
    segments = result.segments[[*SEGMENT_COLUMNS, "geometry"]]
    buildings = result.buildings
    ordered = [c for c in _BUILDING_FIRST if c in buildings.columns]
    rest = [
        c
        for c in buildings.columns
        if c not in ordered and c not in _INTERNAL and c != "geometry"
    ]
    buildings = buildings[[*ordered, *rest, "geometry"]]
    layers = {
        "segments": gpd.GeoDataFrame(segments, geometry="geometry", crs=crs),
        "nodes": gpd.GeoDataFrame(result.nodes, geometry="geometry", crs=crs),
        "buildings": gpd.GeoDataFrame(_plain(buildings), geometry="geometry", crs=crs),
    }

    def write(temporary: Path) -> None:
        for name, frame in layers.items():
            frame.to_file(temporary, layer=name, driver="GPKG", engine="pyogrio")
        if result.trunk is not None:
            gpd.GeoDataFrame(result.trunk).to_file(
                temporary, layer="existing_check", driver="GPKG", engine="pyogrio"
            )

    _atomic(Path(path), write)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns of mixed types as text (GeoPackage fields have one type)."""
    frame = frame.copy()
    for column in frame.columns:
        if column != "geometry" and frame[column].dtype == object:
            frame[column] = frame[column].map(lambda v: None if v is None else str(v))
    return frame


def write_summary_xlsx(result: ExtensionResult, path: str | Path) -> None:
    """Write the extension summary workbook (French sheet names).

    Sheets: ``Synthèse`` (verdict and indicators of reference §14), ``Raisons``,
    ``Branches``, ``DN et surfaces``, ``Tronçons``, ``Bâtiments``, ``Réseau existant``
    (when extending), ``Hypothèses`` (every parameter with source and status).
    """
    verdict = pd.DataFrame(
        {
            "group": ["Verdict"],
            "indicator": ["Verdict"],
            "value": [result.verdict.level],
            "unit": [""],
            "note": [""],
        }
    )
    synthesis = pd.concat([verdict, result.indicators], ignore_index=True)
    sheets = {
        "Synthèse": synthesis.rename(
            columns={
                "group": "Groupe",
                "indicator": "Indicateur",
                "value": "Valeur",
                "unit": "Unité",
                "note": "Méthode / source",
            }
        ),
        "Raisons": result.verdict.reasons,
        "Branches": result.branches,
        "DN et surfaces": result.dn_schedule,
        "Tronçons": result.segments[SEGMENT_COLUMNS],
        "Bâtiments": _plain(
            result.buildings.drop(columns=["geometry", *_INTERNAL], errors="ignore")
        ),
        "Hypothèses": result.assumptions.astype(str),
    }
    if result.trunk is not None:
        sheets["Réseau existant"] = result.trunk

    def write(temporary: Path) -> None:
        with pd.ExcelWriter(temporary, engine="openpyxl") as writer:
            for name, frame in sheets.items():
                frame.to_excel(writer, sheet_name=name, index=False)

    _atomic(Path(path), write)
