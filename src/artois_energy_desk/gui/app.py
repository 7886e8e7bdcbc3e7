"""Start the desktop application.

:func:`main` imports Qt and the heavy science modules inside the function, so a broken
installation is reported in a message box (or on stderr when no window can be shown)
instead of a traceback in a terminal nobody reads.

References
----------
napari ``_main.py`` (start-up errors shown in a native dialog).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

__all__ = ["create_application", "install_translator", "main"]

_log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None):
    """Return the ``QApplication`` (created once, with the organisation names set)."""
    from PySide6.QtWidgets import QApplication

    from artois_energy_desk import __version__
    from artois_energy_desk.gui.settings import APPLICATION_NAME, ORGANISATION_NAME

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName("Artois Energy Desk")
    app.setApplicationVersion(__version__)
    return app


def install_translator(app, language: str):
    """Install the interface translation for ``language`` (``"fr"``: source texts).

    Returns the installed ``QTranslator`` (keep a reference), or ``None`` for French or
    when the translation file is missing.
    """
    from PySide6.QtCore import QLocale, QTranslator

    from artois_energy_desk import paths

    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English
        )
    )
    if language == "fr":
        return None
    translator = QTranslator(app)
    folder = paths.resource_dir() / "translations"
    if not translator.load(f"artois_energy_desk_{language}", str(folder)):
        _log.warning("no %s translation in %s", language, folder)
        return None
    app.installTranslator(translator)
    return translator


def main(
    study: str | Path | None = None,
    screenshot: str | Path | None = None,
    argv: list[str] | None = None,
) -> int:
    """Show the main window on ``study`` (default: the Artois demo) and run.

    Parameters
    ----------
    study : str or path-like, optional
        Roof list to open.
    screenshot : str or path-like, optional
        Open, evaluate, save the drawn window to this PNG file and quit.
    argv : list of str, optional
        Qt command-line arguments.

    Returns
    -------
    int
        Exit status (0 on success).
    """
    try:
        app = create_application(argv)
        from artois_energy_desk.gui.main_window import MainWindow
        from artois_energy_desk.gui.settings import Settings

        translator = install_translator(app, Settings().language)
    except Exception as err:  # start-up failure: shown to the person, not swallowed
        _report_startup_error(err)
        return 1
    window = MainWindow()
    window.translator = translator
    if screenshot is not None:
        return _screenshot(app, window, study, Path(screenshot))
    window.show()
    if window.offer_restore():
        pass  # the restored study is being opened
    elif study is None:
        window.open_demo()
    else:
        window.open_roofs(study)
    return app.exec()


_SCREENSHOT_TIMEOUT_MS = 300_000


def _screenshot(app, window, study, target: Path) -> int:
    from PySide6.QtCore import QTimer

    status = {"code": 1}

    def capture() -> None:
        app.processEvents()
        status["code"] = 0 if window.grab().save(str(target)) else 1
        # exit() leaves the event loop without closing the window: closing would ask
        # whether to save the (demo) study, and nobody is there to answer.
        app.exit(0)

    window.evaluation_finished.connect(lambda: QTimer.singleShot(300, capture))
    window.task_stopped.connect(lambda: app.exit(1))
    # Non-interactive: no restore offer (a modal question would wait forever), and a
    # run that never finishes ends with an error instead of hanging.
    QTimer.singleShot(_SCREENSHOT_TIMEOUT_MS, lambda: app.exit(2))
    window.show()
    if study is None:
        window.open_demo()
    else:
        window.open_roofs(study)
    code = app.exec()
    return status["code"] if code == 0 else code


def _report_startup_error(error: BaseException) -> None:
    details = "".join(traceback.format_exception(error))
    message = (
        "L'application n'a pas pu démarrer : une bibliothèque est absente ou "
        f"endommagée.\n\n{error}"
    )
    print(message, file=sys.stderr)
    _log.debug(details)
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            QApplication([sys.argv[0]])
        box = QMessageBox(QMessageBox.Icon.Critical, "Artois Energy Desk", message)
        box.setDetailedText(details)
        box.exec()
    except Exception:  # Qt itself is unusable: stderr already has the message
        _log.debug("no message box available", exc_info=True)
