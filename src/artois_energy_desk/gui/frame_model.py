"""A small read-only Qt table model over a pandas DataFrame (previews, rejects).

For the roof table itself (up to a million rows, sorting, filtering) see
:mod:`artois_energy_desk.gui.roof_table_model`; this one is for a few hundred rows.

References
----------
PySide6 example ``examples/external/pandas/dataframe_model.py``.
"""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from artois_energy_desk.gui.formatting import format_number

__all__ = ["FrameModel"]


class FrameModel(QAbstractTableModel):
    """Cells of ``frame`` as French text; numbers right-aligned.

    Parameters
    ----------
    frame : pandas.DataFrame, optional
        The table shown (not copied; replace it with :meth:`set_frame`).
    decimals : int
        Digits shown after the decimal comma for non-integer numbers.
    """

    def __init__(
        self,
        frame: pd.DataFrame | None = None,
        decimals: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._frame = frame if frame is not None else pd.DataFrame()
        self._decimals = decimals

    @property
    def frame(self) -> pd.DataFrame:
        """The table shown."""
        return self._frame

    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show ``frame`` instead."""
        self.beginResetModel()
        self._frame = frame
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(  # noqa: N802 - Qt override
        self, parent: QModelIndex = QModelIndex()  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._frame.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._frame.iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and _is_number(value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self._frame.columns[section])
        return str(section + 1)

    def _text(self, value) -> str:
        if value is None or value is pd.NA:
            return ""
        if isinstance(value, bool):
            return "oui" if value else "non"
        if _is_number(value):
            number = float(value)
            if math.isnan(number):
                return ""
            decimals = 0 if number.is_integer() else self._decimals
            return format_number(number, decimals)
        return str(value)


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) or (
        hasattr(value, "dtype") and getattr(value.dtype, "kind", "") in "iuf"
    )
