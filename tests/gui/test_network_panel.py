"""Heat-network view on the topotherm district: load, size, map, exclude, re-run."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from artois_energy_desk.gui.network_layers import BUILDING_COLOURS, dn_colour
from artois_energy_desk.gui.network_tables import STATUS_COLOURS
from artois_energy_desk.gui.panels.network_panel import NetworkPanel

_WAIT_MS = 60_000
_OUT = Path(tempfile.gettempdir()) / "artois_gui_views"


@pytest.fixture
def district(external_data, tmp_path):
    """topotherm district: buildings with demand columns, roads, source."""
    import geopandas as gpd

    folder = external_data / "topotherm-district"
    sinks = gpd.read_file(folder / "sinks.gpkg")
    # sinks.gpkg: ts_0 = peak [kW], flh_0 = full-load hours [h] (PROVENANCE.md).
    sinks["annual_demand_mwh"] = sinks["ts_0"] * sinks["flh_0"] / 1000.0
    sinks["design_peak_kw"] = sinks["ts_0"]
    buildings = tmp_path / "batiments.gpkg"
    sinks.to_file(buildings)
    return buildings, folder / "roads.gpkg", folder / "source.gpkg"


@pytest.fixture
def panel(qtbot):
    widget = NetworkPanel()
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _drawn(widget) -> set[tuple[int, int, int]]:
    image = widget.grab().toImage()
    found = set()
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            c = QColor(image.pixel(x, y))
            found.add((c.red(), c.green(), c.blue()))
    return found


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


@pytest.mark.external
def test_size_exclude_and_rerun(qtbot, panel, district):
    panel.set_files(*district)
    with qtbot.waitSignal(panel.inputs_loaded, timeout=_WAIT_MS):
        panel.load_button.click()
    assert len(panel.inputs.buildings) == 200  # sinks.gpkg holds 200 consumers
    assert panel.run_button.isEnabled()
    with qtbot.waitSignal(panel.sizing_finished, timeout=_WAIT_MS):
        panel.run_button.click()
    result = panel.result
    assert result.buildings["connected"].all()
    # Segments on the map, coloured by DN: every DN class present is drawn.
    dns = sorted(int(d) for d in result.segments["dn"].unique())
    assert [dn for dn, _, _ in panel.layers.segments] == dns
    drawn = _drawn(panel.canvas)
    assert _rgb(dn_colour(0)) in drawn  # the smallest DN's colour
    assert _rgb(BUILDING_COLOURS["connected"]) in drawn
    # Indicators and the verdict table with traffic lights.
    assert panel.models["indicators"].rowCount() == len(result.indicators)
    verdict = panel.models["verdict"]
    statuses = result.verdict.reasons["status"].tolist()
    assert verdict.rowCount() == len(statuses)
    assert [verdict.row_colour(i) for i in range(len(statuses))] == [
        STATUS_COLOURS[s] for s in statuses
    ]
    assert result.verdict.level in panel.verdict_label.text()
    assert panel.models["segments"].rowCount() == len(result.segments)
    trench_before = result.figures["trench_length_m"]
    _OUT.mkdir(exist_ok=True)
    assert panel.grab().save(str(_OUT / "network_panel.png"))

    # Exclude the building at the end of the longest service pipe, then re-run.
    services = result.segments[result.segments["kind"] == "service"]
    longest = services.loc[services["length_m"].idxmax()]
    node = longest["to_node"]
    far = int((result.buildings["node"] == node).to_numpy().argmax())
    building_id = str(panel.inputs.buildings["building_id"].iloc[far])
    panel.select_building(far)
    assert panel.toggle_button.text() == "Exclure le bâtiment"
    with qtbot.waitSignal(panel.sizing_finished, timeout=_WAIT_MS):
        panel.toggle_button.click()
    again = panel.result
    assert int(again.buildings["connected"].sum()) == 199
    row = again.buildings[again.buildings["building_id"].astype(str) == building_id]
    assert not bool(row["connected"].iloc[0])
    # Its service pipe is gone: the trench shrinks by at least that pipe's length
    # (the street it hung on may be shared with others, so not necessarily more).
    assert (
        again.figures["trench_length_m"] <= trench_before - longest["length_m"] + 1e-6
    )
    assert panel.toggle_button.text() == "Inclure le bâtiment"
    assert _rgb(BUILDING_COLOURS["excluded"]) in _drawn(panel.canvas)
    assert "199 / 200" in panel.verdict_label.text()


def test_run_needs_inputs(panel):
    assert not panel.load_button.isEnabled()
    assert not panel.run_button.isEnabled()
    assert panel.run() is None
