"""Print preview and printing of report pages (the same pages as the PDF export).

The pages are the matplotlib Figures composed by
:func:`artois_energy_desk.report.layout.compose`; each is drawn by Agg at the
printer's resolution (capped at :data:`MAX_DPI` to bound memory: an A4 page at 300 dpi
is 2 480 x 3 508 pixels, 35 MB) and painted into the printer's page rectangle, keeping
the A4 proportions. The preview dialog uses the same painting function, so what is
previewed is what is printed.

API for the menus: :func:`preview_pages` (modal preview with its own print button),
:func:`print_pages` (print on a configured ``QPrinter``), :func:`ask_and_print`
(printer dialog, then print), :func:`configured_printer` (A4 portrait printer).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from matplotlib.figure import Figure
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from artois_energy_desk.report.layout import render_page

__all__ = [
    "MAX_DPI",
    "ask_and_print",
    "configured_printer",
    "page_image",
    "preview_pages",
    "print_pages",
]

logger = logging.getLogger(__name__)

#: Highest resolution at which a page is drawn for a printer [dpi].
MAX_DPI = 300.0


def configured_printer(printer: QPrinter | None = None) -> QPrinter:
    """Return ``printer`` (or a new high-resolution one) set to A4 portrait."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def page_image(page: Figure, dpi: float) -> QImage:
    """Return ``page`` drawn at ``dpi`` as a ``QImage`` (RGBA, owns its pixels)."""
    pixels = render_page(page, dpi)
    height, width, _ = pixels.shape
    image = QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_RGBA8888)
    return image.copy()


def _target_rect(painter_rect: QRectF, image: QImage) -> QRectF:
    """Largest rectangle of the image's proportions centred in the painter's rect."""
    scale = min(
        painter_rect.width() / image.width(), painter_rect.height() / image.height()
    )
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        painter_rect.x() + (painter_rect.width() - width) / 2,
        painter_rect.y() + (painter_rect.height() - height) / 2,
        width,
        height,
    )


def print_pages(pages: Sequence[Figure], printer: QPrinter) -> bool:
    """Paint ``pages`` on ``printer``, one per sheet of paper.

    Parameters
    ----------
    pages : sequence of matplotlib.figure.Figure
        A4 pages from :func:`artois_energy_desk.report.layout.compose`.
    printer : QPrinter
        A configured printer (or the preview's virtual printer).

    Returns
    -------
    bool
        Whether every page was painted (False if the printer could not start).
    """
    if not pages:
        return True
    dpi = min(float(printer.resolution()), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        logger.warning("the printer could not start painting")
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            image = page_image(page, dpi)
            full = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            full.moveTo(0, 0)
            painter.drawImage(_target_rect(full, image), image)
    finally:
        painter.end()
    return True


def preview_pages(
    pages: Sequence[Figure],
    parent: QWidget | None = None,
    title: str = "Aperçu avant impression",
) -> bool:
    """Show a modal print preview of ``pages``; return whether it was printed."""
    printer = configured_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: print_pages(pages, target))
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_and_print(pages: Sequence[Figure], parent: QWidget | None = None) -> bool:
    """Ask for a printer with the system dialog, then print ``pages``."""
    printer = configured_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Imprimer les fiches")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return print_pages(pages, printer)
