"""Feasibility summaries: content as data, charts, A4 layout, PDF and page images.

``content`` and the ``*_content`` modules build :class:`Sheet` objects from result
rows (pure data, French formatting); ``figures`` draws charts on matplotlib Axes;
``layout`` composes A4 pages as matplotlib Figures; ``output`` writes them to PDF or
draws them as images (for the Qt printing of ``gui/printing.py``); ``jobs`` runs many
sheets as progress tasks (``parallel`` in worker processes for many sheets);
``network_content`` is the heat-network extension sheet. No Qt here.
"""

from artois_energy_desk.report.content import ReportContext, Sheet
from artois_energy_desk.report.jobs import (
    roof_sheets_task,
    select_roofs,
    site_sheet_for,
    write_sheets_task,
)
from artois_energy_desk.report.layout import compose, compose_all
from artois_energy_desk.report.network_content import network_sheet
from artois_energy_desk.report.output import render_page, write_pdf
from artois_energy_desk.report.roof_content import roof_sheet
from artois_energy_desk.report.site_content import site_sheet
from artois_energy_desk.report.territory_content import territory_sheet

__all__ = [
    "ReportContext",
    "Sheet",
    "compose",
    "compose_all",
    "network_sheet",
    "render_page",
    "roof_sheet",
    "roof_sheets_task",
    "select_roofs",
    "site_sheet",
    "site_sheet_for",
    "territory_sheet",
    "write_pdf",
    "write_sheets_task",
]
