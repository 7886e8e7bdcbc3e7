"""Readable French error messages: what happened, never a bare traceback.

An :class:`~artois_energy_desk.InputError` is shown as it is (its message already names
the file, row, column and value). Any other exception gets a French sentence saying
which step failed; the technical details (exception and traceback) stay folded in the
dialog's "Afficher les détails..." section for a bug report.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from artois_energy_desk import InputError

__all__ = ["ErrorDialog"]

translate = QCoreApplication.translate

_log = logging.getLogger(__name__)


class ErrorDialog:
    """Entry point for error messages (tests replace :meth:`report`)."""

    @staticmethod
    def message(error: BaseException, step: str) -> tuple[str, str]:
        """Return the main text and the folded details for ``error`` during ``step``.

        Parameters
        ----------
        error : BaseException
            What went wrong.
        step : str
            The step that failed, in French ("la lecture des toitures").
        """
        details = "".join(traceback.format_exception(error)).strip()
        if isinstance(error, InputError):
            return str(error), details
        if isinstance(error, FileNotFoundError | PermissionError | OSError):
            text = translate(
                "ErrorDialog",
                "Échec de {step} : le fichier n'a pas pu être lu ou écrit ({reason}).",
            ).format(step=step, reason=error.strerror or error)
            return text, details
        text = translate(
            "ErrorDialog",
            "Échec de {step}. Vérifiez les données et les paramètres ; si le "
            "problème persiste, transmettez les détails ci-dessous à l'équipe "
            "qui maintient l'application.",
        ).format(step=step)
        return text, details

    @staticmethod
    def report(parent: QWidget | None, error: BaseException, step: str) -> None:
        """Show ``error`` in a modal message box."""
        _log.warning(
            "%s: %s",
            step,
            error,
            exc_info=error if not isinstance(error, InputError) else None,
        )
        text, details = ErrorDialog.message(error, step)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ErrorDialog", "Artois Energy Desk : erreur"))
        box.setText(text)
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
