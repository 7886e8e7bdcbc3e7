"""A small read-only Qt table model over a pandas DataFrame (previews, rejects).

For the roof table itself (up to a million rows, sorting, filtering) see
:mod:`artois_energy_desk.gui.roof_table_model`; this one is for a few hundred rows.

References
----------
PySide6 example ``examples/external/pandas/dataframe_model.py``.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from artois_energy_desk.gui.formatting import format_number

__all__ = ["FrameModel"]

translate = QCoreApplication.translate


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
        self._colours: list = []

    @property
    def frame(self) -> pd.DataFrame:
        """The table shown."""
        return self._frame

    def set_frame(self, frame: pd.DataFrame, row_colours: list | None = None) -> None:
        """Show ``frame`` instead, row ``i`` on background ``row_colours[i]``.

        Parameters
        ----------
        frame : pandas.DataFrame
            The table.
        row_colours : list of QColor or None, optional
            Background of each row (``None`` entries: the default background).
        """
        self.beginResetModel()
        self._frame = frame
        self._colours = list(row_colours) if row_colours is not None else []
        self.endResetModel()

    def row_colour(self, row: int):
        """Background colour of ``row`` (``None``: default)."""
        return self._colours[row] if row < len(self._colours) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(  # noqa: N802 - Qt override
        self,
        parent: QModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._frame.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._frame.iat[index.row(), index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and _is_number(value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.row_colour(index.row())
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
        if isinstance(value, bool | np.bool_):
            return (
                translate("FrameModel", "oui")
                if value
                else translate("FrameModel", "non")
            )
        if _is_number(value):
            number = float(value)
            if math.isnan(number):
                return ""
            decimals = 0 if number.is_integer() else self._decimals
            return format_number(number, decimals)
        return str(value)


def _is_number(value) -> bool:
    if isinstance(value, bool | np.bool_):
        return False
    return isinstance(value, int | float | np.integer | np.floating)
