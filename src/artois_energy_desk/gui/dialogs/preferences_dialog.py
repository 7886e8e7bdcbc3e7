"""Preferences: interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from artois_energy_desk.gui.settings import Settings

__all__ = ["PreferencesDialog"]

#: Interface languages: code and name in that language.
LANGUAGES = (("fr", "Français"), ("en", "English"))


class PreferencesDialog(QDialog):
    """Edit the preferences kept in :class:`Settings`."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        self._settings = settings
        self.language_box = QComboBox()
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(
            max(self.language_box.findData(settings.language), 0)
        )
        note = QLabel(self.tr("La langue choisie s'applique au prochain démarrage."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Langue de l'interface"), self.language_box)
        layout.addRow(note)
        layout.addRow(buttons)

    def apply(self) -> None:
        """Store the chosen values."""
        self._settings.language = self.language_box.currentData()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        """Show the dialog; store the values if accepted and return whether it was."""
        dialog = cls(settings, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            dialog.apply()
        return accepted
