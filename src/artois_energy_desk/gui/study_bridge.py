"""Between the window's working state and the saved study (no Qt).

The window works on a :class:`~artois_energy_desk.gui.study.Study` (roof layer with
its drawing, climate, evaluation); a study file holds a
:class:`~artois_energy_desk.core.study.Study` (layers, results, the user's parameter
values, the climate source, the edit log). :func:`saved_study` builds the second from
the first; :func:`open_task` rebuilds the first from the second (the roofs and their
outlines, the parameters and the weather year; results are computed again).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from artois_energy_desk.core.progress import Progress, Task, scaled

__all__ = ["open_task", "saved_study", "user_parameters"]

_LAMBERT93 = "EPSG:2154"


def user_parameters(params: Any) -> dict[str, float | str]:
    """Parameters whose value differs from the installed default, by name."""
    from artois_energy_desk.io.parameters import default_parameters

    mine = params.records().set_index("name")["value"]
    base = default_parameters().records().set_index("name")["value"]
    common = mine.index.intersection(base.index)
    changed = [n for n in common if str(mine[n]) != str(base[n])]
    return {name: mine[name] for name in changed}


def saved_study(window_study: Any, previous: Any) -> Any:
    """The core study for the window's state, keeping ``previous``'s log and title.

    Parameters
    ----------
    window_study : artois_energy_desk.gui.study.Study
        The window's working state.
    previous : artois_energy_desk.core.study.Study
        The study being replaced (edits, excluded buildings, title, creation time).
    """
    from artois_energy_desk.core.study import ROOFS_LAYER, ClimateSource

    layers = dict(previous.layers)
    title = previous.title
    if window_study.layer is not None:
        layers[ROOFS_LAYER] = _roof_layer_frame(window_study.layer)
        title = title or window_study.layer.path.stem
    climate, parameters = previous.climate, dict(previous.parameters)
    if window_study.climate is not None:
        weather = window_study.climate.weather
        path = window_study.climate.weather_path
        climate = ClimateSource(
            str(weather.source), str(path) if path else None, str(weather.period)
        )
        parameters = user_parameters(window_study.climate.params)
    evaluation = window_study.evaluation
    return replace(
        previous,
        layers=layers,
        results=None if evaluation is None else evaluation.results,
        parameters=parameters,
        climate=climate,
        results_stale=bool(window_study.stale),
        title=title,
    )


def _roof_layer_frame(layer: Any):
    import geopandas as gpd

    roofs = layer.imported.roofs
    geometry = layer.imported.geometry
    if geometry is not None and len(geometry) == len(roofs):
        shapes = gpd.GeoSeries(geometry.to_numpy(), crs=geometry.crs)
    else:
        shapes = gpd.GeoSeries(
            gpd.points_from_xy(roofs["longitude"], roofs["latitude"]), crs="EPSG:4326"
        ).to_crs(_LAMBERT93)
    return gpd.GeoDataFrame(roofs.reset_index(drop=True), geometry=shapes.values)


def open_task(study: Any, path: Path | None) -> Task[tuple[Any, Any, list[str]]]:
    """Rebuild the window's climate and roof layer from a saved study.

    Returns
    -------
    tuple
        ``(climate, roof layer or None, notes)``; notes (French) name the user
        parameters this version no longer knows.
    """
    from artois_energy_desk.gui.study_tasks import load_climate_task
    from artois_energy_desk.io.parameters import load_parameters

    yield Progress(0.0, "Paramètres de l'étude")
    params, unknown = study.parameter_set(load_parameters())
    notes = [f"Paramètre inconnu de cette version, ignoré : {n}" for n in unknown]
    weather_file = study.climate.weather_file if study.climate else None
    climate = yield from scaled(load_climate_task(weather_file, params), 0.0, 0.5)
    layer = None
    if study.roofs is not None and len(study.roofs):
        yield Progress(0.6, "Toitures de l'étude")
        layer = _roof_layer(study.roofs, path)
    yield Progress(1.0, "Étude ouverte")
    return climate, layer, notes


def _roof_layer(frame, path: Path | None):
    import geopandas as gpd

    from artois_energy_desk.gui.map_geometry import (
        geometry_from_polygons,
        project_to_lambert93,
        squares_at,
    )
    from artois_energy_desk.gui.study_tasks import RoofLayer
    from artois_energy_desk.io.roofs import REJECT_COLUMNS, RoofImport

    source = path or Path("étude.gpkg")
    roofs = pd.DataFrame(frame.drop(columns=frame.geometry.name)).reset_index(drop=True)
    if "source_row" not in roofs.columns:
        roofs["source_row"] = np.arange(1, len(roofs) + 1, dtype=np.int64)
    rows = roofs["source_row"].to_numpy(np.int64)
    missing = np.setdiff1d(np.arange(1, rows.max() + 1), rows)
    rejected = pd.DataFrame(
        {
            "file": source.name,
            "row": missing,
            "roof_id": "",
            "column": "",
            "value": "",
            "reason": "rejetée à l'import d'origine (voir le fichier source)",
        },
        columns=list(REJECT_COLUMNS),
    )
    shapes = gpd.GeoSeries(frame.geometry.values, crs=frame.crs).to_crs(_LAMBERT93)
    imported = RoofImport(
        roofs,
        rejected,
        [f"Toitures de l'étude {source.name}"],
        _LAMBERT93,
        source,
        int(rows.max()),
        shapes.reset_index(drop=True),
    )
    polygons = np.asarray(shapes.values, dtype=object)
    x, y = project_to_lambert93(roofs["longitude"], roofs["latitude"])
    import shapely

    flat = shapely.is_missing(polygons) | shapely.is_empty(polygons)
    flat |= shapely.get_type_id(polygons) == 0
    polygons = np.where(flat, squares_at(np.asarray(x), np.asarray(y)), polygons)
    geometry = geometry_from_polygons(polygons)
    return RoofLayer(
        source,
        imported,
        geometry,
        geometry.tree(),
        f"contours de l'étude {source.name}",
    )
