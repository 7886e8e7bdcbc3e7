"""Main window end to end: demo import, evaluation, cancel, errors, settings."""

from __future__ import annotations

import pytest

from artois_energy_desk import InputError
from artois_energy_desk.gui.dialogs.error_dialog import ErrorDialog
from artois_energy_desk.gui.main_window import MainWindow
from artois_energy_desk.gui.settings import Settings


@pytest.fixture
def empty_window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.mark.slow
def test_demo_opens_then_evaluates_with_progress(qtbot, empty_window):
    win, seen = empty_window, []
    win.runner.progressed.connect(lambda fraction, message: seen.append(fraction))
    with qtbot.waitSignal(win.study_opened, timeout=60_000):
        win.open_demo(evaluate=False)
    assert win.study.roof_count == 3774  # rows of data/demo/artois_demo_roofs.csv
    assert win.study.layer.geometry.has_polygons  # outlines from the .gpkg beside it
    with qtbot.waitSignal(win.evaluation_finished, timeout=120_000):
        win.evaluate()
    results = win.study.evaluation.results
    assert len(results) == 3774 and results["pv_annual_yield_kwh"].gt(0).any()
    assert win.table_panel.model.rowCount() == 3774
    assert seen and seen[-1] == pytest.approx(1.0)


def test_cancelled_evaluation_leaves_the_study_unchanged(qtbot, window):
    before = window.study.evaluation
    window.study.set_parameters(window.study.climate.params)  # results now stale
    assert window.study.stale
    with qtbot.waitSignal(window.runner.progressed, timeout=30_000):
        worker = window.evaluate()
    with qtbot.waitSignal(worker.signals.finished, timeout=30_000):
        window.cancel()
    assert window.study.evaluation is before
    assert window.study.stale
    assert not window.runner.busy
    # run again, to completion this time
    with qtbot.waitSignal(window.evaluation_finished, timeout=120_000):
        window.evaluate()
    assert window.study.evaluation is not before
    assert not window.study.stale


def test_input_errors_are_shown_as_they_are(qtbot, empty_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        ErrorDialog,
        "report",
        staticmethod(
            lambda parent, error, step: shown.append(ErrorDialog.message(error, step))
        ),
    )
    with qtbot.waitSignal(empty_window.task_stopped, timeout=60_000):
        empty_window.open_roofs(tmp_path / "absente.csv", evaluate=False)
    text, details = shown[0]
    assert "absente.csv" in text and "introuvable" in text
    assert "Traceback" not in text and "Traceback" in details


def test_unexpected_errors_get_a_french_sentence():
    text, details = ErrorDialog.message(
        ZeroDivisionError("division by zero"), "l'évaluation"
    )
    assert text.startswith("Échec de l'évaluation")
    assert "ZeroDivisionError" in details
    text, _ = ErrorDialog.message(InputError("f.csv, ligne 2 : pente « x »"), "x")
    assert text == "f.csv, ligne 2 : pente « x »"


def test_layout_and_recent_files_are_remembered(qtbot, window, private_settings):
    window.docks["table"].hide()
    window.settings.add_recent_file(private_settings.parent / "a.csv")
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.docks["table"].isVisibleTo(again)
    assert Settings().recent_files[0].endswith("a.csv")


def test_shortcuts_exist_for_the_main_actions(window):
    shortcuts = {
        name: action.shortcut().toString()
        for name, action in window.actions_by_name.items()
    }
    assert shortcuts["evaluate"] == "F5"
    assert shortcuts["open"] == "Ctrl+O"
    assert shortcuts["export"] == "Ctrl+E"
