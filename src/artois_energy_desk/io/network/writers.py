"""Write a sized extension: GeoPackage layers for QGIS and an XLSX summary.

Both writers are atomic: they write a temporary file beside the target and move it into
place, so an interrupted run never leaves a half-written file.

Besides its map layers the GeoPackage carries the study's own tables (indicators,
verdict reasons, branches, DN schedule, figures, parameters used, and a ``study`` table
with the verdict, the version and the date) as attribute tables without geometry, so
that a printed summary made later from the file states the engine's numbers, not a
recomputation. :func:`read_extension_gpkg` reads them back; it lives here so that the
file format is defined in one place.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
from pyproj import CRS

from artois_energy_desk import InputError, __version__
from artois_energy_desk.core.network.problem import ExtensionResult, Verdict

__all__ = [
    "SEGMENT_COLUMNS",
    "STUDY_TABLES",
    "read_extension_gpkg",
    "write_extension_gpkg",
    "write_summary_xlsx",
]

#: Attribute tables (no geometry) of the GeoPackage, beside the map layers.
STUDY_TABLES = (
    "study",
    "indicators",
    "verdict_reasons",
    "branches",
    "dn_schedule",
    "figures",
    "assumptions",
)

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

    The study tables of :data:`STUDY_TABLES` are written too, without geometry.

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
        for name, frame in _study_tables(result).items():
            pyogrio.write_dataframe(frame, temporary, layer=name, driver="GPKG")

    _atomic(Path(path), write)


def _study_tables(result: ExtensionResult) -> dict[str, pd.DataFrame]:
    """The non-spatial tables of the study, with one type per column."""
    study = pd.DataFrame(
        {
            "key": ["verdict_level", "app_version", "written_at"],
            "value": [
                result.verdict.level,
                __version__,
                dt.datetime.now().isoformat(timespec="seconds"),
            ],
        }
    )
    return {
        "study": study,
        "indicators": _split_values(result.indicators, "value"),
        "verdict_reasons": _split_values(
            _split_values(result.verdict.reasons, "value"), "threshold"
        ),
        "branches": result.branches,
        "dn_schedule": result.dn_schedule,
        "figures": pd.DataFrame(
            {
                "name": list(result.figures),
                "value": [float(v) for v in result.figures.values()],
            }
        ),
        "assumptions": _split_values(_plain(result.assumptions), "value"),
    }


def _split_values(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """``column`` as a number (NaN for text) and ``<column>_text`` (text values)."""
    frame = frame.copy()
    numbers = pd.to_numeric(frame[column], errors="coerce").astype(float)
    frame[f"{column}_text"] = [
        None if not np.isnan(n) or _is_empty(v) else str(v)
        for v, n in zip(frame[column], numbers, strict=True)
    ]
    frame[column] = numbers
    return frame


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def _joined_values(frame: pd.DataFrame, column: str) -> pd.Series:
    """Inverse of :func:`_split_values`: the text where there is one, else number."""
    texts = frame.get(f"{column}_text")
    if texts is None:
        return frame[column]
    pairs = zip(texts, frame[column], strict=True)
    return pd.Series(
        [t if isinstance(t, str) else n for t, n in pairs],
        index=frame.index,
        dtype=object,
    )


def read_extension_gpkg(path: str | Path) -> tuple[ExtensionResult, dict[str, str]]:
    """Read an extension written by :func:`write_extension_gpkg`.

    Parameters
    ----------
    path : path
        The ``.gpkg`` file of ``artois-energy-desk network``.

    Returns
    -------
    result : ExtensionResult
        Layers and study tables (``geometry`` columns hold shapely geometries in the
        file's CRS [m]).
    study : dict of str
        ``verdict_level``, ``app_version``, ``written_at`` and ``crs`` (text).

    Raises
    ------
    InputError
        If the file is unreadable, or lacks a layer or a study table (a file written
        before the study tables existed: run ``artois-energy-desk network`` again).
    """
    path = Path(path)
    try:
        layers = set(pyogrio.list_layers(path)[:, 0])
    except (pyogrio.errors.DataSourceError, OSError) as err:
        raise InputError(f"{path} : GeoPackage illisible ({err}).") from None
    needed = ("segments", "nodes", "buildings", *STUDY_TABLES)
    missing = [name for name in needed if name not in layers]
    if missing:
        raise InputError(
            f"{path} : couche(s) {', '.join(missing)} absente(s) ; attendu un "
            "GeoPackage écrit par « artois-energy-desk network » de cette version "
            "(relancer la commande network pour le régénérer)."
        )
    frames = {name: gpd.read_file(path, layer=name) for name in needed[:3]}
    tables = {
        name: pyogrio.read_dataframe(path, layer=name, read_geometry=False)
        for name in STUDY_TABLES
    }
    study = dict(zip(tables["study"]["key"], tables["study"]["value"], strict=True))
    study["crs"] = frames["segments"].crs.to_string() if frames["segments"].crs else ""
    reasons = tables["verdict_reasons"]
    reasons = reasons.assign(
        value=_joined_values(reasons, "value"),
        threshold=_joined_values(reasons, "threshold"),
    ).drop(columns=["value_text", "threshold_text"])
    indicators = tables["indicators"]
    indicators = indicators.assign(value=_joined_values(indicators, "value")).drop(
        columns="value_text"
    )
    assumptions = tables["assumptions"]
    assumptions = assumptions.assign(
        value=_joined_values(assumptions, "value")
    ).drop(columns="value_text")
    trunk = None
    if "existing_check" in layers:
        trunk = pd.DataFrame(gpd.read_file(path, layer="existing_check"))
    result = ExtensionResult(
        segments=pd.DataFrame(frames["segments"]),
        nodes=pd.DataFrame(frames["nodes"]),
        buildings=pd.DataFrame(frames["buildings"]),
        branches=tables["branches"],
        dn_schedule=tables["dn_schedule"],
        indicators=indicators,
        assumptions=assumptions,
        verdict=Verdict(study["verdict_level"], reasons),
        trunk=trunk,
        figures=dict(
            zip(tables["figures"]["name"], tables["figures"]["value"], strict=True)
        ),
    )
    return result, study


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
