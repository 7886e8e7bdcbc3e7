"""Resolve the parameter set and the user's choices into one set of assumptions.

:class:`EconomicOptions` holds what a user chooses for a run (tariff period, emission
convention, dates, VAT); :func:`resolve_assumptions` turns it and a
:class:`~artois_energy_desk.core.parameters.ParameterSet` into
:class:`EconomicAssumptions`, the plain numbers the cash-flow builders use. The
sensitivity analysis varies an :class:`EconomicAssumptions` with
:func:`dataclasses.replace`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from artois_energy_desk.core.economics.emissions import (
    electricity_factor,
    emission_factor,
)
from artois_energy_desk.core.economics.prices import energy_price_row
from artois_energy_desk.core.economics.tariffs import TariffPeriod, select_tariff_period
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["EconomicOptions", "EconomicAssumptions", "resolve_assumptions",
           "REPLACED_ENERGIES"]

#: Energies that solar heat can replace.
REPLACED_ENERGIES = ("gas", "electricity", "fuel_oil")


@dataclass(frozen=True)
class EconomicOptions:
    """User choices for an economic evaluation.

    Parameters
    ----------
    tariff_request_date : datetime.date, optional
        Date of the complete connection request choosing the S21 grid; ``None`` =
        the latest grid of the table.
    study_date : datetime.date, optional
        Date of prices, VAT and aids (default: today).
    today : datetime.date, optional
        Today's date, for the tariff-age warning (default: the system date).
    emission_convention : str
        ``average`` (default) or ``dpe``.
    include_vat : bool
        Investment and replacements TTC (True, private and public owners who do not
        recover VAT) or HT (False, VAT-registered companies).
    thermal_replaced_energy : str, optional
        Force the energy replaced by solar heat for every roof (``gas``,
        ``electricity``, ``fuel_oil``); ``None`` = the roof's ``heating_energy`` or
        the ``economics.thermal_replaced_energy`` default.
    group_by_building : bool
        Size tariff class, unit costs and load on the whole building (sum of its
        facets, column ``building_id``) rather than on each facet.
    """

    tariff_request_date: dt.date | None = None
    study_date: dt.date | None = None
    today: dt.date | None = None
    emission_convention: str = "average"
    include_vat: bool = True
    thermal_replaced_energy: str | None = None
    group_by_building: bool = True


@dataclass(frozen=True)
class EconomicAssumptions:
    """Every number of an economic evaluation, resolved (units in names)."""

    study_date: dt.date
    tariff_period: TariffPeriod
    include_vat: bool
    emission_convention: str
    discount_rate: float
    inflation_rate: float
    electricity_price_eur_per_kwh: float
    electricity_escalation: float
    gas_price_eur_per_kwh: float
    fuel_oil_price_eur_per_kwh: float
    fuel_escalation: float
    pv_degradation_rate: float
    pv_lifetime_years: int
    pv_contract_years: int
    pv_after_contract_eur_per_kwh: float
    pv_om_residential_share: float
    pv_om_commercial_eur_per_kwp: float
    pv_residential_max_kwp: float
    pv_inverter_year: int
    pv_inverter_eur_per_wp: float
    pv_premium_instalments_residential: int
    pv_premium_instalments_commercial: int
    pv_fee_surplus_eur_per_year: float
    pv_fee_total_eur_per_year: float
    pv_lifecycle_kgco2e_per_kwp: float
    grid_kgco2e_per_kwh: float
    thermal_lifetime_years: int
    thermal_om_share: float
    boiler_efficiency: dict[str, float]
    replaced_kgco2e_per_kwh: dict[str, float]
    mpr_income_category: str
    thermal_replaced_energy_default: str
    tables: dict[str, pd.DataFrame] = field(repr=False)
    capex_factor: float = 1.0
    energy_price_factor: float = 1.0
    production_factor: float = 1.0

    def fuel_price_eur_per_kwh(self, energy: str) -> float:
        """Price of the energy replaced by solar heat [€/kWh TTC], with the factor."""
        price = {"gas": self.gas_price_eur_per_kwh,
                 "electricity": self.electricity_price_eur_per_kwh,
                 "fuel_oil": self.fuel_oil_price_eur_per_kwh}[energy]
        return price * self.energy_price_factor


def _price(prices: pd.DataFrame, energy: str, tariff, date: dt.date) -> float:
    row = energy_price_row(prices, energy, str(tariff), date)
    return float(row["price_eur_per_kwh"])


def resolve_assumptions(params: ParameterSet,
                        options: EconomicOptions | None = None) -> EconomicAssumptions:
    """Resolve parameters and options into :class:`EconomicAssumptions`.

    Warns when the latest S21 grid is older than ``economics.tariff_staleness_months``.
    """
    options = options or EconomicOptions()
    today = options.today or dt.date.today()
    date = options.study_date or today
    p = params.subset("economics")
    tables = {name: params.table(name) for name in (
        "pv_tariffs_s21", "vat_rates", "pv_costs", "thermal_costs", "energy_prices",
        "emission_factors", "aids")}
    period = select_tariff_period(
        tables["pv_tariffs_s21"], options.tariff_request_date, today=today,
        staleness_months=float(p["tariff_staleness_months"]))
    prices = tables["energy_prices"]
    factors = tables["emission_factors"]
    convention = options.emission_convention
    grid = electricity_factor(factors, date, convention, str(p["pv_dpe_displaced_use"]))
    return EconomicAssumptions(
        study_date=date, tariff_period=period, include_vat=options.include_vat,
        emission_convention=convention,
        discount_rate=float(p["discount_rate"]),
        inflation_rate=float(p["inflation_rate"]),
        electricity_price_eur_per_kwh=_price(
            prices, "electricity", p["electricity_tariff"], date),
        electricity_escalation=float(p["electricity_price_escalation"]),
        gas_price_eur_per_kwh=_price(prices, "gas", p["gas_price_profile"], date),
        fuel_oil_price_eur_per_kwh=_price(
            prices, "fuel_oil", p["fuel_oil_price_profile"], date),
        fuel_escalation=float(p["fuel_price_escalation"]),
        pv_degradation_rate=float(p["pv_degradation_rate"]),
        pv_lifetime_years=int(p["pv_lifetime_years"]),
        pv_contract_years=int(p["pv_contract_years"]),
        pv_after_contract_eur_per_kwh=float(
            p["pv_surplus_value_after_contract_eur_per_kwh"]),
        pv_om_residential_share=float(p["pv_om_residential_share_of_capex"]),
        pv_om_commercial_eur_per_kwp=float(p["pv_om_commercial_eur_per_kwp"]),
        pv_residential_max_kwp=float(p["pv_residential_max_kwp"]),
        pv_inverter_year=int(p["pv_inverter_replacement_year"]),
        pv_inverter_eur_per_wp=float(p["pv_inverter_replacement_eur_per_wp"]),
        pv_premium_instalments_residential=int(p["pv_premium_instalments_residential"]),
        pv_premium_instalments_commercial=int(p["pv_premium_instalments_commercial"]),
        pv_fee_surplus_eur_per_year=float(p["pv_injection_fee_surplus_eur_per_year"]),
        pv_fee_total_eur_per_year=float(p["pv_injection_fee_total_eur_per_year"]),
        pv_lifecycle_kgco2e_per_kwp=float(p["pv_lifecycle_kgco2e_per_kwp"]),
        grid_kgco2e_per_kwh=grid,
        thermal_lifetime_years=int(p["thermal_lifetime_years"]),
        thermal_om_share=float(p["thermal_om_share_of_capex"]),
        boiler_efficiency={
            "gas": float(p["gas_boiler_efficiency"]),
            "fuel_oil": float(p["fuel_oil_boiler_efficiency"]),
            "electricity": float(p["electric_water_heater_efficiency"]),
        },
        replaced_kgco2e_per_kwh={
            "gas": emission_factor(factors, "gas", date, convention=convention),
            "fuel_oil": emission_factor(factors, "fuel_oil", date,
                                        convention=convention),
            "electricity": electricity_factor(factors, date, convention, "dhw"),
        },
        mpr_income_category=str(p["maprimerenov_income_category"]),
        thermal_replaced_energy_default=str(
            options.thermal_replaced_energy or p["thermal_replaced_energy"]),
        tables=tables,
    )
