"""One-at-a-time sensitivity of a roof's or a site's economics (tornado chart data).

Each variable is moved to a low and a high value while the others keep their base
value; the chosen indicator is recomputed for the whole cash flow (self-consumption
included when production changes). Variables:

* investment: -20 % / +20 % (order of the spread of installer quotes,
  economics-emissions.md §3: 8-12 k€ for 3 kWc);
* energy prices (electricity, gas, fuel oil): -20 % / +20 %;
* discount rate: 1 % / 6 % (economics-emissions.md §5: LCOE shown at 1, 3, 6 %);
* S21 grid: the least and the most favourable period of the tariff table (PV only);
* production: -10 % / +10 %.

Only production changes the per-facet inputs (self-consumption depends on it, not
linearly): the inputs are prepared once per production level (three times) and every
other case reuses them, and each case builds the cash flows of all scenarios at once,
so :func:`sensitivities` gives the tornado tables of every scenario of a roof for about
the cost of one scenario's cash flows per case.

References
----------
.. [1] Short W. et al. (1995), NREL/TP-462-5173, §6 (sensitivity analysis).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics.assumptions import (
    EconomicAssumptions,
    EconomicOptions,
    resolve_assumptions,
)
from artois_energy_desk.core.economics.cashflow import CashFlowSet
from artois_energy_desk.core.economics.evaluate import (
    RoofInputs,
    prepare_inputs,
    scenario_cash_flows,
)
from artois_energy_desk.core.economics.loadprofiles import LoadProfiles
from artois_energy_desk.core.economics.pv import PvInputs
from artois_energy_desk.core.economics.singleroof import _as_frame
from artois_energy_desk.core.economics.tariffs import select_tariff_period
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["METRICS", "ScenarioCases", "sensitivities", "sensitivity"]

#: Indicators available to :func:`sensitivity`.
METRICS = ("npv_eur", "irr", "payback_years", "discounted_payback_years",
           "lcoe_eur_per_kwh")
_RELATIVE = {"capex": 0.20, "energy_price": 0.20, "production": 0.10}
_DISCOUNT_RATES = (0.01, 0.06)
_LABELS = {
    "capex": "Investissement", "energy_price": "Prix de l'énergie",
    "discount_rate": "Taux d'actualisation", "tariff_period": "Trimestre tarifaire S21",
    "production": "Production",
}
_FACTOR_FIELDS = {"capex": "capex_factor", "energy_price": "energy_price_factor"}


def _metric(flows: CashFlowSet, metric: str, rate: float) -> float:
    if metric == "npv_eur":
        return float(flows.npv(rate)[0])
    if metric == "irr":
        return float(flows.irr()[0])
    if metric == "payback_years":
        return float(flows.payback_years(0.0)[0])
    if metric == "discounted_payback_years":
        return float(flows.payback_years(rate)[0])
    if metric == "lcoe_eur_per_kwh":
        return float(flows.levelised_cost(rate)[0])
    raise ValueError(f"unknown metric {metric!r}; expected one of {METRICS}")


def _tariff_cases(base: EconomicAssumptions,
                  today) -> list[tuple[str, EconomicAssumptions]]:
    table = base.tables["pv_tariffs_s21"]
    starts = sorted(set(table["period_start"].astype(str)))
    cases = []
    for start in starts:
        period = select_tariff_period(table, pd.Timestamp(start).date(), today=today,
                                      staleness_months=np.inf)
        cases.append((period.label, replace(base, tariff_period=period)))
    return cases


class ScenarioCases:
    """Cash flows of one roof or site under varied assumptions, inputs shared.

    The per-facet inputs are prepared once per production factor and reused for
    every other variation (investment, prices, discount rate, tariff period).

    Parameters
    ----------
    roof : mapping, Series or DataFrame
        One roof result row, or the rows of one site.
    params : ParameterSet
        The parameters of the results.
    options : EconomicOptions
        Tariff period, VAT and date choices.
    pv_hourly_shape_kwh_per_kwp : numpy.ndarray
        Hourly production of 1 kWp [kWh].
    load_profiles : LoadProfiles
        Normalised load profiles.
    self_consumed_kwh : float, optional
        Measured year-1 self-consumption of one roof [kWh].
    """

    def __init__(self, roof, params: ParameterSet, options: EconomicOptions, *,
                 pv_hourly_shape_kwh_per_kwp: np.ndarray, load_profiles: LoadProfiles,
                 self_consumed_kwh: float | None = None):
        self.frame, self.params, self.options = _as_frame(roof), params, options
        self.shape = np.asarray(pv_hourly_shape_kwh_per_kwp, dtype=float)
        self.load_profiles = load_profiles
        self.self_consumed_kwh = self_consumed_kwh
        self._inputs: dict[float, RoofInputs] = {}

    def inputs(self, a: EconomicAssumptions) -> RoofInputs:
        """Per-facet inputs, prepared once per production factor."""
        key = float(a.production_factor)
        if key not in self._inputs:
            inputs = prepare_inputs(self.frame, self.params, a, options=self.options,
                                    pv_hourly_shape_kwh_per_kwp=self.shape,
                                    load_profiles=self.load_profiles)
            self._inputs[key] = self._measured(inputs, a)
        return self._inputs[key]

    def _measured(self, inputs: RoofInputs, a: EconomicAssumptions) -> RoofInputs:
        if self.self_consumed_kwh is None or inputs.pv is None:
            return inputs
        if len(self.frame) != 1:
            raise ValueError("self_consumed_kwh applies to one roof only")
        pv = inputs.pv
        measured = np.array([float(self.self_consumed_kwh)]) * a.production_factor
        return replace(inputs, pv=PvInputs(pv.peak_kwp, pv.installation_kwp,
                                           pv.annual_yield_kwh, measured))

    def flows(self, a: EconomicAssumptions,
              scenarios: Sequence[str]) -> dict[str, CashFlowSet]:
        """One-row (facets summed) cash flows of each scenario under ``a``."""
        inputs = self.inputs(a)
        if not any(s.startswith("pv") for s in scenarios):
            inputs = replace(inputs, pv=None)  # only the scenarios asked are built
        if "thermal" not in scenarios:
            inputs = replace(inputs, thermal=None)
        sets = scenario_cash_flows(inputs, a)
        missing = [s for s in scenarios if s not in sets]
        if missing:
            raise ValueError(f"scenario {missing[0]!r} not available for this roof "
                             f"(available: {sorted(sets)})")
        return {s: sets[s].aggregate() for s in scenarios}

    def values(self, a: EconomicAssumptions, scenarios: Sequence[str],
               metric: str) -> dict[str, float]:
        """The metric of each scenario under assumptions ``a`` (summed facets)."""
        return {s: _metric(f, metric, a.discount_rate)
                for s, f in self.flows(a, scenarios).items()}


def sensitivities(roof, params: ParameterSet, *, scenarios: Sequence[str],
                  metric: str = "npv_eur", pv_hourly_shape_kwh_per_kwp: np.ndarray,
                  load_profiles: LoadProfiles, options: EconomicOptions | None = None,
                  assumptions: EconomicAssumptions | None = None,
                  self_consumed_kwh: float | None = None,
                  cases: ScenarioCases | None = None) -> dict[str, pd.DataFrame]:
    """Tornado-chart tables of several scenarios of one roof or one site.

    Same cases and table as :func:`sensitivity`, computed for all ``scenarios``
    together (inputs prepared once per production level, all scenarios' cash flows
    built once per case).

    Parameters
    ----------
    scenarios : sequence of str
        Scenarios to analyse (``pv_surplus``, ``pv_total_sale``, ``thermal``).
    assumptions : EconomicAssumptions, optional
        The resolved base assumptions (default: resolved from ``params`` and
        ``options``).
    cases : ScenarioCases, optional
        Prepared inputs of the same roof to reuse (its base cash flows may already
        have been built for a chart).
    Other parameters as :func:`sensitivity`.

    Returns
    -------
    dict of str to pandas.DataFrame
        The table of :func:`sensitivity` of each scenario.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; expected one of {METRICS}")
    options = options or EconomicOptions()
    base = assumptions or resolve_assumptions(params, options)
    cases = cases or ScenarioCases(
        roof, params, options, pv_hourly_shape_kwh_per_kwp=pv_hourly_shape_kwh_per_kwp,
        load_profiles=load_profiles, self_consumed_kwh=self_consumed_kwh)
    scenarios = list(scenarios)
    base_values = cases.values(base, scenarios, metric)
    rows: dict[str, list[dict]] = {s: [] for s in scenarios}

    def pair(variable, low_input, high_input, low_a, high_a, which=scenarios):
        low = cases.values(low_a, which, metric)
        high = cases.values(high_a, which, metric)
        for s in which:
            rows[s].append(_row(variable, low_input, high_input, low[s], high[s],
                                base_values[s]))

    for variable, field in _FACTOR_FIELDS.items():
        step = _RELATIVE[variable]
        pair(variable, f"-{step:.0%}", f"+{step:.0%}",
             replace(base, **{field: 1.0 - step}), replace(base, **{field: 1.0 + step}))
    step = _RELATIVE["production"]
    pair("production", f"-{step:.0%}", f"+{step:.0%}",
         replace(base, production_factor=1.0 - step),
         replace(base, production_factor=1.0 + step))
    low_rate, high_rate = _DISCOUNT_RATES
    pair("discount_rate", f"{low_rate:.0%}", f"{high_rate:.0%}",
         replace(base, discount_rate=low_rate), replace(base, discount_rate=high_rate))
    pv = [s for s in scenarios if s.startswith("pv")]
    if pv:
        values = [(label, cases.values(a, pv, metric))
                  for label, a in _tariff_cases(base, options.today)]
        for s in pv:
            rows[s].append(_tariff_row([(label, v[s]) for label, v in values],
                                       base_values[s]))
    return {s: pd.DataFrame(rows[s]).sort_values(
        "swing", ascending=False, na_position="last", ignore_index=True)
        for s in scenarios}


