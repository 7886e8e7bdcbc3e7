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
import re

import numpy as np
import pandas as pd

from artois_energy_desk.core.network.problem import ExtensionResult
from artois_energy_desk.report.content import (
    Chart,
    Charts,
    KeyValues,
    Paragraph,
    ReportContext,
    Section,
    Sheet,
    Table,
    provenance_section,
    short_source,
)
from artois_energy_desk.report.formatting import (
    MISSING,
    format_number,
    format_percent,
    format_quantity,
)
from artois_energy_desk.report.network_rows import network_rows_used
from artois_energy_desk.report.templates import text

__all__ = ["STATUS_COLOURS", "french_text", "indicator_value", "network_sheet"]

#: Traffic-light colour of each status of the engine's verdict reasons.
STATUS_COLOURS = {"ok": "#2d6a4f", "attention": "#b5651d", "bloquant": "#9b2226"}
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
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_PERCENT = re.compile(r"(?<=\d) ?%")


def french_text(content: object) -> str:
    """Return engine text with French decimals (``0,77``, ``15,8 %``)."""
    return _PERCENT.sub("\u00a0%", _DECIMAL_POINT.sub(",", str(content)))


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
    connected = buildings[_connected(buildings)]
    records = result.assumptions if records is None else records
    sections = [
        _verdict_section(result),
        _plan_section(result),
        *_indicator_sections(result, records),
        _schedule_section(result),
        _branch_section(result, records),
        _existing_section(result),
    ]
    skipped = _unconnected_section(buildings)
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


def _connected(buildings: pd.DataFrame) -> pd.Series:
    return buildings["connected"].astype(str).str.lower().isin(("true", "1"))


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
    connected = _connected(buildings)
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
    max_velocity = _record(records, "network.max_velocity_m_s")
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


def _record(records: pd.DataFrame, name: str) -> float | None:
    rows = records[records["name"] == name]
    if rows.empty:
        return None
    try:
        return float(rows["value"].iloc[0])
    except (TypeError, ValueError):
        return None


def _schedule_section(result: ExtensionResult) -> Section:
    schedule = result.dn_schedule.sort_values(["dn", "surface"])
    rows = [
        (
            f"DN{int(r.dn)}",
            text(f"network.surface_{r.surface}")
            if r.surface in ("hard", "soft")
            else str(r.surface),
            format_number(r.length_m, 0),
            format_number(r.cost_eur, 0),
        )
        for r in schedule.itertuples()
    ]
    rows.append(
        (
            text("network.total"),
            "",
            format_number(schedule["length_m"].sum(), 0),
            format_number(schedule["cost_eur"].sum(), 0),
        )
    )
    dns = ", ".join(f"DN{d}" for d in sorted({int(d) for d in schedule["dn"]}))
    return Section(
        text("network.section_schedule"),
        (
            KeyValues(((text("network.dn_list"), dns),)),
            Table(
                (
                    text("network.col_dn"),
                    text("network.col_surface"),
                    text("network.col_length"),
                    text("network.col_cost"),
                ),
                tuple(rows),
                (1.2, 2.0, 1.6, 1.6),
                "llrr",
                7.5,
            ),
        ),
    )


def _branch_section(result: ExtensionResult, records: pd.DataFrame) -> Section:
    threshold = _record(records, "network.density_threshold_mwh_per_m")
    rows, colours = [], []
    for branch in result.branches.itertuples():
        density = float(branch.downstream_density_mwh_per_m)
        status = "" if threshold is None else ("ok" if density >= threshold else "low")
        rows.append(
            (
                str(branch.branch_id),
                format_number(branch.trench_length_m, 0),
                format_number(branch.buildings, 0),
                format_number(branch.own_demand_mwh, 0),
                format_number(branch.own_density_mwh_per_m, 2),
                format_number(density, 2),
                text(f"network.density_{status}") if status else "",
            )
        )
        colour = STATUS_COLOURS["ok" if status == "ok" else "bloquant"]
        colours.append(("",) * 6 + (colour if status else "",))
    intro = text(
        "network.branch_intro",
        threshold=format_quantity(threshold, "MWh/(m·an)", 1),
    )
    return Section(
        text("network.section_branches"),
        (
            Paragraph(intro, "note"),
            Table(
                (
                    text("network.col_branch"),
                    text("network.col_length"),
                    text("network.col_buildings"),
                    text("network.col_own_demand"),
                    text("network.col_own_density"),
                    text("network.col_downstream_density"),
                    text("network.col_status"),
                ),
                tuple(rows),
                (1.0, 1.4, 1.2, 1.8, 1.8, 1.8, 1.8),
                "rrrrrrl",
                7.0,
                wrap=True,
                colours=tuple(colours),
            ),
        ),
    )


def _existing_section(result: ExtensionResult) -> Section:
    trunk = result.trunk
    if trunk is None or trunk.empty:
        return Section(
            text("network.section_existing"),
            (Paragraph(text("network.no_existing")),),
        )
    failing = trunk[~trunk["within_limits"].astype(bool)]
    blocks: list = []
    if failing.empty:
        blocks.append(Paragraph(text("network.no_bottleneck")))
    else:
        b = failing.iloc[0]
        blocks.append(
            Paragraph(
                text(
                    "network.bottleneck",
                    pipe=b["existing_pipe_id"],
                    dn=format_number(b["dn"], 0),
                    velocity=format_quantity(b["velocity_m_s"], "m/s", 2),
                    gradient=format_quantity(
                        b["specific_pressure_drop_pa_per_m"], "Pa/m", 0
                    ),
                    required=format_number(b["required_dn"], 0),
                ),
                "warning",
            )
        )
    rows = tuple(
        (
            str(r.existing_pipe_id),
            format_number(r.dn, 0),
            format_number(r.length_m, 0),
            format_number(r.added_mass_flow_kg_s, 2),
            format_number(r.velocity_m_s, 2),
            format_number(r.specific_pressure_drop_pa_per_m, 0),
            text("network.status_ok")
            if bool(r.within_limits)
            else f"DN{format_number(r.required_dn, 0)}",
        )
        for r in trunk.itertuples()
    )
    blocks.append(
        Table(
            (
                text("network.col_pipe"),
                text("network.col_dn"),
                text("network.col_length"),
                text("network.col_added_flow"),
                text("network.col_velocity"),
                text("network.col_gradient"),
                text("network.col_required"),
            ),
            rows,
            (1.6, 0.8, 1.2, 1.6, 1.4, 1.6, 1.6),
            "lrrrrrl",
            7.0,
            wrap=True,
        )
    )
    return Section(text("network.section_existing"), tuple(blocks))


def _unconnected_section(buildings: pd.DataFrame) -> Section | None:
    skipped = buildings[~_connected(buildings)]
    if skipped.empty:
        return None
    rows = tuple(
        (
            str(r.get("building_id", "")),
            format_number(_float(r.get("annual_demand_mwh")), 0),
            french_text(r.get("reason", "") or ""),
        )
        for _, r in skipped.iterrows()
    )
    return Section(
        text("network.section_unconnected"),
        (
            Table(
                (
                    text("network.col_building"),
                    text("network.col_demand"),
                    text("network.col_reason"),
                ),
                rows,
                (2.0, 1.4, 7.0),
                "lrl",
                7.0,
                wrap=True,
            ),
        ),
    )


def _float(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


def connected_count(buildings: pd.DataFrame) -> int:
    """Number of connected buildings (the ``connected`` column as read back)."""
    return int(_connected(buildings).sum())
