"""Tables of the extension sheet: DN schedule, branches, existing network, buildings.

Also the helpers the extension sheet shares: traffic-light colours, French decimals in
the engine's messages, reading a stored parameter.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from artois_energy_desk.core.network.problem import ExtensionResult
from artois_energy_desk.report.content import KeyValues, Paragraph, Section, Table
from artois_energy_desk.report.formatting import format_number, format_quantity
from artois_energy_desk.report.templates import text

__all__ = [
    "STATUS_COLOURS",
    "branch_section",
    "connected_mask",
    "existing_section",
    "french_text",
    "record_value",
    "schedule_section",
    "unconnected_section",
]

#: Traffic-light colour of each status of the engine's verdict reasons.
STATUS_COLOURS = {"ok": "#2d6a4f", "attention": "#b5651d", "bloquant": "#9b2226"}
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_PERCENT = re.compile(r"(?<=\d) ?%")


def schedule_section(result: ExtensionResult) -> Section:
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


def branch_section(result: ExtensionResult, records: pd.DataFrame) -> Section:
    threshold = record_value(records, "network.density_threshold_mwh_per_m")
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


def existing_section(result: ExtensionResult) -> Section:
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


def unconnected_section(buildings: pd.DataFrame) -> Section | None:
    skipped = buildings[~connected_mask(buildings)]
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
    return int(connected_mask(buildings).sum())


def record_value(records: pd.DataFrame, name: str) -> float | None:
    rows = records[records["name"] == name]
    if rows.empty:
        return None
    try:
        return float(rows["value"].iloc[0])
    except (TypeError, ValueError):
        return None


def connected_mask(buildings: pd.DataFrame) -> pd.Series:
    return buildings["connected"].astype(str).str.lower().isin(("true", "1"))


def french_text(content: object) -> str:
    """Return engine text with French decimals (``0,77``, ``15,8 %``)."""
    return _PERCENT.sub("\u00a0%", _DECIMAL_POINT.sub(",", str(content)))
