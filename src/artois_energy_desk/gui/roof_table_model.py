"""The roof table: a Qt model reading the results DataFrame through numpy columns.

Nothing is copied into widgets: :meth:`RoofTableModel.data` formats only the cells on
screen, from numpy views of the DataFrame's columns. Sorting and filtering act on an
index array (``_rows``: the DataFrame positions in view order), which stays fast for a
million rows where a ``QSortFilterProxyModel`` would call back into Python per row.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from artois_energy_desk.core.suffixes import SuffixTable
from artois_energy_desk.gui.formatting import format_number

__all__ = ["RoofFilter", "RoofTableModel"]

#: Columns shown first, in this order, when present.
_LEADING = (
    "roof_id",
    "commune_name",
    "building_use",
    "area_m2",
    "tilt_deg",
    "azimuth_deg",
    "pv_peak_power_kwp",
    "pv_annual_yield_kwh",
    "pv_specific_yield_kwh_per_kwp",
    "poa_annual_kwh_m2",
    "thermal_collector_area_m2",
    "thermal_annual_kwh",
    "thermal_solar_fraction",
)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RAW = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RoofFilter:
    """What the table shows.

    Parameters
    ----------
    commune : str, optional
        Only roofs of this commune (``commune_name``, else ``commune_insee``).
    colour_class : int, optional
        Only roofs of this class (number of ``pv_suitability``, best first; see
        :mod:`artois_energy_desk.gui.suitability_classes`).
    text : str
        Only roofs whose identifier, building or commune contains this text
        (case-insensitive).
    """

    commune: str | None = None
    colour_class: int | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        """Whether the filter keeps every roof."""
        return self.commune is None and self.colour_class is None and not self.text


class RoofTableModel(QAbstractTableModel):
    """Table model over a roof or results DataFrame (one row per facet).

    Parameters
    ----------
    frame : pandas.DataFrame, optional
        The table; it is read, never modified.
    parent : QObject, optional
        Qt parent.
    """

    def __init__(
        self, frame: pd.DataFrame | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._columns: list[str] = []
        self._arrays: dict[str, np.ndarray] = {}
        self._rows = np.empty(0, dtype=np.int64)
        self._classes: np.ndarray | None = None
        self._filter = RoofFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        if frame is not None:
            self.set_frame(frame)

    # -- API ---------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show ``frame`` (keeping the filter; the sort is reset)."""
        self.beginResetModel()
        self._frame = frame
        leading = [c for c in _LEADING if c in frame.columns]
        self._columns = leading + [c for c in frame.columns if c not in leading]
        self._arrays = {}
        self._sort = None
        if self._classes is not None and len(self._classes) != len(frame):
            self._classes = None
        self._rows = self._filtered_rows()
        self.endResetModel()

    def set_classes(self, classes: np.ndarray | None) -> None:
        """Colour class of each DataFrame row, for the class filter."""
        self._classes = classes
        self.set_filter(self._filter)

    def set_filter(self, roof_filter: RoofFilter) -> None:
        """Show only the rows matching ``roof_filter`` (keeping the sort)."""
        self.beginResetModel()
        self._filter = roof_filter
        self._rows = self._filtered_rows()
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self.endResetModel()

    @property
    def frame(self) -> pd.DataFrame:
        """The DataFrame shown."""
        return self._frame

    @property
    def roof_filter(self) -> RoofFilter:
        """The current filter."""
        return self._filter

    def column_name(self, column: int) -> str:
        """DataFrame column shown in view column ``column``."""
        return self._columns[column]

    def column_of(self, name: str) -> int:
        """View column of DataFrame column ``name`` (-1 when absent)."""
        return self._columns.index(name) if name in self._columns else -1

    def position(self, row: int) -> int:
        """DataFrame position (0-based) of view row ``row``."""
        return int(self._rows[row])

    def row_of(self, position: int) -> int:
        """View row showing DataFrame position ``position`` (-1: filtered out)."""
        found = np.flatnonzero(self._rows == position)
        return int(found[0]) if found.size else -1

    def positions(self) -> np.ndarray:
        """DataFrame positions in view order (read-only view)."""
        view = self._rows.view()
        view.flags.writeable = False
        return view

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        if role == _DISPLAY or role == Qt.ItemDataRole.ToolTipRole:
            return self._display(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = self._array(self._columns[index.column()]).dtype.kind in "fiu"
            horizontal = (
                Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == _RAW:
            value = self._array(self._columns[index.column()])[self._rows[index.row()]]
            return value.item() if isinstance(value, np.generic) else value
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = _DISPLAY,
    ):
        if orientation == Qt.Orientation.Vertical:
            if role == _DISPLAY and 0 <= section < len(self._rows):
                return str(int(self._rows[section]) + 1)
            return None
        if not 0 <= section < len(self._columns):
            return None
        name = self._columns[section]
        if role == _DISPLAY:
            return _column_label(name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return name
        return None

    def sort(
        self,
        column: int,  # noqa: D102 - Qt override
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._sorted(self._filtered_rows(), column, order)
        self.layoutChanged.emit()

    # -- internals ---------------------------------------------------------------------
    def _array(self, name: str) -> np.ndarray:
        array = self._arrays.get(name)
        if array is None:
            series = self._frame[name]
            if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(
                series
            ):
                array = series.to_numpy(dtype=np.float64, na_value=np.nan)
            else:
                array = series.to_numpy(dtype=object)
            self._arrays[name] = array
        return array

    def _display(self, row: int, column: int) -> str:
        name = self._columns[column]
        value = self._array(name)[self._rows[row]]
        if isinstance(value, float | np.floating):
            return "" if math.isnan(value) else format_number(value, _decimals(name))
        if (
            value is None
            or value is pd.NA
            or (isinstance(value, float) and math.isnan(value))
        ):
            return ""
        return str(value)

    def _filtered_rows(self) -> np.ndarray:
        count = len(self._frame)
        keep = np.ones(count, dtype=bool)
        flt = self._filter
        if flt.commune is not None:
            column = (
                "commune_name" if "commune_name" in self._frame else "commune_insee"
            )
            if column in self._frame:
                keep &= (self._frame[column] == flt.commune).to_numpy(
                    dtype=bool, na_value=False
                )
        if flt.colour_class is not None and self._classes is not None:
            keep &= self._classes == flt.colour_class
        if flt.text:
            keep &= self._text_match(flt.text)
        return np.flatnonzero(keep)

    def _text_match(self, text: str) -> np.ndarray:
        found = np.zeros(len(self._frame), dtype=bool)
        for name in ("roof_id", "building_id", "commune_name"):
            if name in self._frame:
                column = self._frame[name].astype("string")
                found |= column.str.contains(text, case=False, regex=False).to_numpy(
                    dtype=bool, na_value=False
                )
        return found

    def _sorted(self, rows: np.ndarray, column: int, order: Qt.SortOrder) -> np.ndarray:
        values = self._array(self._columns[column])[rows]
        if values.dtype == object:
            codes, _ = pd.factorize(pd.Series(values, dtype="string"), sort=True)
            keys = codes.astype(np.float64)
            keys[codes < 0] = np.nan
        else:
            keys = values
        descending = order == Qt.SortOrder.DescendingOrder
        finite = ~np.isnan(keys)
        ranked = np.argsort(
            -keys[finite] if descending else keys[finite], kind="stable"
        )
        return np.concatenate([rows[finite][ranked], rows[~finite]])


#: Decimals shown per column-name suffix (the longest matching suffix wins, so that a
#: tariff ``_eur_per_kwh`` is not shown as a ``_kwh`` energy); 0 for the others.
_SHOWN_DECIMALS = SuffixTable(
    (
        ("_kwh_m2", 0),
        ("_per_kwp", 0),
        ("_eur_per_kwh", 3),
        ("_kwp", 1),
        ("_m2", 1),
        ("_years", 1),
        ("_ratio", 2),
        ("_loss", 2),
        ("_fraction", 2),
        ("_share", 2),
        ("_rate", 3),
        ("_irr", 3),
        ("itude", 5),
    )
)


def _decimals(name: str) -> int:
    return _SHOWN_DECIMALS.get(name, 0)


def _column_label(name: str) -> str:
    from artois_energy_desk.gui.column_labels import column_label

    return column_label(name)
