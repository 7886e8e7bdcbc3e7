"""Sheet content for a heat-network extension (opportunity-study summary).

Every number comes from the :class:`~artois_energy_desk.core.network.ExtensionResult`
of the network engine (directly, or read back from the GeoPackage the ``network``
command writes): the verdict and its reasons, the indicators grouped as in
``shared/reference/heat-networks.md`` §14 with their thresholds and a traffic-light
status, the route plan, the DN schedule, the linear density of each branch, the check
of the existing network, and the parameters and table rows the engine used.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from artois_energy_desk.core.network.problem import ExtensionResult
from artois_energy_desk.report.content import (
    Chart,
    Charts,
    Paragraph,
    ReportContext,
    Section,
    Sheet,
    Table,
)
from artois_energy_desk.report.formatting import (
    MISSING,
    format_number,
    format_percent,
    format_quantity,
)
from artois_energy_desk.report.network_rows import network_rows_used
from artois_energy_desk.report.network_tables import (
    STATUS_COLOURS,
    branch_section,
    connected_mask,
    existing_section,
    french_text,
    record_value,
    schedule_section,
    unconnected_section,
)
from artois_energy_desk.report.provenance import provenance_section, short_source
from artois_energy_desk.report.templates import text

__all__ = ["STATUS_COLOURS", "french_text", "indicator_value", "network_sheet"]

#: Indicators of the engine's table that have a verdict criterion (its threshold).
_CRITERION_OF = {
    "Densité linéique": "densité",
    "Taux de pertes": "pertes",
    "Prix de la chaleur": "coût",
}
#: Indicator names (start) whose value is a fraction printed as a percentage.
_FRACTIONS = ("Taux", "TRI")
_DECIMALS = {
    "MWh/(m·an)": 2,
    "bar": 2,
    "m/s": 2,
    "kg/s": 2,
    "kg/kWh": 3,
    "€ HT/MWh": 1,
    "€ TTC/MWh": 1,
    "ans": 1,
}


def indicator_value(name: str, value: object, unit: str) -> str:
    """Return one indicator of the engine's table, formatted the French way."""
    if isinstance(value, str):
        return f"{value}\u00a0{unit}" if unit not in ("", "-") else value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return MISSING
    if unit == "ans" and math.isinf(number):
        return text("network.never")
    if unit == "-":
        if name.startswith(_FRACTIONS):
            return format_percent(number, 1)
        return format_number(number, 0)
    return format_quantity(number, unit, _DECIMALS.get(unit, 0))


def network_sheet(
    result: ExtensionResult,
    context: ReportContext,
    name: str,
    records: pd.DataFrame | None = None,
) -> Sheet:
    """Return the printed summary of a sized extension.

    Parameters
    ----------
    result : ExtensionResult
        The engine's result (or its GeoPackage read back).
    context : ReportContext
        Version, dates and the parameter tables of the run.
    name : str
        Name of the study (the GeoPackage's name), printed in the subtitle.
    records : pandas.DataFrame, optional
        The ``network.*`` parameters the engine used (default
        ``result.assumptions``).
    """
    buildings = result.buildings
    connected = buildings[connected_mask(buildings)]
    records = result.assumptions if records is None else records
    sections = [
        _verdict_section(result),
        _plan_section(result),
        *_indicator_sections(result, records),
        schedule_section(result),
        branch_section(result, records),
        existing_section(result),
    ]
    skipped = unconnected_section(buildings)
    if skipped is not None:
        sections.append(skipped)
    sections.append(
        provenance_section(
            context, ["network"], network_rows_used(result, context.params), records
        )
    )
    return Sheet(
        kind="network",
        name=name,
        title=text("network.title"),
        subtitle=text(
            "network.subtitle",
            name=name,
            buildings=format_number(len(connected)),
            candidates=format_number(len(buildings)),
        ),
        sections=tuple(sections),
        footer=context.footer(),
    )


def _level_key(level: str) -> str:
    if level.startswith("favorable"):
        return "feasible"
    return "conditional" if level.startswith("à approfondir") else "not_feasible"


