"""Render the application icon (linux/artois-energy-desk.svg) to PNG and Windows ICO.

    python packaging/make_icons.py OUTPUT_FOLDER

Writes ``artois-energy-desk-<size>.png`` for the freedesktop sizes and
``artois-energy-desk.ico`` (for PyInstaller's ``ARTOIS_ICON`` and Inno Setup) with Qt's
SVG renderer and image writers, so no extra image library is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "linux" / "artois-energy-desk.svg"
#: Icon sizes [px]: freedesktop hicolor sizes; Windows takes the 256 px one.
SIZES_PX = (16, 32, 48, 64, 128, 256)


def render(folder: Path) -> list[Path]:
    """Write the PNG files and the ICO file into ``folder``; return their paths."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icône SVG illisible : {SVG}")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES_PX:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = folder / f"artois-energy-desk-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"écriture impossible : {path}")
        written.append(path)
    ico = folder / "artois-energy-desk.ico"
    if not image.save(str(ico), "ICO"):
        raise SystemExit(f"écriture ICO impossible (greffon Qt « ico » absent) : {ico}")
    return [*written, ico]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for written_path in render(Path(sys.argv[1])):
        print(written_path)
