"""Cash flows written out by hand for a 3 kWc and a 36 kWc roof; LCOE, NPV/IRR checks.

Every number below is recomputed from the parameter tables shipped in data/ (values
quoted in the comments), independently of the library's year-profile machinery.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from scipy.optimize import brentq

from artois_energy_desk.core.economics import (
    EconomicOptions,
    cash_flows,
    resolve_assumptions,
)
from artois_energy_desk.core.economics.cashflow import (
    CashFlowSet,
    Component,
)
from artois_energy_desk.core.economics.pv import PvInputs, pv_cash_flows
from artois_energy_desk.io.load_curves import default_load_profiles
from artois_energy_desk.io.parameters import default_parameters

# Study on 1 March 2026: T1 2026 S21 grid (starts 2026-01-01, fresh: no warning),
# TRVE Base 0.1940 EUR/kWh (from 2026-02-01), VAT 5.5 % <= 9 kWc and 20 % above.
OPTIONS = EconomicOptions(study_date=dt.date(2026, 3, 1), today=dt.date(2026, 3, 1))
FLAT_SHAPE = np.ones(8760)


@pytest.fixture(scope="module")
def params():
    return default_parameters()


@pytest.fixture(scope="module")
def profiles():
    return default_load_profiles(2026)


def _npv(flows, rate):
    return sum(cf / (1 + rate) ** year for year, cf in enumerate(flows))


def test_3_kwc_surplus_sale_by_hand(params, profiles):
    roof = {"roof_id": "m1", "pv_peak_power_kwp": 3.0, "pv_annual_yield_kwh": 2850.0,
            "building_use": "maison"}
    table = cash_flows(roof, params, scenario="pv_surplus", self_consumed_kwh=1000.0,
                       pv_hourly_shape_kwh_per_kwp=FLAT_SHAPE, load_profiles=profiles,
                       options=OPTIONS)
    # Investment: pv_costs anchor 3 kWc = 2.8 EUR/Wc TTC quoted at 10 % VAT
    #   -> 2.8 / 1.10 = 2.545454 EUR/Wc HT; VAT 5.5 % (<= 9 kWc since 2025-10-01)
    capex = 3000 * 2.8 / 1.10 * 1.055  # = 8 056.36 EUR
    premium = 80 * 3  # T1 2026, <= 9 kWc, 1 instalment
    om = 0.01 * capex  # 1 % of capex = 80.56 EUR/yr
    inverter = 3000 * 0.12 * 1.055  # year 13: 379.80 EUR
    fee = 25.0  # injection fee, surplus
    flows = [-capex]
    for year in range(1, 26):  # lifetime 25 yr
        degradation = 0.995 ** (year - 1)  # 0.5 %/yr
        deflation = 1.02 ** -(year - 1)  # S21 nominal, 2 % inflation
        savings = 1000 * 0.1940 * degradation  # self-consumed x TRVE Base
        sale = 1850 * 0.0400 * degradation * deflation if year <= 20 else 0.0
        bonus = premium if year == 1 else 0.0
        replace = inverter if year == 13 else 0.0
        flows.append(savings + sale + bonus - om - fee - replace)
    assert capex == pytest.approx(8056.3636, abs=1e-3)
    # year 1 written out: 194.00 + 74.00 + 240 - 80.5636 - 25 = 402.4364 EUR
    assert flows[1] == pytest.approx(194.0 + 74.0 + 240 - 80.563636 - 25, abs=1e-4)
    # tolerance: floating-point only, same arithmetic
    np.testing.assert_allclose(table["net_cash_flow_eur"], flows, rtol=1e-12, atol=1e-9)
    assert table["discounted_cash_flow_eur"].sum() == pytest.approx(_npv(flows, 0.03),
                                                                   rel=1e-12)
    assert table.loc[13, "replacement_eur"] == pytest.approx(-inverter)
    assert table.loc[21, "sale_eur"] == 0.0  # contract over after 20 years


def test_36_kwc_office_surplus_and_total_sale_by_hand(params, profiles):
    roof = {"roof_id": "b1", "pv_peak_power_kwp": 36.0, "pv_annual_yield_kwh": 34200.0,
            "building_use": "bureaux", "floor_area_m2": 1000.0}
    surplus = cash_flows(roof, params, scenario="pv_surplus", self_consumed_kwh=20000.0,
                         pv_hourly_shape_kwh_per_kwp=FLAT_SHAPE, load_profiles=profiles,
                         options=OPTIONS)
    total = cash_flows(roof, params, scenario="pv_total_sale",
                       pv_hourly_shape_kwh_per_kwp=FLAT_SHAPE, load_profiles=profiles,
                       options=OPTIONS)
    # 36 kWc is the top of the 9-36 class (class bounds: min < P <= max).
    # Unit cost: linear between anchors 20 kWc 1.4 and 60 kWc 1.1 EUR/Wc HT:
    unit = 1.4 + (36 - 20) / (60 - 20) * (1.1 - 1.4)  # = 1.28 EUR/Wc HT
    capex = 36000 * unit * 1.20  # VAT 20 % > 9 kWc = 55 296 EUR
    om = 20 * 36 * 1.20  # 20 EUR/kWc/yr HT = 864 EUR/yr
    inverter = 36000 * 0.12 * 1.20  # 5 184 EUR in year 13
    premium_each = 140 * 36 / 5  # T1 2026: 140 EUR/kWc, 5 instalments
    surplus_flows, total_flows = [-capex], [-capex]
    for year in range(1, 26):
        degradation = 0.995 ** (year - 1)
        deflation = 1.02 ** -(year - 1)
        in_contract = year <= 20
        replace = inverter if year == 13 else 0.0
        savings = 20000 * 0.1940 * degradation
        sale = 14200 * 0.0536 * degradation * deflation if in_contract else 0.0
        bonus = premium_each * deflation if year <= 5 else 0.0
        surplus_flows.append(savings + sale + bonus - om - 25.0 - replace)
        total_sale = 34200 * 0.0911 * degradation * deflation if in_contract else 0.0
        total_flows.append(total_sale - om - 42.0 - replace)
    assert capex == pytest.approx(55296.0)
    # year 1 written out: 3 880 + 761.12 + 1 008 - 864 - 25 = 4 760.12 EUR
    assert surplus_flows[1] == pytest.approx(3880 + 761.12 + 1008 - 864 - 25)
    np.testing.assert_allclose(surplus["net_cash_flow_eur"], surplus_flows, rtol=1e-12)
    np.testing.assert_allclose(total["net_cash_flow_eur"], total_flows, rtol=1e-12)


def test_levelised_cost_matches_annuity_closed_form(params):
    # Constant production: no degradation, no replacement, no fee, no premium.
    zero_premium = params.table("pv_tariffs_s21").assign(premium_eur_per_kwc=0.0)
    flat = params.with_values({
        "economics.pv_degradation_rate": 0.0,
        "economics.pv_inverter_replacement_eur_per_wp": 0.0,
        "economics.pv_injection_fee_surplus_eur_per_year": 0.0,
    }).with_table("pv_tariffs_s21", zero_premium)
    a = resolve_assumptions(flat, OPTIONS)
    inputs = PvInputs(np.array([6.0]), np.array([6.0]), np.array([5700.0]),
                      np.array([2500.0]))
    flows = pv_cash_flows(inputs, a, "pv_surplus")
    capex = -flows.components[0].amount[0]
    om = 0.01 * capex
    for rate in (0.01, 0.03, 0.06):
        n = 25
        annuity = rate * (1 + rate) ** n / ((1 + rate) ** n - 1)
        expected = (capex * annuity + om) / 5700.0  # EUR/kWh
        assert flows.levelised_cost(rate)[0] == pytest.approx(expected, rel=1e-12)


def test_npv_vanishes_at_irr_and_matches_brentq():
    rng = np.random.default_rng(7)
    years = np.arange(21)
    capex = rng.uniform(1e3, 1e5, 500)
    gain = capex * rng.uniform(0.02, 0.2, 500)
    flows = CashFlowSet(
        (Component("capex_eur", -capex, (years == 0).astype(float), "cost"),
         Component("savings_eur", gain, (years >= 1) * 0.99 ** years, "revenue"),
         Component("replacement_eur", -0.1 * capex, (years == 10).astype(float),
                   "cost")),
        gain, (years >= 1).astype(float))
    irr = flows.irr()
    assert np.isfinite(irr).all()
    # NPV at the IRR: zero to 1e-8 of the investment (iteration tolerance 1e-10 in v)
    npv_at_irr = np.array([_npv(flows.matrix()[i], irr[i]) for i in range(500)])
    assert np.abs(npv_at_irr / capex).max() < 1e-8
    for i in range(0, 500, 50):  # independent root finder
        ref = brentq(lambda r, i=i: _npv(flows.matrix()[i], r), -0.5, 1.0, xtol=1e-14)
        assert irr[i] == pytest.approx(ref, abs=1e-9)
    npv3 = flows.npv(0.03)
    assert ((npv3 > 0) == (irr > 0.03)).all()


def test_irr_is_nan_when_npv_never_changes_sign():
    years = np.arange(11)
    flows = CashFlowSet(
        (Component("capex_eur", np.array([-1e5]), (years == 0).astype(float), "cost"),
         Component("savings_eur", np.array([10.0]), (years >= 1).astype(float),
                   "revenue")),
        np.array([1.0]), (years >= 1).astype(float))
    # 10 EUR/yr for 10 years never repays 100 000 EUR: even at -50 %/yr the NPV is
    # -100 000 + 10 x (2 + 4 + ... + 1024) = -79 540 EUR < 0, so no IRR in the bracket
    assert np.isnan(flows.irr()[0])
    assert np.isnan(flows.payback_years()[0])


def test_payback_interpolates_within_the_year():
    years = np.arange(6)
    flows = CashFlowSet(
        (Component("capex_eur", np.array([-250.0]), (years == 0).astype(float), "cost"),
         Component("savings_eur", np.array([100.0]), (years >= 1).astype(float),
                   "revenue")),
        np.array([1.0]), (years >= 1).astype(float))
    # -250 + 100 + 100 = -50 after year 2; year 3 brings 100 -> 2.5 years
    assert flows.payback_years(0.0)[0] == pytest.approx(2.5)
    # discounted at 10 %: -250 + 90.909 + 82.645 + 75.131 = -1.315; year 4: 68.301
    assert flows.payback_years(0.10)[0] == pytest.approx(3 + 1.3148 / 68.3013, abs=1e-4)


def test_payback_screening_matches_brute_force():
    rng = np.random.default_rng(11)
    years = np.arange(16)
    n = 300
    capex = rng.uniform(1e3, 1e4, n)
    flows = CashFlowSet(
        (Component("capex_eur", -capex, (years == 0).astype(float), "cost"),
         Component("savings_eur", capex * rng.uniform(0.0, 0.2, n),
                   (years >= 1).astype(float), "revenue"),
         Component("replacement_eur", -capex * rng.uniform(0, 1.5, n),
                   (years == 8).astype(float), "cost")),
        capex, (years >= 1).astype(float))
    for rate in (0.0, 0.05):
        got = flows.payback_years(rate)
        for i in range(n):  # brute force: first year the cumulative sum is >= 0
            discounted = flows.matrix([i])[0] / (1 + rate) ** years
            cumulative = np.cumsum(discounted)
            hits = np.flatnonzero(cumulative[1:] >= 0)
            if hits.size == 0:
                assert np.isnan(got[i])
                continue
            year = hits[0] + 1
            expected = year - 1 - cumulative[year - 1] / discounted[year]
            assert got[i] == pytest.approx(expected, rel=1e-12)


