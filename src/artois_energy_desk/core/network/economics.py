"""Economics and emissions of a sized extension: capex, LCOH, R1/R2 price, NPV, CO2.

References
----------
.. [1] ``shared/reference/heat-networks.md`` §10 (costs, R1/R2, VAT rule),
   §11 (pumping), §12 (annuity, LCOH = annual cost ÷ heat delivered), §14 (indicators).
.. [2] ``shared/reference/economics-emissions.md`` §2 (gas price), §7 (CO2 factors).
"""

from __future__ import annotations

from dataclasses import dataclass

from artois_energy_desk.core.network.costs import (
    annuity_factor,
    internal_rate_of_return,
)
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["Economics", "evaluate_economics"]


@dataclass(frozen=True)
class Economics:
    """Economic and CO2 figures of an extension (€ HT unless marked TTC)."""

    capex_network_eur: float
    capex_substations_eur: float
    aid_eur: float
    annual_cost_eur: float
    lcoh_eur_per_mwh: float
    lcoh_without_aid_eur_per_mwh: float
    r1_eur_per_mwh: float
    r2_eur_per_mwh: float
    vat_r1: float
    price_ttc_eur_per_mwh: float
    gas_reference_ttc_eur_per_mwh: float
    npv_eur: float
    irr: float
    payback_years: float
    pumping_kwh: float
    co2_network_t: float
    co2_gas_t: float
    emission_factor_kg_per_kwh: float
    renewable_share: float
    sensitivity: dict[str, float]


def evaluate_economics(
    delivered_mwh: float,
    losses_mwh: float,
    capex_network_eur: float,
    capex_substations_eur: float,
    density_mwh_per_m: float,
    pumping_kwh: float,
    params: ParameterSet,
    emission_factor: float | None = None,
    renewable_share: float | None = None,
) -> Economics:
    """Evaluate costs, price and CO2 of an extension delivering ``delivered_mwh``.

    Parameters
    ----------
    delivered_mwh : float
        Heat delivered to the buildings per year [MWh/yr].
    losses_mwh : float
        Network heat losses per year [MWh/yr].
    capex_network_eur, capex_substations_eur : float
        Investments [€ HT].
    density_mwh_per_m : float
        Linear heat density [MWh/(m·yr)] (aid only above the Fonds Chaleur threshold).
    pumping_kwh : float
        Pumping electricity per year [kWh/yr].
    params : ParameterSet
        ``network.*`` economic parameters.
    emission_factor, renewable_share : float, optional
        The plant's values; defaults ``network.network_emission_factor_kg_per_kwh``
        and ``network.network_renewable_share``.
    """
    p = {k: v for k, v in params.subset("network").items()}
    factor = float(
        p["network_emission_factor_kg_per_kwh"]
        if emission_factor is None
        else emission_factor
    )
    share = float(
        p["network_renewable_share"] if renewable_share is None else renewable_share
    )
    eligible = density_mwh_per_m >= float(p["density_threshold_mwh_per_m"])
    aid = (
        float(p["fonds_chaleur_max_aid_share"]) * capex_network_eur if eligible else 0.0
    )
    cost = _annual(
        delivered_mwh,
        losses_mwh,
        capex_network_eur + capex_substations_eur,
        aid,
        pumping_kwh,
        p,
    )
    lcoh = cost["total"] / delivered_mwh
    r1 = cost["production"] / delivered_mwh
    r2 = lcoh - r1
    vat_r1 = float(
        p["vat_reduced"]
        if share > float(p["reduced_vat_renewable_share"])
        else p["vat_standard"]
    )
    vat_r2 = float(p["vat_reduced"])
    price_ttc = r1 * (1 + vat_r1) + r2 * (1 + vat_r2)
    gas_ttc = (
        float(p["gas_price_eur_per_kwh_ttc"])
        * 1000.0
        / float(p["gas_boiler_efficiency"])
    )
    npv, irr, payback = _investment(
        delivered_mwh,
        cost,
        gas_ttc,
        price_ttc,
        lcoh,
        capex_network_eur + capex_substations_eur - aid,
        p,
    )
    gas_factor = float(p["gas_emission_factor_kg_per_kwh"]) / float(
        p["gas_boiler_efficiency"]
    )
    no_aid = (
        _annual(
            delivered_mwh,
            losses_mwh,
            capex_network_eur + capex_substations_eur,
            0.0,
            pumping_kwh,
            p,
        )["total"]
        / delivered_mwh
    )
    return Economics(
        capex_network_eur=capex_network_eur,
        capex_substations_eur=capex_substations_eur,
        aid_eur=aid,
        annual_cost_eur=cost["total"],
        lcoh_eur_per_mwh=lcoh,
        lcoh_without_aid_eur_per_mwh=no_aid,
        r1_eur_per_mwh=r1,
        r2_eur_per_mwh=r2,
        vat_r1=vat_r1,
        price_ttc_eur_per_mwh=price_ttc,
        gas_reference_ttc_eur_per_mwh=gas_ttc,
        npv_eur=npv,
        irr=irr,
        payback_years=payback,
        pumping_kwh=pumping_kwh,
        co2_network_t=(
            factor * delivered_mwh * 1000.0
            + pumping_kwh * float(p["electricity_emission_factor_kg_per_kwh"])
        )
        / 1000.0,
        co2_gas_t=gas_factor * delivered_mwh,
        emission_factor_kg_per_kwh=factor,
        renewable_share=share,
        sensitivity=_sensitivity(
            delivered_mwh,
            losses_mwh,
            capex_network_eur,
            capex_substations_eur,
            aid,
            pumping_kwh,
            p,
        ),
    )


def _annual(delivered, losses, capex, aid, pumping_kwh, p) -> dict[str, float]:
    annuity = annuity_factor(float(p["discount_rate"]), float(p["lifetime_years"]))
    parts = {
        "capital": annuity * (capex - aid),
        "operation": float(p["om_share_of_capex"]) * capex,
        "pumping": pumping_kwh * float(p["electricity_price_eur_per_kwh"]),
        "production": float(p["heat_production_cost_eur_per_mwh"])
        * (delivered + losses),
    }
    parts["total"] = sum(parts.values())
    return parts


def _investment(delivered, cost, gas_ttc, price_ttc, lcoh, net_capex, p):
    """NPV, IRR and payback when heat is sold at the gas-reference price."""
    blended_vat = price_ttc / lcoh if lcoh > 0 else 1.0
    revenue = gas_ttc / blended_vat * delivered
    cash = revenue - (cost["total"] - cost["capital"])
    years = int(float(p["lifetime_years"]))
    annuity = annuity_factor(float(p["discount_rate"]), years)
    npv = -net_capex + cash / annuity
    irr = internal_rate_of_return(net_capex, cash, years)
    payback = net_capex / cash if cash > 0 else float("inf")
    return npv, irr, payback


def _sensitivity(delivered, losses, capex_net, capex_sub, aid, pumping, p):
    def lcoh(d, net, sub, a):
        return _annual(d, losses, net + sub, a, pumping, p)["total"] / d

    demand_cut = 1.0 - float(p["sensitivity_demand_reduction"])
    cost_up = 1.0 + float(p["sensitivity_cost_increase"])
    rate = float(p["sensitivity_connection_rate"])
    return {
        "demand": lcoh(delivered * demand_cut, capex_net, capex_sub, aid),
        "cost": lcoh(
            delivered, capex_net * cost_up, capex_sub * cost_up, aid * cost_up
        ),
        "connection_rate": lcoh(delivered * rate, capex_net, capex_sub * rate, aid),
    }
