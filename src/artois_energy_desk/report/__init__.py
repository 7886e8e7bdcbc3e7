"""Feasibility summaries: content as data, charts, A4 layout, PDF and page images.

``content`` and the ``*_content`` modules build :class:`Sheet` objects from result
rows (pure data, French formatting); ``figures`` draws charts on matplotlib Axes;
``layout`` composes A4 pages as matplotlib Figures; ``output`` writes them to PDF or
draws them as images (for the Qt printing of ``gui/printing.py``); ``jobs`` runs many
sheets as progress tasks (``parallel`` in worker processes for many sheets);
``network_content`` is the heat-network extension sheet. No Qt here.
"""

from __future__ import annotations

import importlib

#: Public name -> submodule defining it. Imported on first use (PEP 562), so that
#: ``report.formatting`` alone does not pull in matplotlib.
_EXPORTS = {
    "ReportContext": "content",
    "Sheet": "content",
    "compose": "layout",
    "compose_all": "layout",
    "network_sheet": "network_content",
    "render_page": "output",
    "roof_sheet": "roof_content",
    "roof_sheets_task": "jobs",
    "select_roofs": "jobs",
    "site_sheet": "site_content",
    "site_sheet_for": "jobs",
    "territory_sheet": "territory_content",
    "write_pdf": "output",
    "write_sheets_task": "jobs",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
