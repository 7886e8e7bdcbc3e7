"""GUI test fixtures: offscreen Qt, private settings, no job left running."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest  # noqa: E402

pytest.importorskip("PySide6")

from PySide6.QtCore import QThreadPool  # noqa: E402

from artois_energy_desk.gui import settings as gui_settings  # noqa: E402

#: Longest a test may leave a cancelled job finishing after its end [ms].
_POOL_GRACE_MS = 3000


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """Each test reads and writes its own INI settings file."""
    gui_settings.use_settings_file(tmp_path / "settings.ini")
    yield tmp_path / "settings.ini"
    gui_settings.use_settings_file(None)


@pytest.fixture(autouse=True)
def quiet_study_files(tmp_path, monkeypatch):
    """Recovery copies in a private folder; "do not save" when a window closes.

    Tests that check the dialogs replace ``StudyController.ask`` themselves.
    """
    from artois_energy_desk.gui.study_controller import StudyController

    monkeypatch.setenv("ARTOIS_DATA_HOME", str(tmp_path / "data_home"))

    def ask(cls, parent, title, text, choices, default):
        keys = [key for key, _ in choices]
        return "discard" if "discard" in keys else "later"

    monkeypatch.setattr(StudyController, "ask", classmethod(ask))


@pytest.fixture(autouse=True)
def no_job_left_running(qapp):
    """Fail a test that leaves work in the global thread pool."""
    yield
    from artois_energy_desk.gui.worker import TaskWorker

    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(_POOL_GRACE_MS):
        pytest.fail("the test left a job running in QThreadPool.globalInstance()")
    qapp.processEvents()
    assert not TaskWorker._running, "a TaskWorker never finished"


@pytest.fixture(scope="session")
def demo_data():
    """The demo study read and evaluated once: (climate, roof layer, evaluation)."""
    from artois_energy_desk import paths
    from artois_energy_desk.batch import evaluate_task
    from artois_energy_desk.core.progress import run
    from artois_energy_desk.gui.study_tasks import load_climate_task, load_roofs_task

    climate = run(load_climate_task(None))
    layer = run(load_roofs_task(paths.data_file("demo", "artois_demo_roofs.csv")))
    evaluation = run(
        evaluate_task(layer.imported.roofs, climate.weather, climate.params)
    )
    return climate, layer, evaluation


@pytest.fixture
def window(qtbot, demo_data):
    """Main window holding the evaluated demo study (no task running)."""
    from artois_energy_desk.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    climate, layer, evaluation = demo_data
    win.study.set_climate(climate)
    win.study.set_layer(layer)
    win.study.set_evaluation(evaluation)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def pytest_collection_modifyitems(items):
    """Ignore the offscreen platform's notice about dock size hints (not an error)."""
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "This plugin does not support propagateSizeHints"
                )
            )
