"""Read roofs from vector files: GeoJSON, GeoPackage, Shapefile, OSM XML/PBF.

Three kinds of layers are recognised (option ``geometry_kind``):

- facets with tilt and azimuth attributes (a solar-cadastre export);
- plan-view facets with ``ALTI_MIN``/``ALTI_MAX`` (SITG Geneva style): the slope is
  derived by :func:`~artois_energy_desk.core.footprints.slope_from_altitudes`;
- building footprints (BD TOPO, Etalab cadastre, OSM): each valid footprint becomes one
  flat facet or two pitched faces by the rules of ``data/parameters/footprints.csv``.

Validation happens per feature, so every feature is either accepted (with one or more
facets sharing its ``source_row``) or rejected once.
"""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import Transformer

from artois_energy_desk import InputError
from artois_energy_desk.core.footprints import (
    RoofRules,
    classify_footprints,
    facets_from_footprints,
    slope_from_altitudes,
)
from artois_energy_desk.io.roofs.columns import match_columns, normalise_header
from artois_energy_desk.io.roofs.model import RoofImport, RoofImportOptions
from artois_energy_desk.io.roofs.validate import mapping_notes, validate_table

__all__ = ["LAMBERT93", "list_layers", "read_vector_roofs"]

_log = logging.getLogger(__name__)

LAMBERT93 = "EPSG:2154"
_OSM_SUFFIXES = (".osm", ".pbf")
_ROOF_SHAPE = re.compile(r'"roof:shape"=>"([^"]*)"')


