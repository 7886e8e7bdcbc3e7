"""Inputs and results of an extension study (plain data, no computation)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from shapely.geometry import Point

__all__ = [
    "ExistingNetwork",
    "ExtensionProblem",
    "ExtensionResult",
    "SupplyPoint",
    "Verdict",
]


@dataclass(frozen=True)
class SupplyPoint:
    """Where the heat comes from: a new source, or the plant of an existing network.

    Attributes
    ----------
    geometry : shapely.Point
        Location in the study's metric CRS [m].
    name : str
        Label shown on results.
    supply_temp_c, return_temp_c : float or None
        Design temperatures [°C]; ``None`` for the parameter defaults.
    spare_capacity_kw : float or None
        Spare capacity of the plant [kW]; ``None`` when unknown (check not made).
    available_dp_pa : float or None
        Differential pressure available at the tie-in [Pa]; ``None`` when unknown
        (the required head is then reported).
    emission_factor_kg_per_kwh, renewable_share : float or None
        Network heat's CO2 factor [kg/kWh] and EnR&R share [-]; ``None`` for defaults.
    """

    geometry: Point
    name: str = ""
    supply_temp_c: float | None = None
    return_temp_c: float | None = None
    spare_capacity_kw: float | None = None
    available_dp_pa: float | None = None
    emission_factor_kg_per_kwh: float | None = None
    renewable_share: float | None = None


@dataclass(frozen=True)
class ExistingNetwork:
    """An existing network to extend.

    Attributes
    ----------
    pipes : pandas.DataFrame
        ``geometry`` (LineString [m]), ``existing_pipe_id``, ``dn`` (NaN if unknown),
        optional ``current_mass_flow_kg_s``.
    plant : SupplyPoint
        The plant, with its temperatures and spare capacity.
    tie_in : shapely.Point or None
        Tie-in point; ``None`` to let the study choose it.
    """

    pipes: pd.DataFrame
    plant: SupplyPoint
    tie_in: Point | None = None


@dataclass(frozen=True)
class ExtensionProblem:
    """Everything an extension study needs besides the parameters.

    Attributes
    ----------
    buildings : pandas.DataFrame
        ``building_id`` (unique text), ``geometry`` (Point or Polygon [m]), demand
        columns (see :func:`~artois_energy_desk.core.network.demand.estimate_demand`),
        optional ``force`` and ``exclude`` (bool).
    streets : pandas.DataFrame
        ``geometry`` (LineString [m]) and ``street_class`` (may be empty).
    source : SupplyPoint or None
        A new source (exclusive with ``existing``).
    existing : ExistingNetwork or None
        The network to extend.
    simultaneity_method : str or None
        ``winter``, ``cibse`` or ``none``; ``None`` for the parameter default.
    select_viable : bool
        Drop the buildings that pull the linear heat density below the threshold.
    degree_days_base18 : float or None
        Base-18 degree-days of the site from the climate module [K·day/yr].
    """

    buildings: pd.DataFrame
    streets: pd.DataFrame
    source: SupplyPoint | None = None
    existing: ExistingNetwork | None = None
    simultaneity_method: str | None = None
    select_viable: bool = False
    degree_days_base18: float | None = None


@dataclass(frozen=True)
class Verdict:
    """Feasibility verdict.

    Attributes
    ----------
    level : str
        ``favorable``, ``à approfondir`` or ``défavorable``.
    reasons : pandas.DataFrame
        ``criterion``, ``status`` (``ok`` / ``attention`` / ``bloquant``), ``value``,
        ``threshold``, ``unit``, ``message`` (French), ``source``.
    """

    level: str
    reasons: pd.DataFrame

    def text(self) -> str:
        """The verdict and its reasons as French text, one line each."""
        lines = [f"Verdict : {self.level}"]
        lines += [f"- [{r.status}] {r.message}" for r in self.reasons.itertuples()]
        return "\n".join(lines)


@dataclass(frozen=True)
class ExtensionResult:
    """Sized extension.

    Attributes
    ----------
    segments, nodes, buildings : pandas.DataFrame
        Result tables with a ``geometry`` column (shapely, study CRS).
    branches, dn_schedule, indicators, assumptions : pandas.DataFrame
        Per-branch densities, trench length and cost by DN and surface, summary
        indicators (``group``, ``indicator``, ``value``, ``unit``, ``note``), parameters
        used with their source and status.
    trunk : pandas.DataFrame or None
        Check of the existing pipes from the plant to the tie-in.
    verdict : Verdict
        Feasibility verdict with its reasons.
    """

    segments: pd.DataFrame
    nodes: pd.DataFrame
    buildings: pd.DataFrame
    branches: pd.DataFrame
    dn_schedule: pd.DataFrame
    indicators: pd.DataFrame
    assumptions: pd.DataFrame
    verdict: Verdict
    trunk: pd.DataFrame | None = None
    figures: dict[str, float] = field(default_factory=dict)
