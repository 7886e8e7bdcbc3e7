"""French number and date formatting (reference: Imprimerie nationale rules)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from artois_energy_desk.report.formatting import (
    MISSING,
    NARROW_NBSP,
    NBSP,
    format_date,
    format_eur,
    format_number,
    format_percent,
    format_quantity,
    format_years,
    month_name,
    printable,
)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234.5, 1, f"1{NARROW_NBSP}234,5"),
        (1234567.891, 2, f"1{NARROW_NBSP}234{NARROW_NBSP}567,89"),
        (999, 0, "999"),
        (-4321.0, 0, f"-4{NARROW_NBSP}321"),
        (-0.04, 1, "0,0"),  # no "-0,0"
        (0.5, 3, "0,500"),
    ],
)
def test_number_uses_comma_and_narrow_space(value, decimals, expected):
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize("value", [None, math.nan, math.inf])
def test_missing_values_print_a_dash(value):
    assert format_number(value) == MISSING
    assert format_quantity(value, "kWh") == MISSING


def test_quantity_and_money_put_a_no_break_space_before_the_unit():
    assert format_quantity(1234.5, "kWh", 1) == f"1{NARROW_NBSP}234,5{NBSP}kWh"
    assert format_eur(12300) == f"12{NARROW_NBSP}300{NBSP}€"
    assert format_percent(0.253) == f"25{NBSP}%"
    assert format_years(1.0) == f"1,0{NBSP}an"
    assert format_years(8.44) == f"8,4{NBSP}ans"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(2026, 11, 26), "26 novembre 2026"),
        (dt.date(2026, 5, 1), "1er mai 2026"),
        (dt.datetime(2025, 8, 15, 10, 30), "15 août 2025"),
        (dt.date(2024, 2, 29), "29 février 2024"),
    ],
)
def test_dates_in_words_without_locale(date, expected):
    assert format_date(date) == expected


def test_month_abbreviations_are_the_usual_french_ones():
    assert [month_name(m, short=True) for m in (1, 2, 4, 6, 7, 9, 12)] == [
        "janv.",
        "févr.",
        "avr.",
        "juin",
        "juil.",
        "sept.",
        "déc.",
    ]


def test_printable_text_fits_the_pdf_standard_font_encoding():
    text = printable(f"1{NARROW_NBSP}234,5{NBSP}kWh – CO\u2082 « été » 12 € m² 41° œ")
    text.encode("cp1252")  # raises if a character cannot be printed in Helvetica
    assert text == f"1{NBSP}234,5{NBSP}kWh – CO2 « été » 12 € m² 41° œ"
