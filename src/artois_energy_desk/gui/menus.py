"""Menus, toolbar and keyboard shortcuts of the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from artois_energy_desk import __version__

__all__ = ["build_menus"]

translate = QCoreApplication.translate

_EXPORT_FILTER = (
    "Classeur Excel (*.xlsx);;CSV (*.csv);;GeoPackage (*.gpkg);;GeoJSON (*.geojson)"
)
_BOUNDARY_FILTER = "Limites (*.gpkg *.geojson *.json *.shp);;Tous les fichiers (*)"


def build_menus(window: QMainWindow) -> dict[str, QAction]:
    """Create the menus and toolbar of ``window`` and return its actions by name."""
    from artois_energy_desk.gui import menus_study

    actions = _actions(window)
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&Fichier"))
    file_menu.addActions([actions["open"], actions["demo"]])
    recent = file_menu.addMenu(translate("Menus", "Fichiers &récents"))
    recent.setObjectName("recent_menu")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file_menu.addSeparator()
    menus_study.add_study_entries(window, file_menu, actions)
    file_menu.addSeparator()
    file_menu.addActions([actions["boundaries"], actions["export"]])
    file_menu.addSeparator()
    menus_study.add_print_menus(window, file_menu, actions)
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    bar.addMenu(menus_study.add_edit_menu(window, actions))
    run_menu = bar.addMenu(translate("Menus", "&Calcul"))
    run_menu.addActions([actions["evaluate"], actions["cancel"]])
    view_menu = bar.addMenu(translate("Menus", "&Affichage"))
    view_menu.addActions([actions["show_map"], actions["show_network"]])
    view_menu.addSeparator()
    view_menu.addActions([actions["zoom_extent"], actions["zoom_selected"]])
    view_menu.addSeparator()
    for dock in window.docks.values():
        view_menu.addAction(dock.toggleViewAction())
    tools = bar.addMenu(translate("Menus", "&Outils"))
    tools.addAction(actions["preferences"])
    help_menu = bar.addMenu(translate("Menus", "&Aide"))
    help_menu.addAction(actions["about"])
    actions["cancel"].setIconText(translate("Menus", "Annuler"))
    actions["open"].setIconText(translate("Menus", "Ouvrir…"))
    actions["evaluate"].setIconText(translate("Menus", "Calculer"))
    actions["export"].setIconText(translate("Menus", "Exporter…"))
    toolbar = window.addToolBar(translate("Menus", "Barre d'outils"))
    toolbar.setObjectName("main_toolbar")
    toolbar.addActions(
        [
            actions["open"],
            actions["save"],
            actions["undo"],
            actions["redo"],
            actions["evaluate"],
            actions["cancel"],
            actions["export"],
            actions["print_roof"],
            actions["pdf_roof"],
            actions["zoom_extent"],
            actions["show_network"],
        ]
    )
    actions["save"].setIconText(translate("Menus", "Enregistrer"))
    actions["show_network"].setIconText(translate("Menus", "Réseau"))
    menus_study.set_icons(actions)
    return actions


def _action(window, text: str, shortcut, slot, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(
            f"{tip} ({action.shortcut().toString()})" if shortcut is not None else tip
        )
    action.triggered.connect(slot)
    return action


def _actions(window) -> dict[str, QAction]:
    canvas = window.map_panel.canvas
    return {
        "open": _action(
            window,
            translate("Menus", "&Importer une liste de toitures…"),
            QKeySequence.StandardKey.Open,
            window.import_roofs,
            translate("Menus", "Aperçu, correspondance des colonnes et rejets"),
        ),
        "demo": _action(
            window,
            translate("Menus", "Ouvrir la &démonstration Artois"),
            "Ctrl+D",
            window.open_demo,
            translate("Menus", "Étude de démonstration (fictive)"),
        ),
        "boundaries": _action(
            window,
            translate("Menus", "Charger des &limites communales…"),
            "Ctrl+L",
            lambda: _ask_boundaries(window),
            translate("Menus", "Superposer les contours des communes"),
        ),
        "export": _action(
            window,
            translate("Menus", "&Exporter les résultats…"),
            "Ctrl+E",
            lambda: _ask_export(window),
            translate("Menus", "Écrire le tableau, les hypothèses et les rejets"),
        ),
        "quit": _action(
            window,
            translate("Menus", "&Quitter"),
            QKeySequence.StandardKey.Quit,
            window.close,
        ),
        "evaluate": _action(
            window,
            translate("Menus", "&Lancer le calcul"),
            "F5",
            window.evaluate,
            translate("Menus", "Évaluer toutes les toitures"),
        ),
        "cancel": _action(
            window,
            translate("Menus", "&Annuler le travail en cours"),
            "Esc",
            window.cancel,
            translate("Menus", "Arrêter le travail en cours"),
        ),
        "zoom_extent": _action(
            window,
            translate("Menus", "&Vue d'ensemble"),
            "Ctrl+0",
            canvas.zoom_to_extent,
            translate("Menus", "Afficher toute l'étude"),
        ),
        "zoom_selected": _action(
            window,
            translate("Menus", "Zoomer sur la &sélection"),
            "Ctrl+F",
            canvas.zoom_to_selected,
            translate("Menus", "Centrer la carte sur la toiture choisie"),
        ),
        "show_map": _action(
            window,
            translate("Menus", "Carte des &toitures"),
            "Ctrl+1",
            lambda: window.show_view("map"),
            translate("Menus", "Afficher la carte des toitures"),
        ),
        "show_network": _action(
            window,
            translate("Menus", "&Réseau de chaleur"),
            "Ctrl+2",
            lambda: window.show_view("network"),
            translate("Menus", "Dimensionner une extension de réseau de chaleur"),
        ),
        "preferences": _action(
            window,
            translate("Menus", "&Préférences…"),
            QKeySequence.StandardKey.Preferences,
            lambda: _ask_preferences(window),
        ),
        "about": _action(
            window, translate("Menus", "À &propos"), None, lambda: _about(window)
        ),
    }


def _fill_recent(window, menu: QMenu) -> None:
    menu.clear()
    files = window.settings.recent_files
    for number, name in enumerate(files, start=1):
        action = menu.addAction(f"&{number} {Path(name).name}")
        action.setToolTip(name)
        action.triggered.connect(lambda _=False, n=name: window.open_roofs(n))
    if files:
        menu.addSeparator()
        menu.addAction(
            translate("Menus", "Effacer la liste"), window.settings.clear_recent_files
        )
    else:
        menu.addAction(translate("Menus", "(aucun)")).setEnabled(False)


def _start_dir(window) -> str:
    return window.settings.last_directory or str(Path.home())


def _ask_boundaries(window) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("Menus", "Limites communales"),
        _start_dir(window),
        _BOUNDARY_FILTER,
    )
    if path:
        window.load_boundaries(path)


def _ask_export(window) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("Menus", "Exporter les résultats"),
        _start_dir(window),
        _EXPORT_FILTER,
    )
    if path:
        window.settings.last_directory = str(Path(path).parent)
        window.export_results(path)


def _ask_preferences(window) -> None:
    from artois_energy_desk.gui.dialogs.preferences_dialog import PreferencesDialog

    PreferencesDialog.ask(window, window.settings)


def _about(window) -> None:
    QMessageBox.about(
        window,
        translate("Menus", "À propos d'Artois Energy Desk"),
        translate(
            "Menus",
            "<b>Artois Energy Desk {version}</b><p>Potentiel solaire photovoltaïque et "
            "thermique des toitures, hors ligne, pour les conseillers du Pôle "
            "métropolitain de l'Artois.</p><p>Modèles : pvlib (Perez, PVWatts). "
            "L'étude de démonstration est fictive.</p>",
        ).format(version=__version__),
    )
