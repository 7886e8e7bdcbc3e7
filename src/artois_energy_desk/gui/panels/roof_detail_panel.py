"""Detail of the selected roof: PV figures, monthly chart, assumptions, "what if"."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from artois_energy_desk.core.progress import Cancelled
from artois_energy_desk.gui.charts import ChartCanvas, month_labels
from artois_energy_desk.gui.formatting import format_number, format_quantity
from artois_energy_desk.gui.study import Study
from artois_energy_desk.gui.study_tasks import pv_table_task, what_if
from artois_energy_desk.gui.worker import TaskRunner

__all__ = ["RoofDetailPanel"]

_MONTHLY = tuple(f"pv_yield_m{month:02d}_kwh" for month in range(1, 13))
#: Parameters listed as the assumptions of a roof's figures.
_ASSUMPTIONS = (
    "pv.module_power_density_kwp_per_m2",
    "pv.usable_ratio_pitched",
    "pv.usable_ratio_flat",
    "pv.albedo",
    "pv.dc_ac_ratio",
)


class RoofDetailPanel(QScrollArea):
    """Figures of the study's selected roof, with quick "what if" edits.

    Parameters
    ----------
    study : Study
        The study; the panel follows its selection and results.
    """

    def __init__(self, study: Study, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roof_detail_panel")
        self.setWidgetResizable(True)
        self._study = study
        self._runner = TaskRunner(self)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        # the body never shrinks below what its forms need: the scroll bar appears
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a4b00;")
        self.roof_form = QFormLayout()
        self.pv_form = QFormLayout()
        self.chart = ChartCanvas(4.0, 2.3)
        self.chart.setFixedHeight(230)
        self.assumptions = QLabel()
        self.assumptions.setWordWrap(True)
        self.assumptions.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self._group(self.tr("Toiture"), self.roof_form))
        layout.addWidget(self._group(self.tr("Potentiel photovoltaïque"), self.pv_form))
        layout.addWidget(self.chart)
        layout.addWidget(self._build_what_if())
        layout.addWidget(self._group(self.tr("Hypothèses"), self.assumptions))
        layout.addStretch(1)
        study.selection_changed.connect(self._on_study_selection_changed)
        study.evaluation_changed.connect(self._refresh)
        study.stale_changed.connect(self._refresh)
        study.climate_changed.connect(self._on_study_climate_changed)
        self._refresh()

    # -- construction ------------------------------------------------------------------
    @staticmethod
    def _group(title: str, content) -> QGroupBox:
        box = QGroupBox(title)
        if isinstance(content, QWidget):
            inner = QVBoxLayout(box)
            inner.addWidget(content)
        else:
            box.setLayout(content)
        return box

    def _build_what_if(self) -> QGroupBox:
        self.area_spin = self._spin(0.0, 100_000.0, 1, " m²")
        self.tilt_spin = self._spin(0.0, 90.0, 0, " °")
        self.kwp_spin = self._spin(0.0, 100_000.0, 1, " kWc")
        self.what_if_result = QLabel()
        self.what_if_result.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Rétablir"))
        form = QFormLayout()
        form.addRow(self.tr("Surface utilisable"), self.area_spin)
        form.addRow(self.tr("Pente"), self.tilt_spin)
        form.addRow(self.tr("Puissance installée"), self.kwp_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.what_if_result, 1)
        buttons.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(buttons)
        self.what_if_box = self._group(
            self.tr("Et si… (cette toiture seulement)"), form
        )
        for spin in (self.area_spin, self.tilt_spin, self.kwp_spin):
            spin.editingFinished.connect(self._on_what_if_edited)
        self.reset_button.clicked.connect(self._refresh)
        return self.what_if_box

    @staticmethod
    def _spin(low: float, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)
        return spin

    # -- study -> panel ----------------------------------------------------------------
    def _on_study_selection_changed(self, position: int) -> None:
        self._refresh()

    def _on_study_climate_changed(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        study, position = self._study, self._study.selected
        self._clear_forms()
        self.what_if_result.clear()
        if position < 0:
            self.title.setText(self.tr("Aucune toiture sélectionnée"))
            self.notice.setText(
                self.tr("Cliquez une toiture sur la carte ou une ligne du tableau.")
            )
            self.chart.clear_chart(
                self.tr("Production mensuelle : choisissez une toiture")
            )
            self.what_if_box.setEnabled(False)
            self.assumptions.setText(self._assumption_text())
            return
        roof = study.roof(position)
        self.title.setText(self._title(roof))
        self._fill_roof(roof)
        evaluated = study.is_evaluated and "pv_peak_power_kwp" in roof
        self.notice.setText(self._notice(evaluated))
        self.what_if_box.setEnabled(bool(evaluated) and not study.stale)
        if evaluated:
            self._fill_pv(roof)
            self._set_what_if_inputs(roof)
            self._draw_monthly(roof, None)
        else:
            self.chart.clear_chart(
                self.tr("Production mensuelle : lancez le calcul (F5)")
            )
        self.assumptions.setText(self._assumption_text())

    def _title(self, roof: pd.Series) -> str:
        commune = roof.get("commune_name", roof.get("commune_insee", ""))
        use = roof.get("building_use", "")
        parts = [str(roof["roof_id"]), str(commune or ""), str(use or "")]
        return " — ".join(p for p in parts if p and p != "nan")

    def _notice(self, evaluated: bool) -> str:
        if not evaluated:
            return self.tr("Toiture non évaluée : lancez le calcul (F5).")
        if self._study.stale:
            return self.tr(
                "Résultats périmés : les paramètres ou le climat ont changé "
                "depuis le calcul. Relancez le calcul (F5)."
            )
        return ""

    def _clear_forms(self) -> None:
        for form in (self.roof_form, self.pv_form):
            while form.rowCount():
                form.removeRow(0)

    def _fill_roof(self, roof: pd.Series) -> None:
        rows = (
            (self.tr("Surface du pan"), "area_m2", "m²", 1),
            (self.tr("Pente"), "tilt_deg", "°", 0),
            (self.tr("Azimut (180 = sud)"), "azimuth_deg", "°", 0),
        )
        for label, column, unit, decimals in rows:
            self.roof_form.addRow(
                label, QLabel(format_quantity(float(roof[column]), unit, decimals))
            )

    def _fill_pv(self, roof: pd.Series) -> None:
        rows = (
            (self.tr("Surface utilisable"), "pv_usable_area_m2", "m²", 1),
            (self.tr("Surface de modules"), "pv_module_area_m2", "m²", 1),
            (self.tr("Puissance installable"), "pv_peak_power_kwp", "kWc", 1),
            (self.tr("Production annuelle"), "pv_annual_yield_kwh", "kWh/an", 0),
            (self.tr("Productible"), "pv_specific_yield_kwh_per_kwp", "kWh/kWc", 0),
            (self.tr("Irradiation du plan"), "poa_annual_kwh_m2", "kWh/m²/an", 0),
            (self.tr("Ratio de performance"), "pv_performance_ratio", "", 2),
            (self.tr("Perte par ombrage"), "pv_shading_loss", "", 2),
        )
        for label, column, unit, decimals in rows:
            if column in roof:
                value = format_quantity(float(roof[column]), unit, decimals).strip()
                self.pv_form.addRow(label, QLabel(value))
        if "pv_mounting" in roof:
            mounting = (
                self.tr("toit plat, modules sur châssis")
                if roof["pv_mounting"] == "flat"
                else self.tr("modules dans le plan du toit")
            )
            self.pv_form.addRow(self.tr("Pose"), QLabel(mounting))

    def _assumption_text(self) -> str:
        study = self._study
        lines = []
        if study.evaluation is not None:
            lines.append(
                self.tr("Climat : {source}").format(
                    source=study.evaluation.weather_source
                )
            )
            params = study.evaluation.params
        elif study.climate is not None:
            lines.append(
                self.tr("Climat : {source}").format(source=study.climate.weather.source)
            )
            params = study.climate.params
        else:
            return self.tr("Climat et paramètres en cours de chargement…")
        for name in _ASSUMPTIONS:
            if name in params:
                parameter = params[name]
                value = format_number(float(parameter.value), 3).rstrip("0").rstrip(",")
                lines.append(
                    f"{parameter.description} : {value} {parameter.unit} "
                    f"({parameter.status})"
                )
        return "\n".join(lines)

    # -- what if -----------------------------------------------------------------------
    def _set_what_if_inputs(self, roof: pd.Series) -> None:
        for spin, column in (
            (self.area_spin, "pv_usable_area_m2"),
            (self.tilt_spin, "tilt_deg"),
            (self.kwp_spin, "pv_peak_power_kwp"),
        ):
            spin.blockSignals(True)
            spin.setValue(float(roof.get(column, 0.0)))
            spin.blockSignals(False)
        self.area_spin.setMaximum(float(roof["area_m2"]))

    def _on_what_if_edited(self) -> None:
        study = self._study
        if study.selected < 0 or study.evaluation is None or study.climate is None:
            return
        params = study.evaluation.params
        if study.pv_table(params) is not None:
            self._apply_what_if()
            return
        self.what_if_result.setText(self.tr("Préparation de la table PV…"))
        self._runner.start(
            pv_table_task(study.climate.weather, params),
            lambda table: self._on_table_ready(params, table),
            self._on_table_failed,
        )

    def _on_table_ready(self, params, table) -> None:
        self._study.store_pv_table(params, table)
        self._apply_what_if()

    def _on_table_failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            self.what_if_result.setText(
                self.tr("Calcul impossible : {error}").format(error=error)
            )

    def _apply_what_if(self) -> None:
        study, position = self._study, self._study.selected
        if position < 0:
            return
        params = study.evaluation.params
        roof = study.layer.imported.roofs.iloc[[position]]
        base = study.roof(position)
        result = what_if(
            roof,
            study.pv_table(params),
            params,
            usable_area_m2=self.area_spin.value(),
            tilt_deg=self.tilt_spin.value(),
            peak_power_kwp=self._kwp_override(base),
        )
        self._show_what_if(base, result.iloc[0])

    def _kwp_override(self, base: pd.Series) -> float | None:
        value = self.kwp_spin.value()
        return None if abs(value - float(base["pv_peak_power_kwp"])) < 0.05 else value

    def _show_what_if(self, base: pd.Series, variant: pd.Series) -> None:
        energy = float(variant["pv_annual_yield_kwh"])
        change = energy - float(base["pv_annual_yield_kwh"])
        self.what_if_result.setText(
            self.tr(
                "Variante : {kwp}, {energy}, {specific} ({change} par rapport "
                "au calcul)"
            ).format(
                kwp=format_quantity(float(variant["pv_peak_power_kwp"]), "kWc", 1),
                energy=format_quantity(energy, "kWh/an"),
                specific=format_quantity(
                    float(variant["pv_specific_yield_kwh_per_kwp"]), "kWh/kWc"
                ),
                change=("+" if change >= 0 else "") + format_quantity(change, "kWh"),
            )
        )
        self._draw_monthly(base, variant)

    def _draw_monthly(self, base: pd.Series, variant: pd.Series | None) -> None:
        if not all(c in base for c in _MONTHLY):
            self.chart.clear_chart(self.tr("Pas de production mensuelle"))
            return
        values = base[list(_MONTHLY)].to_numpy(dtype=np.float64)
        compare = (
            variant[list(_MONTHLY)].to_numpy(dtype=np.float64)
            if variant is not None
            else None
        )
        self.chart.bars(
            month_labels(),
            values,
            self.tr("Production PV (kWh)"),
            compare=compare,
            legend=(self.tr("Calcul"), self.tr("Variante")),
        )
