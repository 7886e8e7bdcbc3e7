"""Values looked up by the unit suffix of a column name (``_kwh``, ``_eur_per_kwh``).

Result columns carry their unit at the end of their name. Several suffixes can end
the same name (``eco_pv_lcoe_eur_per_kwh`` ends with ``_eur_per_kwh`` and with
``_kwh``): the longest one names the unit, whatever the order of the table.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

__all__ = ["SuffixTable"]

_V = TypeVar("_V")


class SuffixTable(Generic[_V]):
    """A value per column-name suffix; the longest matching suffix wins.

    Parameters
    ----------
    pairs : iterable of (str, value)
        Suffix and its value.

    Examples
    --------
    >>> SuffixTable([("_kwh", 1), ("_eur_per_kwh", 4)]).get("lcoe_eur_per_kwh")
    4
    """

    def __init__(self, pairs: Iterable[tuple[str, _V]]) -> None:
        self._pairs = tuple(sorted(pairs, key=lambda pair: -len(pair[0])))

    def get(self, name: str, default: _V | None = None) -> _V | None:
        """The value of the longest suffix ending ``name``; ``default`` if none does."""
        return next((value for suffix, value in self._pairs if name.endswith(suffix)),
                    default)
