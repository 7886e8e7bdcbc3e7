"""The open study: save, save as, open, undo stack, autosave, recovery, close prompt.

:class:`StudyController` owns the current
:class:`~artois_energy_desk.core.study.Study` and its file. User edits go through its
``QUndoStack`` (commands of :mod:`artois_energy_desk.gui.undo`); other changes
(roofs imported, parameters or climate replaced) through
:meth:`StudyController.set_study`. The study is dirty when the stack is not at its
clean index or such a change happened since the last save. Results computed from the
study's own inputs are not a change (:meth:`StudyController.set_results`): a study
file's results are computed again when it is opened, so saving them adds nothing. A
study started from the bundled demonstration (:meth:`StudyController.new_study`) is
clean until edited, and closes without a question.

While the study is dirty, a timer writes it every few minutes to the recovery file
in a background thread (the study is immutable, so the copy written is consistent);
a clean exit deletes that file; :meth:`StudyController.offer_restore` offers the
copies left by a crash at the next start.

Dialogs go through the class methods :meth:`~StudyController.ask`,
:meth:`~StudyController.ask_path` and :meth:`~StudyController.notify` (from
:class:`~artois_energy_desk.gui.study_dialogs.StudyDialogs`), which tests replace
(pytest-qt's advice for dialogs).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from artois_energy_desk import InputError
from artois_energy_desk.core.study import Study
from artois_energy_desk.gui.study_dialogs import StudyDialogs, restore_question

__all__ = ["AUTOSAVE_INTERVAL_MS", "StudyController"]

_log = logging.getLogger(__name__)

#: Interval between two autosaves of a dirty study [ms].
AUTOSAVE_INTERVAL_MS = 3 * 60 * 1000
translate = QCoreApplication.translate


class StudyController(StudyDialogs, QObject):
    """Owner of the current study and of its file.

    Parameters
    ----------
    parent : QObject, optional
        Owner (the main window).
    widget : QWidget, optional
        Parent of the dialogs.
    autosave_interval_ms : int
        Autosave period [ms]; 0 disables autosave.
    """

    # -- Signals ----
    #: The study was replaced (edit, undo, open, new, restore).
    study_changed = Signal()
    #: The study became dirty (``True``) or clean (``False``).
    dirty_changed = Signal(bool)
    #: The study's file changed (``pathlib.Path`` or ``None``).
    path_changed = Signal(object)
    #: The study was saved to a file (``pathlib.Path``).
    study_saved = Signal(object)
    #: A recovery copy was written (``pathlib.Path``).
    autosaved = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        widget: QWidget | None = None,
        autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.widget = widget
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self._study = Study()
        self._path: Path | None = None
        self._modified = False
        self._dirty = False
        self._generation = 0
        self._autosaved_generation = 0
        self._autosave_worker = None
        self._pending_generation = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.autosave)
        if autosave_interval_ms > 0:
            self._timer.start(autosave_interval_ms)

    # -- API ----
    @property
    def study(self) -> Study:
        """The current study."""
        return self._study

    @property
    def path(self) -> Path | None:
        """The study's file, ``None`` when never saved."""
        return self._path

    @property
    def is_dirty(self) -> bool:
        """Whether the study has changes not saved to its file."""
        return self._modified or not self.undo_stack.isClean()

    def push(self, command: QUndoCommand) -> None:
        """Apply a user edit through the undo stack."""
        self.undo_stack.push(command)

    def replace_study(self, study: Study) -> None:
        """Make ``study`` current (called by the undo commands)."""
        self._study = study
        self._generation += 1
        self.study_changed.emit()
        self._update_dirty()

    def set_study(self, study: Study) -> None:
        """Replace the study after a change that is not undoable (roofs imported,
        parameters or climate replaced): the study becomes dirty.
        """
        self._modified = True
        self.replace_study(study)

    def set_results(self, study: Study) -> None:
        """Replace the study by the same inputs with results computed again.

        Not a change to save (results are recomputed when a study file is opened):
        the dirty state stays what the edits and imports made it.
        """
        self.replace_study(study)

    def new_study(self, study: Study | None = None, *, modified: bool = False) -> None:
        """Start from ``study`` (an empty one by default), with no file and no history.

        Parameters
        ----------
        study : Study, optional
            The new study.
        modified : bool
            Whether it already holds something worth saving; a new study (or one
            made from the bundled demonstration) is clean until edited.

        The caller asks about unsaved changes first (:meth:`maybe_close`).
        """
        self._load(study or Study(), None, modified=modified)

    def open(self, path: Path | None = None) -> bool:
        """Open a study file (asked for when ``path`` is ``None``).

        Unsaved changes are offered for saving first. Returns whether a study was
        opened; errors are shown and leave the current study as it was.
        """
        if not self._confirm_discard():
            return False
        if path is None:
            path = self.ask_path(
                self.widget,
                translate("StudyController", "Ouvrir une étude"),
                save=False,
                start=self._path.parent if self._path else None,
            )
            if path is None:
                return False
        try:
            study = self._busy(_open_study, Path(path))
        except InputError as err:
            self.notify(
                self.widget, err, translate("StudyController", "l'ouverture de l'étude")
            )
            return False
        self._load(study, Path(path), modified=False)
        return True

    def save(self) -> bool:
        """Save to the study's file (asking for one when it has none)."""
        if self._path is None:
            return self.save_as()
        return self._save_to(self._path)

    def save_as(self, path: Path | None = None) -> bool:
        """Save to ``path`` (asked when ``None``); it becomes the study's file."""
        if path is None:
            path = self.ask_path(
                self.widget,
                translate("StudyController", "Enregistrer l'étude sous"),
                save=True,
                start=self._path,
            )
            if path is None:
                return False
        return self._save_to(Path(path))

    def autosave(self) -> bool:
        """Write the recovery copy in the background if the study changed since the
        last one; returns whether a write was started.
        """
        if (
            not self.is_dirty
            or self._generation == self._autosaved_generation
            or self._autosave_worker is not None
        ):
            return False
        from artois_energy_desk.gui.worker import TaskWorker
        from artois_energy_desk.io.study import write_recovery_task

        worker = TaskWorker(write_recovery_task(self._study, self._path))
        self._pending_generation = self._generation
        worker.signals.finished_with.connect(self._on_autosave_finished_with)
        worker.signals.failed.connect(self._on_autosave_failed)
        worker.signals.finished.connect(self._on_autosave_finished)
        self._autosave_worker = worker
        worker.start()
        return True

    def wait_for_autosave(self, timeout_ms: int = 60_000) -> None:
        """Block until a running autosave has finished (and its signals delivered)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._autosave_worker is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(5)

    def offer_restore(self) -> bool:
        """At start-up, offer the newest recovery copy left by a crash.

        Returns whether a copy was restored (it becomes the current, dirty study;
        its file is the study it was a copy of).
        """
        from artois_energy_desk.io.study import discard_recovery, find_recoveries

        recoveries = find_recoveries()
        if not recoveries:
            return False
        recovery = recoveries[0]
        answer = self.ask(
            self.widget,
            translate("StudyController", "Récupération d'une étude"),
            restore_question(recovery),
            [
                ("restore", translate("StudyController", "Restaurer")),
                ("discard", translate("StudyController", "Supprimer la copie")),
                ("later", translate("StudyController", "Plus tard")),
            ],
            "restore",
        )
        if answer == "discard":
            discard_recovery(recovery.path)
        if answer != "restore":
            return False
        try:
            study = self._busy(_open_study, recovery.path)
        except InputError as err:
            self.notify(
                self.widget,
                err,
                translate("StudyController", "la restauration de l'étude"),
            )
            return False
        self._load(study, recovery.original, modified=True)
        if self._write_recovery_now():
            discard_recovery(recovery.path)
        return True

    def maybe_close(self) -> bool:
        """Ask about unsaved changes before closing; returns whether to close.

        When closing, autosave stops and the recovery copy is deleted.
        """
        if not self._confirm_discard():
            return False
        self._timer.stop()
        self.wait_for_autosave()
        from artois_energy_desk.io.study import discard_recovery

        discard_recovery()
        return True

    # -- internals ----
    def _confirm_discard(self) -> bool:
        if not self.is_dirty:
            return True
        name = (
            self._path.name
            if self._path
            else translate("StudyController", "sans titre")
        )
        answer = self.ask(
            self.widget,
            translate("StudyController", "Modifications non enregistrées"),
            translate(
                "StudyController",
                "L'étude « {name} » a des modifications non "
                "enregistrées. Les enregistrer ?",
            ).format(name=name),
            [
                ("save", translate("StudyController", "Enregistrer")),
                ("discard", translate("StudyController", "Ne pas enregistrer")),
                ("cancel", translate("StudyController", "Annuler")),
            ],
            "save",
        )
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _save_to(self, path: Path) -> bool:
        from artois_energy_desk.io.study import save_study

        try:
            self._busy(save_study, self._study, path)
        except InputError as err:
            self.notify(
                self.widget,
                err,
                translate("StudyController", "l'enregistrement de l'étude"),
            )
            return False
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)
        self._modified = False
        self.undo_stack.setClean()
        self._update_dirty()
        self.study_saved.emit(path)
        return True

    def _load(self, study: Study, path: Path | None, *, modified: bool) -> None:
        self.undo_stack.clear()
        self._modified = modified
        self._path = path
        self.path_changed.emit(path)
        self.replace_study(study)

    def _write_recovery_now(self) -> bool:
        from artois_energy_desk.io.study import write_recovery

        try:
            write_recovery(self._study, self._path)
        except InputError as err:
            _log.warning("copie de récupération non écrite : %s", err)
            return False
        self._autosaved_generation = self._generation
        return True

    def _busy(self, function, *args):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return function(*args)
        finally:
            QApplication.restoreOverrideCursor()

    def _update_dirty(self) -> None:
        dirty = self.is_dirty
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- slots ----
    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self._update_dirty()

    def _on_autosave_finished_with(self, path: Path) -> None:
        self._autosaved_generation = self._pending_generation
        _log.info("copie de récupération écrite : %s", path)
        self.autosaved.emit(path)

    def _on_autosave_failed(self, error: BaseException) -> None:
        # Not a dialog every few minutes: the log keeps it, the next tick retries.
        _log.warning("copie de récupération non écrite : %s", error, exc_info=error)

    def _on_autosave_finished(self) -> None:
        self._autosave_worker = None


def _open_study(path: Path) -> Study:
    from artois_energy_desk.io.study import open_study

    return open_study(path)
