"""The single home of every ``QSettings`` key of the desktop application.

Each setting is a typed property of :class:`Settings` reading with
``value(key, default, type=...)`` (INI back ends return strings, so the type is always
given). The organisation and application names are set once, in
:func:`artois_energy_desk.gui.app.create_application`; tests replace the storage with
their own INI file through :func:`use_settings_file`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

__all__ = [
    "APPLICATION_NAME",
    "MAX_RECENT_FILES",
    "ORGANISATION_NAME",
    "Settings",
    "use_settings_file",
]

ORGANISATION_NAME = "Artois Energy Desk"
APPLICATION_NAME = "artois-energy-desk"
#: Length of the "Fichiers récents" menu.
MAX_RECENT_FILES = 8

_KEY_GEOMETRY = "window/geometry"
_KEY_STATE = "window/state"
_KEY_RECENT = "files/recent"
_KEY_LAST_DIR = "files/last_directory"
_KEY_LANGUAGE = "interface/language"
_KEY_COLOUR_BY = "map/colour_by"
_KEY_SETTINGS_VERSION = "meta/version"

_SETTINGS_VERSION = 1
_settings_file: Path | None = None


def use_settings_file(path: Path | None) -> None:
    """Store settings in the INI file ``path`` (``None``: the platform's usual place).

    Parameters
    ----------
    path : pathlib.Path or None
        INI file used by every :class:`Settings` created afterwards.
    """
    global _settings_file
    _settings_file = path


class Settings:
    """Typed access to the persisted preferences and window layout."""

    def __init__(self) -> None:
        if _settings_file is None:
            self._store = QSettings()
        else:
            self._store = QSettings(str(_settings_file), QSettings.Format.IniFormat)
        if self._store.value(_KEY_SETTINGS_VERSION, 0, type=int) != _SETTINGS_VERSION:
            self._store.setValue(_KEY_SETTINGS_VERSION, _SETTINGS_VERSION)

    # -- window layout -----------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray:
        """Saved main-window geometry (empty when never saved)."""
        return self._store.value(_KEY_GEOMETRY, QByteArray(), type=QByteArray)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue(_KEY_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray:
        """Saved dock and toolbar layout (empty when never saved)."""
        return self._store.value(_KEY_STATE, QByteArray(), type=QByteArray)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue(_KEY_STATE, value)

    # -- files -------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        """Recently opened roof lists, most recent first."""
        value = self._store.value(_KEY_RECENT, [], type=list)
        return [str(v) for v in value if v]

    def add_recent_file(self, path: str | Path) -> list[str]:
        """Put ``path`` first in the recent files and return the new list."""
        text = str(Path(path).resolve())
        files = [text, *(f for f in self.recent_files if f != text)][:MAX_RECENT_FILES]
        self._store.setValue(_KEY_RECENT, files)
        return files

    def clear_recent_files(self) -> None:
        """Forget every recent file."""
        self._store.setValue(_KEY_RECENT, [])

    @property
    def last_directory(self) -> str:
        """Folder of the last file dialog ('' when none)."""
        return self._store.value(_KEY_LAST_DIR, "", type=str)

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self._store.setValue(_KEY_LAST_DIR, value)

    # -- interface ---------------------------------------------------------------------
    @property
    def language(self) -> str:
        """Interface language code, ``"fr"`` (source language) or ``"en"``."""
        return self._store.value(_KEY_LANGUAGE, "fr", type=str)

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue(_KEY_LANGUAGE, value)

    @property
    def map_colour_by(self) -> str:
        """Result column the map colours roofs by."""
        return self._store.value(
            _KEY_COLOUR_BY, "pv_specific_yield_kwh_per_kwp", type=str
        )

    @map_colour_by.setter
    def map_colour_by(self, value: str) -> None:
        self._store.setValue(_KEY_COLOUR_BY, value)

    def sync(self) -> None:
        """Write pending changes to storage."""
        self._store.sync()
