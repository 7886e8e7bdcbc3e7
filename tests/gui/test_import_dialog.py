"""Import dialog end to end: layer, preview, mapping, azimuth convention, rejects."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QDialog

from artois_energy_desk.gui.dialogs.import_dialog import ImportDialog
from artois_energy_desk.gui.main_window import MainWindow

_WAIT_MS = 60_000
_OUT = Path(tempfile.gettempdir()) / "artois_gui_views"


def _read(qtbot, dialog: ImportDialog, action) -> None:
    """Run ``action`` and wait until the dialog's reading has finished."""
    with qtbot.waitSignal(dialog.analysis_finished, timeout=_WAIT_MS):
        action()


@pytest.fixture
def two_layer_gpkg(external_data, tmp_path):
    """A GeoPackage holding two real roof layers (Geneva facets, Aubers buildings)."""
    import geopandas as gpd

    geneva = next((external_data / "geneva-roof-facets").glob("*.shp"))
    path = tmp_path / "deux_couches.gpkg"
    gpd.read_file(geneva).to_file(path, layer="toits_geneve")
    aubers = external_data / "bdtopo-aubers-59025" / "batiments.geojson"
    gpd.read_file(aubers).to_file(path, layer="batiments_aubers")
    return path


@pytest.fixture
def dialog(qtbot):
    widget = ImportDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.external
def test_layers_are_listed_and_each_one_is_read(qtbot, dialog, two_layer_gpkg):
    _read(qtbot, dialog, lambda: dialog.set_path(two_layer_gpkg))
    layers = [dialog.layer_box.itemText(i) for i in range(dialog.layer_box.count())]
    assert layers == ["toits_geneve", "batiments_aubers"]
    # CAD_BATIMENT_HORSOL_TOIT_subset: 154 facets, all usable (PROVENANCE.md).
    assert dialog.layer_data.imported.input_rows == 154
    assert len(dialog.layer_data.imported.rejected) == 0
    assert dialog.preview_model.rowCount() == 20
    assert "ALTI_MAX" in list(dialog.preview_model.frame.columns)
    _read(qtbot, dialog, lambda: dialog.set_layer("batiments_aubers"))
    # BD TOPO Aubers: 1 255 building footprints.
    assert dialog.layer_data.imported.input_rows == 1255
    assert "NB_LOGTS" in list(dialog.preview_model.frame.columns)
    assert "1 255" in dialog.summary_label.text().replace("\u00a0", " ")
    assert dialog.import_button.isEnabled()


@pytest.mark.external
def test_column_mapping_is_shown_and_can_be_corrected(qtbot, dialog, external_data):
    path = external_data / "bdtopo-aubers-59025" / "batiments.geojson"
    _read(qtbot, dialog, lambda: dialog.set_path(path))
    assert dialog.mapping.effective_map()["NB_LOGTS"] == "dwellings"
    assert dialog.mapping.effective_map()["ID"] == "roof_id"
    _read(qtbot, dialog, lambda: dialog.mapping.set_column("NB_ETAGES", "dwellings"))
    assert dialog.options().column_map == {"NB_ETAGES": "dwellings"}
    assert "NB_LOGTS" not in dialog.mapping.effective_map()
    roofs = dialog.layer_data.imported.roofs
    assert "NB_ETAGES" not in roofs.columns  # used as "dwellings", no longer carried
    # Each facet now carries its building's storey count as "dwellings".
    import geopandas as gpd

    raw = gpd.read_file(path)
    expected = pd.to_numeric(raw["NB_ETAGES"]).to_numpy()[roofs["source_row"] - 1]
    assert np.isfinite(expected).sum() > 100  # enough buildings give a storey count
    np.testing.assert_array_equal(roofs["dwellings"].to_numpy(), expected)
    assert "NB_LOGTS" in roofs.columns  # now carried through untouched
    notes = " ".join(dialog.layer_data.imported.assumptions)
    assert "« NB_ETAGES » → dwellings" in notes


def _south_csv(tmp_path) -> Path:
    # Four facets with azimuths in the PVGIS convention (0 = south, -90 = east).
    path = tmp_path / "toits.csv"
    path.write_text(
        "identifiant;latitude;longitude;surface;pente;orientation\n"
        "a;50,45;2,60;40;30;0\n"
        "b;50,45;2,61;35;30;-90\n"
        "c;50,46;2,60;20;15;45\n"
        "d;50,46;2,61;60;0;170\n",
        encoding="utf-8",
    )
    return path


def test_azimuth_convention_changes_accepted_and_rejected_rows(qtbot, dialog, tmp_path):
    _read(qtbot, dialog, lambda: dialog.set_path(_south_csv(tmp_path)))
    imported = dialog.layer_data.imported
    # "auto": a negative azimuth means 0 = south; pvlib azimuth = value + 180.
    assert len(imported.roofs) == 4 and imported.rejected.empty
    assert imported.roofs["azimuth_deg"].tolist() == [180.0, 90.0, 225.0, 350.0]
    assert "supposée" in dialog.convention_label.text()
    _read(qtbot, dialog, lambda: dialog.set_azimuth_convention("north"))
    imported = dialog.layer_data.imported
    # Forced 0 = north: -90 is outside 0..360, row "b" (data row 2) is rejected.
    assert len(imported.roofs) == 3
    assert imported.rejected["row"].tolist() == [2]
    assert "azimut" in imported.rejected["reason"].iloc[0]
    assert dialog.rejects_model.rowCount() == 1
    assert "(1)" in dialog.result_tabs.tabText(1)
    written = dialog.export_rejects(tmp_path / "rejets.csv")
    back = pd.read_csv(written)
    assert back["row"].tolist() == [2] and float(back["value"].iloc[0]) == -90.0
    _OUT.mkdir(exist_ok=True)
    dialog.result_tabs.setCurrentIndex(1)
    assert dialog.grab().save(str(_OUT / "import_dialog.png"))


def test_missing_required_column_disables_import(qtbot, dialog, tmp_path):
    path = tmp_path / "sans_pente.csv"
    path.write_text("roof_id;latitude;longitude;surface\na;50,4;2,6;10\n")
    _read(qtbot, dialog, lambda: dialog.set_path(path))
    assert dialog.layer_data is None
    assert not dialog.import_button.isEnabled()
    assert "sans_pente.csv" in dialog.summary_label.text()


def test_accepted_import_becomes_the_study(qtbot, tmp_path, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, lambda: dialog.set_path(_south_csv(tmp_path)))
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(
        ImportDialog, "ask", classmethod(lambda cls, *a: dialog.layer_data)
    )
    with qtbot.waitSignal(window.study_opened, timeout=_WAIT_MS):
        window.import_roofs()
    window.runner.cancel()  # the evaluation that follows is not the subject here
    assert window.study.roof_count == 4
    assert window.study.layer.path.name == "toits.csv"
