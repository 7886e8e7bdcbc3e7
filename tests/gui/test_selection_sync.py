"""One selection, three views: map, table and detail panel follow the study."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_clicking_a_roof_on_the_map_selects_it_everywhere(qtbot, window):
    canvas = window.map_panel.canvas
    canvas.set_selected(120)
    canvas.zoom_to_selected(4.0)  # large enough to hit the polygon
    position = canvas.widget_position_of(120).toPoint()
    with qtbot.waitSignal(window.study.selection_changed, timeout=5000):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=position)
    assert window.study.selected == 120
    table = window.table_panel
    current = table.view.selectionModel().currentIndex()
    assert table.model.position(current.row()) == 120
    roof_id = window.study.frame["roof_id"].iloc[120]
    assert roof_id in window.detail_panel.title.text()


def test_choosing_a_table_row_selects_the_roof_on_the_map(qtbot, window):
    table = window.table_panel
    table.model.sort(
        table.model.column_of("pv_annual_yield_kwh"), Qt.SortOrder.DescendingOrder
    )
    best = table.model.position(0)
    table.view.selectRow(0)
    assert window.study.selected == best
    assert window.map_panel.canvas.selected == best
    results = window.study.frame
    assert best == int(results["pv_annual_yield_kwh"].to_numpy().argmax())


def test_filtering_keeps_the_selection_when_it_is_still_shown(qtbot, window):
    table = window.table_panel
    window.study.select(5)
    commune = window.study.frame["commune_name"].iloc[5]
    table.commune_box.setCurrentIndex(table.commune_box.findData(commune))
    assert table.model.rowCount() < window.study.roof_count
    current = table.view.selectionModel().currentIndex()
    assert table.model.position(current.row()) == 5


def test_what_if_recomputes_the_selected_roof(qtbot, window):
    study, panel = window.study, window.detail_panel
    position = int(study.frame["pv_peak_power_kwp"].to_numpy().argmax())
    study.select(position)
    base = study.frame.iloc[position]
    panel.area_spin.setValue(float(base["pv_usable_area_m2"]) / 2)
    panel.area_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: "Variante" in panel.what_if_result.text(), timeout=60_000)
    # half the usable area on the same facet: half the peak power (sizing is linear)
    text = panel.what_if_result.text()
    expected = base["pv_peak_power_kwp"] / 2
    assert f"{expected:.1f}".replace(".", ",") in text
