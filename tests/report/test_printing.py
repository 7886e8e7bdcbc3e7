"""Printing through Qt paints the same pages as the PDF export (one per sheet)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.importorskip("PySide6.QtPrintSupport")

from artois_energy_desk.io.parameters import load_parameters  # noqa: E402
from artois_energy_desk.report.content import (  # noqa: E402
    KeyValues,
    ReportContext,
    Section,
    Sheet,
)
from artois_energy_desk.report.layout import compose  # noqa: E402


@pytest.fixture
def pages():
    context = ReportContext(load_parameters(), "Climat de test")
    rows = tuple((f"Ligne {k}", f"{k} kWh") for k in range(150))
    sheet = Sheet(
        "roof",
        "test",
        "Titre",
        "Sous-titre",
        (Section("Valeurs", (KeyValues(rows),)),),
        context.footer(),
    )
    return compose(sheet)


def test_printer_receives_every_page_at_a4(qapp, pages, tmp_path, pdf_text):
    from PySide6.QtPrintSupport import QPrinter

    from artois_energy_desk.gui.printing import MAX_DPI, configured_printer, print_pages

    printer = configured_printer(QPrinter(QPrinter.PrinterMode.ScreenResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "imprime.pdf"
    printer.setOutputFileName(str(target))
    assert print_pages(pages, printer)
    from pypdf import PdfReader

    reader = PdfReader(target)
    assert len(reader.pages) == len(pages) >= 2
    width_pt = float(reader.pages[0].mediabox.width)
    assert width_pt == pytest.approx(595.3, abs=1.0)  # A4 = 210 mm = 595.3 pt
    assert min(printer.resolution(), MAX_DPI) <= MAX_DPI


def test_page_image_has_the_a4_proportions(qapp, pages):
    from artois_energy_desk.gui.printing import page_image

    image = page_image(pages[0], 50)
    assert image.height() / image.width() == pytest.approx(297 / 210, rel=0.01)
    assert not image.isNull()
