"""Closing the window asks about saving only when there is something to save."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from artois_energy_desk.gui.main_window import MainWindow
from artois_energy_desk.gui.study_controller import StudyController


@pytest.fixture
def questions(monkeypatch):
    """Record the questions asked; answers queued in ``questions.answers``."""

    class Questions:
        asked: list[str] = []
        answers: list[str] = []

    def ask(cls, parent, title, text, choices, default):
        Questions.asked.append(text)
        return Questions.answers.pop(0)

    monkeypatch.setattr(StudyController, "ask", classmethod(ask))
    return Questions


def _show(qtbot, climate, layer, evaluation) -> MainWindow:
    """A window that read ``layer`` and evaluated it, as open_roofs does."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.study.set_climate(climate)
    win.study.set_layer(layer)
    win.study.set_evaluation(evaluation)
    win.show()
    qtbot.waitExposed(win)
    return win


def _closed(win) -> bool:
    accepted = win.close()
    assert QApplication.activeModalWidget() is None  # no dialog left open
    return accepted


def test_demo_opened_and_evaluated_closes_without_a_question(
    qtbot, demo_data, questions
):
    win = _show(qtbot, *demo_data)
    controller = win.study_file.controller
    assert not controller.is_dirty and not win.isWindowModified()
    win.study.set_evaluation(demo_data[2])  # results computed again: still no change
    assert not controller.is_dirty
    assert _closed(win)
    assert questions.asked == []


def test_an_edit_of_the_demo_is_offered_and_its_undo_is_not(
    qtbot, demo_data, questions
):
    win = _show(qtbot, *demo_data)
    controller = win.study_file.controller
    building = str(win.study.frame["building_id"].iloc[0])
    win.study_file.set_building_excluded(building, True)
    assert controller.is_dirty and win.isWindowModified()
    questions.answers.append("cancel")
    assert not _closed(win)
    assert win.isVisible() and len(questions.asked) == 1
    controller.undo_stack.undo()
    assert not controller.is_dirty
    assert _closed(win)
    assert len(questions.asked) == 1


def test_a_parameter_change_of_the_demo_is_offered(qtbot, demo_data, questions):
    win = _show(qtbot, *demo_data)
    params = win.study.climate.params.with_values({"pv.albedo": 0.3})
    win.study.set_parameters(params)
    assert win.study_file.controller.is_dirty
    questions.answers.append("discard")
    assert _closed(win)
    assert len(questions.asked) == 1


def test_an_imported_roof_list_never_saved_is_offered(
    qtbot, demo_data, questions, tmp_path
):
    climate, layer, evaluation = demo_data
    imported = replace(layer, path=tmp_path / "toitures_lens.csv")
    win = _show(qtbot, climate, imported, evaluation)
    assert win.study_file.controller.is_dirty
    questions.answers.append("discard")
    assert _closed(win)
    assert len(questions.asked) == 1 and "sans titre" in questions.asked[0]
