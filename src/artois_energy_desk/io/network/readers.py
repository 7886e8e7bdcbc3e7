"""Read the inputs of a heat-network extension study.

Vector layers (GeoPackage, GeoJSON, Shapefile) or CSV (``x``/``y`` in Lambert-93 or
``longitude``/``latitude`` in WGS84, or a WKT ``geometry`` column). Every layer is
reprojected to one metric study CRS: the buildings' CRS when it is projected, else the
local UTM zone. French and English column names are recognised. Readers return
``(data, rejects)``; a rejected row is listed with file, row, column, value and reason
and nothing is dropped silently.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS

from artois_energy_desk import InputError
from artois_energy_desk.core.network.problem import ExistingNetwork, SupplyPoint

__all__ = [
    "REJECT_COLUMNS",
    "read_buildings",
    "read_existing_network",
    "read_layer",
    "read_source",
    "read_streets",
    "study_crs",
]

REJECT_COLUMNS = ["file", "row", "column", "value", "reason"]
LAMBERT93 = "EPSG:2154"

_BUILDING_ALIASES = {
    "building_id": ["building_id", "id", "identifiant", "id_batiment", "batiment_id"],
    "annual_demand_mwh": [
        "annual_demand_mwh",
        "besoin_mwh",
        "besoin_annuel_mwh",
        "conso_mwh",
        "consommation_mwh",
    ],
    "annual_dhw_mwh": ["annual_dhw_mwh", "besoin_ecs_mwh"],
    "design_peak_kw": ["design_peak_kw", "puissance_kw", "pointe_kw"],
    "floor_area_m2": ["floor_area_m2", "surface_m2", "surface", "shab_m2"],
    "building_use": ["building_use", "usage", "usage1"],
    "dpe_class": ["dpe_class", "classe_dpe", "dpe", "etiquette_dpe"],
    "construction_year": ["construction_year", "annee_construction", "annee"],
    "dwellings": ["dwellings", "logements", "nb_logements", "nb_logts"],
    "force": ["force", "forcer"],
    "exclude": ["exclude", "exclure"],
}
_NUMERIC = [
    "annual_demand_mwh",
    "annual_dhw_mwh",
    "design_peak_kw",
    "floor_area_m2",
    "construction_year",
    "dwellings",
]
_STREET_CLASS = ["street_class", "classe", "highway", "nature", "wdm_txt", "objart_txt"]
_PIPE_ALIASES = {
    "existing_pipe_id": ["existing_pipe_id", "id", "identifiant"],
    "dn": ["dn", "diametre_nominal", "nominal_width_mm"],
    "current_mass_flow_kg_s": ["current_mass_flow_kg_s", "debit_actuel_kg_s"],
}
_POINT_ALIASES = {
    "name": ["name", "nom"],
    "supply_temp_c": ["supply_temp_c", "temperature_depart_c"],
    "return_temp_c": ["return_temp_c", "temperature_retour_c"],
    "spare_capacity_kw": ["spare_capacity_kw", "reserve_kw"],
    "available_dp_bar": ["available_dp_bar", "dp_disponible_bar"],
    "emission_factor_kg_per_kwh": ["emission_factor_kg_per_kwh", "co2_kg_per_kwh"],
    "renewable_share": ["renewable_share", "taux_enrr"],
}
_PLANT_LAYERS = ("plant", "chaufferie", "production", "source")
_PIPE_LAYERS = ("pipes", "canalisations", "reseau")


def read_layer(path: str | Path, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read one vector layer or CSV file as a GeoDataFrame (CRS as stored).

    Raises
    ------
    InputError
        If the file is missing, unreadable or has no geometry.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} : fichier introuvable.")
    if path.suffix.lower() in {".csv", ".txt"}:
        return _read_csv(path)
    try:
        frame = gpd.read_file(path, layer=layer, engine="pyogrio")
    except Exception as err:  # pyogrio raises several error types
        raise InputError(f"{path} : couche illisible ({err}).") from None
    if frame.crs is None:
        raise InputError(
            f"{path} : système de coordonnées non déclaré (fichier .prj "
            "ou CRS attendu)."
        )
    return frame


def _read_csv(path: Path) -> gpd.GeoDataFrame:
    try:
        frame = pd.read_csv(path, sep=None, engine="python", encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError,
            csv.Error) as err:
        # csv.Error: the separator sniffer found no delimiter (empty or one-column file)
        raise InputError(f"{path} : CSV illisible ({err}).") from None
    lower = {c.lower(): c for c in frame.columns}
    if "geometry" in lower or "wkt" in lower:
        column = lower.get("geometry", lower.get("wkt"))
        geometry = shapely.from_wkt(frame[column].astype(str), on_invalid="ignore")
        return gpd.GeoDataFrame(
            frame.drop(columns=column), geometry=geometry, crs=LAMBERT93
        )
    for xs, ys, crs in (
        ("x", "y", LAMBERT93),
        ("longitude", "latitude", "EPSG:4326"),
        ("lon", "lat", "EPSG:4326"),
    ):
        if xs in lower and ys in lower:
            x = pd.to_numeric(frame[lower[xs]], errors="coerce")
            y = pd.to_numeric(frame[lower[ys]], errors="coerce")
            points = gpd.points_from_xy(x, y)
            points[(x.isna() | y.isna()).to_numpy()] = None
            return gpd.GeoDataFrame(frame, geometry=points, crs=crs)
    raise InputError(
        f"{path} : colonnes de position absentes ; attendu 'x' et 'y' "
        "(Lambert-93), 'longitude' et 'latitude' (WGS84) ou 'geometry' (WKT)."
    )


def study_crs(buildings: gpd.GeoDataFrame) -> CRS:
    """Metric CRS of the study: the buildings' own if projected, else local UTM."""
    if buildings.crs.is_projected:
        return CRS(buildings.crs)
    valid = buildings[buildings.geometry.notna() & ~buildings.geometry.is_empty]
    return valid.estimate_utm_crs() if len(valid) else CRS(LAMBERT93)


