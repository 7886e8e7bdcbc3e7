"""One roof or one site: year-by-year cash flows for the GUI and the reports.

A site is several facets whose amounts are summed (the yearly profiles are shared), so
its indicators are those of the summed cash flow.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    prepare_inputs,
    scenario_cash_flows,
)
from artois_energy_desk.core.economics.loadprofiles import LoadProfiles
from artois_energy_desk.core.economics.pv import PvInputs
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["cash_flows", "site_cash_flow_set"]


def cash_flows(roof: Mapping | pd.Series | pd.DataFrame, params: ParameterSet, *,
               scenario: str = "pv_surplus",
               pv_hourly_shape_kwh_per_kwp: np.ndarray,
               load_profiles: LoadProfiles,
               self_consumed_kwh: float | None = None,
               options: EconomicOptions | None = None,
               assumptions: EconomicAssumptions | None = None) -> pd.DataFrame:
    """Year-by-year cash flows of one roof, or of one site (several facets summed).

    Parameters
    ----------
    roof : mapping, Series or DataFrame
        One roof result row, or the rows of one site.
    scenario : str
        ``pv_surplus``, ``pv_total_sale`` or ``thermal``.
    self_consumed_kwh : float, optional
        Year-1 self-consumption measured or computed hour by hour (for example with
        :func:`~artois_energy_desk.core.economics.selfconsumption.self_consumption_hourly`
        on a measured load curve); replaces the closed-form estimate (one roof only).
    Other parameters as :func:`evaluate_economics`.

    Returns
    -------
    pandas.DataFrame
        One row per year 0..lifetime: ``year``, ``energy_kwh``, the components
        (``capex_eur``, ``om_eur``, ``replacement_eur``, ``grid_fee_eur``,
        ``savings_eur``, ``sale_eur``, ``premium_eur``, ``aid_eur`` as they apply),
        ``net_cash_flow_eur``, ``discount_factor``, ``discounted_cash_flow_eur``,
        ``cumulative_eur``, ``cumulative_discounted_eur``.
    """
    options = options or EconomicOptions()
    a = assumptions or resolve_assumptions(params, options)
    flows = site_cash_flow_set(roof, params, a, scenario=scenario, options=options,
                               pv_hourly_shape_kwh_per_kwp=pv_hourly_shape_kwh_per_kwp,
                               load_profiles=load_profiles,
                               self_consumed_kwh=self_consumed_kwh)
    return flows.table(0, a.discount_rate)


def site_cash_flow_set(roof, params: ParameterSet, a: EconomicAssumptions, *,
                       scenario: str, options: EconomicOptions,
                       pv_hourly_shape_kwh_per_kwp: np.ndarray,
                       load_profiles: LoadProfiles,
                       self_consumed_kwh: float | None = None) -> CashFlowSet:
    """One-row :class:`CashFlowSet` of a roof or a site (amounts summed over facets)."""
    frame = _as_frame(roof)
    inputs = prepare_inputs(frame, params, a, options=options,
                            pv_hourly_shape_kwh_per_kwp=np.asarray(
                                pv_hourly_shape_kwh_per_kwp, dtype=float),
                            load_profiles=load_profiles)
    if self_consumed_kwh is not None and inputs.pv is not None:
        if len(frame) != 1:
            raise ValueError("self_consumed_kwh applies to one roof only")
        pv = inputs.pv
        inputs = replace(inputs, pv=PvInputs(pv.peak_kwp, pv.installation_kwp,
                                             pv.annual_yield_kwh,
                                             np.array([float(self_consumed_kwh)])
                                             * a.production_factor))
    sets = scenario_cash_flows(inputs, a)
    if scenario not in sets:
        raise ValueError(f"scenario {scenario!r} not available for this roof "
                         f"(available: {sorted(sets)})")
    return sets[scenario].aggregate()


def _as_frame(roof) -> pd.DataFrame:
    if isinstance(roof, pd.DataFrame):
        return roof.reset_index(drop=True)
    if isinstance(roof, pd.Series):
        return roof.to_frame().T.reset_index(drop=True).infer_objects()
    return pd.DataFrame([dict(roof)])
