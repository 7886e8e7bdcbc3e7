"""The dialogs of the open study, as class methods that tests replace.

:class:`StudyDialogs` is mixed into
:class:`~artois_energy_desk.gui.study_controller.StudyController`: every question,
file choice and error message of the study's life goes through :meth:`ask`,
:meth:`ask_path` and :meth:`notify`, which tests replace (pytest-qt's advice for
dialogs). Texts are in the ``StudyController`` translation context.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

__all__ = ["StudyDialogs", "restore_question"]

_FILE_FILTER = "Étude Artois Energy Desk (*.gpkg)"
translate = QCoreApplication.translate


class StudyDialogs:
    """Dialog hooks of the study controller (replaced in tests)."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        choices: Sequence[tuple[str, str]],
        default: str,
    ) -> str:
        """Ask a question; return the key of the choice made.

        Parameters
        ----------
        choices : sequence of (key, label)
            Buttons, in order; the last one is also the answer to Escape.
        default : str
            Key of the default button.
        """
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        buttons = {
            box.addButton(label, QMessageBox.ButtonRole.ActionRole): key
            for key, label in choices
        }
        by_key = {key: button for button, key in buttons.items()}
        box.setDefaultButton(by_key[default])
        box.setEscapeButton(by_key[choices[-1][0]])
        box.exec()
        return buttons.get(box.clickedButton(), choices[-1][0])

    @classmethod
    def ask_path(
        cls,
        parent: QWidget | None,
        title: str,
        *,
        save: bool,
        start: Path | None = None,
    ) -> Path | None:
        """Ask for a study file to open or to save to; ``None`` when cancelled."""
        folder = str(start or "")
        if save:
            name, _ = QFileDialog.getSaveFileName(parent, title, folder, _FILE_FILTER)
        else:
            name, _ = QFileDialog.getOpenFileName(parent, title, folder, _FILE_FILTER)
        if not name:
            return None
        path = Path(name)
        return path.with_suffix(".gpkg") if save and not path.suffix else path

    @classmethod
    def notify(cls, parent: QWidget | None, error: BaseException, step: str) -> None:
        """Show ``error`` (met during ``step``, in French) in an error dialog."""
        from artois_energy_desk.gui.dialogs.error_dialog import ErrorDialog

        ErrorDialog.report(parent, error, step)


def restore_question(recovery) -> str:
    """The question asking whether to restore ``recovery`` (a recovery copy)."""
    name = (
        recovery.original.name
        if recovery.original
        else translate("StudyController", "sans titre")
    )
    title = f" « {recovery.title} »" if recovery.title else ""
    return translate(
        "StudyController",
        "L'application s'est arrêtée sans enregistrer l'étude{title} ({name}). "
        "Une copie automatique du {saved} existe. La restaurer ?",
    ).format(title=title, name=name, saved=recovery.saved_at.replace("T", " à "))
