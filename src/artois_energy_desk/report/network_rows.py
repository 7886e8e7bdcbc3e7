"""The rows of the network parameter tables that one extension's numbers used.

Pipe catalogue and trench costs: the DNs of the schedule; substation costs: the power
classes of the connected buildings (``substation`` method) or the connection tables
(``fedene`` method); simultaneity coefficients of the method used; trench surface of
the street classes crossed; water properties around the design temperatures.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from artois_energy_desk.core.network.problem import ExtensionResult
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.report.provenance import UsedRows

__all__ = ["network_rows_used"]


def _record_value(result: ExtensionResult, name: str):
    rows = result.assumptions[result.assumptions["name"] == name]
    return None if rows.empty else rows["value"].iloc[0]


def network_rows_used(
    result: ExtensionResult, params: ParameterSet
) -> tuple[UsedRows, ...]:
    """Return the table rows behind an extension's numbers.

    Parameters
    ----------
    result : ExtensionResult
        The sized extension (its ``assumptions`` name the method choices).
    params : ParameterSet
        A parameter set holding the ``network_*`` tables (those of the run).
    """
    tables = params.tables
    dns = sorted({int(d) for d in result.dn_schedule["dn"]})
    out = []
    catalogue = tables.get("network_pipe_catalogue")
    if catalogue is not None:
        series = _record_value(result, "network.insulation_series")
        chosen = catalogue["dn"].isin(dns)
        if series is not None and "series" in catalogue:
            chosen &= catalogue["series"].astype(float) == float(series)
        out.append(UsedRows("network_pipe_catalogue", catalogue[chosen]))
    costs = tables.get("network_trench_costs")
    if costs is not None:
        out.append(UsedRows("network_trench_costs", costs[costs["dn"].isin(dns)]))
    out.extend(_connection_rows(result, tables))
    simultaneity = tables.get("network_simultaneity")
    method = _record_value(result, "network.simultaneity_method")
    if simultaneity is not None and method is not None:
        own = simultaneity[simultaneity["method"] == str(method)]
        out.append(UsedRows("network_simultaneity", own))
    surface = tables.get("network_street_surface")
    if surface is not None and "street_class" in result.segments:
        classes = set(result.segments["street_class"].dropna().astype(str))
        out.append(
            UsedRows(
                "network_street_surface", surface[surface["street_class"].isin(classes)]
            )
        )
    water = tables.get("network_water_properties")
    figures = result.figures
    if water is not None and "supply_temp_c" in figures:
        temps = water["temp_c"].to_numpy(float)
        low = min(figures["return_temp_c"], figures["supply_temp_c"])
        high = max(figures["return_temp_c"], figures["supply_temp_c"])
        keep = (temps >= _below(temps, low)) & (temps <= _above(temps, high))
        out.append(UsedRows("network_water_properties", water[keep]))
    return tuple(u for u in out if len(u.rows))


def _below(values: np.ndarray, x: float) -> float:
    under = values[values <= x]
    return under.max() if len(under) else values.min()


def _above(values: np.ndarray, x: float) -> float:
    over = values[values >= x]
    return over.min() if len(over) else values.max()


def _connection_rows(result: ExtensionResult, tables) -> list[UsedRows]:
    method = str(_record_value(result, "network.connection_cost_method"))
    buildings = result.buildings
    connected = buildings["connected"].astype(str).str.lower().isin(("true", "1"))
    if method == "substation":
        table = tables.get("network_substation_costs")
        if table is None:
            return []
        peaks = pd.to_numeric(
            buildings.loc[connected, "design_peak_kw"], errors="coerce"
        ).dropna()
        limits = table["max_kw"].to_numpy(float)
        index = np.searchsorted(np.sort(limits), peaks.to_numpy(float))
        order = np.argsort(limits)
        used = sorted({int(order[min(i, len(order) - 1)]) for i in index})
        return [UsedRows("network_substation_costs", table.iloc[used])]
    return [
        UsedRows(name, tables[name])
        for name in ("network_connection_residential", "network_connection_tertiary")
        if name in tables
    ]
