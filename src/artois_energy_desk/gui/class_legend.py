"""Legend texts and colours of the roof classes (map legend, table class filter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from artois_energy_desk.gui.formatting import format_number
from artois_energy_desk.gui.suitability_classes import (
    CLASS_NAMES,
    NOT_EVALUATED,
    class_bounds_kwh_m2,
    class_colours_rgb,
)

__all__ = ["class_colours", "class_entries", "legend_title"]

translate = QCoreApplication.translate


def class_colours() -> tuple[QColor, ...]:
    """Colours of classes 0 .. NOT_EVALUATED."""
    return tuple(QColor(*rgb) for rgb in class_colours_rgb())


def _label(name: str) -> str:
    labels = {
        "excellent": translate("ClassLegend", "Excellent"),
        "bon": translate("ClassLegend", "Bon"),
        "moyen": translate("ClassLegend", "Moyen"),
        "defavorable": translate("ClassLegend", "Défavorable"),
    }
    return labels[name]


def _bounds_text(lower: float | None, upper: float | None) -> str:
    unit = translate("ClassLegend", "kWh/m²/an")
    if upper is None:
        return f"≥ {format_number(lower)} {unit}"
    if lower is None:
        return f"< {format_number(upper)} {unit}"
    return f"{format_number(lower)} – {format_number(upper)} {unit}"


def legend_title(study) -> str:
    """Title of the legend: what the classes are made of."""
    if study.evaluation is None:
        return translate("ClassLegend", "Toitures (non évaluées)")
    return translate("ClassLegend", "Potentiel PV (irradiation annuelle du plan)")


def class_entries(study) -> list[tuple[QColor, str]]:
    """``(colour, label)`` of each class, best first, with its irradiation bounds.

    The bounds are those of the parameters the results were computed with. A last
    grey entry appears when some roofs have no class. Empty before any evaluation.
    """
    if study.evaluation is None:
        return []
    colours = class_colours()
    bounds = class_bounds_kwh_m2(study.evaluation.params)
    entries = [
        (colours[number], f"{_label(name)} ({_bounds_text(*bounds[number])})")
        for number, name in enumerate(CLASS_NAMES)
    ]
    if (study.classes == NOT_EVALUATED).any():
        entries.append(
            (colours[NOT_EVALUATED], translate("ClassLegend", "Sans classe"))
        )
    return entries
