"""Economic detail of a roof or site for its sheet, through the economics engine.

The economics engine needs, besides the result rows, the hourly shape of the PV
production (for self-consumption) and the load profiles. :class:`EconomicsForSheets`
prepares them once per run (one sky for all sheets) and gives, for the rows of one
sheet, their ``eco_*`` / ``co2_*`` columns (computed when the rows do not carry them)
and an :class:`~artois_energy_desk.report.economics_content.EconomicDetail` (cash
flows and sensitivity of each scenario).
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from artois_energy_desk import ArtoisWarning
from artois_energy_desk.core.climate import WeatherYear
from artois_energy_desk.core.economics import (
    EconomicOptions,
    evaluate_economics,
    pv_shape_from_series,
    resolve_assumptions,
)
from artois_energy_desk.core.economics.sensitivity import (
    ScenarioCases,
    sensitivities,
)
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.solar.pv import AC_QUANTITY, pv_hourly
from artois_energy_desk.core.solar.pv_settings import PVSettings
from artois_energy_desk.core.solar.sky import compute_sky
from artois_energy_desk.io.load_curves import default_load_profiles
from artois_energy_desk.report.economic_rows import economic_rows_used
from artois_energy_desk.report.economics_content import (
    EconomicDetail,
    available_scenarios,
)

__all__ = ["EconomicsForSheets"]

#: Orientation of the production shape when the rows give none (south, 35 degrees).
_DEFAULT_PLANE = (35.0, 180.0, "pitched")


class EconomicsForSheets:
    """Economic columns and detail for sheets, sharing one sky and load profiles.

    Parameters
    ----------
    params : ParameterSet
        The parameters of the results.
    weather : WeatherYear
        The climate of the results (only the hour-by-hour shape of production within
        each month is used).
    options : EconomicOptions, optional
        Tariff period, VAT and date choices.
    with_sensitivity : bool
        Whether to compute the tornado tables (about a dozen cash-flow evaluations
        of all scenarios together).
    """

    def __init__(
        self,
        params: ParameterSet,
        weather: WeatherYear,
        options: EconomicOptions | None = None,
        with_sensitivity: bool = True,
    ) -> None:
        self.params = params
        self.options = options or EconomicOptions()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ArtoisWarning)
            self.assumptions = resolve_assumptions(params, self.options)
        self.notes = tuple(
            str(w.message) for w in caught if issubclass(w.category, ArtoisWarning)
        )
        self.with_sensitivity = with_sensitivity
        self._sky = compute_sky(weather, params)
        self._settings = PVSettings.from_parameters(params)
        self._profiles = default_load_profiles()
        self._shapes: dict[tuple[float, float, str], np.ndarray] = {}

    def shape(self, rows: pd.DataFrame) -> np.ndarray:
        """Hourly production of 1 kWp in the plane of the rows' largest array."""
        plane = _DEFAULT_PLANE
        if {"pv_tilt_deg", "pv_azimuth_deg", "pv_peak_power_kwp"} <= set(rows.columns):
            best = rows["pv_peak_power_kwp"].astype(float).fillna(0).idxmax()
            mounting = (
                str(rows.at[best, "pv_mounting"])
                if "pv_mounting" in rows
                else "pitched"
            )
            plane = (
                round(float(rows.at[best, "pv_tilt_deg"])),
                round(float(rows.at[best, "pv_azimuth_deg"])),
                mounting,
            )
        if plane not in self._shapes:
            tilt, azimuth, mounting = plane
            hourly = pv_hourly(
                self._sky,
                np.array([tilt]),
                np.array([azimuth]),
                self._settings,
                mounting,
            )[AC_QUANTITY][0]
            series = pd.Series(np.nan_to_num(hourly), index=self._sky.times)
            self._shapes[plane] = pv_shape_from_series(series)
        return self._shapes[plane]

    def with_columns(self, rows: pd.DataFrame) -> pd.DataFrame:
        """Return ``rows`` with the economic and CO2 columns (computed if absent)."""
        if "eco_pv_npv_eur" in rows.columns or "eco_th_npv_eur" in rows.columns:
            return rows
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ArtoisWarning)
            extra = self._economics(rows)
        return pd.concat([rows, extra], axis=1)

    def _economics(self, rows: pd.DataFrame) -> pd.DataFrame:
        return evaluate_economics(
            rows,
            self.params,
            pv_hourly_shape_kwh_per_kwp=self.shape(rows),
            load_profiles=self._profiles,
            options=self.options,
            assumptions=self.assumptions,
        )

    def detail(self, rows: pd.DataFrame, summary_row) -> EconomicDetail:
        """Cash flows (and sensitivity) of the scenarios the summary row carries.

        Parameters
        ----------
        rows : pandas.DataFrame
            The facet rows of the roof or site (with economic columns).
        summary_row : mapping
            The row whose scenarios are shown (the roof, or the site's sums).
        """
        shape = self.shape(rows)
        common = {
            "pv_hourly_shape_kwh_per_kwp": shape,
            "load_profiles": self._profiles,
            "options": self.options,
        }
        with warnings.catch_warnings():
            # the engine repeats the notices already kept in self.notes
            warnings.simplefilter("ignore", ArtoisWarning)
            return self._detail(rows, summary_row, common)

    def _detail(self, rows, summary_row, common) -> EconomicDetail:
        tornado = {}
        scenarios = available_scenarios(summary_row)
        cases = ScenarioCases(
            rows,
            self.params,
            self.options,
            pv_hourly_shape_kwh_per_kwp=common["pv_hourly_shape_kwh_per_kwp"],
            load_profiles=self._profiles,
        )
        rate = self.assumptions.discount_rate
        # the year-by-year table of each scenario, as core.economics.cash_flows
        flows = {
            scenario: one.table(0, rate)
            for scenario, one in cases.flows(self.assumptions, scenarios).items()
        }
        if self.with_sensitivity and scenarios:
            tornado = sensitivities(
                rows,
                self.params,
                scenarios=scenarios,
                metric="npv_eur",
                assumptions=self.assumptions,
                cases=cases,
                **common,
            )
        used = economic_rows_used(
            summary_row,
            self.params,
            self.assumptions,
            available_scenarios(summary_row),
        )
        return EconomicDetail(
            flows,
            tornado,
            self.assumptions.discount_rate,
            self.options.include_vat,
            self.notes,
            used,
        )
