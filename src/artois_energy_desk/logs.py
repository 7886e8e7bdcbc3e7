"""The application's log file and the user's data folder.

:func:`setup_logging` sends the records of the ``artois_energy_desk`` loggers to a
rotating log file in the user's data folder (plus, optionally, the console). It is
called only by the entry points (the CLI and the GUI); library modules just use
``logging.getLogger(__name__)``. The GUI logs the details (exception and traceback)
behind every error dialog, so a bug report can quote the log.

The data folder follows the platform's rules: ``platformdirs`` when it is installed,
else ``%LOCALAPPDATA%`` on Windows, ``~/Library/Application Support`` on macOS and
``$XDG_DATA_HOME`` (default ``~/.local/share``) elsewhere. The environment variable
``ARTOIS_DATA_HOME`` overrides it (tests, portable installs).

References
----------
.. [1] XDG Base Directory Specification,
   https://specifications.freedesktop.org/basedir-spec/latest/
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

__all__ = ["LOG_FILE_NAME", "log_file", "setup_logging", "user_data_dir"]

#: Name of the application's folder in the platform's data location.
APP_FOLDER = "artois-energy-desk"
#: Name of the current log file (older ones get ``.1``, ``.2``... suffixes).
LOG_FILE_NAME = "artois-energy-desk.log"
#: Size at which the log file is rotated [bytes].
MAX_LOG_BYTES = 2_000_000
#: Rotated log files kept.
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(name)s: %(message)s"
_PACKAGE_LOGGER = "artois_energy_desk"


def user_data_dir() -> Path:
    """Return (and create) the folder for the user's logs and recovery files."""
    override = os.environ.get("ARTOIS_DATA_HOME")
    folder = Path(override) if override else _platform_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_file() -> Path:
    """Return the path of the current log file."""
    return user_data_dir() / "logs" / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO, *, console: bool = False) -> Path | None:
    """Send the application's log records to the rotating log file.

    Calling it again replaces the handlers it installed before (no duplicate lines).

    Parameters
    ----------
    level : int
        Lowest level recorded in the file (``logging.INFO`` by default).
    console : bool
        Also write ``WARNING`` and above to standard error.

    Returns
    -------
    pathlib.Path or None
        The log file, or ``None`` when it cannot be created (read-only home folder):
        the application then runs without a log file rather than not at all.
    """
    logger = logging.getLogger(_PACKAGE_LOGGER)
    for handler in [h for h in logger.handlers if getattr(h, "_artois", False)]:
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(min(level, logging.WARNING) if console else level)
    path = _add_file_handler(logger, level)
    if console:
        _add_handler(logger, logging.StreamHandler(sys.stderr), logging.WARNING)
    return path


def _add_file_handler(logger: logging.Logger, level: int) -> Path | None:
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as err:
        logger.warning("journal désactivé : dossier de données inutilisable (%s)", err)
        return None
    _add_handler(logger, handler, level)
    return path


def _add_handler(logger: logging.Logger, handler: logging.Handler, level: int) -> None:
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._artois = True  # type: ignore[attr-defined]  # marks our own handlers
    logger.addHandler(handler)


def _platform_data_dir() -> Path:
    try:
        import platformdirs
    except ImportError:
        return _fallback_data_dir()
    return Path(platformdirs.user_data_dir(APP_FOLDER, appauthor=False))


def _fallback_data_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support"
    else:
        root = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local/share")
    return root / APP_FOLDER
