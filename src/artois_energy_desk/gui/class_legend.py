"""Legend texts and colours of the roof classes (map legend, class filter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from artois_energy_desk.gui.formatting import format_number
from artois_energy_desk.gui.yield_classes import CLASS_COUNT, class_colours_rgb

__all__ = ["class_colours", "class_entries", "legend_title"]

translate = QCoreApplication.translate


def class_colours() -> tuple[QColor, ...]:
    """Colours of classes 0 .. NOT_EVALUATED."""
    return tuple(QColor(*rgb) for rgb in class_colours_rgb())


def _names() -> tuple[str, ...]:
    return (
        translate("ClassLegend", "Excellent"),
        translate("ClassLegend", "Bon"),
        translate("ClassLegend", "Moyen"),
        translate("ClassLegend", "Faible"),
        translate("ClassLegend", "Défavorable"),
    )


def _unit(column: str) -> str:
    return "kWh/kWc" if column == "pv_specific_yield_kwh_per_kwp" else "kWh/m²"


def legend_title(study) -> str:
    """Title of the legend: the quantity and its unit."""
    if study.yield_classes is None:
        return translate("ClassLegend", "Toitures (non évaluées)")
    if study.yield_classes.column == "pv_specific_yield_kwh_per_kwp":
        return translate("ClassLegend", "Productible PV (kWh/kWc/an)")
    return translate("ClassLegend", "Irradiation du plan (kWh/m²/an)")


def class_entries(study) -> list[tuple[QColor, str]]:
    """``(colour, label)`` of each class, best first, with absolute bounds."""
    colours = class_colours()
    classes = study.yield_classes
    if classes is None:
        return []
    bounds = classes.lower_bounds
    unit = _unit(classes.column)
    entries = []
    for number in range(CLASS_COUNT):
        name = _names()[number]
        if number == 0:
            text = f"{name} (≥ {format_number(bounds[0])} {unit})"
        elif number == CLASS_COUNT - 1:
            text = f"{name} (< {format_number(bounds[number - 1])})"
        else:
            text = (
                f"{name} ({format_number(bounds[number])} – "
                f"{format_number(bounds[number - 1])})"
            )
        entries.append((colours[number], text))
    return entries
