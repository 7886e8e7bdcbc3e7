"""Import a roof list: file and layer, preview, column mapping, conventions, rejects.

The dialog reads the file with the very reader the batch uses
(:func:`~artois_energy_desk.gui.study_tasks.load_roofs_task`, so
:func:`~artois_energy_desk.io.roofs.read_roofs`) on a worker thread, again after each
change of layer, mapping, azimuth convention or geometry kind, and shows what came
out: accepted and rejected rows with their reasons, and every assumption the reader
made. "Importer" hands the layer already read to the window (nothing is read twice).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from artois_energy_desk.core.progress import Cancelled
from artois_energy_desk.gui.dialogs.error_dialog import ErrorDialog
from artois_energy_desk.gui.dialogs.import_mapping import MappingTable
from artois_energy_desk.gui.formatting import format_number
from artois_energy_desk.gui.frame_model import FrameModel
from artois_energy_desk.gui.run_status import RunStatus
from artois_energy_desk.gui.worker import TaskRunner, TaskWorker

__all__ = ["ImportDialog"]

ROOF_FILTER = (
    "Listes de toitures (*.csv *.tsv *.txt *.xlsx *.gpkg *.geojson *.json "
    "*.shp *.osm *.pbf);;Tous les fichiers (*)"
)
_EXPORT_FILTER = "Classeur Excel (*.xlsx);;CSV (*.csv)"
#: Delay between an edit and the new reading [ms], so that typing stays fluid.
_ANALYSE_DELAY_MS = 300


class ImportDialog(QDialog):
    """Import a roof list with a preview and a validation summary.

    Parameters
    ----------
    parent : QWidget, optional
        Owner window.
    path : path-like, optional
        File to open at once.
    start_dir : str
        Folder of the file picker.
    """

    #: A reading finished (successfully or not); the summary is up to date.
    analysis_finished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        path: str | Path | None = None,
        start_dir: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Importer une liste de toitures"))
        self.resize(1100, 760)
        self.path: Path | None = None
        self.layer_data = None
        self._start_dir = start_dir
        self.runner = TaskRunner(self)
        self._timer = QTimer(self, singleShot=True, interval=_ANALYSE_DELAY_MS)
        self._timer.timeout.connect(self.analyse)
        self._build()
        self._connect()
        self._show_result(None)
        if path is not None:
            self.set_path(path)

    # -- construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.file_edit = QLineEdit(readOnly=True)
        self.browse_button = QPushButton(self.tr("Choisir…"))
        self.layer_box = QComboBox()
        self.layer_box.setPlaceholderText(self.tr("couche unique"))
        self.azimuth_box = QComboBox()
        for key, text in (
            ("auto", self.tr("Détection automatique")),
            ("north", self.tr("0 = nord, 90 = est, 180 = sud (pvlib)")),
            ("south", self.tr("0 = sud, −90 = est, 90 = ouest (PVGIS)")),
        ):
            self.azimuth_box.addItem(text, key)
        self.kind_box = QComboBox()
        for key, text in (
            ("auto", self.tr("Détection automatique")),
            ("facets", self.tr("Pans avec pente et azimut")),
            ("altitudes", self.tr("Pans en plan avec altitudes min. et max.")),
            ("footprints", self.tr("Emprises de bâtiments (pans estimés)")),
        ):
            self.kind_box.addItem(text, key)
        self.kind_box.setToolTip(
            self.tr("Fichiers géographiques : nature des polygones")
        )
        self.mapping = MappingTable()
        self.preview_model = FrameModel()
        self.preview_view = _table(self.preview_model)
        self.rejects_model = FrameModel()
        self.rejects_view = _table(self.rejects_model)
        self.summary_label = QLabel(wordWrap=True)
        self.summary_label.setObjectName("import_summary")
        self.convention_label = QLabel(wordWrap=True)
        self.assumption_list = QListWidget()
        self.assumption_list.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Exporter les rejets…"))
        self.status = RunStatus(self.runner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Importer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuler")
        )
        self._lay_out()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Fichier :"), file_row)
        form.addRow(self.tr("Couche ou feuille :"), self.layer_box)
        form.addRow(self.tr("Convention d'azimut :"), self.azimuth_box)
        form.addRow(self.tr("Géométrie :"), self.kind_box)
        tabs = QTabWidget()
        tabs.addTab(self.preview_view, self.tr("Aperçu des premières lignes"))
        tabs.addTab(self.mapping, self.tr("Correspondance des colonnes"))
        self.tabs = tabs
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.summary_label)
        result_layout.addWidget(self.convention_label)
        result_tabs = QTabWidget()
        result_tabs.addTab(self.assumption_list, self.tr("Hypothèses et détections"))
        rejects = QWidget()
        rejects_layout = QVBoxLayout(rejects)
        rejects_layout.setContentsMargins(0, 0, 0, 0)
        rejects_layout.addWidget(self.rejects_view)
        rejects_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        result_tabs.addTab(rejects, self.tr("Lignes rejetées"))
        self.result_tabs = result_tabs
        result_layout.addWidget(result_tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(tabs)
        splitter.addWidget(result)
        splitter.setSizes([380, 380])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.layer_box.currentIndexChanged.connect(self._on_layer_box_changed)
        self.azimuth_box.currentIndexChanged.connect(self._schedule)
        self.kind_box.currentIndexChanged.connect(self._schedule)
        self.mapping.mapping_changed.connect(self._schedule)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- API ---------------------------------------------------------------------------
    @classmethod
    def ask(cls, parent: QWidget | None, start_dir: str = ""):
        """Run the dialog; return the :class:`RoofLayer` imported, or ``None``."""
        dialog = cls(parent, start_dir=start_dir)
        dialog._on_browse_button_clicked()
        if dialog.path is None:
            return None
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.layer_data if accepted else None

    def set_path(self, path: str | Path) -> None:
        """Open ``path``: list its layers, preview it, read it."""
        from artois_energy_desk.gui.dialogs.import_preview import layers_of

        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        try:
            layers = layers_of(self.path)
        except Exception as error:  # shown to the user, the dialog stays usable
            layers = []
            self._show_error(error)
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItems(layers)
        self.layer_box.setCurrentIndex(0 if layers else -1)
        self.layer_box.setEnabled(len(layers) > 1)
        self.layer_box.blockSignals(False)
        vector = self.path.suffix.lower() not in (".csv", ".tsv", ".txt", ".xlsx")
        self.kind_box.setEnabled(vector)
        self._refresh_preview()
        self.analyse()

    def set_layer(self, name: str) -> None:
        """Read layer (or sheet) ``name``."""
        self.layer_box.setCurrentIndex(self.layer_box.findText(name))

    def set_azimuth_convention(self, key: str) -> None:
        """Force azimuth convention ``key`` (``auto``, ``north`` or ``south``)."""
        self.azimuth_box.setCurrentIndex(self.azimuth_box.findData(key))

    def set_geometry_kind(self, key: str) -> None:
        """Say what the polygons are (``auto``, ``facets``, ``altitudes``...)."""
        self.kind_box.setCurrentIndex(self.kind_box.findData(key))

    @property
    def layer(self) -> str | None:
        """Layer or sheet chosen (``None``: the file's only or first one)."""
        return self.layer_box.currentText() or None

    def options(self):
        """The :class:`RoofImportOptions` chosen in the dialog."""
        from artois_energy_desk.io.roofs import RoofImportOptions

        return RoofImportOptions(
            azimuth_convention=self.azimuth_box.currentData(),
            column_map=self.mapping.user_map() or None,
            geometry_kind=self.kind_box.currentData(),
        )

    def analyse(self) -> TaskWorker | None:
        """Read the file with the current choices (cancels a reading under way)."""
        from artois_energy_desk.gui.study_tasks import load_roofs_task

        self._timer.stop()
        if self.path is None:
            return None
        self.layer_data = None
        self._update_buttons()
        return self.runner.start(
            load_roofs_task(self.path, self.layer, self.options()),
            self._on_read_done,
            self._on_read_failed,
        )

    def export_rejects(self, path: str | Path) -> Path:
        """Write the rejected rows (and the assumptions) to ``path``."""
        from artois_energy_desk.io.writers import write_table

        imported = self.layer_data.imported
        return write_table(
            imported.rejected, path, assumptions=list(imported.assumptions)
        )

    # -- reactions ---------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def _refresh_preview(self) -> None:
        from artois_energy_desk.gui.dialogs.import_preview import (
            detected_mapping,
            preview_rows,
        )

        try:
            frame = preview_rows(self.path, self.layer)
        except Exception as error:  # shown; the reading will say more
            self._show_error(error)
            frame = None
        if frame is None:
            self.preview_model.set_frame(FrameModel().frame)
            self.mapping.set_headers([], {}, None)
            return
        self.preview_model.set_frame(frame)
        self.preview_view.resizeColumnsToContents()
        headers = [str(c) for c in frame.columns]
        self.mapping.set_headers(headers, detected_mapping(headers), frame)

    def _on_layer_box_changed(self) -> None:
        if self.path is not None:
            self._refresh_preview()
            self.analyse()

    def _on_browse_button_clicked(self) -> None:
        folder = str(self.path.parent) if self.path else self._start_dir
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir une liste de toitures"), folder, ROOF_FILTER
        )
        if name:
            self.set_path(name)

    def _on_export_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les lignes rejetées"),
            str(self.path.with_name(f"{self.path.stem}_rejets.xlsx")),
            _EXPORT_FILTER,
        )
        if name:
            try:
                self.export_rejects(name)
            except Exception as error:  # shown to the user
                ErrorDialog.report(self, error, self.tr("l'export des rejets"))

    def _on_read_done(self, layer_data) -> None:
        self.layer_data = layer_data
        self._show_result(layer_data.imported)
        self._update_buttons()
        self.analysis_finished.emit()

    def _on_read_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        self.layer_data = None
        self._show_result(None)
        self._show_error(error)
        self._update_buttons()
        self.analysis_finished.emit()

    def _show_error(self, error: BaseException) -> None:
        text, _ = ErrorDialog.message(error, self.tr("la lecture du fichier"))
        self.summary_label.setText(f"<span style='color:#b00020'>{text}</span>")

    def _show_result(self, imported) -> None:
        self.assumption_list.clear()
        if imported is None:
            self.summary_label.setText(self.tr("Aucun fichier lu."))
            self.convention_label.clear()
            self.rejects_model.set_frame(FrameModel().frame)
            self.export_button.setEnabled(False)
            return
        accepted = imported.roofs["source_row"].nunique()
        rejected = len(imported.rejected)
        self.summary_label.setText(
            self.tr(
                "<b>{rows}</b> lignes lues : <b style='color:#1b5e20'>{accepted}"
                "</b> acceptées ({facets} pans), <b style='color:#b00020'>"
                "{rejected}</b> rejetées."
            ).format(
                rows=format_number(imported.input_rows),
                accepted=format_number(accepted),
                facets=format_number(len(imported.roofs)),
                rejected=format_number(rejected),
            )
        )
        self.convention_label.setText(_convention_text(self, imported.assumptions))
        self.assumption_list.addItems(list(imported.assumptions))
        self.rejects_model.set_frame(imported.rejected.rename(columns=self._labels()))
        self.rejects_view.resizeColumnsToContents()
        self.export_button.setEnabled(rejected > 0)
        self.result_tabs.setTabText(
            1, self.tr("Lignes rejetées ({count})").format(count=rejected)
        )

    def _labels(self) -> dict[str, str]:
        return {
            "file": self.tr("Fichier"),
            "row": self.tr("Ligne"),
            "roof_id": self.tr("Identifiant"),
            "column": self.tr("Colonne"),
            "value": self.tr("Valeur"),
            "reason": self.tr("Motif du rejet"),
        }

    def _update_buttons(self) -> None:
        # analyse() clears layer_data, so a layer here is the outcome of the last read
        ready = self.layer_data is not None and len(self.layer_data.imported.roofs) > 0
        self.import_button.setEnabled(ready)

    def reject(self) -> None:  # noqa: D102 - QDialog override: stop the reading
        self.runner.cancel()
        super().reject()


def _table(model: FrameModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(22)
    return view


def _convention_text(dialog: QDialog, assumptions: list[str]) -> str:
    said = [a for a in assumptions if a.startswith(("Convention d'azimut", "Pans en"))]
    said += [a for a in assumptions if a.startswith(("Séparateur", "Encodage"))]
    if not said:
        said = [
            QCoreApplication.translate(
                "ImportDialog",
                "Pentes et orientations estimées à partir des emprises (voir les "
                "hypothèses).",
            )
        ]
    return "<br>".join(said)