def list_layers(path: str | Path) -> list[str]:
    """Return the layer (or sheet) names of a GeoPackage, OSM file or workbook."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from artois_energy_desk.io.roofs.xlsx_reader import sheet_names

        return sheet_names(path)
    try:
        return [str(name) for name in pyogrio.list_layers(path)[:, 0]]
    except Exception as err:  # GDAL raises DataSourceError and friends
        raise InputError(f"{path.name} : couches illisibles ({err}).") from None


def read_vector_roofs(path: Path, layer: str | None, options: RoofImportOptions,
                      parameters: dict[str, float | str]) -> RoofImport:
    """Read a vector layer of facets or footprints and validate it.

    Parameters
    ----------
    path : pathlib.Path
        The file.
    layer : str, optional
        Layer name; default the first one (``multipolygons`` for OSM).
    options : RoofImportOptions
        Import options.
    parameters : dict
        ``params.subset("footprints")``.
    """
    notes: list[str] = []
    frame, geometry, crs = _read_layer(path, layer, notes)
    rejected_geometry, geometry = _repair(geometry, notes)
    lambert = gpd.GeoSeries(geometry, crs=crs).to_crs(LAMBERT93).to_numpy()
    lambert = shapely.force_2d(lambert)
    del geometry  # the source geometries (often 3D) are no longer needed
    try:
        mapping = match_columns(list(frame.columns), options.column_map)
    except KeyError as err:
        raise InputError(f"{path.name} : colonnes {err.args[0]} absentes de la "
                         "couche.") from None
    kind = _kind(mapping, frame, options)
    points = _surface_points(lambert)
    base = _feature_table(frame, mapping, lambert, rejected_geometry, points)
    if kind != "footprints":
        base = base.drop(columns=["_bad_geometry"])
    if kind == "footprints":
        return _footprints(path, base, mapping, lambert, frame, options, parameters,
                           notes, crs, points)
    if kind == "altitudes":
        base = _altitude_facets(base, frame, lambert, parameters, notes, points)
    else:
        base = _given_facets(base, mapping, frame, notes)
    said: list[str] = []
    checked = validate_table(base, _identity(base), base["source_row"].to_numpy(),
                             file=path.name, options=options, notes=said,
                             geometry_problem=rejected_geometry)
    derived = kind == "altitudes"
    notes.extend(n for n in said if not n.startswith("Colonnes")
                 and not (derived and n.startswith("Convention")))
    notes.extend(mapping_notes(mapping, frame.columns))
    roofs = checked.roofs
    facets = gpd.GeoSeries(lambert[checked.accepted], crs=LAMBERT93)
    return RoofImport(roofs, checked.rejected, notes, crs, path, len(frame),
                      facets.reset_index(drop=True))


def _read_layer(path: Path, layer: str | None, notes: list[str]):
    suffix = path.suffix.lower()
    if layer is None and suffix in _OSM_SUFFIXES:
        layer = "multipolygons"
    if layer is None and suffix == ".gpkg":
        layers = list_layers(path)
        layer = layers[0] if layers else None
        notes.append(f"Couche lue : « {layer} » (la première sur {len(layers)}).")
    encoding = _shapefile_encoding(path, notes)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            meta, table = pyogrio.read_arrow(path, layer=layer, encoding=encoding,
                                             datetime_as_string=True)
    except Exception as err:  # pyogrio raises DataSourceError, DataLayerError, ...
        raise InputError(f"{path.name} : couche « {layer or 'par défaut'} » illisible "
                         f"({err}) ; attendu : GeoJSON, GeoPackage, Shapefile ou OSM."
                         ) from None
    wkb_name = meta["geometry_name"] or "wkb_geometry"
    geometry = shapely.from_wkb(table.column(wkb_name).to_numpy(zero_copy_only=False),
                                on_invalid="fix")
    frame = table.drop_columns([wkb_name]).to_pandas(types_mapper=_string_mapper)
    frame = gpd.GeoDataFrame(frame, geometry=geometry, crs=meta["crs"])
    if suffix in _OSM_SUFFIXES:
        frame = _osm_buildings(frame, notes)
    if frame.empty:
        raise InputError(f"{path.name} : aucun objet dans la couche (attendu : des "
                         "toitures ou des emprises de bâtiments).")
    crs = frame.crs.to_string() if frame.crs is not None else _guess_crs(frame, notes)
    geometry = frame.geometry.to_numpy()
    attributes = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    return attributes.reset_index(drop=True), geometry, crs


def _string_mapper(dtype):
    import pyarrow as pa

    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return pd.StringDtype("pyarrow")
    return None


def _shapefile_encoding(path: Path, notes: list[str]) -> str | None:
    if path.suffix.lower() != ".shp" or path.with_suffix(".cpg").exists():
        return None
    dbf = path.with_suffix(".dbf")
    if not dbf.exists():
        return None
    raw = dbf.read_bytes()
    header_bytes = int.from_bytes(raw[8:10], "little") if len(raw) >= 10 else 0
    raw = raw[header_bytes:]
    if raw.isascii():
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        notes.append("Shapefile sans fichier .cpg : texte lu en Latin-1.")
        return "ISO-8859-1"
    notes.append("Shapefile sans fichier .cpg : le texte du .dbf est de l'UTF-8 "
                 "valide, lu en UTF-8.")
    return "UTF-8"


def _osm_buildings(frame: gpd.GeoDataFrame, notes: list[str]) -> gpd.GeoDataFrame:
    if "building" not in frame.columns:
        raise InputError("Fichier OSM sans attribut building : aucun bâtiment trouvé.")
    building = frame["building"].astype("string").str.strip()
    keep = (building.notna() & (building != "no")).to_numpy()
    notes.append(f"OSM : {int(keep.sum())} multipolygones bâtiments retenus, "
                 f"{int((~keep).sum())} autres multipolygones (occupation du sol, ...) "
                 "ignorés car ce ne sont pas des bâtiments.")
    kept = frame.loc[keep].reset_index(drop=True)
    way = kept.get("osm_way_id", pd.Series(pd.NA, index=kept.index)).astype("string")
    relation = kept.get("osm_id", pd.Series(pd.NA, index=kept.index)).astype("string")
    kept["building_id"] = ("way/" + way).fillna("relation/" + relation)
    if "other_tags" in kept.columns:
        tags = kept["other_tags"].astype("string")
        kept["roof_shape"] = tags.str.extract(_ROOF_SHAPE, expand=False)
    return kept


def _guess_crs(frame: gpd.GeoDataFrame, notes: list[str]) -> str:
    minx, miny, maxx, maxy = frame.total_bounds
    degrees = max(abs(minx), abs(maxx)) <= 180 and max(abs(miny), abs(maxy)) <= 90
    crs = "EPSG:4326" if degrees else LAMBERT93
    notes.append(f"Aucun système de coordonnées déclaré : {crs} supposé d'après "
                 "l'étendue des coordonnées.")
    return crs


def _repair(geometry: np.ndarray, notes: list[str]):
    """Repair invalid polygons with make_valid; return the reason for unusable ones."""
    geometry = np.asarray(geometry, dtype=object).copy()
    reason = np.full(len(geometry), "", dtype=object)
    missing = shapely.is_missing(geometry) | shapely.is_empty(geometry)
    reason[missing] = "géométrie absente ou vide"
    invalid = ~missing & ~shapely.is_valid(geometry)
    if invalid.any():
        repaired = shapely.make_valid(geometry[invalid])
        polygonal = np.array([_polygonal(g) for g in repaired], dtype=object)
        geometry[invalid] = polygonal
        lost = shapely.is_empty(polygonal)
        reason[np.flatnonzero(invalid)[lost]] = "géométrie invalide et non réparable"
        notes.append(f"{int(invalid.sum() - lost.sum())} géométrie(s) invalide(s) "
                     "réparée(s) (shapely.make_valid).")
    kind = shapely.get_type_id(geometry)
    lines = ~missing & np.isin(kind, [1, 2, 5])
    reason[lines] = "géométrie linéaire (attendu : un polygone ou un point)"
    return reason, geometry


def _polygonal(geometry):
    parts = shapely.get_parts(geometry)
    polygons = [p for p in parts if shapely.get_type_id(p) in (3, 6)]
    return shapely.union_all(polygons) if polygons else shapely.Polygon()


def _kind(mapping: dict[str, str], frame: pd.DataFrame,
          options: RoofImportOptions) -> str:
    if options.geometry_kind != "auto":
        return options.geometry_kind
    if "tilt_deg" in mapping and "azimuth_deg" in mapping:
        return "facets"
    names = {normalise_header(c) for c in frame.columns}
    if {"alti_min", "alti_max"} <= names:
        return "altitudes"
    return "footprints"


def _surface_points(lambert: np.ndarray) -> np.ndarray:
    """Point on surface of each geometry: Lambert-93 x, y then WGS84 lon, lat.

    Returns an array of shape (n, 4), NaN where the geometry is missing or empty.
    """
    point = shapely.point_on_surface(lambert)
    has_point = ~shapely.is_empty(point) & ~shapely.is_missing(point)
    points = np.full((len(lambert), 4), np.nan)
    xy = shapely.get_coordinates(point)
    to_wgs84 = Transformer.from_crs(LAMBERT93, "EPSG:4326", always_xy=True)
    points[has_point, :2] = xy
    points[has_point, 2], points[has_point, 3] = to_wgs84.transform(xy[:, 0],
                                                                    xy[:, 1])
    return points


def _feature_table(frame, mapping, lambert, bad_geometry, points) -> pd.DataFrame:
    """Attributes renamed to canonical names, plus coordinates and plan area."""
    renamed = frame.rename(columns={h: n for n, h in mapping.items()
                                    if n not in ("x", "y", "latitude", "longitude")})
    lon, lat = points[:, 2].copy(), points[:, 3].copy()
    bad = np.asarray(bad_geometry, dtype=object)
    lat[bad != ""] = np.nan
    table = renamed.assign(latitude=lat, longitude=lon)
    table["plan_area_m2"] = shapely.area(lambert)
    table["source_row"] = np.arange(1, len(frame) + 1, dtype=np.int64)
    if bad_geometry is not None and len(bad):
        table["_bad_geometry"] = bad
    return table


def _identity(table: pd.DataFrame) -> dict[str, str]:
    from artois_energy_desk.io.roofs.columns import CANONICAL_COLUMNS

    return {name: name for name in CANONICAL_COLUMNS if name in table.columns}


def _given_facets(base, mapping, frame, notes) -> pd.DataFrame:
    if "area_m2" not in mapping:
        from artois_energy_desk.io.roofs.values import to_numbers

        tilt, _ = to_numbers(base["tilt_deg"])
        base["area_m2"] = base["plan_area_m2"] / np.cos(np.radians(tilt))
        notes.append("Surface des pans = surface en plan (Lambert-93) / cos(pente).")
    return base


def _altitude_facets(base, frame, lambert, parameters, notes,
                     points) -> pd.DataFrame:
    names = {normalise_header(c): c for c in frame.columns}
    low = pd.to_numeric(frame[names["alti_min"]], errors="coerce").to_numpy(float)
    high = pd.to_numeric(frame[names["alti_max"]], errors="coerce").to_numpy(float)
    group = base["building_id"] if "building_id" in base else base["source_row"]
    usable = ~shapely.is_empty(lambert) & (shapely.area(lambert) > 0)
    tilt = np.full(len(base), np.nan)
    azimuth = np.full(len(base), np.nan)
    rule = np.full(len(base), "", dtype=object)
    tilt[usable], azimuth[usable], rule[usable] = slope_from_altitudes(
        lambert[usable], high[usable] - low[usable], np.asarray(group)[usable],
        float(parameters["flat_max_facet_rise_m"]),
        _north_bearing(points[usable]))
    base["tilt_deg"], base["azimuth_deg"] = tilt, azimuth
    base["area_m2"] = base["plan_area_m2"] / np.cos(np.radians(tilt))
    base["facet_source"] = np.where(rule == "", "", "pan_" + rule.astype(str))
    notes.append("Pans en plan avec altitudes minimale et maximale : pente = "
                 "atan(dénivelé / largeur du rectangle englobant minimal), "
                 "orientation opposée au centre du bâtiment ; surface = surface en "
                 "plan / cos(pente).")
    return base


def _north_bearing(points: np.ndarray) -> np.ndarray:
    """Grid bearing of true north at each point (Lambert-93 meridian convergence).

    ``points`` comes from :func:`_surface_points` (x, y, lon, lat per row).
    """
    x, y, lon, lat = points.T
    to_grid = Transformer.from_crs("EPSG:4326", LAMBERT93, always_xy=True)
    x_north, y_north = to_grid.transform(lon, lat + 0.001)
    return np.degrees(np.arctan2(x_north - x, y_north - y))


def _footprints(path, base, mapping, lambert, frame, options, parameters, notes, crs,
                points):
    rules = RoofRules.from_parameters(parameters)
    if "roof_id" in base:
        base = base.rename(columns={"roof_id": "building_id"}) \
            if "building_id" not in base else base
    ids = base["building_id"] if "building_id" in base else None
    base["roof_id"] = ids if ids is not None else base["source_row"].astype(str)
    base["area_m2"], base["tilt_deg"], base["azimuth_deg"] = (
        base["plan_area_m2"], 0.0, 180.0)
    check_notes: list[str] = []
    checks = RoofImportOptions(azimuth_convention="north")
    checked = validate_table(base, _identity(base), base["source_row"].to_numpy(),
                             file=path.name, options=checks, notes=check_notes,
                             geometry_problem=base.pop("_bad_geometry").to_numpy())
    notes.extend(mapping_notes(mapping, frame.columns))
    accepted = base.loc[checked.accepted].reset_index(drop=True)
    kept = lambert[checked.accepted]
    flat, rule = classify_footprints(
        accepted["plan_area_m2"].to_numpy(), rules,
        nature=_optional(frame, checked.accepted, "nature"),
        roof_material=_optional(frame, checked.accepted, "mat_toits"),
        osm_roof_shape=accepted.get("roof_shape"))
    facets = facets_from_footprints(kept, flat, rules.default_pitch_deg,
                                    _north_bearing(points[checked.accepted]))
    roofs = checked.roofs.iloc[facets.footprint].reset_index(drop=True)
    roofs["building_id"] = roofs["roof_id"]
    roofs["roof_id"] = roofs["roof_id"] + "-" + pd.Series(facets.facet).astype(str)
    roofs["area_m2"], roofs["tilt_deg"] = facets.area_m2, facets.tilt_deg
    roofs["azimuth_deg"] = facets.azimuth_deg
    roofs["facet_source"] = _facet_source(flat, rule)[facets.footprint]
    notes.append(_footprint_note(flat, rule, rules))
    geometry = gpd.GeoSeries(facets.geometry, crs=LAMBERT93)
    return RoofImport(roofs, checked.rejected, notes, crs, path, len(frame), geometry)


def _facet_source(flat: np.ndarray, rule: np.ndarray) -> np.ndarray:
    """``"emprise_plat:<rule>"`` or ``"emprise_deux_pans:<rule>"`` per footprint."""
    codes, names = pd.factorize(np.asarray(rule, dtype=object))
    labels = [f"{kind}:{name}" for name in names
              for kind in ("emprise_deux_pans", "emprise_plat")]
    return np.array(labels, dtype=object)[codes * 2 + flat.astype(int)]


def _optional(frame: pd.DataFrame, accepted: np.ndarray, name: str):
    for column in frame.columns:
        if normalise_header(column) == name:
            return frame.loc[accepted, column].reset_index(drop=True)
    return None


def _footprint_note(flat: np.ndarray, rule: np.ndarray, rules: RoofRules) -> str:
    counts = pd.Series(rule).value_counts().to_dict()
    detail = ", ".join(f"{k} : {v}" for k, v in counts.items())
    return (f"Emprises de bâtiments découpées en pans : {int(flat.sum())} toits plats "
            f"(pente 0, orientés sud), {int((~flat).sum())} toits à deux pans de "
            f"{rules.default_pitch_deg:g}° de part et d'autre du grand axe du "
            "rectangle englobant minimal, surface de pan = moitié de l'emprise / "
            "cos(pente). "
            f"Règle appliquée (data/parameters/footprints.csv) : {detail}.")
