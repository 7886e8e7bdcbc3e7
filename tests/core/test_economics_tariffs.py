"""S21 classes, validity-date selection, VAT, prices and emission factors."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk import ArtoisWarning, InputError
from artois_energy_desk.core.economics.emissions import (
    electricity_factor,
    emission_factor,
)
from artois_energy_desk.core.economics.prices import energy_price_row
from artois_energy_desk.core.economics.tariffs import (
    lookup_tariffs,
    select_tariff_period,
    select_valid_rows,
    tariff_class_labels,
    vat_rate,
)
from artois_energy_desk.io.parameters import default_parameters

TODAY = dt.date(2026, 3, 1)


@pytest.fixture(scope="module")
def params():
    return default_parameters()


@pytest.fixture(scope="module")
def s21(params):
    return params.table("pv_tariffs_s21")


def test_class_boundaries_9_36_100_kwc(s21):
    period = select_tariff_period(s21, today=TODAY)
    power = np.array([0.5, 9.0, 9.001, 36.0, 36.001, 100.0, 100.001])
    tariffs = lookup_tariffs(period, power)
    # T1 2026 grid (economics-emissions.md §1): <= 9: 4.00 c, 80 EUR/kWc, no total
    # sale; 9-36: 5.36 c / 9.11 c / 140; 36-100: 5.36 c / 7.92 c / 70; > 100: tender.
    np.testing.assert_array_equal(
        tariffs["surplus_eur_per_kwh"],
        [0.04, 0.04, 0.0536, 0.0536, 0.0536, 0.0536, np.nan])
    np.testing.assert_array_equal(
        tariffs["total_sale_eur_per_kwh"],
        [np.nan, np.nan, 0.0911, 0.0911, 0.0792, 0.0792, np.nan])
    np.testing.assert_array_equal(tariffs["premium_eur_per_kwc"],
                                  [80, 80, 140, 140, 70, 70, np.nan])
    assert list(tariff_class_labels(period, power)) == [
        "0-9 kWc", "0-9 kWc", "9-36 kWc", "9-36 kWc", "36-100 kWc", "36-100 kWc",
        "hors S21"]


def test_old_grid_has_3_kwc_class_and_100_500_total_sale(s21):
    period = select_tariff_period(s21, dt.date(2024, 12, 15), today=dt.date(2025, 1, 1))
    tariffs = lookup_tariffs(period, np.array([3.0, 3.01, 250.0]))
    np.testing.assert_array_equal(tariffs["total_sale_eur_per_kwh"],
                                  [0.1031, 0.0876, 0.1052])
    np.testing.assert_array_equal(tariffs["premium_eur_per_kwc"], [220, 160, np.nan])


def test_request_date_selects_its_period_and_default_is_latest(s21):
    q4 = select_tariff_period(s21, dt.date(2025, 11, 30), today=TODAY)
    assert (q4.start, q4.end) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert not q4.is_latest
    assert lookup_tariffs(q4, [20.0])["surplus_eur_per_kwh"][0] == 0.0617
    # first and last day of a period are inside it
    assert select_tariff_period(s21, dt.date(2025, 3, 28), today=TODAY).start == \
        dt.date(2025, 3, 28)
    assert select_tariff_period(s21, dt.date(2025, 6, 30), today=TODAY).start == \
        dt.date(2025, 3, 28)
    latest = select_tariff_period(s21, today=TODAY)
    assert latest.start == dt.date(2026, 1, 1) and latest.is_latest
    assert latest.label.startswith("T1 2026")


def test_undocumented_period_is_an_input_error(s21):
    with pytest.raises(InputError, match="2025-02-15"):
        select_tariff_period(s21, dt.date(2025, 2, 15), today=TODAY)


def test_stale_latest_grid_warns_after_six_months(s21):
    # latest grid starts 2026-01-01: 2026-06-30 is < 6 months later, 2026-07-15 is more
    select_tariff_period(s21, today=dt.date(2026, 6, 30))
    with pytest.warns(ArtoisWarning, match="plus de 6 mois"):
        select_tariff_period(s21, today=dt.date(2026, 7, 15))


def test_select_valid_rows_open_ended():
    table = pd.DataFrame({"valid_from": ["2025-01-01", "2025-06-01", ""],
                          "valid_to": ["2025-05-31", "", "2024-12-31"], "x": [1, 2, 3]})
    assert list(select_valid_rows(table, dt.date(2025, 5, 31))["x"]) == [1]
    assert list(select_valid_rows(table, dt.date(2030, 1, 1))["x"]) == [2]
    assert list(select_valid_rows(table, dt.date(2000, 1, 1))["x"]) == [3]


def test_vat_rates_by_size_and_date(params):
    table = params.table("vat_rates")
    # before 2025-10-01: 10 % <= 3 kWc, 20 % above; from then: 5.5 % <= 9 kWc
    before = vat_rate(table, "pv", dt.date(2025, 9, 30), [3.0, 3.5, 9.0])
    after = vat_rate(table, "pv", dt.date(2025, 10, 1), [3.0, 9.0, 9.5])
    np.testing.assert_array_equal(before, [0.10, 0.20, 0.20])
    np.testing.assert_array_equal(after, [0.055, 0.055, 0.20])
    assert vat_rate(table, "solar_thermal", TODAY, segment="residential")[0] == 0.055


def test_electricity_price_follows_validity_dates(params):
    prices = params.table("energy_prices")

    def price(day):
        return energy_price_row(prices, "electricity", "trve_base",
                                day)["price_eur_per_kwh"]
    assert price(dt.date(2025, 3, 1)) == 0.2016
    assert price(dt.date(2025, 8, 1)) == 0.1952
    assert price(dt.date(2026, 1, 31)) == 0.1952
    assert price(dt.date(2026, 2, 1)) == 0.1940
    with pytest.raises(InputError, match="2024-06-01"):
        price(dt.date(2024, 6, 1))


def test_emission_factors_conventions(params):
    factors = params.table("emission_factors")
    assert electricity_factor(factors, TODAY, "average", "lighting") == 0.0519
    assert electricity_factor(factors, TODAY, "dpe", "heating") == 0.079
    assert electricity_factor(factors, TODAY, "dpe", "dhw") == 0.065
    assert emission_factor(factors, "gas", TODAY, convention="dpe") == 0.227
    assert emission_factor(factors, "heat_network_6203C", TODAY,
                           convention="dpe") == 0.0
    assert emission_factor(factors, "heat_network_6210C", TODAY,
                           convention="lifecycle") == 0.152
    with pytest.raises(InputError):
        electricity_factor(factors, TODAY, "marginal", "heating")


def test_every_table_row_has_source_and_status(params):
    for name in ("pv_tariffs_s21", "vat_rates", "pv_costs", "thermal_costs",
                 "energy_prices", "emission_factors", "aids"):
        table = params.table(name)
        assert table["source"].astype(str).str.len().gt(10).all(), name
        assert table["status"].isin(["sourced", "derived", "unverified"]).all(), name
    for parameter in params.values():
        if parameter.name.startswith("economics."):
            assert parameter.status in ("sourced", "derived", "unverified")
            assert parameter.source
