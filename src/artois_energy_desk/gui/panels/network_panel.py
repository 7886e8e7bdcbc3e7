"""Heat-network extension view: inputs, options, map of the sized route, verdict.

The adviser picks the candidate buildings, the street axes and the supply (a new
production point or an existing network), chooses the options, and runs the sizing
(:func:`~artois_energy_desk.core.network.size_extension`, on a worker thread with
progress and cancel). The map shows the route coloured by DN and the buildings by
connection status; the tables show the verdict criteria against their thresholds in
traffic-light colours, the indicators, the DN of every segment and the buildings.
Clicking a building selects it; "Exclure / inclure" toggles it and runs again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artois_energy_desk.core.progress import Cancelled
from artois_energy_desk.gui.dialogs.error_dialog import ErrorDialog
from artois_energy_desk.gui.formatting import format_number
from artois_energy_desk.gui.frame_model import FrameModel
from artois_energy_desk.gui.map_canvas import MapCanvas
from artois_energy_desk.gui.network_layers import (
    BUILDING_COLOURS,
    NetworkLayers,
    building_status,
)
from artois_energy_desk.gui.network_tasks import (
    NetworkOptions,
    load_network_task,
    size_network_task,
    with_exclusion,
)
from artois_energy_desk.gui.run_status import RunStatus
from artois_energy_desk.gui.worker import TaskRunner, TaskWorker

__all__ = ["NetworkPanel"]

_LAYER_FILTER = "Couches (*.gpkg *.geojson *.json *.shp *.csv);;Tous les fichiers (*)"


class NetworkPanel(QWidget):
    """Size a heat-network extension and judge it (see module docstring)."""

    #: Buildings, streets and supply were read.
    inputs_loaded = Signal()
    #: A sizing finished; :attr:`result` holds it.
    sizing_finished = Signal()
    #: Reading or sizing failed or was cancelled.
    task_stopped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_panel")
        self.inputs = None
        self.result = None
        self.layers: NetworkLayers | None = None
        self.options = NetworkOptions()
        self.selected = -1
        self.runner = TaskRunner(self)
        #: Called with ``(building_id, excluded)`` instead of :meth:`set_excluded`
        #: when set (the window routes exclusions through its undo stack).
        self.exclusion_handler = None
        self._build()
        self._connect()
        self._update_buttons()

    # -- construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.file_edits = {k: QLineEdit() for k in ("buildings", "streets", "supply")}
        self.supply_box = QComboBox()
        self.supply_box.addItem(self.tr("Point de production nouveau"), "source")
        self.supply_box.addItem(
            self.tr("Réseau existant (canalisations et chaufferie)"), "existing"
        )
        self.simultaneity_box = QComboBox()
        for key, text in (
            (None, self.tr("Paramètre par défaut")),
            ("winter", self.tr("Winter et al. (2001)")),
            ("cibse", self.tr("CIBSE CP1")),
            ("none", self.tr("Aucun (somme des pointes)")),
        ):
            self.simultaneity_box.addItem(text, key)
        self.viable_check = QCheckBox(
            self.tr(
                "Ne raccorder que les bâtiments qui gardent la densité au-dessus "
                "du seuil"
            )
        )
        self.load_button = QPushButton(self.tr("Charger"))
        self.run_button = QPushButton(self.tr("Dimensionner"))
        self.toggle_button = QPushButton(self.tr("Exclure le bâtiment"))
        self.canvas = MapCanvas()
        self.canvas.setObjectName("network_canvas")
        self.verdict_label = QLabel(wordWrap=True)
        self.verdict_label.setObjectName("network_verdict")
        self.selection_label = QLabel(wordWrap=True)
        self.models = {
            k: FrameModel() for k in ("verdict", "indicators", "segments", "buildings")
        }
        self.status = RunStatus(self.runner)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        for key, label in (
            ("buildings", self.tr("Bâtiments candidats :")),
            ("streets", self.tr("Rues :")),
            ("supply", self.tr("Alimentation :")),
        ):
            row = QHBoxLayout()
            row.addWidget(self.file_edits[key], 1)
            button = QToolButton(text="…")
            button.setToolTip(self.tr("Choisir le fichier"))
            button.clicked.connect(lambda _=False, k=key: self._ask_file(k))
            row.addWidget(button)
            if key == "supply":
                row.addWidget(self.supply_box)
            form.addRow(label, row)
        form.addRow(self.tr("Foisonnement :"), self.simultaneity_box)
        form.addRow("", self.viable_check)
        buttons = QHBoxLayout()
        for widget in (self.load_button, self.run_button, self.toggle_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        tabs = QTabWidget()
        titles = {
            "verdict": self.tr("Verdict et seuils"),
            "indicators": self.tr("Indicateurs"),
            "segments": self.tr("Tronçons (DN)"),
            "buildings": self.tr("Bâtiments"),
        }
        self.tables = {}
        for key, title in titles.items():
            view = QTableView()
            view.setModel(self.models[key])
            view.setAlternatingRowColors(key != "verdict")
            view.setWordWrap(False)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(22)
            self.tables[key] = view
            tabs.addTab(view, title)
        self.result_tabs = tabs
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.verdict_label)
        side_layout.addWidget(self.selection_label)
        side_layout.addWidget(tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setSizes([700, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.load_button.clicked.connect(self.load)
        self.run_button.clicked.connect(self.run)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.canvas.overlay_clicked.connect(self.select_building)
        self.runner.busy_changed.connect(self._update_buttons)

    # -- API ---------------------------------------------------------------------------
    def set_files(
        self, buildings, streets, supply, supply_kind: str = "source"
    ) -> None:
        """Choose the input files (read them with :meth:`load`)."""
        for key, path in (
            ("buildings", buildings),
            ("streets", streets),
            ("supply", supply),
        ):
            self.file_edits[key].setText(str(path))
        self.supply_box.setCurrentIndex(self.supply_box.findData(supply_kind))
        self._update_buttons()

    def load(self) -> TaskWorker | None:
        """Read the three inputs (cancels a task under way)."""
        paths = [
            self.file_edits[k].text().strip()
            for k in ("buildings", "streets", "supply")
        ]
        if not all(paths):
            return None
        self.result, self.selected = None, -1
        self.options = NetworkOptions()
        task = load_network_task(*paths, self.supply_box.currentData())
        return self.runner.start(
            task, self._on_inputs_read, self._failed(self.tr("la lecture du réseau"))
        )

    def run(self) -> TaskWorker | None:
        """Size the extension with the current options and exclusions."""
        if self.inputs is None:
            return None
        self.options = NetworkOptions(
            self.simultaneity_box.currentData(),
            self.viable_check.isChecked(),
            self.options.excluded,
        )
        return self.runner.start(
            size_network_task(self.inputs, self.options),
            self._on_sized,
            self._failed(self.tr("le dimensionnement")),
        )

    def select_building(self, index: int) -> None:
        """Select candidate building ``index`` (-1: none)."""
        self.selected = int(index)
        if self.layers is not None:
            self.layers.selected = self.selected
            self.canvas.set_overlay(self.layers)
        self._show_selection()
        self._update_buttons()

    def set_excluded(self, building_id: str, excluded: bool) -> TaskWorker | None:
        """Leave building ``building_id`` out (or include it again), then re-run."""
        self.options = with_exclusion(self.options, building_id, excluded)
        return self.run()

    def apply_exclusions(self, excluded: frozenset[str]) -> TaskWorker | None:
        """Make ``excluded`` the excluded buildings; re-run if a result is shown."""
        excluded = frozenset(str(b) for b in excluded)
        if excluded == self.options.excluded:
            return None
        self.options = NetworkOptions(
            self.options.simultaneity_method, self.options.select_viable, excluded
        )
        self._show_selection()
        self._update_buttons()
        return self.run() if self.result is not None else None

    def toggle_selected(self) -> TaskWorker | None:
        """Exclude the selected building, or include it again."""
        building = self._selected_id()
        if building is None:
            return None
        excluded = building not in self.options.excluded
        if self.exclusion_handler is not None:
            self.exclusion_handler(building, excluded)
            return None
        return self.set_excluded(building, excluded)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # the map is fitted again once the view has its real size on screen
        super().showEvent(event)
        if self.layers is not None:
            QTimer.singleShot(0, self.canvas.zoom_to_extent)

    # -- reactions ---------------------------------------------------------------------
    def _on_inputs_read(self, inputs) -> None:
        self.inputs = inputs
        self.layers = NetworkLayers.from_inputs(inputs)
        self.canvas.set_overlay(self.layers)
        self.canvas.zoom_to_extent()
        self._set_legend([])
        for model in self.models.values():
            model.set_frame(FrameModel().frame)
        self.verdict_label.setText(
            self.tr(
                "{count} bâtiments candidats, {rejected} lignes rejetées. "
                "Lancer le dimensionnement."
            ).format(count=len(inputs.buildings), rejected=len(inputs.rejects))
        )
        self._show_selection()
        self._update_buttons(busy=False)  # the task has returned: no longer busy
        self.inputs_loaded.emit()

    def _on_sized(self, result) -> None:
        from artois_energy_desk.gui import network_tables as tables

        self.result = result
        dns = self.layers.set_result(result, self.inputs, self.options.excluded)
        self.canvas.set_overlay(self.layers)
        self._set_legend(dns)
        verdict, colours = tables.verdict_table(result)
        self.models["verdict"].set_frame(verdict, colours)
        self.models["indicators"].set_frame(tables.indicator_table(result))
        self.models["segments"].set_frame(tables.segment_table(result))
        self.models["buildings"].set_frame(tables.building_table(result))
        for view in self.tables.values():
            view.resizeColumnsToContents()
        self._show_verdict(result, tables)
        self._show_selection()
        self._update_buttons(busy=False)  # the task has returned: no longer busy
        self.sizing_finished.emit()

    def _show_verdict(self, result, tables) -> None:
        colour = tables.verdict_colour(result.verdict.level).name()
        f = result.figures
        text = self.tr(
            "<span style='font-size:14pt;color:{colour}'><b>Verdict : {level}</b>"
            "</span><br>{connected} / {candidates} bâtiments raccordés ; tranchée "
            "{trench} m ; densité {density} MWh/(m·an) ; pertes {losses} %"
        ).format(
            colour=colour,
            level=result.verdict.level,
            connected=int(result.buildings["connected"].sum()),
            candidates=len(result.buildings),
            trench=tables._number(f["trench_length_m"]),
            density=tables._number(f["density_mwh_per_m"]),
            losses=format_number(100 * f["loss_fraction"], 1),
        )
        bottleneck = tables.bottleneck_text(result)
        if bottleneck:
            sentence = bottleneck[0].upper() + bottleneck[1:]
            text += f"<br><span style='color:#c62828'><b>{sentence}</b></span>"
        self.verdict_label.setText(text)

    def _set_legend(self, dns: list[int]) -> None:
        from artois_energy_desk.gui.network_layers import dn_colour

        names = {
            "connected": self.tr("Bâtiment raccordé"),
            "not_connected": self.tr("Bâtiment non raccordé"),
            "excluded": self.tr("Bâtiment exclu"),
            "candidate": self.tr("Bâtiment candidat"),
        }
        entries = [(dn_colour(rank), f"DN{dn}") for rank, dn in enumerate(dns)]
        shown = {"candidate"}
        if dns:
            shown = set(building_status(self.result.buildings, self.options.excluded))
        entries += [(c, names[k]) for k, c in BUILDING_COLOURS.items() if k in shown]
        title = self.tr("Réseau de chaleur") if dns else self.tr("Données lues")
        self.canvas.set_legend(title, entries)

    def _failed(self, step: str):
        def report(error: BaseException) -> None:
            self.task_stopped.emit()
            if not isinstance(error, Cancelled):
                ErrorDialog.report(self, error, step)

        return report

    def _selected_id(self) -> str | None:
        if self.inputs is None or not 0 <= self.selected < len(self.inputs.buildings):
            return None
        return str(self.inputs.buildings["building_id"].iloc[self.selected])

    def _show_selection(self) -> None:
        building = self._selected_id()
        if building is None:
            self.selection_label.setText(
                self.tr("Cliquer un bâtiment sur la carte pour le sélectionner.")
            )
            return
        state = self.tr("exclu par l'utilisateur")
        if building not in self.options.excluded:
            state = self.tr("candidat")
            if self.result is not None:
                row = self.result.buildings.iloc[self.selected]
                state = str(row["reason"])
        self.selection_label.setText(
            self.tr("Bâtiment {id} : {state}").format(id=building, state=state)
        )

    def _update_buttons(self, busy: bool | None = None) -> None:
        busy = self.runner.busy if busy is None else busy
        filled = all(e.text().strip() for e in self.file_edits.values())
        self.load_button.setEnabled(filled and not busy)
        self.run_button.setEnabled(self.inputs is not None and not busy)
        building = self._selected_id()
        self.toggle_button.setEnabled(building is not None and not busy)
        excluded = building is not None and building in self.options.excluded
        self.toggle_button.setText(
            self.tr("Inclure le bâtiment")
            if excluded
            else self.tr("Exclure le bâtiment")
        )

    def _ask_file(self, key: str) -> None:
        current = self.file_edits[key].text()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir un fichier"),
            str(Path(current).parent) if current else "",
            _LAYER_FILTER,
        )
        if name:
            self.file_edits[key].setText(name)
            self._update_buttons()
