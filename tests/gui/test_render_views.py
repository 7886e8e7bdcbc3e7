"""Every view drawn to PNG (for a person to look at) with checks a person would make."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QColor

from artois_energy_desk.gui.suitability_classes import CLASS_COUNT, class_colours_rgb

#: Where the images go, to be looked at after the run.
OUT = Path(tempfile.gettempdir()) / "artois_gui_views"


def _save(widget, name: str):
    OUT.mkdir(exist_ok=True)
    image = widget.grab().toImage()
    assert image.save(str(OUT / f"{name}.png"))
    return image


def _colours(image, step: int = 3) -> set[tuple[int, int, int]]:
    found = set()
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            colour = QColor(image.pixel(x, y))
            found.add((colour.red(), colour.green(), colour.blue()))
    return found


def test_render_every_view(qtbot, window):
    window.study.select(
        int(window.study.frame["pv_peak_power_kwp"].to_numpy().argmax())
    )
    qtbot.wait(50)  # let the charts draw (draw_idle runs on the event loop)
    image = _save(window, "main_window")
    assert image.width() >= 1000
    map_image = _save(window.map_panel.canvas, "map")
    drawn = _colours(map_image)
    classes_on_map = [rgb for rgb in class_colours_rgb()[:-1] if rgb in drawn]
    # the demo has roofs of every class (3774 facets: 1311 excellent, 995 bon,
    # 575 moyen, 893 defavorable with the default thresholds)
    assert len(classes_on_map) == CLASS_COUNT
    window.map_panel.canvas.zoom_to_selected(3.0)
    _save(window.map_panel.canvas, "map_zoomed")
    _save(window.docks["detail"], "detail")
    for name in ("quick", "parameters", "territory"):
        if name in window.docks:
            window.docks[name].raise_()
            window.docks[name].resize(560, 800)
            qtbot.wait(50)
            _save(window.docks[name].widget(), name)
    _save(window.docks["table"], "table")
