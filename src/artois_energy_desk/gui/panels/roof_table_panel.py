"""The roof table with its filter bar (commune, solar-cadastre class, text)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from artois_energy_desk.gui.class_legend import class_entries
from artois_energy_desk.gui.formatting import format_number
from artois_energy_desk.gui.roof_table_model import RoofFilter, RoofTableModel
from artois_energy_desk.gui.study import Study

__all__ = ["RoofTablePanel"]

#: Wait after the last key stroke before filtering on the text [ms].
_TEXT_DEBOUNCE_MS = 250
_MAX_COLUMN_WIDTH_PX = 260


class RoofTablePanel(QWidget):
    """Sortable, filterable table of the study's roofs, synchronised with the study.

    Parameters
    ----------
    study : Study
        The study shown; selecting a row selects the roof in the study.
    """

    def __init__(self, study: Study, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roof_table_panel")
        self._study = study
        self.model = RoofTableModel(parent=self)
        self._syncing = False
        self._build()
        study.roofs_loaded.connect(self._on_study_roofs_loaded)
        study.evaluation_changed.connect(self._on_study_evaluation_changed)
        study.classes_changed.connect(self._on_study_classes_changed)
        study.selection_changed.connect(self._on_study_selection_changed)

    # -- construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.commune_box = QComboBox()
        self.commune_box.setMinimumContentsLength(14)
        self.class_box = QComboBox()
        self.class_box.setMinimumContentsLength(14)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Identifiant, bâtiment, commune…"))
        self.text_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self._text_timer = QTimer(self, singleShot=True, interval=_TEXT_DEBOUNCE_MS)
        self._text_timer.timeout.connect(self._apply_filter)
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Commune"), self.commune_box),
            (self.tr("Classe"), self.class_box),
            (self.tr("Recherche"), self.text_edit),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget, 1 if widget is self.text_edit else 0)
        bar.addWidget(self.count_label)
        self.view = QTableView()
        self.view.setObjectName("roof_table")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(QFontMetrics(self.font()).height() + 6)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.view.selectionModel().currentRowChanged.connect(self._on_view_row_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.commune_box.currentIndexChanged.connect(self._apply_filter)
        self.class_box.currentIndexChanged.connect(self._apply_filter)
        self.text_edit.textChanged.connect(self._text_timer.start)

    # -- study -> view -----------------------------------------------------------------
    def _on_study_roofs_loaded(self) -> None:
        self._fill_communes()
        self._reload()

    def _on_study_evaluation_changed(self) -> None:
        self._reload()

    def _on_study_classes_changed(self) -> None:
        self._fill_classes()
        self.model.set_classes(self._study.classes)
        self._update_count()

    def _reload(self) -> None:
        self.model.set_classes(None)
        self.model.set_frame(self._study.frame)
        self.model.set_classes(self._study.classes)
        self._fit_columns()
        self._update_count()
        self._on_study_selection_changed(self._study.selected)

    def _on_study_selection_changed(self, position: int) -> None:
        row = self.model.row_of(position) if position >= 0 else -1
        self._syncing = True
        try:
            selection = self.view.selectionModel()
            if row < 0:
                selection.clearSelection()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False

    # -- view -> study -----------------------------------------------------------------
    def _on_view_row_changed(self, current, previous) -> None:
        if self._syncing or not current.isValid():
            return
        self._study.select(self.model.position(current.row()))

    def _apply_filter(self) -> None:
        commune = self.commune_box.currentData()
        colour_class = self.class_box.currentData()
        self.model.set_filter(
            RoofFilter(commune, colour_class, self.text_edit.text().strip())
        )
        self._update_count()
        self._on_study_selection_changed(self._study.selected)

    # -- helpers -----------------------------------------------------------------------
    def _fill_communes(self) -> None:
        frame = self._study.frame
        column = next(
            (c for c in ("commune_name", "commune_insee") if c in frame), None
        )
        names = sorted(frame[column].dropna().astype(str).unique()) if column else []
        self.commune_box.blockSignals(True)
        self.commune_box.clear()
        self.commune_box.addItem(self.tr("Toutes"), None)
        for name in names:
            self.commune_box.addItem(name, name)
        self.commune_box.blockSignals(False)
        self.model.set_filter(
            RoofFilter(
                None, self.class_box.currentData(), self.text_edit.text().strip()
            )
        )

    def _fill_classes(self) -> None:
        current = self.class_box.currentData()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        self.class_box.addItem(self.tr("Toutes"), None)
        for number, (_, label) in enumerate(class_entries(self._study)):
            self.class_box.addItem(label, number)
        found = self.class_box.findData(current)
        self.class_box.setCurrentIndex(max(found, 0))
        self.class_box.blockSignals(False)

    def _fit_columns(self) -> None:
        metrics = QFontMetrics(self.view.horizontalHeader().font())
        sample_rows = range(min(self.model.rowCount(), 40))
        for column in range(self.model.columnCount()):
            texts = [
                str(self.model.headerData(column, Qt.Orientation.Horizontal)),
                *(
                    self.model.data(self.model.index(row, column))
                    for row in sample_rows
                ),
            ]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            width = min(widest + 28, _MAX_COLUMN_WIDTH_PX)
            self.view.setColumnWidth(column, max(width, 70))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.frame)
        self.count_label.setText(
            self.tr("{shown} / {total} toitures").format(
                shown=format_number(shown), total=format_number(total)
            )
        )

    def visible_positions(self) -> np.ndarray:
        """DataFrame positions of the rows shown, in view order."""
        return self.model.positions()
