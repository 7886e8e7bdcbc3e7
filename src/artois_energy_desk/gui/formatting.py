"""Numbers as a French reader writes them: ``1 234,5`` (no-break space, comma)."""

from __future__ import annotations

import math

__all__ = ["format_number", "format_quantity"]

_THOUSANDS = "\u00a0"  # no-break space: a number never wraps across lines


def format_number(value: float, decimals: int = 0) -> str:
    """Return ``value`` with French separators.

    Parameters
    ----------
    value : float
        The number ('' for NaN).
    decimals : int
        Digits after the decimal comma.

    Examples
    --------
    >>> format_number(1234.5, 1)
    '1\\xa0234,5'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]
    return text.replace(",", _THOUSANDS).replace(".", ",")


def format_quantity(value: float, unit: str, decimals: int = 0) -> str:
    """Return ``value`` with French separators followed by ``unit``."""
    number = format_number(value, decimals)
    return f"{number}{_THOUSANDS}{unit}" if number else "–"
