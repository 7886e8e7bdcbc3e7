"""Window hooks: printed sheets (preview, print, PDF), study file, undo, icons."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter

from artois_energy_desk.gui import print_actions, printing
from artois_energy_desk.gui.icons import ICON_NAMES, load_icon
from artois_energy_desk.gui.main_window import MainWindow
from artois_energy_desk.gui.study_controller import StudyController

_WAIT_MS = 120_000


def test_every_icon_loads(qapp):
    for name in ICON_NAMES:
        icon = load_icon(name)
        assert not icon.isNull()
        image = icon.pixmap(24, 24).toImage()
        # a drawn icon: some pixels are opaque, the corners stay transparent
        alphas = {image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)}
        assert max(alphas) == 255 and image.pixelColor(0, 0).alpha() == 0


def test_menu_actions_have_shortcuts_and_icons(window):
    actions = window.actions_by_name
    assert actions["save"].shortcut().toString() == "Ctrl+S"
    assert actions["undo"].shortcut().toString() == "Ctrl+Z"
    assert actions["print_roof"].shortcut().toString() == "Ctrl+P"
    assert actions["open"].shortcut().toString() == "Ctrl+O"
    for name in ("open", "save", "undo", "redo", "print_roof", "pdf_roof"):
        assert not actions[name].icon().isNull(), name


def test_roof_sheet_preview_print_and_pdf(qtbot, window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    study = window.study
    assert not print_actions.available(window, "roof")  # nothing selected yet
    study.select(int(study.frame["pv_annual_yield_kwh"].to_numpy().argmax()))
    roof_id = str(study.roof(study.selected)["roof_id"])
    assert print_actions.available(window, "roof")
    assert not print_actions.available(window, "network")  # no sizing yet
    shown = []
    monkeypatch.setattr(
        printing, "preview_pages", lambda pages, parent, title: shown.append(pages)
    )
    print_actions.preview(window, "roof")
    assert shown and len(shown[0]) >= 1
    # The same pages printed to a PDF printer, then exported by the report writer.
    printer = printing.configured_printer(
        QPrinter(QPrinter.PrinterMode.ScreenResolution)
    )
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
    assert printing.print_pages(shown[0], printer)
    assert len(PdfReader(tmp_path / "imprime.pdf").pages) == len(shown[0])
    with qtbot.waitSignal(
        window.runner.busy_changed,
        timeout=_WAIT_MS,
        check_params_cb=lambda busy: not busy,
    ):
        print_actions.export_pdf(window, "roof", tmp_path / "fiche.pdf")
    reader = PdfReader(tmp_path / "fiche.pdf")
    assert len(reader.pages) == len(shown[0])
    assert roof_id in reader.pages[0].extract_text()


def test_territory_sheet_has_pages(window):
    pages = print_actions.pages_for(window, "territory")
    assert len(pages) >= 1


@pytest.mark.slow
def test_save_then_open_study_in_a_new_window(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "etude.gpkg"
    monkeypatch.setattr(
        StudyController, "ask_path", classmethod(lambda cls, *a, **k: target)
    )
    controller = window.study_file.controller
    # the demo, loaded and evaluated, holds nothing to save; Save still writes it
    assert not controller.is_dirty and not window.isWindowModified()
    assert controller.save()
    assert target.is_file() and not controller.is_dirty
    assert "etude.gpkg" in window.windowTitle()
    other = MainWindow()
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.evaluation_finished, timeout=_WAIT_MS):
        assert other.study_file.open()
    assert other.study.roof_count == window.study.roof_count
    assert (
        other.study.frame["roof_id"].tolist() == window.study.frame["roof_id"].tolist()
    )
    assert not other.study_file.controller.is_dirty  # results computed again only


def test_building_exclusion_goes_through_undo(window):
    controller = window.study_file.controller
    window.study_file.set_building_excluded("b42", True)
    assert controller.study.excluded_buildings == {"b42"}
    assert window.network_panel.options.excluded == {"b42"}
    window.actions_by_name["undo"].trigger()
    assert controller.study.excluded_buildings == frozenset()
    assert window.network_panel.options.excluded == frozenset()
    window.actions_by_name["redo"].trigger()
    assert window.network_panel.options.excluded == {"b42"}


@pytest.mark.external
def test_network_extension_sheet_to_pdf(qtbot, external_data, tmp_path):
    import geopandas as gpd
    from pypdf import PdfReader

    folder = external_data / "topotherm-district"
    sinks = gpd.read_file(folder / "sinks.gpkg")
    # sinks.gpkg: ts_0 = peak [kW], flh_0 = full-load hours [h] (PROVENANCE.md).
    sinks["annual_demand_mwh"] = sinks["ts_0"] * sinks["flh_0"] / 1000.0
    sinks["design_peak_kw"] = sinks["ts_0"]
    sinks.to_file(tmp_path / "batiments.gpkg")
    window = MainWindow()
    qtbot.addWidget(window)
    panel = window.network_panel
    assert not print_actions.available(window, "network")
    panel.set_files(
        tmp_path / "batiments.gpkg", folder / "roads.gpkg", folder / "source.gpkg"
    )
    with qtbot.waitSignal(panel.inputs_loaded, timeout=_WAIT_MS):
        panel.load()
    with qtbot.waitSignal(panel.sizing_finished, timeout=_WAIT_MS):
        panel.run()
    assert print_actions.available(window, "network")
    with qtbot.waitSignal(
        window.runner.busy_changed, timeout=_WAIT_MS, check_params_cb=lambda b: not b
    ):
        print_actions.export_pdf(window, "network", tmp_path / "reseau.pdf")
    reader = PdfReader(tmp_path / "reseau.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 1
    assert "batiments" in text  # the study name in the subtitle
    largest = int(panel.result.segments["dn"].max())
    assert f"{largest}" in text  # the DN schedule is printed
