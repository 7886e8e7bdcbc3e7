"""Long steps of a study as progress tasks (no Qt): read roofs, climate, boundaries.

They run in :class:`~artois_energy_desk.gui.worker.TaskWorker` threads and return plain
data; the :class:`~artois_energy_desk.gui.study.Study` only changes when a task has
finished, so a cancelled task leaves the study as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from artois_energy_desk.core.progress import Progress, Task
from artois_energy_desk.gui.map_geometry import (
    LAMBERT93,
    MapGeometry,
    geometry_from_polygons,
    project_to_lambert93,
    squares_at,
)

__all__ = [
    "Boundaries",
    "Climate",
    "RoofLayer",
    "demo_roofs_file",
    "is_bundled_demo",
    "load_boundaries_task",
    "load_climate_task",
    "load_roofs_task",
    "pv_table_task",
    "single_roof",
    "what_if",
]

#: Headers recognised as the name of a boundary (commune, EPCI).
_NAME_COLUMNS = (
    "nom",
    "nom_com",
    "nom_commune",
    "libelle",
    "libgeo",
    "name",
    "commune",
    "nom_epci",
    "raison_sociale",
)


def demo_roofs_file() -> Path:
    """The bundled Artois demonstration roof list (``data/demo``)."""
    from artois_energy_desk import paths

    return paths.data_file("demo", "artois_demo_roofs.csv")


def is_bundled_demo(path: Path) -> bool:
    """Whether ``path`` is one of the demonstration files shipped in ``data/demo``."""
    return Path(path).resolve().parent == demo_roofs_file().resolve().parent


@dataclass(frozen=True, eq=False)
class RoofLayer:
    """A roof list read and drawn.

    Attributes
    ----------
    path : pathlib.Path
        The file read.
    imported : RoofImport
        Accepted roofs, rejects and assumptions (see ``io.roofs``).
    geometry : MapGeometry
        One shape per accepted roof, same order as ``imported.roofs``.
    tree : shapely.STRtree
        Spatial index of the shapes, for picking.
    outline_source : str
        Where the outlines come from (French, for the status bar).
    """

    path: Path
    imported: Any
    geometry: MapGeometry
    tree: Any
    outline_source: str


@dataclass(frozen=True, eq=False)
class Climate:
    """Parameters and weather year of a study."""

    params: Any
    weather: Any
    weather_path: Path | None


@dataclass(frozen=True, eq=False)
class Boundaries:
    """Commune or EPCI outlines overlaid on the map."""

    path: Path
    geometry: MapGeometry
    names: list[str]


def load_roofs_task(
    path: str | Path, layer: str | None = None, options: Any = None
) -> Task[RoofLayer]:
    """Read a roof list and prepare its map shapes.

    Outlines come from the file's own geometry, else from a GeoPackage of the same
    name beside it holding a ``roof_id`` column (the demo's layout), else a small
    square stands for each roof at its latitude / longitude.

    Parameters
    ----------
    path : str or path-like
        Roof list (any format ``io.roofs.read_roofs`` accepts).
    layer : str, optional
        Layer or sheet to read.
    options : RoofImportOptions, optional
        Import conventions.
    """
    from artois_energy_desk.io.roofs import read_roofs

    path = Path(path)
    yield Progress(0.0, f"Lecture de {path.name}")
    imported = read_roofs(path, layer=layer, options=options)
    yield Progress(0.6, "Préparation de la carte")
    polygons, source = _outlines(path, imported)
    geometry = geometry_from_polygons(polygons)
    yield Progress(0.9, "Index spatial")
    tree = geometry.tree()
    yield Progress(1.0, f"{len(imported.roofs):,} toitures lues".replace(",", " "))
    return RoofLayer(path, imported, geometry, tree, source)


def _outlines(path: Path, imported: Any) -> tuple[np.ndarray, str]:
    roofs = imported.roofs
    x, y = project_to_lambert93(
        roofs["longitude"].to_numpy(), roofs["latitude"].to_numpy()
    )
    squares = squares_at(np.asarray(x), np.asarray(y))
    if imported.geometry is not None:
        polygons = np.asarray(imported.geometry.to_crs(LAMBERT93).values, dtype=object)
        return _completed(polygons, squares), f"contours de {path.name}"
    sibling = path.with_suffix(".gpkg")
    if path.suffix.lower() != ".gpkg" and sibling.is_file():
        found = _sibling_outlines(sibling, roofs["roof_id"])
        if found is not None:
            return _completed(found, squares), f"contours de {sibling.name}"
    return squares, "positions (pas de contours dans le fichier)"


def _sibling_outlines(sibling: Path, roof_ids) -> np.ndarray | None:
    import pyogrio

    frame = pyogrio.read_dataframe(sibling, columns=["roof_id"])
    if "roof_id" not in frame.columns or frame.crs is None:
        return None
    frame = frame.to_crs(LAMBERT93).drop_duplicates("roof_id").set_index("roof_id")
    shapes = frame.geometry.reindex(roof_ids.astype(str).to_numpy())
    return np.asarray(shapes.values, dtype=object)


def _completed(polygons: np.ndarray, squares: np.ndarray) -> np.ndarray:
    import shapely

    missing = shapely.is_missing(polygons) | shapely.is_empty(polygons)
    return np.where(missing, squares, polygons)


def load_climate_task(
    weather_path: str | Path | None,
    params: Any = None,
) -> Task[Climate]:
    """Load the parameters (defaults unless given) and a weather year.

    Parameters
    ----------
    weather_path : str or path-like or None
        PVGIS or EPW file; ``None`` for the embedded Artois typical year.
    params : ParameterSet, optional
        Parameters to keep; default: the application's defaults.
    """
    from artois_energy_desk.io.parameters import load_parameters
    from artois_energy_desk.io.weather import load_weather

    yield Progress(0.0, "Lecture des paramètres")
    params = params if params is not None else load_parameters()
    yield Progress(0.3, "Lecture du climat")
    weather = load_weather(weather_path)
    yield Progress(1.0, "Climat prêt")
    return Climate(params, weather, Path(weather_path) if weather_path else None)


def load_boundaries_task(
    path: str | Path,
    origin: tuple[float, float],
) -> Task[Boundaries]:
    """Read commune (or EPCI) outlines from a vector file.

    Parameters
    ----------
    path : str or path-like
        GeoPackage, GeoJSON or Shapefile of polygons (any CRS).
    origin : tuple of float
        Lambert-93 origin of the roof layer, so that both layers overlay [m].
    """
    import pyogrio

    from artois_energy_desk import InputError

    path = Path(path)
    yield Progress(0.0, f"Lecture de {path.name}")
    frame = pyogrio.read_dataframe(path)
    if frame.crs is None or not len(frame):
        raise InputError(
            f"{path.name} : aucune limite lisible (attendu : des "
            "polygones avec un système de coordonnées)."
        )
    frame = frame.to_crs(LAMBERT93)
    names = _names(frame)
    yield Progress(0.7, "Préparation des contours")
    geometry = geometry_from_polygons(
        np.asarray(frame.geometry.values, dtype=object), origin=origin
    )
    yield Progress(1.0, f"{len(frame)} limites lues")
    return Boundaries(path, geometry, names)


def _names(frame) -> list[str]:
    lowered = {str(c).lower(): c for c in frame.columns}
    for candidate in _NAME_COLUMNS:
        if candidate in lowered:
            return frame[lowered[candidate]].astype(str).tolist()
    return [""] * len(frame)


def pv_table_task(weather: Any, params: Any) -> Task[Any]:
    """Build the PV orientation table of a climate (for "what if" edits of one roof).

    Parameters
    ----------
    weather : WeatherYear
        The climate of the study.
    params : ParameterSet
        The parameters of the study.
    """
    from artois_energy_desk.core.progress import scaled
    from artois_energy_desk.core.solar.pv import build_pv_table
    from artois_energy_desk.core.solar.sky import compute_sky

    yield Progress(0.0, "Position du soleil et ciel de l'année type")
    sky = compute_sky(weather, params)
    return (yield from scaled(build_pv_table(sky, params), 0.1, 1.0))


def what_if(
    roof: Any,
    table: Any,
    params: Any,
    *,
    usable_area_m2: float,
    tilt_deg: float,
    peak_power_kwp: float | None = None,
) -> Any:
    """Evaluate one roof again with a different usable area, tilt or peak power.

    Parameters
    ----------
    roof : pandas.DataFrame
        One row of the imported roof table (input columns).
    table : PVTable
        PV table of the study's climate and parameters.
    params : ParameterSet
        The study's parameters.
    usable_area_m2 : float
        Usable roof area [m²] (replaces the default usable ratio).
    tilt_deg : float
        Facet tilt [degrees].
    peak_power_kwp : float, optional
        Installed power [kWp] when smaller or larger than what the area allows; the
        specific yield is unchanged, energy scales with it.

    Returns
    -------
    pandas.DataFrame
        One row with the PV result columns of ``evaluate_pv``.
    """
    from artois_energy_desk.core.solar.pv import MONTHLY_YIELD_COLUMNS, evaluate_pv

    edited = roof.copy()
    area = float(edited["area_m2"].iloc[0])
    edited["usable_ratio"] = min(max(usable_area_m2 / area, 0.0), 1.0) if area else 0.0
    edited["tilt_deg"] = float(tilt_deg)
    result = evaluate_pv(edited, table, params)
    computed = float(result["pv_peak_power_kwp"].iloc[0])
    if peak_power_kwp is not None and computed > 0 and peak_power_kwp != computed:
        factor = peak_power_kwp / computed
        for name in (
            "pv_peak_power_kwp",
            "pv_module_area_m2",
            "pv_annual_yield_kwh",
            *MONTHLY_YIELD_COLUMNS,
        ):
            result[name] = result[name] * factor
    return result


def single_roof(
    latitude: float,
    longitude: float,
    area_m2: float,
    tilt_deg: float,
    azimuth_deg: float,
    building_use: str,
) -> Any:
    """A one-row roof table for a roof that is in no list (quick estimate).

    Parameters
    ----------
    latitude, longitude : float
        Position [degrees, WGS84].
    area_m2 : float
        Facet area [m²].
    tilt_deg : float
        Facet tilt [degrees, 0 = flat].
    azimuth_deg : float
        Facet azimuth [degrees, pvlib convention: 180 = south].
    building_use : str
        Use of the building (carried through).
    """
    import pandas as pd

    return pd.DataFrame(
        {
            "roof_id": ["estimation"],
            "latitude": [float(latitude)],
            "longitude": [float(longitude)],
            "area_m2": [float(area_m2)],
            "tilt_deg": [float(tilt_deg)],
            "azimuth_deg": [float(azimuth_deg) % 360.0],
            "usable_ratio": [np.nan],
            "shading_loss": [np.nan],
            "building_use": [building_use],
        }
    )
