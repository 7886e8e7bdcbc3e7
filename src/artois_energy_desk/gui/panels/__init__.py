"""Dockable panels of the main window.

:func:`optional_panels` lists the panels whose engine is installed: a view is only
offered when the science behind it exists.
"""

from __future__ import annotations

from importlib.util import find_spec

__all__ = ["optional_panels"]


def _has(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def optional_panels(window) -> list[tuple[str, str, object]]:
    """``(name, title, widget)`` of the tool panels available for ``window``."""
    panels = []
    if _has("artois_energy_desk.core.solar.pv"):
        from artois_energy_desk.gui.panels.quick_estimate_panel import (
            QuickEstimatePanel,
        )

        panels.append(
            ("quick", window.tr("Estimation rapide"), QuickEstimatePanel(window.study))
        )
    if _has("artois_energy_desk.io.weather"):
        from artois_energy_desk.gui.panels.parameters_panel import ParametersPanel

        panels.append(
            ("parameters", window.tr("Climat et paramètres"), ParametersPanel(window))
        )
    if _has("artois_energy_desk.core.territory"):
        from artois_energy_desk.gui.panels.territory_panel import TerritoryPanel

        panels.append(
            ("territory", window.tr("Territoire"), TerritoryPanel(window.study))
        )
    return panels
