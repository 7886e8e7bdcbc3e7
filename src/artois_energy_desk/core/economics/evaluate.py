"""Economics and emissions of every roof: batch entry point and single-roof view.

:func:`evaluate_economics` adds, for every facet of a PV/thermal result table, the
self-consumption, the cash-flow indicators of each scenario (PV surplus sale, PV total
sale, solar water heating) and the CO2 avoided. :func:`cash_flows` gives one roof's
(or one site's) year-by-year table for the GUI and the reports
(:mod:`~artois_energy_desk.core.economics.singleroof`).

Column families (units in names): ``pv_self_*`` / ``pv_surplus_kwh`` (self-consumption),
``eco_pv_*`` (surplus sale), ``eco_pv_total_sale_*``, ``eco_th_*`` (solar water
heating), ``co2_*``. Monetary amounts are in euros of the study year (TTC unless the
option ``include_vat`` is off); rates per year.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from artois_energy_desk import ArtoisWarning, InputError
from artois_energy_desk.core.economics import roofs
from artois_energy_desk.core.economics.assumptions import (
    REPLACED_ENERGIES,
    EconomicAssumptions,
    EconomicOptions,
    resolve_assumptions,
)
from artois_energy_desk.core.economics.cashflow import CashFlowSet
from artois_energy_desk.core.economics.frames import (
    categorical,
    constant_categorical,
    result_frame,
)
from artois_energy_desk.core.economics.loadprofiles import LoadProfiles
from artois_energy_desk.core.economics.pv import (
    PV_SCENARIOS,
    PvInputs,
    PvPrices,
    pv_cash_flows,
    pv_prices,
)
from artois_energy_desk.core.economics.roofs import LOAD_BASES, BuildingLoads
from artois_energy_desk.core.economics.tariffs import tariff_class_codes
from artois_energy_desk.core.economics.thermal import (
    SEGMENTS,
    ThermalInputs,
    thermal_capex_and_aid,
    thermal_cash_flows,
)
from artois_energy_desk.core.parameters import ParameterSet
from artois_energy_desk.core.threads import single_threaded_blas

__all__ = ["RoofInputs", "SCENARIOS", "evaluate_economics", "prepare_inputs",
           "scenario_cash_flows"]

logger = logging.getLogger(__name__)

#: Scenarios of :func:`cash_flows` and :func:`scenario_cash_flows`.
SCENARIOS = ("pv_surplus", "pv_total_sale", "thermal")
_ENERGY_NAMES = {
    "gaz": "gas", "gas": "gas", "gaz naturel": "gas", "électricité": "electricity",
    "electricite": "electricity", "electricity": "electricity",
    "électrique": "electricity", "electrique": "electricity", "fioul": "fuel_oil",
    "fuel_oil": "fuel_oil",
    "fioul domestique": "fuel_oil", "fuel oil": "fuel_oil",
}


@dataclass(frozen=True)
class RoofInputs:
    """Per-facet inputs of the cash-flow builders (production factor not applied).

    ``pv`` and ``thermal`` are ``None`` when the result table lacks their columns;
    ``facet_load_kwh`` (the building load shared among its facets by annual yield
    [kWh/yr]) is ``None`` without PV.
    """

    pv: PvInputs | None
    thermal: ThermalInputs | None
    load: BuildingLoads
    facet_load_kwh: np.ndarray | None = None


def _column(results: pd.DataFrame, name: str) -> np.ndarray:
    return np.nan_to_num(pd.to_numeric(results[name], errors="coerce").to_numpy(float))


def _replaced_energy(results: pd.DataFrame, a: EconomicAssumptions,
                     forced: str | None) -> pd.Categorical:
    default = a.thermal_replaced_energy_default
    for choice in (forced, default):
        if choice is not None and choice not in REPLACED_ENERGIES:
            raise InputError(
                f"Énergie remplacée par le solaire thermique '{choice}' inconnue ; "
                f"attendu {', '.join(REPLACED_ENERGIES)}."
            )
    if forced is not None or "heating_energy" not in results:
        return constant_categorical(forced or default, len(results))
    codes = results["heating_energy"].astype("category")
    cats = codes.cat.categories.astype(str).str.strip().str.lower()
    names = np.array([_ENERGY_NAMES.get(c, default) for c in cats] + [default],
                     dtype=object)
    return categorical(np.arange(len(names))[codes.cat.codes.to_numpy()], names)


def _pv_inputs(results: pd.DataFrame, a: EconomicAssumptions, codes: np.ndarray,
               load: BuildingLoads, pv_shape: np.ndarray,
               load_profiles: LoadProfiles) -> tuple[PvInputs, np.ndarray]:
    """PV inputs and the facet share of the building load [kWh/yr]."""
    peak = _column(results, "pv_peak_power_kwp")
    annual = _column(results, "pv_annual_yield_kwh") * a.production_factor
    if set(roofs.MONTHLY_YIELD_COLUMNS) <= set(results.columns):
        by_month = np.stack([_column(results, c) for c in roofs.MONTHLY_YIELD_COLUMNS])
        by_month *= a.production_factor
    else:
        by_month = annual[None, :]
    sc = roofs.facet_self_consumption(by_month, codes, load, pv_shape, load_profiles)
    building_annual = roofs.building_sum(codes, annual)
    share = np.where(building_annual > 0,
                     annual / np.maximum(building_annual, 1e-300), 0.0)
    pv = PvInputs(peak, roofs.building_sum(codes, peak), annual, sc)
    return pv, load.building_load_kwh * share


def prepare_inputs(results: pd.DataFrame, params: ParameterSet, a: EconomicAssumptions,
                   *, pv_hourly_shape_kwh_per_kwp: np.ndarray,
                   load_profiles: LoadProfiles, options: EconomicOptions,
                   building_codes: np.ndarray | None = None) -> RoofInputs:
    """Gather the per-facet inputs: installation power, loads, self-consumption.

    ``building_codes`` (as :func:`~.roofs.building_codes` gives them with grouping)
    spares grouping the rows again; ignored when ``options.group_by_building`` is off.
    """
    if building_codes is None or not options.group_by_building:
        codes = roofs.building_codes(results, options.group_by_building)
    else:
        codes = np.asarray(building_codes)
    load = roofs.annual_loads(results, params, load_profiles, codes)
    pv = thermal = facet_load = None
    if {"pv_peak_power_kwp", "pv_annual_yield_kwh"} <= set(results.columns):
        pv, facet_load = _pv_inputs(results, a, codes, load,
                                    pv_hourly_shape_kwh_per_kwp, load_profiles)
    if {"thermal_collector_area_m2", "thermal_annual_kwh"} <= set(results.columns):
        thermal = ThermalInputs(
            collector_area_m2=_column(results, "thermal_collector_area_m2"),
            annual_heat_kwh=_column(results, "thermal_annual_kwh")
            * a.production_factor,
            single_house=load.is_profile("house"),
            residential=load.is_profile("house", "apartment"),
            replaced_energy=_replaced_energy(results, a,
                                             options.thermal_replaced_energy),
        )
    return RoofInputs(pv, thermal, load, facet_load)


def scenario_cash_flows(inputs: RoofInputs, a: EconomicAssumptions,
                        ) -> dict[str, CashFlowSet]:
    """Cash flows of every scenario the inputs allow, by scenario name."""
    out = {}
    if inputs.pv is not None:
        prices = pv_prices(inputs.pv, a)
        for scenario in PV_SCENARIOS:
            out[scenario] = pv_cash_flows(inputs.pv, a, scenario, prices=prices)
    if inputs.thermal is not None:
        out["thermal"] = thermal_cash_flows(inputs.thermal, a)
    return out


def _metrics(flows: CashFlowSet, invested: np.ndarray,
             rate: float) -> dict[str, np.ndarray]:
    """Indicators of a scenario; NaN where nothing is invested or flows are unknown."""
    npv = flows.npv(rate)
    rows = np.flatnonzero((invested > 0) & np.isfinite(npv))
    out = {"npv_eur": np.where(invested > 0, npv, np.where(np.isfinite(npv), 0.0, npv))}
    sub = flows.take(rows)
    for key, values in (("irr", sub.irr()), ("payback_years", sub.payback_years(0.0)),
                        ("discounted_payback_years", sub.payback_years(rate)),
                        ("lcoe_eur_per_kwh", sub.levelised_cost(rate))):
        out[key] = np.full(len(npv), np.nan)
        out[key][rows] = values
    return out


def _pv_columns(inputs: RoofInputs, a: EconomicAssumptions, prices: PvPrices,
                sets: dict[str, CashFlowSet]) -> dict:
    pv = inputs.pv
    load = inputs.facet_load_kwh
    surplus = pv.annual_yield_kwh - pv.self_consumed_kwh
    with np.errstate(divide="ignore", invalid="ignore"):
        sc_rate = np.where(pv.annual_yield_kwh > 0, pv.self_consumed_kwh
                           / pv.annual_yield_kwh, np.nan)
        ss_rate = np.where(load > 0, pv.self_consumed_kwh / load, np.nan)
    cols = {
        "eco_load_profile": categorical(inputs.load.profile_code,
                                        inputs.load.profile_names),
        "eco_load_basis": categorical(inputs.load.basis_code, LOAD_BASES),
        "eco_annual_load_kwh": load,
        "pv_self_consumed_kwh": pv.self_consumed_kwh,
        "pv_surplus_kwh": surplus,
        "pv_self_consumption_rate": sc_rate,
        "pv_self_sufficiency_rate": ss_rate,
        "eco_pv_installation_kwp": pv.installation_kwp,
        "eco_pv_tariff_class": categorical(*tariff_class_codes(a.tariff_period,
                                                                 pv.installation_kwp)),
        "eco_pv_tariff_period": constant_categorical(a.tariff_period.label, len(load)),
        "eco_pv_surplus_tariff_eur_per_kwh": prices.surplus_eur_per_kwh,
        "eco_pv_total_sale_tariff_eur_per_kwh": prices.total_sale_eur_per_kwh,
        "eco_pv_capex_eur": prices.capex_eur,
        "eco_pv_premium_eur": prices.premium_eur,
        "eco_pv_net_investment_eur": prices.capex_eur - prices.premium_eur,
        "eco_pv_om_eur_per_year": prices.om_eur_per_year,
        "eco_pv_savings_eur_per_year": pv.self_consumed_kwh
        * a.electricity_price_eur_per_kwh * a.energy_price_factor,
        "eco_pv_surplus_revenue_eur_per_year": surplus
        * np.nan_to_num(prices.surplus_eur_per_kwh),
        "eco_pv_total_sale_revenue_eur_per_year": pv.annual_yield_kwh
        * prices.total_sale_eur_per_kwh,
    }
    for key, values in _metrics(sets["pv_surplus"], prices.capex_eur,
                                a.discount_rate).items():
        cols[f"eco_pv_{key}"] = values
    total = _metrics(sets["pv_total_sale"], prices.capex_eur, a.discount_rate)
    for key in ("npv_eur", "irr", "payback_years", "discounted_payback_years"):
        cols[f"eco_pv_total_sale_{key}"] = total[key]
    degradation_sum = float(sets["pv_surplus"].energy_profile.sum())
    cols["co2_pv_avoided_kg_per_year"] = pv.annual_yield_kwh * a.grid_kgco2e_per_kwh
    cols["co2_pv_avoided_lifetime_kg"] = (cols["co2_pv_avoided_kg_per_year"]
                                          * degradation_sum)
    cols["co2_pv_lifecycle_kg"] = pv.peak_kwp * a.pv_lifecycle_kgco2e_per_kwp
    cols["co2_pv_net_avoided_lifetime_kg"] = (cols["co2_pv_avoided_lifetime_kg"]
                                              - cols["co2_pv_lifecycle_kg"])
    return cols


def _thermal_columns(inputs: RoofInputs, a: EconomicAssumptions,
                     capex: np.ndarray, aid: np.ndarray, flows: CashFlowSet) -> dict:
    th = inputs.thermal
    factor = np.zeros(len(capex))
    efficiency = np.ones(len(capex))
    for energy in REPLACED_ENERGIES:
        hit = np.asarray(th.replaced_energy == energy)
        factor[hit] = a.replaced_kgco2e_per_kwh[energy]
        efficiency[hit] = a.boiler_efficiency[energy]
    cols = {
        "eco_th_segment": categorical(np.asarray(th.single_house, dtype=np.int8),
                                      SEGMENTS),
        "eco_th_replaced_energy": th.replaced_energy,
        "eco_th_capex_eur": capex, "eco_th_aid_eur": aid,
        "eco_th_net_investment_eur": capex - aid,
        "eco_th_savings_eur_per_year": sum(
            c.amount for c in flows.components if c.name == "savings_eur"),
    }
    metrics = _metrics(flows, capex, a.discount_rate)
    metrics["heat_cost_eur_per_kwh"] = metrics.pop("lcoe_eur_per_kwh")
    cols.update({f"eco_th_{k}": v for k, v in metrics.items()})
    cols["co2_thermal_avoided_kg_per_year"] = th.annual_heat_kwh / efficiency * factor
    cols["co2_thermal_avoided_lifetime_kg"] = (cols["co2_thermal_avoided_kg_per_year"]
                                               * a.thermal_lifetime_years)
    return cols


def _evaluate_rows(inputs: RoofInputs, a: EconomicAssumptions) -> dict:
    """Every result column; prices and investments computed once per scenario."""
    cols = {}
    if inputs.pv is not None:
        prices = pv_prices(inputs.pv, a)
        sets = {scenario: pv_cash_flows(inputs.pv, a, scenario, prices=prices)
                for scenario in PV_SCENARIOS}
        cols.update(_pv_columns(inputs, a, prices, sets))
    if inputs.thermal is not None:
        capex, aid = thermal_capex_and_aid(inputs.thermal, a)
        flows = thermal_cash_flows(inputs.thermal, a, capex_and_aid=(capex, aid))
        cols.update(_thermal_columns(inputs, a, capex, aid, flows))
    # The facet's total: PV and solar heat avoid emissions side by side.
    cols["co2_avoided_kg_per_year"] = sum(
        cols[name] for name in ("co2_pv_avoided_kg_per_year",
                                "co2_thermal_avoided_kg_per_year") if name in cols)
    return cols


def _warn_missing_premium(inputs: RoofInputs, a: EconomicAssumptions) -> None:
    rows = a.tariff_period.rows
    missing = rows[rows["surplus_eur_per_kwh"].notna()
                   & rows["premium_eur_per_kwc"].isna()]
    if inputs.pv is None or missing.empty:
        return
    power = inputs.pv.installation_kwp
    hit = np.zeros(len(power), dtype=bool)
    for _, row in missing.iterrows():
        hit |= (power > row["class_kwc_min"]) & (power <= row["class_kwc_max"])
    if hit.any():
        warnings.warn(
            f"Grille S21 {a.tariff_period.label} : prime à l'autoconsommation non "
            f"documentée pour {int(hit.sum())} toiture(s) ; elle est comptée à 0 €.",
            ArtoisWarning, stacklevel=3)


def evaluate_economics(results: pd.DataFrame, params: ParameterSet, *,
                       pv_hourly_shape_kwh_per_kwp: np.ndarray,
                       load_profiles: LoadProfiles,
                       options: EconomicOptions | None = None,
                       assumptions: EconomicAssumptions | None = None,
                       building_codes: np.ndarray | None = None) -> pd.DataFrame:
    """Economic and CO2 columns for every row of a PV / thermal result table.

    Parameters
    ----------
    results : pandas.DataFrame
        Roof results: ``pv_peak_power_kwp``, ``pv_annual_yield_kwh`` (and optionally
        ``pv_yield_m01_kwh`` .. ``m12``), ``thermal_collector_area_m2``,
        ``thermal_annual_kwh``; optional ``building_id``, ``building_use``,
        ``dwellings``, ``floor_area_m2``, ``annual_electricity_kwh``,
        ``heating_energy``, ``area_m2``. PV or thermal columns may be absent (their
        scenario is then skipped).
    params : ParameterSet
        Parameters (``economics.*`` and the tables ``pv_tariffs_s21``, ``vat_rates``,
        ``pv_costs``, ``thermal_costs``, ``energy_prices``, ``emission_factors``,
        ``aids``).
    pv_hourly_shape_kwh_per_kwp : numpy.ndarray
        (8760,) hourly production of 1 kWp of a representative orientation of the
        territory, on the standard-time axis of
        :func:`~artois_energy_desk.core.economics.selfconsumption.pv_shape_from_series`
        [kWh/kWp]; only its shape within each month is used.
    load_profiles : LoadProfiles
        Default load shapes
        (``artois_energy_desk.io.load_curves.default_load_profiles``).
    options : EconomicOptions, optional
        User choices (tariff period, emission convention, VAT, dates).
    assumptions : EconomicAssumptions, optional
        Already-resolved assumptions (skips :func:`resolve_assumptions`).
    building_codes : numpy.ndarray of int, optional
        Building number of each row as
        :func:`~artois_energy_desk.core.economics.roofs.building_codes` gives it with
        grouping, when the caller already has it.

    Returns
    -------
    pandas.DataFrame
        New columns only, with the index of ``results``.

    References
    ----------
    .. [1] shared/reference/economics-emissions.md (every default and its source).
    """
    options = options or EconomicOptions()
    if np.shape(pv_hourly_shape_kwh_per_kwp) != (8760,):
        raise ValueError("pv_hourly_shape_kwh_per_kwp must have 8760 hourly values")
    a = assumptions or resolve_assumptions(params, options)
    with single_threaded_blas():
        inputs = prepare_inputs(results, params, a, options=options,
                                pv_hourly_shape_kwh_per_kwp=np.asarray(
                                    pv_hourly_shape_kwh_per_kwp, dtype=float),
                                load_profiles=load_profiles,
                                building_codes=building_codes)
        _warn_missing_premium(inputs, a)
        logger.info("economics: %d rows, S21 grid %s, study date %s, convention %s",
                    len(results), a.tariff_period.label, a.study_date,
                    a.emission_convention)
        if len(results) == 0:
            return pd.DataFrame(index=results.index)
        return result_frame(_evaluate_rows(inputs, a), results.index)
