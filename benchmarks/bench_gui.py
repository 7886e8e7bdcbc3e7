"""GUI benchmark: window on the demo, 1,000,000-row table, 100,000-polygon map repaint.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py``. Prints
seconds and, for the map, the ratio to a baseline measured in the same run (one
``drawPolygon`` call per roof, the straightforward way).
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402
from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from artois_energy_desk.gui.app import create_application  # noqa: E402
from artois_energy_desk.gui.map_canvas import MapCanvas  # noqa: E402
from artois_energy_desk.gui.map_geometry import geometry_from_polygons  # noqa: E402

MAP_ROOFS = 100_000
TABLE_ROWS = 1_000_000
REPEATS = 5


def _wait(app: QApplication, condition, timeout_s: float = 300.0) -> None:
    end = time.perf_counter() + timeout_s
    while not condition():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("benchmark step did not finish")
        time.sleep(0.002)


def bench_window(app: QApplication):
    """Seconds to a shown window, to the demo read, to the demo evaluated."""
    from artois_energy_desk.gui.main_window import MainWindow

    start = time.perf_counter()
    window = MainWindow()
    window.show()
    app.processEvents()
    shown = time.perf_counter() - start
    done = {"opened": None, "evaluated": None}
    window.study_opened.connect(lambda: done.update(opened=time.perf_counter()))
    window.evaluation_finished.connect(
        lambda: done.update(evaluated=time.perf_counter()))
    window.open_demo()
    _wait(app, lambda: done["evaluated"] is not None)
    app.processEvents()
    print(f"window shown:                    {shown:8.3f} s")
    print(f"demo read and drawn (3 774 roofs): {done['opened'] - start:6.3f} s")
    print(f"demo evaluated and shown:        {done['evaluated'] - start:8.3f} s")
    return window


def bench_table(app: QApplication, window) -> None:
    """Seconds to show a 1,000,000-row results table, then to sort and filter it."""
    results = window.study.evaluation.results
    repeats = int(np.ceil(TABLE_ROWS / len(results)))
    big = pd.concat([results] * repeats, ignore_index=True).iloc[:TABLE_ROWS]
    big["roof_id"] = big["roof_id"].astype(str) + "-" + (
        np.arange(len(big)) // len(results)).astype(str)
    panel = window.table_panel
    start = time.perf_counter()
    panel.model.set_frame(big)
    panel.view.viewport().repaint()
    app.processEvents()
    shown = time.perf_counter() - start
    column = panel.model.column_of("pv_annual_yield_kwh")
    start = time.perf_counter()
    panel.model.sort(column)
    panel.view.viewport().repaint()
    sorted_s = time.perf_counter() - start
    start = time.perf_counter()
    panel.text_edit.setText("B62510-0073")
    panel._apply_filter()
    panel.view.viewport().repaint()
    filtered = time.perf_counter() - start
    start = time.perf_counter()
    panel.view.scrollToBottom()
    panel.view.viewport().repaint()
    scrolled = time.perf_counter() - start
    print(f"1 000 000-row table shown:       {shown:8.3f} s")
    print(f"  sorted by production:          {sorted_s:8.3f} s")
    print(f"  text filter:                   {filtered:8.3f} s "
          f"({panel.model.rowCount()} rows)")
    print(f"  scroll to the end:             {scrolled:8.3f} s")


def _synthetic_roofs(count: int) -> np.ndarray:
    """``count`` 6 x 10 m roof facets on a 4 x 2.5 km grid, Lambert-93 [m]."""
    rng = np.random.default_rng(62)
    x = 680_000 + rng.uniform(0, 4000, count)
    y = 7_030_000 + rng.uniform(0, 2500, count)
    return shapely.box(x, y, x + 6, y + 10)


def _time_render(canvas: MapCanvas, image: QImage) -> float:
    best = np.inf
    for _ in range(REPEATS):
        painter = QPainter(image)
        start = time.perf_counter()
        canvas.render_layers(painter)
        painter.end()
        best = min(best, time.perf_counter() - start)
    return best


def bench_map() -> None:
    """Full repaint of 100,000 polygons, at three zooms, against a naive baseline."""
    polygons = _synthetic_roofs(MAP_ROOFS)
    start = time.perf_counter()
    geometry = geometry_from_polygons(polygons)
    tree = geometry.tree()
    prepared = time.perf_counter() - start
    canvas = MapCanvas()
    canvas.resize(1600, 1000)
    canvas.set_roofs(geometry, tree)
    colours = tuple(QColor(c) for c in ("#ffd60a", "#ff8c28", "#dc3c3c", "#91328c",
                                        "#374baa", "#aaaaaa"))
    classes = np.random.default_rng(1).integers(0, 5, MAP_ROOFS).astype(np.int8)
    start = time.perf_counter()
    canvas.set_classes(classes, colours)
    batched = time.perf_counter() - start
    image = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.zoom_to_extent()  # 4 km over 1600 px: 0.37 px/m, roofs ~4 px: polygons
    all_polygons = _time_render(canvas, image)
    scale_all = canvas.scale_px_per_m
    canvas.zoom_by(0.25)  # roofs ~1 px: one point per roof
    points = _time_render(canvas, image)
    canvas.zoom_by(40.0)  # street level: only the tiles in view
    street = _time_render(canvas, image)
    baseline = _naive_render(polygons, classes, colours, canvas, image, scale_all)
    print(f"map, {MAP_ROOFS:,} polygons".replace(",", " "))
    print(f"  geometry + STRtree:            {prepared:8.3f} s")
    print(f"  class batches built:           {batched:8.3f} s")
    print(f"  full repaint, all polygons:    {all_polygons * 1000:8.1f} ms "
          f"(naive drawPolygon loop {baseline * 1000:.0f} ms, "
          f"x{baseline / all_polygons:.0f})")
    print(f"  full repaint, points (LOD):    {points * 1000:8.1f} ms")
    print(f"  full repaint, street level:    {street * 1000:8.1f} ms")


def _naive_render(polygons, classes, colours, canvas, image, scale) -> float:
    xy = [np.asarray(shapely.get_coordinates(p)) for p in polygons]
    qpolygons = [QPolygonF([QPointF(float(a), float(b)) for a, b in ring])
                 for ring in xy]
    xmin, ymin, xmax, ymax = shapely.total_bounds(polygons)
    painter = QPainter(image)
    start = time.perf_counter()
    painter.translate(800 - scale * (xmin + xmax) / 2, 500 + scale * (ymin + ymax) / 2)
    painter.scale(scale, -scale)
    for polygon, colour_class in zip(qpolygons, classes, strict=True):
        painter.setBrush(colours[colour_class])
        painter.drawPolygon(polygon)
    painter.end()
    return time.perf_counter() - start


def main() -> None:
    app = create_application()
    window = bench_window(app)
    bench_table(app, window)
    window.close()
    bench_map()


if __name__ == "__main__":
    main()
