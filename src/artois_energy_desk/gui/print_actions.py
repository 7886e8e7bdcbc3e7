"""Printed summaries from the window: pages of the selected roof, the territory, the
heat-network extension; print preview, printing and PDF export.

The pages are composed by the report package (content in
:mod:`artois_energy_desk.report`, layout by
:func:`~artois_energy_desk.report.layout.compose`) and shown or printed by
:mod:`artois_energy_desk.gui.printing`, so the preview, the paper and the PDF are the
same pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from artois_energy_desk.core.progress import Progress

__all__ = ["SUBJECTS", "available", "export_pdf", "pages_for", "preview", "print_"]

#: What can be printed: the selected roof, the territory, the network extension.
SUBJECTS = ("roof", "territory", "network")


translate = QCoreApplication.translate


def available(window, subject: str) -> bool:
    """Whether ``subject`` has something to print in ``window`` now."""
    study = window.study
    if subject == "roof":
        return study.evaluation is not None and study.selected >= 0
    if subject == "territory":
        return study.evaluation is not None and study.roof_count > 0
    return window.network_panel.result is not None


def pages_for(window, subject: str) -> list:
    """The A4 pages (matplotlib Figures) of ``subject``; [] when none is available."""
    from artois_energy_desk.report.content import ReportContext
    from artois_energy_desk.report.layout import compose

    if not available(window, subject):
        return []
    study = window.study
    if subject == "network":
        return _network_pages(window)
    context = ReportContext.from_evaluation(study.evaluation, study.layer.path.name)
    if subject == "roof":
        from artois_energy_desk.report.roof_content import roof_sheet

        row = study.roof(study.selected).copy()
        geometry = study.layer.imported.geometry
        if geometry is not None and study.selected < len(geometry):
            row["geometry"] = geometry.iloc[study.selected]
        return compose(roof_sheet(row, context))
    from artois_energy_desk.report.territory_content import territory_sheet

    return compose(territory_sheet(study.frame, context))


def _network_pages(window) -> list:
    from artois_energy_desk.io.network import network_parameters
    from artois_energy_desk.report.content import ReportContext
    from artois_energy_desk.report.layout import compose
    from artois_energy_desk.report.network_content import network_sheet

    panel = window.network_panel
    context = ReportContext(
        params=network_parameters(),
        weather_source=translate(
            "PrintActions", "sans objet (réseau de chaleur : pas d'année météo)"
        ),
        input_name=panel.inputs.paths["buildings"].name,
    )
    name = panel.inputs.paths["buildings"].stem
    return compose(network_sheet(panel.result, context, name))


def preview(window, subject: str) -> bool:
    """Modal print preview of ``subject``; returns whether it was printed."""
    from artois_energy_desk.gui.printing import preview_pages

    pages = pages_for(window, subject)
    return bool(pages) and preview_pages(
        pages, window, translate("PrintActions", "Aperçu avant impression")
    )


def print_(window, subject: str) -> bool:
    """Ask for a printer, then print ``subject``."""
    from artois_energy_desk.gui.printing import ask_and_print

    pages = pages_for(window, subject)
    return bool(pages) and ask_and_print(pages, window)


def export_pdf(window, subject: str, path: str | Path | None = None):
    """Write ``subject`` as a PDF (asked for when ``path`` is None) on the worker."""
    pages = pages_for(window, subject)
    if not pages:
        return None
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            window,
            translate("PrintActions", "Exporter en PDF"),
            window.settings.last_directory,
            "PDF (*.pdf)",
        )
        if not name:
            return None
        path = Path(name).with_suffix(".pdf")

    def write():
        from artois_energy_desk.report.layout import write_pdf

        yield Progress(
            0.0,
            translate("PrintActions", "Écriture de {name}").format(
                name=Path(path).name
            ),
        )
        return write_pdf(pages, path)

    def done(written) -> None:
        window.statusBar().showMessage(
            translate("PrintActions", "Fiche écrite dans {path}").format(path=written),
            10_000,
        )

    return window.runner.start(
        write(), done, window._on_task_failed(translate("PrintActions", "l'export PDF"))
    )
