"""Solar water-heating cash flows: solar heat replacing gas, electricity or fuel oil.

Per roof (constant € of the study year):

* investment I = A · c(segment, A) · (1 + VAT) · capex factor [€], c the HT cost per m²
  of collector (single house: CESI curve; otherwise the collective curve);
* aids at year 0: MaPrimeRénov' (single houses, by income category) or Fonds Chaleur
  (collective, 25-500 m², per m²);
* savings S_y = Q / η · p_fuel · (1 + g)^(y-1), Q the useful solar heat [kWh/yr], η the
  efficiency of the replaced boiler or water heater, p_fuel its energy price [€/kWh];
* maintenance = 1.5 % of I per year.

The levelised cost of solar heat is the :meth:`CashFlowSet.levelised_cost` of these
flows (€ per kWh of useful solar heat, net of aids).

References
----------
.. [1] shared/reference/economics-emissions.md §2 (prices, boiler efficiency), §4
   (costs), §6 (aids).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics import profiles as prof
from artois_energy_desk.core.economics.assumptions import (
    REPLACED_ENERGIES,
    EconomicAssumptions,
)
from artois_energy_desk.core.economics.cashflow import CashFlowSet, Component
from artois_energy_desk.core.economics.costs import (
    fonds_chaleur_eur,
    maprimerenov_eur,
    thermal_unit_cost_eur_per_m2_ht,
)
from artois_energy_desk.core.economics.tariffs import vat_rate

__all__ = ["SEGMENTS", "ThermalInputs", "thermal_cash_flows", "thermal_capex_and_aid"]

#: Cost segments of solar water heating (code 0 / 1 = False / True single house).
SEGMENTS = ("collective", "single_house")


@dataclass(frozen=True)
class ThermalInputs:
    """Per-roof solar-thermal quantities.

    Parameters
    ----------
    collector_area_m2 : numpy.ndarray
        Collector area [m²].
    annual_heat_kwh : numpy.ndarray
        Useful solar heat [kWh/yr] (production factor applied).
    single_house : numpy.ndarray of bool
        True for single houses (CESI cost curve, MaPrimeRénov'), False for
        collective or tertiary systems (Fonds Chaleur).
    residential : numpy.ndarray of bool
        True where the reduced renovation VAT applies.
    replaced_energy : numpy.ndarray of str
        ``gas``, ``electricity`` or ``fuel_oil``.
    """

    collector_area_m2: np.ndarray
    annual_heat_kwh: np.ndarray
    single_house: np.ndarray
    residential: np.ndarray
    replaced_energy: np.ndarray


def thermal_capex_and_aid(inputs: ThermalInputs, a: EconomicAssumptions,
                          ) -> tuple[np.ndarray, np.ndarray]:
    """Investment [€] and aids [€] of each roof's solar water heater."""
    tables = a.tables
    unit = thermal_unit_cost_eur_per_m2_ht(tables["thermal_costs"],
                                           _segments(inputs.single_house),
                                           inputs.collector_area_m2)
    vat = np.zeros_like(unit)
    if a.include_vat:
        vat = np.where(
            inputs.residential,
            vat_rate(tables["vat_rates"], "solar_thermal", a.study_date,
                     segment="residential")[0],
            vat_rate(tables["vat_rates"], "solar_thermal", a.study_date,
                     segment="non_residential")[0])
    capex = inputs.collector_area_m2 * unit * (1.0 + vat) * a.capex_factor
    aid = (maprimerenov_eur(tables["aids"], a.mpr_income_category, a.study_date,
                            inputs.single_house)
           + fonds_chaleur_eur(tables["aids"], a.study_date, inputs.collector_area_m2,
                               ~inputs.single_house))
    return capex, np.minimum(aid, capex)


def _segments(single_house: np.ndarray) -> pd.Categorical:
    """Cost segment of each roof (``single_house`` / ``collective``), as codes."""
    return pd.Categorical.from_codes(np.asarray(single_house, dtype=np.int8),
                                     categories=SEGMENTS)


def thermal_cash_flows(inputs: ThermalInputs, a: EconomicAssumptions, *,
                       capex_and_aid: tuple[np.ndarray, np.ndarray] | None = None,
                       ) -> CashFlowSet:
    """Cash flows of solar water heating for every roof.

    ``capex_and_aid`` is ``thermal_capex_and_aid(inputs, a)`` when already computed.
    """
    n = a.thermal_lifetime_years
    capex, aid = (capex_and_aid if capex_and_aid is not None
                  else thermal_capex_and_aid(inputs, a))
    components = [
        Component("capex_eur", -capex, prof.investment(n), "cost"),
        Component("aid_eur", aid, prof.investment(n), "aid"),
        Component("om_eur", -a.thermal_om_share * capex, prof.operation(n), "cost"),
    ]
    for energy in REPLACED_ENERGIES:
        hit = inputs.replaced_energy == energy
        escalation = (a.electricity_escalation if energy == "electricity"
                      else a.fuel_escalation)
        saved_kwh = inputs.annual_heat_kwh / a.boiler_efficiency[energy]
        amount = np.where(hit, saved_kwh * a.fuel_price_eur_per_kwh(energy), 0.0)
        components.append(Component("savings_eur", amount,
                                    prof.growth(n, escalation), "revenue"))
    return CashFlowSet(tuple(components), inputs.annual_heat_kwh, prof.operation(n))
