"""Menu entries of the study file, undo/redo, printed summaries and views; icons.

Completes :mod:`artois_energy_desk.gui.menus` (split to keep each module short).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from artois_energy_desk.gui.icons import load_icon

__all__ = ["add_edit_menu", "add_print_menus", "add_study_entries", "set_icons"]

translate = QCoreApplication.translate

#: Toolbar icon of each action (see ``resources/icons``).
_ICONS = {
    "open": "import",
    "save": "save",
    "undo": "undo",
    "redo": "redo",
    "evaluate": "evaluate",
    "cancel": "cancel",
    "export": "export",
    "print_roof": "print",
    "pdf_roof": "pdf",
    "zoom_extent": "zoom_extent",
    "show_network": "network",
}


def _new(window, text: str, shortcut, slot, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    return action


def add_study_entries(window, menu: QMenu, actions: dict[str, QAction]) -> None:
    """Open a study, Save, Save as (File menu)."""
    hooks = window.study_file
    new = {
        "open_study": _new(
            window,
            translate("Menus", "Ouvrir une é&tude…"),
            "Ctrl+Shift+O",
            hooks.open,
            translate("Menus", "Ouvrir une étude enregistrée (.gpkg)"),
        ),
        "save": _new(
            window,
            translate("Menus", "&Enregistrer l'étude"),
            QKeySequence.StandardKey.Save,
            hooks.controller.save,
            translate("Menus", "Enregistrer l'étude (GeoPackage)"),
        ),
        "save_as": _new(
            window,
            translate("Menus", "Enregistrer l'étude &sous…"),
            QKeySequence.StandardKey.SaveAs,
            hooks.controller.save_as,
        ),
    }
    menu.addActions(list(new.values()))
    actions.update(new)


def add_edit_menu(window, actions: dict[str, QAction]) -> QMenu:
    """Edit menu: undo and redo of the study's edits."""
    stack = window.study_file.controller.undo_stack
    undo = stack.createUndoAction(window, translate("Menus", "&Annuler"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, translate("Menus", "&Rétablir"))
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    actions.update({"undo": undo, "redo": redo})
    menu = QMenu(translate("Menus", "É&dition"), window)
    menu.addActions([undo, redo])
    return menu


def add_print_menus(window, menu: QMenu, actions: dict[str, QAction]) -> None:
    """Print preview, Print and PDF export of each printable subject (File menu)."""
    from artois_energy_desk.gui import print_actions

    subjects = {
        "roof": translate("Menus", "Toiture sélectionnée"),
        "territory": translate("Menus", "Synthèse du territoire"),
        "network": translate("Menus", "Extension du réseau de chaleur"),
    }
    kinds = (
        (
            "preview",
            translate("Menus", "Aperçu a&vant impression"),
            print_actions.preview,
        ),
        ("print", translate("Menus", "&Imprimer"), print_actions.print_),
        ("pdf", translate("Menus", "Exporter en &PDF"), print_actions.export_pdf),
    )
    shortcuts = {
        "preview_roof": "Ctrl+Shift+P",
        "print_roof": "Ctrl+P",
        "pdf_roof": "Ctrl+Shift+E",
    }
    for kind, title, function in kinds:
        submenu = menu.addMenu(title)
        for subject, label in subjects.items():
            name = f"{kind}_{subject}"
            action = _new(
                window,
                label,
                shortcuts.get(name),
                lambda _=False, f=function, s=subject: f(window, s),
            )
            submenu.addAction(action)
            actions[name] = action
        submenu.aboutToShow.connect(lambda k=kind: _enable(window, actions, k))
    actions["print_roof"].setIconText(translate("Menus", "Imprimer"))
    actions["pdf_roof"].setIconText(translate("Menus", "PDF"))


def _enable(window, actions: dict[str, QAction], kind: str) -> None:
    from artois_energy_desk.gui import print_actions

    for subject in print_actions.SUBJECTS:
        actions[f"{kind}_{subject}"].setEnabled(
            print_actions.available(window, subject)
        )


def set_icons(actions: dict[str, QAction]) -> None:
    """Give the toolbar actions their icons."""
    for name, icon in _ICONS.items():
        if name in actions:
            actions[name].setIcon(load_icon(icon))
