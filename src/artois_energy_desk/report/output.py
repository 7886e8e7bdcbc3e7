"""Output of composed pages: PDF files (vector) and images (screen and printer).

The PDF uses the standard Helvetica font (see :mod:`.layout` for why); images are
drawn by Agg with DejaVu Sans, which matplotlib ships.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.backends._backend_pdf_ps import _cached_get_afm_from_fname
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import Name, PdfFile, PdfPages
from matplotlib.figure import Figure

from artois_energy_desk.report.formatting import printable

__all__ = ["render_page", "write_pdf"]

_PDF_RC = {
    "pdf.use14corefonts": True,
    "font.sans-serif": ["Helvetica"],
    "pdf.compression": 6,
}
_SCREEN_RC = {"font.sans-serif": ["DejaVu Sans"]}


@contextlib.contextmanager
def _pdf_fonts() -> Iterator[None]:
    """Use the standard Helvetica font and silence matplotlib's weight notice.

    matplotlib logs "Failed to find font weight normal for Helvetica, now using
    medium" because the Helvetica metrics file names its weight "Medium"; that is the
    regular face and the notice is noise.
    """
    logger = logging.getLogger("matplotlib.font_manager")

    def drop_weight_notice(record: logging.LogRecord) -> bool:
        return "Failed to find font weight" not in record.getMessage()

    logger.addFilter(drop_weight_notice)
    original = PdfFile._write_afm_font
    PdfFile._write_afm_font = _write_afm_font_cached
    try:
        with matplotlib.rc_context(_PDF_RC):
            yield
    finally:
        PdfFile._write_afm_font = original
        logger.removeFilter(drop_weight_notice)


def _write_afm_font_cached(self, filename):
    """``PdfFile._write_afm_font`` using matplotlib's own cache of parsed AFM files.

    matplotlib 3.11 parses the Helvetica metrics file again for every PDF it closes
    (0.08 s per font face, 0.24 s per file with regular, bold and italic), only to
    read the font name; the cached parse gives the same dictionary.
    """
    font = _cached_get_afm_from_fname(filename)
    fontdict = {
        "Type": Name("Font"),
        "Subtype": Name("Type1"),
        "BaseFont": Name(font.get_fontname()),
        "Encoding": Name("WinAnsiEncoding"),
    }
    fontdict_object = self.reserveObject("font dictionary")
    self.writeObject(fontdict_object, fontdict)
    return fontdict_object


def write_pdf(pages: Sequence[Figure], path: str | Path, title: str = "") -> Path:
    """Write ``pages`` to one PDF file (vector, selectable text) and return its path."""
    path = Path(path)
    metadata = {"Title": printable(title), "Creator": "Artois Energy Desk"}
    with _pdf_fonts(), PdfPages(path, metadata=metadata) as pdf:
        for page in pages:
            pdf.savefig(page)
    return path


def render_page(page: Figure, dpi: float) -> np.ndarray:
    """Return ``page`` drawn at ``dpi`` as an RGBA array (height, width, 4), uint8.

    Used for the screen preview and the printer (``gui/printing.py``); the page keeps
    its own resolution afterwards.
    """
    previous = page.get_dpi()
    canvas = FigureCanvasAgg(page)
    try:
        page.set_dpi(dpi)
        with matplotlib.rc_context(_SCREEN_RC):
            canvas.draw()
        return np.array(canvas.buffer_rgba(), copy=True)
    finally:
        page.set_dpi(previous)