def sensitivity(roof, params: ParameterSet, *, scenario: str = "pv_surplus",
                metric: str = "npv_eur", pv_hourly_shape_kwh_per_kwp: np.ndarray,
                load_profiles: LoadProfiles, options: EconomicOptions | None = None,
                self_consumed_kwh: float | None = None) -> pd.DataFrame:
    """Tornado-chart table of one roof or one site.

    Parameters
    ----------
    roof : mapping, Series or DataFrame
        One roof result row, or the rows of one site (indicator of the summed flows).
    scenario : str
        ``pv_surplus``, ``pv_total_sale`` or ``thermal``.
    metric : str
        One of :data:`METRICS`.
    Other parameters as
    :func:`~artois_energy_desk.core.economics.singleroof.cash_flows`.

    Returns
    -------
    pandas.DataFrame
        One row per variable, sorted by decreasing swing: ``variable``, ``label``
        (French), ``low_input``, ``high_input`` (text), ``base_value``,
        ``low_value``, ``high_value`` (the indicator), ``low_delta``,
        ``high_delta`` (minus the base), ``swing`` (|high - low|).
    """
    return sensitivities(roof, params, scenarios=[scenario], metric=metric,
                         pv_hourly_shape_kwh_per_kwp=pv_hourly_shape_kwh_per_kwp,
                         load_profiles=load_profiles, options=options,
                         self_consumed_kwh=self_consumed_kwh)[scenario]


def _tariff_row(values: list[tuple[str, float]], base_value: float) -> dict:
    finite = [(label, v) for label, v in values if np.isfinite(v)]
    if not finite:
        return _row("tariff_period", "", "", np.nan, np.nan, base_value)
    low = min(finite, key=lambda item: item[1])
    high = max(finite, key=lambda item: item[1])
    return _row("tariff_period", low[0], high[0], low[1], high[1], base_value)


def _row(variable: str, low_input: str, high_input: str, low: float, high: float,
         base_value: float) -> dict:
    return {"variable": variable, "label": _LABELS[variable], "low_input": low_input,
            "high_input": high_input, "base_value": base_value, "low_value": low,
            "high_value": high, "low_delta": low - base_value,
            "high_delta": high - base_value, "swing": abs(high - low)}
