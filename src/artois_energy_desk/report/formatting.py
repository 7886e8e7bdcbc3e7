"""French formatting of numbers, amounts, percentages and dates for printed sheets.

Numbers follow French typography: a comma for the decimal mark and a narrow no-break
space (U+202F) between thousands, a no-break space (U+00A0) between a number and its
unit (``1 234,5 kWh``). Dates are written out with the French month names
(``26 novembre 2026``, ``1er mai 2026``). Nothing here depends on the operating
system's locale, so a sheet prints the same on every machine.

References
----------
.. [1] Imprimerie nationale, *Lexique des règles typographiques en usage à
   l'Imprimerie nationale* (2002): espace fine insécable between groups of three
   digits, virgule décimale, espace insécable before a unit.
"""

from __future__ import annotations

import datetime as dt
import math
from numbers import Real

__all__ = [
    "MISSING",
    "NARROW_NBSP",
    "NBSP",
    "format_date",
    "format_eur",
    "format_number",
    "format_percent",
    "format_quantity",
    "format_years",
    "month_name",
    "printable",
]

#: Narrow no-break space, the French thousands separator.
NARROW_NBSP = "\u202f"
#: No-break space, between a number and its unit.
NBSP = "\u00a0"
#: Text printed where a value is missing or not finite.
MISSING = "–"

#: Replacements for characters outside the WinAnsi encoding of the PDF standard fonts
#: (the sheets are printed in Helvetica, see :mod:`.layout`).
_PRINTABLE = str.maketrans(
    {
        NARROW_NBSP: NBSP,
        "\u2009": NBSP,
        "\u2212": "-",
        "\u2082": "2",
        "\u2265": ">=",
        "\u2264": "<=",
        "\u2248": "~",
        "\u0394": "delta ",
    }
)

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_SHORT_MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, Real):
        return not math.isfinite(float(value))
    return False


def format_number(value: float | None, decimals: int = 0) -> str:
    """Return ``value`` written the French way (``1 234,5``).

    Parameters
    ----------
    value : float or None
        The number; ``None``, NaN and infinities give :data:`MISSING`.
    decimals : int
        Digits after the decimal comma (rounding half away from zero as Python's
        ``format`` does for binary floats).

    Examples
    --------
    >>> format_number(1234.5, 1) == "1\u202f234,5"
    True
    """
    if _is_missing(value):
        return MISSING
    text = f"{float(value):,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]
    return text.replace(",", NARROW_NBSP).replace(".", ",")


def format_quantity(value: float | None, unit: str, decimals: int = 0) -> str:
    """Return ``value`` with its unit after a no-break space (``1 234,5 kWh``)."""
    number = format_number(value, decimals)
    if number == MISSING:
        return MISSING
    return f"{number}{NBSP}{unit}" if unit else number


def format_eur(value: float | None, decimals: int = 0) -> str:
    """Return an amount in euros (``12 300 €``)."""
    return format_quantity(value, "€", decimals)


def format_percent(fraction: float | None, decimals: int = 0) -> str:
    """Return a fraction (0.253) as a French percentage (``25 %``, no-break space)."""
    if _is_missing(fraction):
        return MISSING
    return format_quantity(100.0 * float(fraction), "%", decimals)


def format_years(years: float | None, decimals: int = 1) -> str:
    """Return a duration in years (``8,4 ans``; ``1 an`` below two years)."""
    if _is_missing(years):
        return MISSING
    unit = "an" if abs(float(years)) < 2 else "ans"
    return format_quantity(years, unit, decimals)


def month_name(month: int, short: bool = False) -> str:
    """Return the French name of ``month`` (1..12), or its usual abbreviation."""
    return (_SHORT_MONTHS if short else _MONTHS)[month - 1]


def format_date(date: dt.date | dt.datetime | None) -> str:
    """Return ``date`` in words (``26 novembre 2026``, ``1er mai 2026``)."""
    if date is None:
        return MISSING
    day = "1er" if date.day == 1 else str(date.day)
    return f"{day} {month_name(date.month)} {date.year}"


def printable(text: str) -> str:
    """Return ``text`` with the characters the PDF standard fonts lack replaced.

    The narrow no-break space becomes a no-break space, the minus sign a hyphen-minus,
    subscript two a plain 2; every other character of French text (accents, ``€``,
    ``²``, ``°``, ``«»``, ``œ``) is printable as is.
    """
    return text.translate(_PRINTABLE)
