"""Toolbar and menu icons: the SVG files of ``resources/icons`` as ``QIcon``.

Icons are drawn from the SVG with ``QSvgRenderer`` at the usual toolbar sizes, so they
do not depend on the SVG icon-engine plugin being deployed with a frozen build. The
files are found through :func:`artois_energy_desk.paths.resource_file`.

References
----------
mu-editor ``mu/resources/__init__.py`` (``load_icon``, ``load_pixmap``) and glue's
``glue/icons/__init__.py`` (icons through the package's resources).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from artois_energy_desk import paths

__all__ = ["ICON_NAMES", "load_icon", "load_pixmap"]

#: Icons shipped in ``resources/icons`` (file name without ``.svg``).
ICON_NAMES = (
    "cancel",
    "evaluate",
    "export",
    "import",
    "network",
    "open",
    "pdf",
    "print",
    "redo",
    "save",
    "undo",
    "zoom_extent",
)
_SIZES_PX = (16, 22, 24, 32, 48)


def load_pixmap(name: str, size_px: int = 24) -> QPixmap:
    """Return icon ``name`` drawn at ``size_px`` x ``size_px`` pixels.

    Raises
    ------
    FileNotFoundError
        When ``resources/icons/<name>.svg`` does not exist.
    ValueError
        When the file is not a readable SVG.
    """
    path = paths.resource_file("icons", f"{name}.svg")
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"icône illisible : {path}")
    pixmap = QPixmap(size_px, size_px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap


@cache
def load_icon(name: str) -> QIcon:
    """Return icon ``name`` (one of :data:`ICON_NAMES`) at every toolbar size."""
    icon = QIcon()
    for size in _SIZES_PX:
        icon.addPixmap(load_pixmap(name, size))
    return icon
