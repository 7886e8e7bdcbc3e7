"""Tables of the heat-network view: verdict with traffic lights, indicators, segments.

Pure functions from an :class:`~artois_energy_desk.core.network.ExtensionResult` to
display frames (French headers, units in the header) and row colours.
"""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from artois_energy_desk.gui.formatting import format_number

__all__ = [
    "STATUS_COLOURS",
    "bottleneck_text",
    "building_table",
    "indicator_table",
    "segment_table",
    "verdict_colour",
    "verdict_table",
]

#: Traffic-light background of a verdict criterion, by status.
STATUS_COLOURS = {
    "ok": QColor(200, 230, 201),
    "attention": QColor(255, 224, 130),
    "bloquant": QColor(239, 154, 154),
}
_LEVEL_COLOURS = (
    ("défavorable", QColor(198, 40, 40)),
    ("approfondir", QColor(239, 108, 0)),
    ("favorable", QColor(46, 125, 50)),
)


translate = QCoreApplication.translate


def verdict_colour(level: str) -> QColor:
    """Colour of the verdict banner for ``level``."""
    for word, colour in _LEVEL_COLOURS:
        if word in level:
            return colour
    return QColor(90, 90, 90)


def verdict_table(result) -> tuple[pd.DataFrame, list[QColor]]:
    """Criteria of the verdict with value, threshold and a colour per status."""
    reasons = result.verdict.reasons
    frame = pd.DataFrame(
        {
            translate("NetworkTables", "Critère"): reasons["criterion"],
            translate("NetworkTables", "État"): reasons["status"],
            translate("NetworkTables", "Valeur"): [
                _number(v) for v in reasons["value"]
            ],
            translate("NetworkTables", "Seuil"): [
                _number(v) for v in reasons["threshold"]
            ],
            translate("NetworkTables", "Unité"): reasons["unit"],
            translate("NetworkTables", "Explication"): reasons["message"],
            translate("NetworkTables", "Source"): reasons["source"],
        }
    )
    colours = [STATUS_COLOURS.get(s) for s in reasons["status"]]
    return frame, colours


def indicator_table(result) -> pd.DataFrame:
    """The indicators (group, name, value, unit, note), values formatted."""
    table = result.indicators
    return pd.DataFrame(
        {
            translate("NetworkTables", "Groupe"): table["group"],
            translate("NetworkTables", "Indicateur"): table["indicator"],
            translate("NetworkTables", "Valeur"): [_number(v) for v in table["value"]],
            translate("NetworkTables", "Unité"): table["unit"],
            translate("NetworkTables", "Note"): table["note"],
        }
    )


def segment_table(result) -> pd.DataFrame:
    """One row per sized segment: DN, length, flow, velocity, pressure gradient."""
    s = result.segments
    return pd.DataFrame(
        {
            translate("NetworkTables", "Tronçon"): s["segment_id"],
            translate("NetworkTables", "Type"): s["kind"],
            "DN": s["dn"].astype(int),
            translate("NetworkTables", "Longueur (m)"): s["length_m"].round(1),
            translate("NetworkTables", "Bâtiments en aval"): s["downstream_buildings"],
            translate("NetworkTables", "Pointe foisonnée (kW)"): s[
                "diversified_peak_kw"
            ].round(0),
            translate("NetworkTables", "Débit (kg/s)"): s[
                "design_mass_flow_kg_s"
            ].round(2),
            translate("NetworkTables", "Vitesse (m/s)"): s["velocity_m_s"].round(2),
            translate("NetworkTables", "Perte de charge linéique (Pa/m)"): s[
                "specific_pressure_drop_pa_per_m"
            ].round(0),
            translate("NetworkTables", "Coût (€ HT)"): s["cost_eur"].round(0),
        }
    )


def building_table(result) -> pd.DataFrame:
    """One row per candidate building: demand, peak, connected or why not."""
    b = result.buildings
    return pd.DataFrame(
        {
            translate("NetworkTables", "Bâtiment"): b["building_id"].astype(str),
            translate("NetworkTables", "Besoin (MWh/an)"): b["annual_demand_mwh"].round(
                1
            ),
            translate("NetworkTables", "Pointe (kW)"): b["design_peak_kw"].round(0),
            translate("NetworkTables", "Raccordé"): b["connected"].astype(bool),
            translate("NetworkTables", "Motif"): b["reason"],
        }
    )


def bottleneck_text(result) -> str:
    """French sentence naming the bottleneck of the existing network, or ''."""
    reasons = result.verdict.reasons
    found = reasons[
        (reasons["criterion"] == "réseau existant") & (reasons["status"] == "bloquant")
    ]
    return str(found["message"].iloc[0]) if len(found) else ""


def _number(value) -> str:
    if isinstance(value, str):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return "–"
    if math.isinf(number):
        return "∞"
    magnitude = abs(number)
    decimals = (
        0 if magnitude >= 100 or number.is_integer() else (2 if magnitude >= 0.1 else 3)
    )
    return format_number(number, decimals)
