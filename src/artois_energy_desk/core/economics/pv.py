"""PV cash flows: surplus sale with self-consumption, and total sale.

Per facet (amounts in constant € of the study year):

* investment I = P · 1000 · c(P_inst) · (1 + VAT(P_inst)) · capex factor, with c the
  HT unit cost of the cost curve at the installation power P_inst [€/Wp];
* self-consumption savings S_y = SC · p_e · (1 - d)^(y-1) · (1 + g_e)^(y-1);
* surplus sale R_y = (Y - SC) · T_surplus · (1 - d)^(y-1) · (1 + π)^-(y-1) during the
  S21 contract (years 1..C), then (Y - SC) · v_after · (1 - d)^(y-1);
* total sale R_y = Y · T_total · (1 - d)^(y-1) · (1 + π)^-(y-1) (years 1..C), then
  as above;
* premium (surplus only) = premium_per_kWp · P, in n equal yearly instalments
  (n = 1 up to 9 kWc, 5 above), deflated;
* O&M = 1 % of I per year up to 9 kWc, else 20 €/kWp/yr (x (1 + VAT));
* inverter replacement 0.12 €/Wp (x (1 + VAT)) in year 13;
* grid injection fee (25 or 42 €/yr per installation, shared by its facets by power).

Self-consumption and surplus are assumed to degrade in proportion to production
(exactly true for surplus sale of all of it; slightly pessimistic for self-consumption,
whose share rises when production falls).

References
----------
.. [1] shared/reference/economics-emissions.md §1 (S21), §2 (prices), §3 (costs).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk.core.economics import profiles as prof
from artois_energy_desk.core.economics.assumptions import EconomicAssumptions
from artois_energy_desk.core.economics.cashflow import CashFlowSet, Component
from artois_energy_desk.core.economics.costs import pv_unit_cost_eur_per_wp_ht
from artois_energy_desk.core.economics.tariffs import lookup_tariffs, vat_rate

__all__ = ["PvInputs", "PvPrices", "pv_prices", "pv_cash_flows", "PV_SCENARIOS"]

#: PV scenarios: surplus sale with self-consumption, total sale.
PV_SCENARIOS = ("pv_surplus", "pv_total_sale")


@dataclass(frozen=True)
class PvInputs:
    """Per-facet PV quantities.

    Parameters
    ----------
    peak_kwp : numpy.ndarray
        Facet peak power [kWp].
    installation_kwp : numpy.ndarray
        Power of the installation the facet belongs to [kWp] (tariff class, unit cost).
    annual_yield_kwh : numpy.ndarray
        Year-1 production [kWh].
    self_consumed_kwh : numpy.ndarray
        Year-1 self-consumed production [kWh].
    """

    peak_kwp: np.ndarray
    installation_kwp: np.ndarray
    annual_yield_kwh: np.ndarray
    self_consumed_kwh: np.ndarray


@dataclass(frozen=True)
class PvPrices:
    """Per-facet prices: investment and yearly amounts [€], tariffs [€/kWh]."""

    capex_eur: np.ndarray
    om_eur_per_year: np.ndarray
    inverter_eur: np.ndarray
    premium_eur: np.ndarray
    premium_instalments: np.ndarray
    surplus_eur_per_kwh: np.ndarray
    total_sale_eur_per_kwh: np.ndarray
    share_of_installation: np.ndarray


def pv_prices(inputs: PvInputs, a: EconomicAssumptions) -> PvPrices:
    """Investment, O&M, replacement, premium and tariffs of each facet."""
    tables = a.tables
    vat = (vat_rate(tables["vat_rates"], "pv", a.study_date, inputs.installation_kwp)
           if a.include_vat else np.zeros_like(inputs.peak_kwp))
    unit = pv_unit_cost_eur_per_wp_ht(tables["pv_costs"], inputs.installation_kwp)
    capex = inputs.peak_kwp * 1000.0 * unit * (1.0 + vat) * a.capex_factor
    residential = inputs.installation_kwp <= a.pv_residential_max_kwp
    om = np.where(residential, a.pv_om_residential_share * capex,
                  a.pv_om_commercial_eur_per_kwp * inputs.peak_kwp * (1.0 + vat))
    inverter = inputs.peak_kwp * 1000.0 * a.pv_inverter_eur_per_wp * (1.0 + vat)
    tariffs = lookup_tariffs(a.tariff_period, inputs.installation_kwp)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(inputs.installation_kwp > 0,
                         inputs.peak_kwp / inputs.installation_kwp, 0.0)
    return PvPrices(
        capex_eur=capex, om_eur_per_year=om, inverter_eur=inverter,
        premium_eur=np.nan_to_num(tariffs["premium_eur_per_kwc"]) * inputs.peak_kwp,
        premium_instalments=np.where(residential, a.pv_premium_instalments_residential,
                                     a.pv_premium_instalments_commercial),
        surplus_eur_per_kwh=tariffs["surplus_eur_per_kwh"],
        total_sale_eur_per_kwh=tariffs["total_sale_eur_per_kwh"],
        share_of_installation=share,
    )


def _common_costs(prices: PvPrices, a: EconomicAssumptions, fee_eur: float,
                  ) -> list[Component]:
    n = a.pv_lifetime_years
    return [
        Component("capex_eur", -prices.capex_eur, prof.investment(n), "cost"),
        Component("om_eur", -prices.om_eur_per_year, prof.operation(n), "cost"),
        Component("replacement_eur", -prices.inverter_eur,
                  prof.at_year(n, a.pv_inverter_year), "cost"),
        Component("grid_fee_eur", -fee_eur * prices.share_of_installation,
                  prof.operation(n), "cost"),
    ]


def _sale(name: str, energy_kwh: np.ndarray, tariff: np.ndarray,
          a: EconomicAssumptions) -> list[Component]:
    n, contract = a.pv_lifetime_years, a.pv_contract_years
    degradation = prof.growth(n, -a.pv_degradation_rate)
    deflation = prof.growth(n, 1.0 / (1.0 + a.inflation_rate) - 1.0)
    return [
        Component(name, energy_kwh * tariff,
                  degradation * deflation * prof.window(n, 1, contract), "revenue"),
        Component(name, energy_kwh * a.pv_after_contract_eur_per_kwh,
                  degradation * prof.window(n, contract + 1, n), "revenue"),
    ]


def _premium(prices: PvPrices, a: EconomicAssumptions) -> list[Component]:
    n = a.pv_lifetime_years
    deflation = prof.growth(n, 1.0 / (1.0 + a.inflation_rate) - 1.0)
    components = []
    for count in pd.unique(prices.premium_instalments):
        amount = np.where(prices.premium_instalments == count, prices.premium_eur, 0.0)
        profile = deflation * prof.window(n, 1, int(count)) / float(count)
        components.append(Component("premium_eur", amount, profile, "aid"))
    return components


def pv_cash_flows(inputs: PvInputs, a: EconomicAssumptions,
                  scenario: str = "pv_surplus", *,
                  prices: PvPrices | None = None) -> CashFlowSet:
    """Cash flows of a PV scenario for every facet.

    Parameters
    ----------
    inputs : PvInputs
        Facet powers, production and self-consumption (production factor applied).
    a : EconomicAssumptions
        Resolved assumptions.
    scenario : str
        ``pv_surplus`` (self-consumption + surplus sale + premium; outside S21 the
        surplus is valued at 0 and there is no premium) or ``pv_total_sale`` (NaN
        where the class has no total-sale tariff).
    prices : PvPrices, optional
        ``pv_prices(inputs, a)`` when already computed.
    """
    n = a.pv_lifetime_years
    prices = prices if prices is not None else pv_prices(inputs, a)
    degradation = prof.growth(n, -a.pv_degradation_rate)
    if scenario == "pv_surplus":
        surplus = inputs.annual_yield_kwh - inputs.self_consumed_kwh
        savings_profile = degradation * prof.growth(n, a.electricity_escalation)
        price = a.electricity_price_eur_per_kwh * a.energy_price_factor
        components = [
            *_common_costs(prices, a, a.pv_fee_surplus_eur_per_year),
            Component("savings_eur", inputs.self_consumed_kwh * price, savings_profile,
                      "revenue"),
            *_sale("sale_eur", surplus, np.nan_to_num(prices.surplus_eur_per_kwh), a),
            *_premium(prices, a),
        ]
    elif scenario == "pv_total_sale":
        components = [
            *_common_costs(prices, a, a.pv_fee_total_eur_per_year),
            *_sale("sale_eur", inputs.annual_yield_kwh,
                   prices.total_sale_eur_per_kwh, a),
        ]
    else:
        raise ValueError(f"unknown PV scenario {scenario!r}; expected {PV_SCENARIOS}")
    return CashFlowSet(tuple(components), inputs.annual_yield_kwh, degradation)
