"""Climate source (embedded Artois year or an imported file) and editable parameters.

Any change replaces the study's climate or parameters; results then show as out of
date until the evaluation is run again.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from artois_energy_desk.gui.charts import ChartCanvas, month_labels
from artois_energy_desk.gui.formatting import format_number

__all__ = ["ParametersPanel"]

#: Parameter groups listed (editable numeric values).
_GROUPS = ("pv.",)
_WEATHER_FILTER = "Météo (*.csv *.json *.epw);;Tous les fichiers (*)"


class ParametersPanel(QWidget):
    """Climate and parameters of the study of ``window`` (a :class:`MainWindow`)."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parameters_panel")
        self._window = window
        self._study = window.study
        self._filling = False
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.embedded_button = QPushButton(self.tr("Année type Artois intégrée"))
        self.import_button = QPushButton(self.tr("Importer PVGIS / EPW…"))
        self.chart = ChartCanvas(4.0, 2.3)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("parameter_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Paramètre"),
                self.tr("Valeur"),
                self.tr("Unité"),
                self.tr("Statut"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().setVisible(False)
        self.reset_button = QPushButton(self.tr("Valeurs par défaut"))
        climate_box = QGroupBox(self.tr("Climat"))
        climate_layout = QVBoxLayout(climate_box)
        climate_layout.addWidget(self.source_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.embedded_button)
        buttons.addWidget(self.import_button)
        climate_layout.addLayout(buttons)
        climate_layout.addWidget(self.chart)
        params_box = QGroupBox(self.tr("Paramètres photovoltaïques"))
        params_layout = QVBoxLayout(params_box)
        params_layout.addWidget(self.table)
        params_layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(climate_box)
        layout.addWidget(params_box, 1)
        self.embedded_button.clicked.connect(lambda: self.load_climate(None))
        self.import_button.clicked.connect(self._ask_weather_file)
        self.reset_button.clicked.connect(self._reset_parameters)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self._study.climate_changed.connect(self._on_study_climate_changed)
        self._on_study_climate_changed()

    # -- climate -----------------------------------------------------------------------
    def load_climate(self, path: str | Path | None) -> None:
        """Replace the climate by the file ``path`` (``None``: embedded Artois year)."""
        from artois_energy_desk.gui.study_tasks import load_climate_task

        params = self._study.climate.params if self._study.climate else None
        self._window.runner.start(
            load_climate_task(path, params),
            self._study.set_climate,
            self._window._on_task_failed(self.tr("la lecture du climat")),
        )

    def _ask_weather_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Fichier météo"),
            self._window.settings.last_directory,
            _WEATHER_FILTER,
        )
        if path:
            self.load_climate(path)

    def _on_study_climate_changed(self) -> None:
        climate = self._study.climate
        if climate is None:
            self.source_label.setText(self.tr("Climat en cours de chargement…"))
            self.chart.clear_chart(self.tr("Climat en cours de chargement…"))
            self._fill_table(None)
            return
        from artois_energy_desk.core.climate.summary import monthly_summary

        weather = climate.weather
        summary = monthly_summary(weather)
        total = float(summary["ghi_kwh_m2"].sum())
        self.source_label.setText(
            self.tr(
                "{source}\nSite : {lat} N, {lon} E ; irradiation globale horizontale : "
                "{total} kWh/m²/an"
            ).format(
                source=weather.source,
                lat=format_number(weather.latitude, 3),
                lon=format_number(weather.longitude, 3),
                total=format_number(total),
            )
        )
        self.chart.bars(
            month_labels(),
            summary["ghi_kwh_m2"].to_numpy(np.float64),
            self.tr("Irradiation globale (kWh/m²)"),
            line=summary["temp_air_c"].to_numpy(np.float64),
            line_label=self.tr("Température moyenne (°C)"),
        )
        self._fill_table(climate.params)

    # -- parameters --------------------------------------------------------------------
    def _fill_table(self, params) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            if params is None:
                return
            records = params.records()
            numeric = records[
                records["name"].str.startswith(_GROUPS) & records["unit"].ne("text")
            ]
            self.table.setRowCount(len(numeric))
            for row, record in enumerate(numeric.itertuples()):
                self._set_row(row, record)
            self.table.resizeColumnsToContents()
        finally:
            self._filling = False

    def _set_row(self, row: int, record) -> None:
        name = QTableWidgetItem(record.description or record.name)
        name.setToolTip(f"{record.name}\n{record.source}")
        name.setData(Qt.ItemDataRole.UserRole, record.name)
        value = QTableWidgetItem(
            format_number(float(record.value), 4).rstrip("0").rstrip(",")
        )
        value.setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        for column, item in enumerate(
            (
                name,
                value,
                QTableWidgetItem(record.unit),
                QTableWidgetItem(record.status),
            )
        ):
            if column != 1:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1 or self._study.climate is None:
            return
        name = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        text = item.text().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            self._window.statusBar().showMessage(
                self.tr("« {text} » n'est pas un nombre ; valeur inchangée.").format(
                    text=item.text()
                ),
                8000,
            )
            self._fill_table(self._study.climate.params)
            return
        params = self._study.climate.params.with_values(
            {name: value}, source=self.tr("saisie")
        )
        self._study.set_parameters(params)

    def _reset_parameters(self) -> None:
        from artois_energy_desk.io.parameters import load_parameters

        self._study.set_parameters(load_parameters())