def _rename(frame: pd.DataFrame, aliases: dict[str, list[str]]) -> pd.DataFrame:
    lower = {str(c).lower(): c for c in frame.columns}
    mapping = {}
    for canonical, names in aliases.items():
        if canonical in frame.columns:
            continue
        for name in names:
            if name in lower and lower[name] not in mapping:
                mapping[lower[name]] = canonical
                break
    return frame.rename(columns=mapping)


def _reject(path, row, column, value, reason) -> dict:
    return {
        "file": str(path),
        "row": int(row),
        "column": column,
        "value": value,
        "reason": reason,
    }


def read_buildings(
    path: str | Path, layer: str | None = None, crs: CRS | None = None
) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """Candidate buildings (points or polygons) with their demand information.

    Parameters
    ----------
    path : path
        GeoPackage, GeoJSON, Shapefile or CSV.
    layer : str, optional
        Layer name in a multi-layer file.
    crs : pyproj.CRS, optional
        Study CRS; default :func:`study_crs` of the file.

    Returns
    -------
    buildings : geopandas.GeoDataFrame
        Valid rows in the study CRS, canonical column names, unknown columns kept,
        ``source_row`` = 1-based data row.
    rejects : pandas.DataFrame
        :data:`REJECT_COLUMNS`.
    """
    frame = _rename(read_layer(path, layer), _BUILDING_ALIASES)
    frame["source_row"] = np.arange(1, len(frame) + 1)
    rejects = []
    bad = frame.geometry.isna() | frame.geometry.is_empty
    for row in frame.loc[bad, "source_row"]:
        rejects.append(_reject(path, row, "geometry", "", "géométrie absente ou vide"))
    if "building_id" not in frame.columns:
        frame["building_id"] = frame["source_row"].astype(str)
    frame["building_id"] = frame["building_id"].astype(str)
    duplicated = frame["building_id"].duplicated(keep="first") & ~bad
    for row, value in frame.loc[duplicated, ["source_row", "building_id"]].itertuples(
        index=False
    ):
        rejects.append(
            _reject(
                path,
                row,
                "building_id",
                value,
                "identifiant en double (la première ligne est gardée)",
            )
        )
    bad |= duplicated
    for column in _NUMERIC:
        if column not in frame.columns:
            continue
        raw = frame[column]
        text = raw.astype(str).str.replace(",", ".", regex=False).str.strip()
        value = pd.to_numeric(text.where(raw.notna()), errors="coerce")
        wrong = (raw.notna() & (text != "") & value.isna()) | (value < 0)
        for row, original in zip(
            frame.loc[wrong & ~bad, "source_row"], raw[wrong & ~bad], strict=True
        ):
            rejects.append(
                _reject(
                    path, row, column, str(original), "nombre positif ou nul attendu"
                )
            )
        bad |= wrong
        frame[column] = value
    if "dpe_class" in frame.columns:
        dpe = frame["dpe_class"].fillna("").astype(str).str.strip().str.upper()
        wrong = (dpe != "") & ~dpe.isin(list("ABCDEFG"))
        for row, original in zip(
            frame.loc[wrong & ~bad, "source_row"],
            frame.loc[wrong & ~bad, "dpe_class"],
            strict=True,
        ):
            rejects.append(
                _reject(
                    path,
                    row,
                    "dpe_class",
                    str(original),
                    "classe DPE attendue de A à G",
                )
            )
        bad |= wrong
        frame["dpe_class"] = dpe.where(dpe != "")
    for flag in ("force", "exclude"):
        if flag in frame.columns:
            frame[flag] = (
                frame[flag]
                .astype(str)
                .str.strip()
                .str.lower()
                .isin(["1", "true", "oui", "vrai", "yes", "x"])
            )
    good = frame[~bad]
    target = crs or study_crs(good if len(good) else frame)
    good = good.to_crs(target)
    good = good.set_geometry(shapely.force_2d(good.geometry.to_numpy()))
    return good, pd.DataFrame(rejects, columns=REJECT_COLUMNS)


