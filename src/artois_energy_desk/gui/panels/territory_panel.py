"""Territory dashboard: totals by commune or EPCI, chart, and a prospective scenario.

Totals come from :func:`artois_energy_desk.core.territory.summarise`. The scenario
equips a share of the "good" roofs (the two best colour classes) by a target year and
gives the energy, the power and the CO2 of grid electricity displaced, with the average
French mix factor of the parameter table ``emission_factors``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from artois_energy_desk.gui.charts import ChartCanvas
from artois_energy_desk.gui.formatting import format_quantity
from artois_energy_desk.gui.roof_table_model import RoofTableModel
from artois_energy_desk.gui.study import Study

__all__ = ["TerritoryPanel", "scenario_totals"]

_SHOWN = (
    "rank",
    "commune_name",
    "commune_insee",
    "epci",
    "facets",
    "buildings",
    "pv_peak_power_kwp",
    "pv_annual_yield_mwh",
    "pv_specific_yield_kwh_per_kwp",
    "thermal_annual_mwh",
)
#: Colour classes counted as "good roofs" (0 = excellent, 1 = good).
_GOOD_CLASSES = (0, 1)
_CHART_GROUPS = 12


def scenario_totals(
    results: pd.DataFrame,
    classes: np.ndarray,
    share: float,
    kg_co2_per_kwh: float | None,
) -> dict[str, float]:
    """Energy, power and CO2 of equipping ``share`` of the good roofs.

    Parameters
    ----------
    results : pandas.DataFrame
        Evaluated roofs (``pv_peak_power_kwp``, ``pv_annual_yield_kwh``).
    classes : numpy.ndarray
        Colour class of each roof (0 best).
    share : float
        Share of the good roofs equipped [-, 0..1]; each good roof contributes
        ``share`` of its potential (an expected value, not a choice of roofs).
    kg_co2_per_kwh : float or None
        Emission factor of the grid electricity displaced [kgCO2e/kWh].

    Returns
    -------
    dict
        ``roofs`` [-], ``peak_power_kwp`` [kWp], ``annual_mwh`` [MWh/yr],
        ``co2_t_per_year`` [tCO2e/yr, NaN without a factor].
    """
    good = np.isin(classes, _GOOD_CLASSES)
    kwp = float(results["pv_peak_power_kwp"].to_numpy()[good].sum()) * share
    kwh = float(results["pv_annual_yield_kwh"].to_numpy()[good].sum()) * share
    co2 = kwh * kg_co2_per_kwh / 1000.0 if kg_co2_per_kwh is not None else np.nan
    return {
        "roofs": float(good.sum()) * share,
        "peak_power_kwp": kwp,
        "annual_mwh": kwh / 1000.0,
        "co2_t_per_year": co2,
    }


class TerritoryPanel(QWidget):
    """Totals of the study's territory and a scenario, following the results.

    Parameters
    ----------
    study : Study
        The study; the panel refreshes when its results change.
    """

    def __init__(self, study: Study, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territory_panel")
        self._study = study
        self.level_box = QComboBox()
        self.level_box.addItem(self.tr("Par commune"), "commune")
        self.level_box.addItem(self.tr("Par EPCI"), "epci")
        self.model = RoofTableModel(parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setVisible(False)
        self.chart = ChartCanvas(4.0, 2.4)
        self.share_spin = QSpinBox()
        self.share_spin.setRange(0, 100)
        self.share_spin.setValue(30)
        self.share_spin.setSuffix(" %")
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2025, 2060)
        self.year_spin.setValue(2030)
        self.scenario_label = QLabel()
        self.scenario_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Regroupement :")))
        top.addWidget(self.level_box)
        top.addStretch(1)
        scenario = QGroupBox(self.tr("Scénario prospectif"))
        form = QFormLayout(scenario)
        form.addRow(self.tr("Part des bonnes toitures équipées"), self.share_spin)
        form.addRow(self.tr("Horizon"), self.year_spin)
        form.addRow(self.scenario_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.chart, 2)
        layout.addWidget(scenario)
        self.level_box.currentIndexChanged.connect(self.refresh)
        self.share_spin.valueChanged.connect(self._update_scenario)
        self.year_spin.valueChanged.connect(self._update_scenario)
        study.evaluation_changed.connect(self.refresh)
        study.classes_changed.connect(self._update_scenario)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the totals from the study's results."""
        if self._study.evaluation is None:
            self.model.set_frame(pd.DataFrame())
            self.chart.clear_chart(
                self.tr("Totaux du territoire : lancez le calcul (F5)")
            )
            self.scenario_label.clear()
            return
        from artois_energy_desk.core.territory import summarise

        results = self._study.evaluation.results
        table = summarise(
            results, by=self.level_box.currentData(), boundaries=_membership(results)
        )
        self.model.set_frame(table[[c for c in _SHOWN if c in table.columns]])
        self.view.resizeColumnsToContents()
        self._draw(table)
        self._update_scenario()

    def _draw(self, table: pd.DataFrame) -> None:
        label_column = next(
            c
            for c in ("commune_name", "epci_name", "epci", "commune_insee")
            if c in table.columns
        )
        head = table.head(_CHART_GROUPS)
        labels = [str(v)[:18] for v in head[label_column]]
        self.chart.bars(
            labels,
            head["pv_annual_yield_mwh"].to_numpy(np.float64),
            self.tr("Production PV (MWh/an)"),
        )

    def _update_scenario(self) -> None:
        study = self._study
        if study.evaluation is None or len(study.classes) != study.roof_count:
            return
        totals = scenario_totals(
            study.evaluation.results,
            study.classes,
            self.share_spin.value() / 100.0,
            _average_mix_factor(study.evaluation.params),
        )
        co2 = (
            self.tr(", {co2} de CO2e évitées par an (mix moyen)").format(
                co2=format_quantity(totals["co2_t_per_year"], "t", 0)
            )
            if np.isfinite(totals["co2_t_per_year"])
            else ""
        )
        self.scenario_label.setText(
            self.tr("En {year} : {roofs} toitures équipées, {kwp}, {mwh}{co2}.").format(
                year=self.year_spin.value(),
                roofs=format_quantity(totals["roofs"], "", 0).strip(),
                kwp=format_quantity(totals["peak_power_kwp"] / 1000.0, "MWc", 1),
                mwh=format_quantity(totals["annual_mwh"], "MWh/an", 0),
                co2=co2,
            )
        )


def _membership(results: pd.DataFrame) -> pd.DataFrame | None:
    if "commune_insee" not in results:
        return None
    columns = [c for c in ("commune_insee", "commune_name", "epci") if c in results]
    return results[columns].drop_duplicates("commune_insee").reset_index(drop=True)


def _average_mix_factor(params) -> float | None:
    try:
        table = params.table("emission_factors")
    except KeyError:
        return None
    rows = table[
        (table["energy"] == "electricity") & (table["convention"] == "average")
    ]
    return float(rows["kgco2e_per_kwh"].iloc[0]) if len(rows) else None
