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

References
----------
.. [1] Short W. et al. (1995), NREL/TP-462-5173, §6 (sensitivity analysis).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics.assumptions import (
    EconomicAssumptions,
    EconomicOptions,
    resolve_assumptions,
)
from artois_energy_desk.core.economics.cashflow import CashFlowSet
from artois_energy_desk.core.economics.loadprofiles import LoadProfiles
from artois_energy_desk.core.economics.singleroof import site_cash_flow_set
from artois_energy_desk.core.economics.tariffs import select_tariff_period
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["METRICS", "sensitivity"]

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
    options = options or EconomicOptions()
    base = resolve_assumptions(params, options)

    def evaluate(a: EconomicAssumptions) -> float:
        flows = site_cash_flow_set(
            roof, params, a, scenario=scenario, options=options,
            pv_hourly_shape_kwh_per_kwp=pv_hourly_shape_kwh_per_kwp,
            load_profiles=load_profiles, self_consumed_kwh=self_consumed_kwh)
        return _metric(flows, metric, a.discount_rate)

    base_value = evaluate(base)
    rows = []
    factor_fields = {"capex": "capex_factor", "energy_price": "energy_price_factor",
                     "production": "production_factor"}
    for variable, field in factor_fields.items():
        step = _RELATIVE[variable]
        rows.append(_row(variable, f"-{step:.0%}", f"+{step:.0%}",
                         evaluate(replace(base, **{field: 1.0 - step})),
                         evaluate(replace(base, **{field: 1.0 + step})), base_value))
    low_rate, high_rate = _DISCOUNT_RATES
    rows.append(_row("discount_rate", f"{low_rate:.0%}", f"{high_rate:.0%}",
                     evaluate(replace(base, discount_rate=low_rate)),
                     evaluate(replace(base, discount_rate=high_rate)), base_value))
    if scenario.startswith("pv"):
        rows.append(_tariff_row(evaluate, base, options, base_value))
    frame = pd.DataFrame(rows)
    return frame.sort_values("swing", ascending=False, na_position="last",
                             ignore_index=True)


def _tariff_row(evaluate: Callable[[EconomicAssumptions], float],
                base: EconomicAssumptions, options: EconomicOptions,
                base_value: float) -> dict:
    values = [(label, evaluate(a)) for label, a in _tariff_cases(base, options.today)]
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