def read_streets(
    path: str | Path,
    crs: CRS,
    layer: str | None = None,
) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """Street axes with a ``street_class`` column, in the study CRS.

    Non-linear or empty geometries are rejected with their row number.
    """
    frame = read_layer(path, layer)
    frame["source_row"] = np.arange(1, len(frame) + 1)
    lower = {str(c).lower(): c for c in frame.columns}
    column = next((lower[c] for c in _STREET_CLASS if c in lower), None)
    frame["street_class"] = (
        "" if column is None else frame[column].fillna("").astype(str)
    )
    lines = (
        frame.geometry.notna()
        & frame.geometry.geom_type.isin(["LineString", "MultiLineString"])
        & ~frame.geometry.is_empty
    )
    rejects = [
        _reject(path, row, "geometry", str(kind), "ligne attendue")
        for row, kind in zip(
            frame.loc[~lines, "source_row"],
            frame.geometry[~lines].geom_type,
            strict=True,
        )
    ]
    streets = frame[lines].to_crs(crs)
    streets = streets.set_geometry(shapely.force_2d(streets.geometry.to_numpy()))
    if streets.empty:
        raise InputError(f"{path} : aucune ligne de rue utilisable.")
    return streets, pd.DataFrame(rejects, columns=REJECT_COLUMNS)