def _verdict_section(result: ExtensionResult) -> Section:
    reasons = result.verdict.reasons
    level = result.verdict.level
    rows, colours = [], []
    for reason in reasons.itertuples():
        status = str(reason.status)
        rows.append(
            (
                french_text(reason.criterion),
                text(f"network.status_{status}"),
                french_text(reason.message),
                short_source(reason.source),
            )
        )
        colours.append(("", STATUS_COLOURS.get(status, ""), "", ""))
    table = Table(
        (
            text("network.col_criterion"),
            text("network.col_status"),
            text("network.col_reason"),
            text("network.col_source"),
        ),
        tuple(rows),
        (1.6, 1.3, 6.0, 4.0),
        "llll",
        7.0,
        wrap=True,
        colours=tuple(colours),
    )
    blocks = (
        Paragraph(text("network.verdict_line", verdict=level), "verdict"),
        Paragraph(text(f"network.verdict_{_level_key(level)}")),
        table,
        Paragraph(text("network.verdict_rule"), "note"),
    )
    return Section(text("network.section_verdict"), blocks)


def _plan_section(result: ExtensionResult) -> Section:
    segments = result.segments
    lines = [np.asarray(g.coords)[:, :2] for g in segments["geometry"]]
    buildings = result.buildings
    connected = connected_mask(buildings)
    points = np.array(
        [[p.x, p.y] for p in buildings["geometry"].map(_point)], dtype=float
    ).reshape(-1, 2)
    nodes = result.nodes
    root = nodes.loc[nodes["kind"] == "root", "geometry"]
    existing = []
    if result.trunk is not None and "geometry" in result.trunk:
        existing = [
            np.asarray(g.coords)[:, :2]
            for g in result.trunk["geometry"]
            if g is not None and g.geom_type == "LineString"
        ]
    data = {
        "lines": lines,
        "dn": segments["dn"].to_numpy(float),
        "connected": points[connected.to_numpy()],
        "unconnected": points[~connected.to_numpy()],
        "root": None if root.empty else (root.iloc[0].x, root.iloc[0].y),
        "root_label": text(
            "network.tie_in" if result.trunk is not None else "network.source"
        ),
        "existing": existing,
    }
    chart = Chart("network_plan", data, text("network.map_title"))
    return Section(
        text("network.section_plan"),
        (
            Charts((chart,), height_mm=125.0),
            Paragraph(text("network.map_note"), "note"),
        ),
    )


def _point(geometry):
    return (
        geometry if geometry.geom_type == "Point" else geometry.representative_point()
    )


def _indicator_sections(result: ExtensionResult, records: pd.DataFrame) -> list:
    reasons = result.verdict.reasons
    by_criterion = {str(r.criterion): r for r in reasons.itertuples()}
    max_velocity = record_value(records, "network.max_velocity_m_s")
    sections = []
    table = result.indicators
    for group, rows in table.groupby("group", sort=False):
        cells, colours = [], []
        for row in rows.itertuples():
            name = str(row.indicator)
            if name.startswith("Tranchée DN"):
                continue  # in the DN schedule table
            threshold, status = "", ""
            reason = by_criterion.get(_CRITERION_OF.get(name, ""))
            if reason is not None:
                threshold = indicator_value(name, reason.threshold, str(row.unit))
                status = str(reason.status)
            elif name == "Vitesse maximale" and max_velocity is not None:
                threshold = format_quantity(max_velocity, "m/s", 2)
                status = "ok" if float(row.value) <= max_velocity else "attention"
            cells.append(
                (
                    french_text(name),
                    indicator_value(name, row.value, str(row.unit)),
                    threshold,
                    text(f"network.status_{status}") if status else "",
                    french_text(row.note) if isinstance(row.note, str) else "",
                )
            )
            colours.append(("", "", "", STATUS_COLOURS.get(status, ""), ""))
        sections.append(
            Section(
                text("network.section_indicators", group=group),
                (
                    Table(
                        (
                            text("network.col_indicator"),
                            text("network.col_value"),
                            text("network.col_threshold"),
                            text("network.col_status"),
                            text("network.col_note"),
                        ),
                        tuple(cells),
                        (4.8, 2.0, 2.0, 1.4, 4.4),
                        "lrrll",
                        7.0,
                        wrap=True,
                        colours=tuple(colours),
                    ),
                ),
            )
        )
    return sections
