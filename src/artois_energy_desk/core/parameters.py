"""Named model parameters with their provenance.

Every default number the models use (a factor, a cost, a coefficient) is a
:class:`Parameter`: a value with its unit, its source, its status (sourced / derived /
unverified) and its validity dates. A :class:`ParameterSet` is what the models receive;
the tables themselves are read from ``data/parameters/`` by
:func:`artois_energy_desk.io.parameters.load_parameters`, and a user file can override
any of them by name. Reports list :meth:`ParameterSet.records` as their assumptions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

__all__ = ["Parameter", "ParameterSet", "RECORD_COLUMNS"]

#: Columns of :meth:`ParameterSet.records`, also the columns of a parameter CSV file.
RECORD_COLUMNS = (
    "name",
    "value",
    "unit",
    "description",
    "source",
    "status",
    "valid_from",
    "valid_to",
)


@dataclass(frozen=True)
class Parameter:
    """One named default with its provenance.

    Parameters
    ----------
    name : str
        Dotted name ``<table>.<key>`` (e.g. ``pv.module_power_density_kwp_per_m2``).
    value : float or str
        The value, in ``unit``.
    unit : str
        Unit of ``value`` (``"-"`` for a ratio, ``"text"`` for a choice).
    description : str
        What the number is, in a few words.
    source : str
        Where it comes from (document, URL, repository path).
    status : str
        ``sourced``, ``derived`` or ``unverified`` (see ``shared/reference``), or
        ``user`` when it comes from an override file.
    valid_from, valid_to : datetime.date or None
        Validity dates where the value changes over time (tariffs, prices).
    """

    name: str
    value: float | str
    unit: str
    description: str = ""
    source: str = ""
    status: str = "sourced"
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@dataclass(frozen=True)
class ParameterSet(Mapping[str, Parameter]):
    """An immutable, name-indexed collection of :class:`Parameter`.

    Parameters
    ----------
    parameters : mapping of str to Parameter
        The parameters by name.
    tables : mapping of str to pandas.DataFrame
        Parameter tables with several columns per row (tariff grids, pipe catalogues),
        by table name; every row carries ``source`` and ``status`` columns.
    """

    parameters: Mapping[str, Parameter] = field(default_factory=dict)
    tables: Mapping[str, pd.DataFrame] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Parameter:
        try:
            return self.parameters[name]
        except KeyError:
            raise KeyError(f"unknown parameter {name!r}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.parameters)

    def __len__(self) -> int:
        return len(self.parameters)

    def value(self, name: str) -> float:
        """Return the numeric value of parameter ``name``."""
        return float(self[name].value)

    def text(self, name: str) -> str:
        """Return the value of parameter ``name`` as text (for choices)."""
        return str(self[name].value)

    def table(self, name: str) -> pd.DataFrame:
        """Return a copy of parameter table ``name``."""
        try:
            return self.tables[name].copy()
        except KeyError:
            raise KeyError(f"unknown parameter table {name!r}") from None

    def with_values(
        self,
        values: Mapping[str, float | str],
        *,
        source: str = "user",
    ) -> ParameterSet:
        """Return a copy with some values replaced (status ``user``).

        Raises
        ------
        KeyError
            If a name is not a known parameter.
        """
        updated = dict(self.parameters)
        for name, value in values.items():
            updated[name] = replace(
                self[name],
                value=value,
                source=source,
                status="user",
                valid_from=None,
                valid_to=None,
            )
        return ParameterSet(updated, self.tables)

    def merged(self, others: Iterable[Parameter]) -> ParameterSet:
        """Return a copy where each of ``others`` replaces the parameter of its name."""
        updated = dict(self.parameters)
        for parameter in others:
            updated[parameter.name] = parameter
        return ParameterSet(updated, self.tables)

    def with_table(self, name: str, table: pd.DataFrame) -> ParameterSet:
        """Return a copy with parameter table ``name`` replaced or added."""
        return ParameterSet(self.parameters, {**self.tables, name: table})

    def records(self) -> pd.DataFrame:
        """Return every scalar parameter as a table with :data:`RECORD_COLUMNS`."""
        rows = [
            {key: getattr(p, key) for key in RECORD_COLUMNS}
            for p in sorted(self.parameters.values(), key=lambda p: p.name)
        ]
        return pd.DataFrame(rows, columns=list(RECORD_COLUMNS))

    def subset(self, prefix: str) -> dict[str, float | str]:
        """Return ``{key: value}`` for the parameters named ``<prefix>.<key>``."""
        start = prefix + "."
        return {
            name[len(start) :]: p.value
            for name, p in self.parameters.items()
            if name.startswith(start)
        }
