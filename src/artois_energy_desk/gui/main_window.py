"""The main window: map in the centre, table, detail and tools in dockable panels."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabWidget, QWidget

from artois_energy_desk.core.progress import Cancelled, Progress, Task, scaled
from artois_energy_desk.gui.dialogs.error_dialog import ErrorDialog
from artois_energy_desk.gui.formatting import format_number
from artois_energy_desk.gui.menus import build_menus
from artois_energy_desk.gui.panels.map_panel import MapPanel
from artois_energy_desk.gui.panels.network_panel import NetworkPanel
from artois_energy_desk.gui.panels.roof_detail_panel import RoofDetailPanel
from artois_energy_desk.gui.panels.roof_table_panel import RoofTablePanel
from artois_energy_desk.gui.run_status import RunStatus
from artois_energy_desk.gui.settings import Settings
from artois_energy_desk.gui.study import Study
from artois_energy_desk.gui.study_hooks import StudyFileHooks
from artois_energy_desk.gui.worker import TaskRunner, TaskWorker

__all__ = ["MainWindow"]

_log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The adviser's workbench around one :class:`Study`."""

    #: A roof list finished loading (into the study).
    study_opened = Signal()
    #: An evaluation finished and its results are in the study.
    evaluation_finished = Signal()
    #: The current task was cancelled or failed; the study is unchanged.
    task_stopped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = Settings()
        self.study = Study(self)
        self.runner = TaskRunner(self)
        self.docks: dict[str, QDockWidget] = {}
        self.map_panel = MapPanel(self.study)
        self.network_panel = NetworkPanel()
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.addTab(self.map_panel, self.tr("Carte des toitures"))
        self.views.addTab(self.network_panel, self.tr("Réseau de chaleur"))
        self.setCentralWidget(self.views)
        self._docks_hidden_for_network: list[QDockWidget] = []
        self.views.currentChanged.connect(self._on_views_current_changed)
        self.table_panel = RoofTablePanel(self.study)
        self.detail_panel = RoofDetailPanel(self.study)
        self._add_dock(
            "table",
            self.tr("Tableau des toitures"),
            self.table_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._add_dock(
            "detail",
            self.tr("Toiture sélectionnée"),
            self.detail_panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self._add_optional_panels()
        self.run_status = RunStatus(self.runner)
        self.stale_label = QLabel()
        self.stale_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.stale_label)
        self.statusBar().addPermanentWidget(self.run_status)
        self.study_file = StudyFileHooks(self)
        self.actions_by_name: dict[str, QAction] = build_menus(self)
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        self.study.stale_changed.connect(self._on_study_stale_changed)
        self.study.evaluation_changed.connect(self._update_title)
        self.study.roofs_loaded.connect(self._update_title)
        self.resize(1400, 900)
        self._restore_layout()
        self._update_title()
        self._on_runner_busy_changed(False)

    # -- layout ------------------------------------------------------------------------
    def _add_dock(
        self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def _add_optional_panels(self) -> None:
        from artois_energy_desk.gui.panels import optional_panels

        right = self.docks["detail"]
        for name, title, widget in optional_panels(self):
            dock = self._add_dock(
                name, title, widget, Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.tabifyDockWidget(right, dock)
        right.raise_()

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_geometry, self.settings.window_state
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if not state.isEmpty():
            self.restoreState(state)

    def show_view(self, name: str) -> None:
        """Bring view ``name`` (``map`` or ``network``) to the front."""
        self.views.setCurrentWidget(
            self.network_panel if name == "network" else self.map_panel
        )

    def _on_views_current_changed(self, index: int) -> None:
        # the roof docks make room for the network map, and come back after
        if self.views.widget(index) is self.network_panel:
            self._docks_hidden_for_network = [
                d for d in self.docks.values() if d.isVisible() and not d.isFloating()
            ]
            for dock in self._docks_hidden_for_network:
                dock.hide()
        else:
            for dock in self._docks_hidden_for_network:
                dock.show()
            self._docks_hidden_for_network = []

    def offer_restore(self) -> bool:
        """Offer the study a crash left behind; returns whether it was restored."""
        return self.study_file.controller.offer_restore()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.study_file.controller.maybe_close():
            event.ignore()
            return
        self.runner.cancel()
        self.network_panel.runner.cancel()
        self.show_view("map")  # the layout saved is the roof view's
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)

    # -- opening -----------------------------------------------------------------------
    def open_demo(self, *, evaluate: bool = True) -> TaskWorker:
        """Open the bundled Artois demonstration study."""
        from artois_energy_desk.gui.study_tasks import demo_roofs_file

        return self.open_roofs(
            demo_roofs_file(),
            evaluate=evaluate,
            remember=False,
        )

    def open_roofs(
        self,
        path: str | Path,
        *,
        layer: str | None = None,
        options: Any = None,
        evaluate: bool = True,
        remember: bool = True,
    ) -> TaskWorker:
        """Read roof list ``path`` (with the climate if none yet), then evaluate it.

        Parameters
        ----------
        path : str or path-like
            Roof list.
        layer : str, optional
            Layer or sheet.
        options : RoofImportOptions, optional
            Import conventions.
        evaluate : bool
            Start the evaluation once the roofs are read.
        remember : bool
            Add the file to the recent files.

        Returns
        -------
        TaskWorker
            The reading task (already started).
        """
        path = Path(path)
        return self.runner.start(
            self._open_task(path, layer, options),
            self._roofs_ready(evaluate=evaluate, remember=remember),
            self._on_task_failed(self.tr("la lecture des toitures")),
        )

    def import_roofs(self) -> None:
        """Ask for a roof list through the import dialog, then adopt and evaluate it."""
        from artois_energy_desk.gui.dialogs.import_dialog import ImportDialog

        layer_data = ImportDialog.ask(self, self.settings.last_directory)
        if layer_data is not None:
            self.settings.last_directory = str(layer_data.path.parent)
            self.adopt_layer(layer_data)

    def adopt_layer(
        self, layer_data: Any, *, evaluate: bool = True, remember: bool = True
    ) -> TaskWorker:
        """Make an already read roof layer the study's (loading the climate if none).

        Returns the task (already started) that loads the climate when needed.
        """
        return self.runner.start(
            self._adopt_task(layer_data),
            self._roofs_ready(evaluate=evaluate, remember=remember),
            self._on_task_failed(self.tr("la lecture des toitures")),
        )

    def _roofs_ready(self, *, evaluate: bool, remember: bool):
        def done(result) -> None:
            climate, layer_data = result
            if climate is not None:
                self.study.set_climate(climate)
            self.study.set_layer(layer_data)
            if remember:
                self.settings.add_recent_file(layer_data.path)
            self.statusBar().showMessage(self._loaded_message(layer_data), 10_000)
            self.study_opened.emit()
            if evaluate:
                self.evaluate()

        return done

    def _open_task(self, path: Path, layer: str | None, options: Any) -> Task[Any]:
        from artois_energy_desk.gui.study_tasks import load_roofs_task

        climate = yield from scaled(self._climate_task(), 0.0, 0.3)
        roofs = yield from scaled(load_roofs_task(path, layer, options), 0.3, 1.0)
        return climate, roofs

    def _adopt_task(self, layer_data: Any) -> Task[Any]:
        climate = yield from self._climate_task()
        return climate, layer_data

    def _climate_task(self) -> Task[Any]:
        from artois_energy_desk.gui.study_tasks import load_climate_task

        if self.study.climate is not None:
            return None
        return (yield from load_climate_task(None))

    def _loaded_message(self, layer_data) -> str:
        imported = layer_data.imported
        return self.tr("{name} : {accepted} toitures lues, {rejected} rejetées").format(
            name=layer_data.path.name,
            accepted=format_number(len(imported.roofs)),
            rejected=format_number(len(imported.rejected)),
        )

    def load_boundaries(self, path: str | Path) -> None:
        """Overlay commune (or EPCI) outlines read from ``path``."""
        from artois_energy_desk.gui.study_tasks import load_boundaries_task

        if self.study.layer is None:
            return
        origin = self.study.layer.geometry.origin
        self.runner.start(
            load_boundaries_task(path, origin),
            self.study.set_boundaries,
            self._on_task_failed(self.tr("la lecture des limites")),
        )

    # -- evaluation --------------------------------------------------------------------
    def evaluate(self) -> TaskWorker | None:
        """Evaluate every roof of the study with its climate and parameters.

        Returns the evaluation task (already started), ``None`` without roofs.
        """
        from artois_energy_desk.batch import evaluate_task

        study = self.study
        if study.layer is None or study.climate is None:
            return None
        task = evaluate_task(
            study.layer.imported.roofs, study.climate.weather, study.climate.params
        )

        def done(evaluation) -> None:
            study.set_evaluation(evaluation)
            seconds = evaluation.timings_s.get("total", 0.0)
            self.statusBar().showMessage(
                self.tr("Calcul terminé : {count} toitures en {seconds} s").format(
                    count=format_number(len(evaluation.results)),
                    seconds=format_number(seconds, 1),
                ),
                10_000,
            )
            self.evaluation_finished.emit()

        return self.runner.start(
            task, done, self._on_task_failed(self.tr("l'évaluation"))
        )

    def cancel(self) -> None:
        """Stop the current task; the study stays as it was."""
        if self.runner.busy:
            self.runner.cancel()
            self.statusBar().showMessage(
                self.tr("Travail annulé ; l'étude est inchangée."), 10_000
            )
            self.task_stopped.emit()

    def export_results(self, path: str | Path) -> None:
        """Write the results (or roofs) with assumptions and rejects to ``path``."""
        study = self.study
        if study.layer is None:
            return
        frame = study.frame
        notes = list(study.layer.imported.assumptions)
        if study.evaluation is not None:
            notes.append(
                self.tr("Climat : {source}").format(
                    source=study.evaluation.weather_source
                )
            )
        rejected = study.layer.imported.rejected

        def write() -> Task[Path]:
            from artois_energy_desk.io.writers import write_table

            yield Progress(
                0.0, self.tr("Écriture de {name}").format(name=Path(path).name)
            )
            return write_table(frame, path, assumptions=notes, rejected=rejected)

        def done(written) -> None:
            self.statusBar().showMessage(
                self.tr("Résultats écrits dans {path}").format(path=written), 10_000
            )

        self.runner.start(write(), done, self._on_task_failed(self.tr("l'export")))

    # -- reactions ---------------------------------------------------------------------
    def _on_task_failed(self, step: str):
        def report(error: BaseException) -> None:
            self.task_stopped.emit()
            if isinstance(error, Cancelled):
                return
            ErrorDialog.report(self, error, step)

        return report

    def _on_runner_busy_changed(self, busy: bool) -> None:
        actions = getattr(self, "actions_by_name", {})
        if "evaluate" in actions:
            actions["evaluate"].setEnabled(not busy and self.study.layer is not None)
            actions["cancel"].setEnabled(busy)
            actions["export"].setEnabled(not busy and self.study.layer is not None)

    def _on_study_stale_changed(self, stale: bool) -> None:
        self.stale_label.setText(
            self.tr("Résultats périmés : relancer le calcul (F5)") if stale else ""
        )

    def update_title(self) -> None:
        """Window title: the study file (else the roof list), ``*`` when unsaved."""
        layer = self.study.layer
        name = self.study_file.title() if hasattr(self, "study_file") else ""
        if not name:
            name = layer.path.name if layer is not None else self.tr("aucune étude")
        self.setWindowTitle(f"Artois Energy Desk — {name}[*]")
        self._on_runner_busy_changed(self.runner.busy)

    _update_title = update_title
