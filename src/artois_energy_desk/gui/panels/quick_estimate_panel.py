"""Quick estimate of one roof that is in no list: position, area, tilt, azimuth, use."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from artois_energy_desk.core.progress import Cancelled
from artois_energy_desk.gui.charts import ChartCanvas, month_labels
from artois_energy_desk.gui.formatting import format_quantity
from artois_energy_desk.gui.study import Study
from artois_energy_desk.gui.study_tasks import pv_table_task, single_roof
from artois_energy_desk.gui.worker import TaskRunner

__all__ = ["QuickEstimatePanel"]

_MONTHLY = tuple(f"pv_yield_m{month:02d}_kwh" for month in range(1, 13))


class QuickEstimatePanel(QWidget):
    """Form giving the PV potential of one roof at once.

    Parameters
    ----------
    study : Study
        Provides the climate and parameters (and their PV table).
    """

    def __init__(self, study: Study, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_estimate_panel")
        self._study = study
        self._runner = TaskRunner(self)
        self.latitude = self._spin(41.0, 51.5, 5, " °", 50.432)
        self.longitude = self._spin(-5.5, 10.0, 5, " °", 2.832)
        self.area = self._spin(1.0, 100_000.0, 1, " m²", 40.0)
        self.tilt = self._spin(0.0, 90.0, 0, " °", 35.0)
        self.azimuth = self._spin(0.0, 359.0, 0, " °", 180.0)
        self.use = QComboBox()
        for code, label in (
            ("maison", self.tr("Maison")),
            ("immeuble", self.tr("Immeuble de logements")),
            ("tertiaire", self.tr("Tertiaire")),
            ("ecole", self.tr("École")),
            ("industrie", self.tr("Industrie")),
        ):
            self.use.addItem(label, code)
        self.button = QPushButton(self.tr("Estimer"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.chart = ChartCanvas(4.0, 2.2)
        form = QFormLayout()
        form.addRow(self.tr("Latitude (WGS84)"), self.latitude)
        form.addRow(self.tr("Longitude (WGS84)"), self.longitude)
        form.addRow(self.tr("Surface du pan"), self.area)
        form.addRow(self.tr("Pente (0 = toit plat)"), self.tilt)
        form.addRow(self.tr("Azimut (180 = sud, 90 = est)"), self.azimuth)
        form.addRow(self.tr("Usage"), self.use)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.button)
        layout.addWidget(self.result)
        layout.addWidget(self.chart, 1)
        self.button.clicked.connect(self.estimate)
        for spin in (self.area, self.tilt, self.azimuth):
            spin.editingFinished.connect(self.estimate)
        self.chart.clear_chart(self.tr("Saisissez une toiture puis « Estimer »"))

    @staticmethod
    def _spin(
        low: float, high: float, decimals: int, suffix: str, value: float
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.setKeyboardTracking(False)
        return spin

    def estimate(self) -> None:
        """Estimate the roof in the form (the PV table is built once if needed)."""
        study = self._study
        if study.climate is None:
            self.result.setText(self.tr("Climat en cours de chargement…"))
            return
        params = study.climate.params
        if study.pv_table(params) is not None:
            self._show(params)
            return
        self.result.setText(self.tr("Préparation de la table PV…"))
        self._runner.start(
            pv_table_task(study.climate.weather, params),
            lambda table: self._on_table_ready(params, table),
            self._on_table_failed,
        )

    def _on_table_ready(self, params, table) -> None:
        self._study.store_pv_table(params, table)
        self._show(params)

    def _on_table_failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            self.result.setText(
                self.tr("Calcul impossible : {error}").format(error=error)
            )

    def _show(self, params) -> None:
        from artois_energy_desk.core.solar.pv import evaluate_pv

        roof = single_roof(
            self.latitude.value(),
            self.longitude.value(),
            self.area.value(),
            self.tilt.value(),
            self.azimuth.value(),
            self.use.currentData(),
        )
        row = evaluate_pv(roof, self._study.pv_table(params), params).iloc[0]
        self.result.setText(
            self.tr(
                "{kwp} sur {usable} utilisables : {energy}, soit {specific} "
                "(climat : {source})"
            ).format(
                kwp=format_quantity(float(row["pv_peak_power_kwp"]), "kWc", 1),
                usable=format_quantity(float(row["pv_usable_area_m2"]), "m²", 0),
                energy=format_quantity(float(row["pv_annual_yield_kwh"]), "kWh/an"),
                specific=format_quantity(
                    float(row["pv_specific_yield_kwh_per_kwp"]), "kWh/kWc"
                ),
                source=self._study.climate.weather.source,
            )
        )
        monthly = row[list(_MONTHLY)].to_numpy(dtype=np.float64)
        self.chart.bars(month_labels(), monthly, self.tr("Production PV (kWh)"))
