"""Assumption section: only what a sheet used; sensitivity checked by hand."""

from __future__ import annotations

import numpy as np
import pytest

from artois_energy_desk.report.content import ReportContext
from artois_energy_desk.report.layout import compose
from artois_energy_desk.report.roof_content import roof_sheet


def _assumption_text(sheet) -> str:
    section = sheet.sections[-1]
    assert section.title == "Hypothèses et sources"
    cells = []
    for block in section.blocks:
        for row in getattr(block, "rows", ()):
            cells.extend(row)
    return "\n".join(cells)


@pytest.fixture(scope="module")
def sheets(evaluated, economics):
    """(row, sheet) of each demo facet, with economics and sensitivity."""
    evaluation, _ = evaluated
    rows = economics.with_columns(evaluation.results)
    context = ReportContext.from_evaluation(evaluation)
    out = []
    for k in range(len(rows)):
        one = rows.iloc[[k]]
        out.append(
            (
                one.iloc[0],
                roof_sheet(one.iloc[0], context, economics.detail(one, one.iloc[0])),
            )
        )
    return out


def test_thermal_parameters_only_when_a_system_is_proposed(sheets):
    for row, sheet in sheets:
        listed = _assumption_text(sheet)
        proposed = row["thermal_collector_area_m2"] > 0
        assert ("thermal.loop_efficiency" in listed) == proposed, row["roof_id"]
        assert "pv.module_power_density_kwp_per_m2" in listed


def test_only_the_s21_row_of_the_roof_is_listed(sheets, evaluated):
    evaluation, _ = evaluated
    table = evaluation.params.table("pv_tariffs_s21")
    for row, sheet in sheets:
        listed = [
            r
            for block in sheet.sections[-1].blocks
            for r in getattr(block, "rows", ())
            if r[0] == "pv_tariffs_s21"
        ]
        assert len(listed) == 1, row["roof_id"]
        # the listed class contains the installation's power (S21 classes are
        # (min, max] in kWc); hand check against the table's own bounds
        kwp = row["eco_pv_installation_kwp"]
        own = table[(table["class_kwc_min"] < kwp) & (kwp <= table["class_kwc_max"])]
        assert any(
            f"class_kwc_max {int(m)}" in listed[0][1] for m in own["class_kwc_max"]
        )
        period = str(row["eco_pv_tariff_period"])[3:7]  # "T1 2026 (...)" -> year
        assert f"period_start {period}" in listed[0][1]


def test_pitched_roof_does_not_list_flat_roof_racking(sheets):
    for row, sheet in sheets:
        listed = _assumption_text(sheet)
        if row["pv_mounting"] == "pitched":
            assert "pv.flat_rack_tilt_deg" not in listed
            assert "pv.usable_ratio_pitched" in listed
        else:
            assert "pv.usable_ratio_pitched" not in listed
            assert "pv.flat_rack_tilt_deg" in listed


def test_a_pv_only_sheet_stays_short(evaluated):
    # Without economics a roof sheet lists pv.* and report.* only: the whole sheet
    # held on 7 pages when every parameter group was listed; it must fit in 3.
    evaluation, _ = evaluated
    extra = ("thermal_", "eco_", "co2_")
    row = evaluation.results.iloc[0].drop(
        [c for c in evaluation.results.columns if c.startswith(extra)]
    )
    sheet = roof_sheet(row, ReportContext.from_evaluation(evaluation))
    listed = _assumption_text(sheet)
    assert "economics." not in listed and "thermal." not in listed
    assert len(compose(sheet)) <= 3


def test_sensitivity_discount_rates_match_a_hand_npv(sheets, economics, evaluated):
    evaluation, _ = evaluated
    rows = economics.with_columns(evaluation.results)
    one = rows.iloc[[0]]
    detail = economics.detail(one, one.iloc[0])
    flows = detail.cash_flows["pv_surplus"]
    tornado = detail.sensitivity["pv_surplus"].set_index("variable")
    # NPV = sum over years of net cash flow / (1 + r)^year, written out here
    for rate, column in ((0.01, "low_value"), (0.06, "high_value")):
        hand = float(np.sum(flows["net_cash_flow_eur"] / (1.0 + rate) ** flows["year"]))
        # tolerance: float rounding of a 26-term sum of amounts of ~1e5 EUR
        assert tornado.loc["discount_rate", column] == pytest.approx(hand, rel=1e-9)
    base = float(np.sum(flows["discounted_cash_flow_eur"]))
    assert tornado["base_value"].iloc[0] == pytest.approx(base, rel=1e-9)
    # NPV is linear in the investment: -20 % and +20 % move it by opposite amounts
    capex = tornado.loc["capex"]
    assert capex["low_delta"] == pytest.approx(-capex["high_delta"], rel=1e-9)


def test_detail_cash_flows_equal_the_engine_table(economics, evaluated):
    import pandas as pd

    from artois_energy_desk.core.economics import cash_flows

    evaluation, _ = evaluated
    rows = economics.with_columns(evaluation.results)
    one = rows.iloc[[2]]
    detail = economics.detail(one, one.iloc[0])
    for scenario, table in detail.cash_flows.items():
        engine = cash_flows(
            one,
            evaluation.params,
            scenario=scenario,
            pv_hourly_shape_kwh_per_kwp=economics.shape(one),
            load_profiles=economics._profiles,
            options=economics.options,
            assumptions=economics.assumptions,
        )
        pd.testing.assert_frame_equal(table, engine)
