"""StudyController: undo/redo, dirty state, save/open errors, autosave, restore."""

from __future__ import annotations

import os
from dataclasses import replace

import pandas as pd
import pytest

from artois_energy_desk.core.study import ROOFS_LAYER, Study
from artois_energy_desk.gui.study_controller import StudyController
from artois_energy_desk.gui.undo import (
    BuildingExclusionCommand,
    ParameterChangeCommand,
    RoofEditCommand,
)
from artois_energy_desk.io.study import open_study, recovery_path, save_study


@pytest.fixture(autouse=True)
def private_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("ARTOIS_DATA_HOME", str(tmp_path / "data_home"))


@pytest.fixture
def dialogs(monkeypatch):
    """Record every dialog; answers are queued in ``dialogs.answers``."""

    class Dialogs:
        answers: list = []
        asked: list = []
        errors: list = []
        paths: list = []

    def ask(cls, parent, title, text, choices, default):
        Dialogs.asked.append(text)
        return Dialogs.answers.pop(0)

    def ask_path(cls, parent, title, *, save, start=None):
        return Dialogs.paths.pop(0)

    def notify(cls, parent, error, step):
        Dialogs.errors.append(str(error))

    monkeypatch.setattr(StudyController, "ask", classmethod(ask))
    monkeypatch.setattr(StudyController, "ask_path", classmethod(ask_path))
    monkeypatch.setattr(StudyController, "notify", classmethod(notify))
    Dialogs.answers, Dialogs.asked, Dialogs.errors, Dialogs.paths = [], [], [], []
    return Dialogs


@pytest.fixture
def controller(qtbot, tmp_path, dialogs):
    roofs = pd.DataFrame({"roof_id": ["A", "B"], "building_id": ["b1", "b2"],
                          "tilt_deg": [30.0, 35.0]})
    path = save_study(Study(layers={ROOFS_LAYER: roofs}, title="Lens"),
                      tmp_path / "lens.gpkg")
    ctrl = StudyController(autosave_interval_ms=0)
    assert ctrl.open(path)
    return ctrl


def test_edits_undo_redo_and_dirty_state(controller, qtbot):
    assert not controller.is_dirty
    with qtbot.waitSignal(controller.dirty_changed, check_params_cb=lambda d: d):
        controller.push(RoofEditCommand(controller, "A", "tilt_deg", 20.0))
    controller.push(ParameterChangeCommand(controller, "pv.albedo", 0.3))
    controller.push(BuildingExclusionCommand(controller, "b2", True))
    assert controller.study.roofs["tilt_deg"].tolist() == [20.0, 35.0]
    assert controller.study.excluded_buildings == {"b2"}
    with qtbot.waitSignal(controller.dirty_changed, check_params_cb=lambda d: not d):
        controller.undo_stack.undo()
        controller.undo_stack.undo()
        controller.undo_stack.undo()
    assert controller.study.roofs["tilt_deg"].tolist() == [30.0, 35.0]
    assert controller.study.parameters == {} and controller.study.edits == ()
    controller.undo_stack.redo()
    assert controller.is_dirty and controller.study.roofs["tilt_deg"][0] == 20.0


def test_no_op_exclusion_is_not_an_undo_step(controller):
    controller.push(BuildingExclusionCommand(controller, "b1", False))
    assert controller.undo_stack.count() == 0 and not controller.is_dirty


def test_save_makes_clean_and_writes_the_edits(controller):
    controller.push(ParameterChangeCommand(controller, "pv.albedo", 0.3))
    assert controller.save()
    assert not controller.is_dirty
    assert open_study(controller.path).parameters == {"pv.albedo": 0.3}


def test_failed_save_shows_the_error_and_stays_dirty(controller, dialogs, monkeypatch):
    controller.push(ParameterChangeCommand(controller, "pv.albedo", 0.3))
    before = controller.path.read_bytes()

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert not controller.save()
    assert "lens.gpkg est intact" in dialogs.errors[0]
    assert controller.is_dirty and controller.path.read_bytes() == before


def test_open_of_a_bad_file_keeps_the_current_study(controller, dialogs, tmp_path):
    bad = tmp_path / "abime.gpkg"
    bad.write_bytes(b"pas une etude")
    assert not controller.open(bad)
    assert "abime.gpkg" in dialogs.errors[0]
    assert controller.study.title == "Lens"


def test_save_as_asks_for_a_path_and_adopts_it(controller, dialogs, tmp_path):
    dialogs.paths.append(tmp_path / "copie.gpkg")
    assert controller.save_as()
    assert controller.path == tmp_path / "copie.gpkg"
    assert open_study(controller.path).title == "Lens"


def test_close_prompt_cancel_keeps_open_and_save_saves(controller, dialogs):
    controller.push(ParameterChangeCommand(controller, "pv.albedo", 0.4))
    dialogs.answers.append("cancel")
    assert not controller.maybe_close()
    dialogs.answers.append("save")
    assert controller.maybe_close()
    assert open_study(controller.path).parameters == {"pv.albedo": 0.4}


def test_autosave_then_crash_then_restore(controller, dialogs, qtbot, tmp_path):
    controller.push(ParameterChangeCommand(controller, "pv.albedo", 0.35))
    with qtbot.waitSignal(controller.autosaved, timeout=30_000):
        assert controller.autosave()
    assert not controller.autosave()  # nothing changed since the copy
    # Simulate a crash: the copy stays, under the id of a process that is gone.
    crashed = recovery_path(pid=4_194_304 + 23)
    recovery_path().rename(crashed)
    restarted = StudyController(autosave_interval_ms=0)
    dialogs.answers.append("restore")
    assert restarted.offer_restore()
    assert "Lens" in dialogs.asked[0]
    assert restarted.study.parameters == {"pv.albedo": 0.35}
    assert restarted.path == controller.path and restarted.is_dirty
    assert not crashed.exists() and recovery_path().exists()
    dialogs.answers.append("discard")
    assert restarted.maybe_close()
    assert not recovery_path().exists()


def test_restore_declined_later_keeps_the_copy(controller, dialogs, qtbot):
    controller.push(ParameterChangeCommand(controller, "pv.albedo", 0.35))
    with qtbot.waitSignal(controller.autosaved, timeout=30_000):
        controller.autosave()
    crashed = recovery_path(pid=4_194_304 + 29)
    recovery_path().rename(crashed)
    dialogs.answers.append("later")
    assert not StudyController(autosave_interval_ms=0).offer_restore()
    assert crashed.exists()


def test_results_are_not_a_change_but_an_import_is(controller):
    results = controller.study.roofs.assign(pv_annual_yield_kwh=[1.0, 2.0])
    controller.set_results(replace(controller.study, results=results))
    assert not controller.is_dirty
    controller.set_study(controller.study)
    assert controller.is_dirty
    controller.new_study(Study(title="démonstration"))
    assert not controller.is_dirty and controller.path is None
    assert controller.undo_stack.count() == 0
