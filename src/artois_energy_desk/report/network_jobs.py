"""Extension sheets from a GeoPackage of ``artois-energy-desk network`` or from inputs.

From a GeoPackage the sheet states the numbers stored in it by the network engine
(indicators, verdict, layers, the ``network.*`` parameters used); the rows of the
``network_*`` parameter tables listed come from the tables of this installation,
which are the ones the engine read unless they were edited in between. From input
layers the engine runs first, with the parameters of this run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from artois_energy_desk import __version__
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.progress import Task
from artois_energy_desk.report.content import ReportContext, Sheet
from artois_energy_desk.report.network_content import network_sheet
from artois_energy_desk.report.templates import text

__all__ = ["network_sheet_from_gpkg", "network_sheet_from_inputs_task"]


def network_sheet_from_gpkg(path: str | Path, params: ParameterSet) -> Sheet:
    """Return the sheet of the extension stored in ``path``.

    Parameters
    ----------
    path : path
        GeoPackage written by ``artois-energy-desk network``.
    params : ParameterSet
        A set holding the ``network_*`` tables (for the table rows listed).

    Raises
    ------
    InputError
        If the file is not such a GeoPackage (see
        :func:`~artois_energy_desk.io.network.writers.read_extension_gpkg`).
    """
    from artois_energy_desk.io.network.writers import read_extension_gpkg

    path = Path(path)
    result, study = read_extension_gpkg(path)
    written = study.get("written_at")
    context = ReportContext(
        params=params,
        weather_source=text("network.climate"),
        app_version=study.get("app_version", ""),
        computed=dt.datetime.fromisoformat(written) if written else None,
        input_name=path.name,
    )
    return network_sheet(result, context, path.stem)


def network_sheet_from_inputs_task(
    buildings: str | Path,
    streets: str | Path,
    params: ParameterSet,
    *,
    source: str | Path | None = None,
    existing: str | Path | None = None,
) -> Task[Sheet]:
    """Size the extension of the input layers, then build its sheet (progress task).

    Parameters
    ----------
    buildings, streets : path
        Candidate buildings and street axes (any format the network readers accept).
    params : ParameterSet
        Parameters with the pipe catalogue (``network_parameters``).
    source, existing : path, optional
        A new source point, or an existing network (exactly one).
    """
    from artois_energy_desk.core.network import ExtensionProblem, size_extension
    from artois_energy_desk.io.network import (
        read_buildings,
        read_existing_network,
        read_source,
        read_streets,
    )

    frame, _ = read_buildings(buildings)
    street_frame, _ = read_streets(streets, frame.crs)
    network, point = None, None
    if existing is not None:
        network, _ = read_existing_network(existing, frame.crs)
    else:
        point = read_source(source, frame.crs)
    problem = ExtensionProblem(frame, street_frame, source=point, existing=network)
    result = yield from size_extension(problem, params)
    context = ReportContext(
        params=params,
        weather_source=text("network.climate"),
        app_version=__version__,
        computed=dt.datetime.now(),
        input_name=f"{Path(buildings).name}, {Path(streets).name}",
    )
    return network_sheet(result, context, Path(buildings).stem)
