"""Long steps of the heat-network view as progress tasks (no Qt).

They assemble an extension problem the way ``artois-energy-desk network`` does
(:mod:`artois_energy_desk.commands.network`): buildings first (their CRS is the
study's), streets and the supply reprojected to it, then
:func:`~artois_energy_desk.core.network.size_extension`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from artois_energy_desk.core.progress import Progress, Task, scaled

__all__ = [
    "NetworkInputs",
    "NetworkOptions",
    "load_network_task",
    "size_network_task",
]

#: Supply kinds: a new production point, or an existing network (pipes + plant).
SUPPLY_KINDS = ("source", "existing")


@dataclass(frozen=True)
class NetworkOptions:
    """The user's choices for a sizing run.

    Attributes
    ----------
    simultaneity_method : str or None
        ``winter``, ``cibse`` or ``none``; ``None`` for the parameter default.
    select_viable : bool
        Drop the buildings that pull the linear heat density below the threshold.
    excluded : frozenset of str
        ``building_id`` values the user left out.
    """

    simultaneity_method: str | None = None
    select_viable: bool = False
    excluded: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class NetworkInputs:
    """Inputs of an extension study, read and reprojected to the study CRS.

    Attributes
    ----------
    buildings, streets : geopandas.GeoDataFrame
        Candidate buildings and street axes (study CRS).
    source : SupplyPoint or None
        A new production point.
    existing : ExistingNetwork or None
        The network to extend.
    crs : pyproj.CRS
        Metric CRS of the study.
    rejects : pandas.DataFrame
        Rows rejected by the readers (file, row, column, value, reason).
    paths : dict
        Files read, by role (``buildings``, ``streets``, ``supply``).
    """

    buildings: Any
    streets: Any
    source: Any
    existing: Any
    crs: Any
    rejects: pd.DataFrame
    paths: dict[str, Path] = field(default_factory=dict)


def load_network_task(
    buildings: str | Path,
    streets: str | Path,
    supply: str | Path,
    supply_kind: str = "source",
) -> Task[NetworkInputs]:
    """Read the buildings, streets and supply (a new source or an existing network).

    Parameters
    ----------
    buildings, streets : str or path-like
        Candidate buildings (points or polygons) and street axes.
    supply : str or path-like
        The source point file, or the existing network GeoPackage (pipes layer and
        a ``chaufferie``/``plant`` layer).
    supply_kind : {"source", "existing"}
        What ``supply`` holds.
    """
    from artois_energy_desk.io.network import (
        read_buildings,
        read_existing_network,
        read_source,
        read_streets,
    )

    if supply_kind not in SUPPLY_KINDS:
        raise ValueError(f"supply_kind {supply_kind!r} not in {SUPPLY_KINDS}")
    yield Progress(0.0, f"Lecture de {Path(buildings).name}")
    frame, rejects = read_buildings(buildings)
    crs = frame.crs
    yield Progress(0.4, f"Lecture de {Path(streets).name}")
    lines, street_rejects = read_streets(streets, crs)
    yield Progress(0.7, f"Lecture de {Path(supply).name}")
    source, existing, pipe_rejects = None, None, None
    if supply_kind == "source":
        source = read_source(supply, crs)
    else:
        existing, pipe_rejects = read_existing_network(supply, crs)
    all_rejects = pd.concat(
        [r for r in (rejects, street_rejects, pipe_rejects) if r is not None and len(r)]
        or [rejects],
        ignore_index=True,
    )
    yield Progress(1.0, f"{len(frame)} bâtiments candidats lus")
    paths = {
        "buildings": Path(buildings),
        "streets": Path(streets),
        "supply": Path(supply),
    }
    return NetworkInputs(frame, lines, source, existing, crs, all_rejects, paths)


def size_network_task(inputs: NetworkInputs, options: NetworkOptions) -> Task[Any]:
    """Route, size and judge the extension with the user's options.

    Returns
    -------
    ExtensionResult
        See :class:`artois_energy_desk.core.network.ExtensionResult`.
    """
    from artois_energy_desk.core.network import ExtensionProblem, size_extension
    from artois_energy_desk.io.network import network_parameters

    yield Progress(0.0, "Lecture des paramètres du réseau")
    params = network_parameters()
    buildings = inputs.buildings.copy()
    excluded = buildings["building_id"].astype(str).isin(options.excluded)
    if "exclude" in buildings.columns:
        excluded |= buildings["exclude"].astype(bool)
    buildings["exclude"] = excluded.to_numpy()
    problem = ExtensionProblem(
        buildings,
        inputs.streets,
        source=inputs.source,
        existing=inputs.existing,
        simultaneity_method=options.simultaneity_method,
        select_viable=options.select_viable,
    )
    return (yield from scaled(size_extension(problem, params), 0.05, 1.0))


def with_exclusion(options: NetworkOptions, building_id: str, excluded: bool):
    """``options`` with ``building_id`` excluded (or included again)."""
    chosen = set(options.excluded)
    (chosen.add if excluded else chosen.discard)(str(building_id))
    return replace(options, excluded=frozenset(chosen))
