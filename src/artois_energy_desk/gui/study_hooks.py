"""The window's study file: save, open, undo/redo, autosave, restore, close prompt.

:class:`StudyFileHooks` ties the window to a
:class:`~artois_energy_desk.gui.study_controller.StudyController`: every change of the
window's working state replaces the controller's study: roofs read or parameters and
climate changed make it dirty (it is autosaved and offered for saving on close);
results computed again from the same inputs do not; the bundled demonstration opened
in a study with no file starts a new, clean study (closing it asks nothing until the
user edits it). Opening or restoring a study file rebuilds the window's state;
building exclusions of the heat-network view go through the undo stack.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from artois_energy_desk.core.progress import Cancelled

__all__ = ["StudyFileHooks"]

_log = logging.getLogger(__name__)


class StudyFileHooks(QObject):
    """Connect ``window`` (a ``MainWindow``) to a study controller.

    Parameters
    ----------
    window : MainWindow
        The window; needs ``study``, ``runner``, ``network_panel`` and ``evaluate``.
    autosave_interval_ms : int, optional
        Autosave period [ms] (default: the controller's).
    """

    def __init__(self, window, autosave_interval_ms: int | None = None) -> None:
        super().__init__(window)
        from artois_energy_desk.gui.study_controller import StudyController

        kwargs = (
            {}
            if autosave_interval_ms is None
            else {"autosave_interval_ms": autosave_interval_ms}
        )
        self.window = window
        self.controller = StudyController(window, widget=window, **kwargs)
        self._pushing = False
        #: The roof layer of the controller's study that the window shows.
        self._roofs_shown = None
        study = window.study
        study.roofs_loaded.connect(self._on_window_roofs_loaded)
        study.climate_changed.connect(self._on_window_climate_changed)
        study.evaluation_changed.connect(self._on_window_evaluation_changed)
        self.controller.study_changed.connect(self._on_controller_study_changed)
        self.controller.dirty_changed.connect(self._on_controller_dirty_changed)
        self.controller.path_changed.connect(self._on_controller_dirty_changed)
        window.network_panel.exclusion_handler = self.set_building_excluded

    # -- API ---------------------------------------------------------------------------
    def set_building_excluded(self, building_id: str, excluded: bool) -> None:
        """Exclude (or include) a building through the undo stack."""
        from artois_energy_desk.gui.undo import BuildingExclusionCommand

        self.controller.push(
            BuildingExclusionCommand(self.controller, building_id, excluded)
        )

    def open(self) -> bool:
        """File > Open a study (asks about unsaved changes, then for the file)."""
        return self.controller.open()

    def title(self) -> str:
        """Study name for the window title ('' when the study has no file)."""
        path = self.controller.path
        return path.name if path is not None else ""

    # -- reactions ---------------------------------------------------------------------
    def _on_window_roofs_loaded(self) -> None:
        from artois_energy_desk.core.study import Study
        from artois_energy_desk.gui.study_tasks import is_bundled_demo

        if self._pushing:
            return
        layer = self.window.study.layer
        if (
            layer is not None
            and is_bundled_demo(layer.path)
            and self.controller.path is None
        ):
            # the demonstration as shipped: nothing of the user's to save yet
            self._push(self.controller.new_study, previous=Study())
            self.window.network_panel.apply_exclusions(frozenset())
        else:
            self._push(self.controller.set_study)

    def _on_window_climate_changed(self) -> None:
        self._push(self.controller.set_study)

    def _on_window_evaluation_changed(self) -> None:
        self._push(self.controller.set_results)

    def _push(self, apply, previous=None) -> None:
        """Hand the window's state to the controller through ``apply``.

        ``previous`` is the study whose log and title the new one keeps (default: the
        controller's current study).
        """
        from artois_energy_desk.gui.study_bridge import saved_study

        if self._pushing:
            return
        self._pushing = True
        try:
            base = self.controller.study if previous is None else previous
            apply(saved_study(self.window.study, base))
            self._roofs_shown = self.controller.study.roofs
        finally:
            self._pushing = False

    def _on_controller_study_changed(self) -> None:
        if self._pushing:
            return
        study = self.controller.study
        self.window.network_panel.apply_exclusions(study.excluded_buildings)
        if study.roofs is not None and study.roofs is not self._roofs_shown:
            self._rebuild(study)

    def _rebuild(self, study) -> None:
        from artois_energy_desk.gui.study_bridge import open_task

        self._roofs_shown = study.roofs
        window = self.window

        def done(result) -> None:
            climate, layer, notes = result
            self._pushing = True
            try:
                window.study.set_climate(climate)
                if layer is not None:
                    window.study.set_layer(layer)
            finally:
                self._pushing = False
            for note in notes:
                _log.warning(note)
            window.statusBar().showMessage(
                self.tr("Étude ouverte ; calcul des résultats relancé."), 10_000
            )
            if layer is not None:
                window.evaluate()

        def failed(error: BaseException) -> None:
            if not isinstance(error, Cancelled):
                self.controller.notify(window, error, self.tr("l'ouverture de l'étude"))

        window.runner.start(open_task(study, self.controller.path), done, failed)

    def _on_controller_dirty_changed(self, *_args) -> None:
        self.window.setWindowModified(self.controller.is_dirty)
        self.window.update_title()