def _supply_point(frame: gpd.GeoDataFrame, path, what: str) -> SupplyPoint:
    points = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    if points.empty:
        raise InputError(f"{path} : aucun point de {what}.")
    row = _rename(points, _POINT_ALIASES).iloc[0]
    geometry = shapely.force_2d(row.geometry).representative_point()

    def number(name: str) -> float | None:
        value = pd.to_numeric(row.get(name), errors="coerce")
        return None if pd.isna(value) else float(value)

    dp_bar = number("available_dp_bar")
    return SupplyPoint(
        geometry=geometry,
        name=str(row.get("name", "") or what),
        supply_temp_c=number("supply_temp_c"),
        return_temp_c=number("return_temp_c"),
        spare_capacity_kw=number("spare_capacity_kw"),
        available_dp_pa=None if dp_bar is None else dp_bar * 1e5,
        emission_factor_kg_per_kwh=number("emission_factor_kg_per_kwh"),
        renewable_share=number("renewable_share"),
    )


def read_source(path: str | Path, crs: CRS, layer: str | None = None) -> SupplyPoint:
    """A new source point (the first point of the file) and its attributes."""
    return _supply_point(read_layer(path, layer).to_crs(crs), path, "production")


def read_existing_network(
    path: str | Path,
    crs: CRS,
    plant: str | Path | None = None,
    tie_in: str | Path | None = None,
) -> tuple[ExistingNetwork, pd.DataFrame]:
    """Existing pipes, the plant (a point layer of the GeoPackage or ``plant``), tie-in.

    Returns
    -------
    network : ExistingNetwork
    rejects : pandas.DataFrame
        Pipes without a line geometry, or with a DN that is not a positive number
        (those are kept with an unknown DN, and reported).
    """
    layers = _layers(path)
    pipe_layer = next((n for n in layers if n.lower() in _PIPE_LAYERS), None)
    frame = _rename(read_layer(path, pipe_layer), _PIPE_ALIASES)
    frame["source_row"] = np.arange(1, len(frame) + 1)
    lines = frame.geometry.notna() & frame.geometry.geom_type.isin(
        ["LineString", "MultiLineString"]
    )
    rejects = [
        _reject(path, row, "geometry", "", "ligne attendue")
        for row in frame.loc[~lines, "source_row"]
    ]
    pipes = frame[lines].to_crs(crs).explode(index_parts=False).reset_index(drop=True)
    pipes = pipes.set_geometry(shapely.force_2d(pipes.geometry.to_numpy()))
    if "existing_pipe_id" not in pipes.columns:
        pipes["existing_pipe_id"] = pipes["source_row"].astype(str)
    raw = pipes.get("dn", pd.Series(np.nan, index=pipes.index))
    dn = pd.to_numeric(raw, errors="coerce")
    for row, value in zip(
        pipes.loc[raw.notna() & ~(dn > 0), "source_row"],
        raw[raw.notna() & ~(dn > 0)],
        strict=True,
    ):
        rejects.append(
            _reject(
                path,
                row,
                "dn",
                str(value),
                "DN positif attendu ; canalisation gardée, DN inconnu",
            )
        )
    pipes["dn"] = dn.where(dn > 0)
    plant_frame = read_layer(plant) if plant is not None else _plant_layer(path, layers)
    network = ExistingNetwork(
        pipes=pd.DataFrame(pipes),
        plant=_supply_point(plant_frame.to_crs(crs), path, "chaufferie"),
        tie_in=None if tie_in is None else read_source(tie_in, crs).geometry,
    )
    return network, pd.DataFrame(rejects, columns=REJECT_COLUMNS)


def _layers(path) -> list[str]:
    try:
        return [str(name) for name in pyogrio.list_layers(path)[:, 0]]
    except Exception:  # a CSV or an unreadable file: read_layer reports it
        return []


def _plant_layer(path, layers: list[str]) -> gpd.GeoDataFrame:
    name = next((n for n in layers if n.lower() in _PLANT_LAYERS), None)
    if name is None:
        raise InputError(
            f"{path} : pas de couche de chaufferie (attendu une couche "
            f"nommée {', '.join(_PLANT_LAYERS)}) ; indiquer --plant."
        )
    return read_layer(path, name)
