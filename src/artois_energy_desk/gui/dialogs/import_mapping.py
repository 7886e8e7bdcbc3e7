"""The column-mapping table of the import dialog: file header -> canonical column.

Each header of the file gets a combo box listing the canonical roof-table columns
(with their unit in the name and their French label). The reader's own recognition is
pre-selected; the user's changes form the ``column_map`` of
:class:`~artois_energy_desk.io.roofs.RoofImportOptions`, which wins over recognition.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

__all__ = ["MappingTable"]

_RECOGNISED = QColor(232, 245, 233)
_CHANGED = QColor(255, 243, 205)


class MappingTable(QTableWidget):
    """Headers of the file and the canonical column each one provides."""

    #: The user changed the column a header provides.
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("mapping_table")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Colonne du fichier"),
                self.tr("Correspond à"),
                self.tr("Exemple de valeur"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self._headers: list[str] = []
        self._detected: dict[str, str] = {}
        self._user: dict[str, str] = {}
        self._boxes: dict[str, QComboBox] = {}

    # -- API ---------------------------------------------------------------------------
    def set_headers(
        self,
        headers: list[str],
        detected: dict[str, str],
        sample: pd.DataFrame | None,
    ) -> None:
        """Show ``headers``, pre-selecting the ``detected`` canonical columns.

        Parameters
        ----------
        headers : list of str
            Headers as written in the file.
        detected : dict
            ``{header: canonical column}`` recognised by the reader.
        sample : pandas.DataFrame, optional
            First rows, for the example values.
        """
        self._headers, self._detected = list(headers), dict(detected)
        self._user = {h: n for h, n in self._user.items() if h in self._headers}
        self._boxes.clear()
        self.setRowCount(len(headers))
        for row, header in enumerate(headers):
            self.setItem(row, 0, QTableWidgetItem(header))
            self.setCellWidget(row, 1, self._box_for(header))
            example = _example(sample, header)
            self.setItem(row, 2, QTableWidgetItem(example))
        self._refresh()

    def user_map(self) -> dict[str, str]:
        """``{header: canonical column}`` chosen by the user (reader overrides)."""
        return dict(self._user)

    def effective_map(self) -> dict[str, str]:
        """``{header: canonical column}`` as the reader will apply it."""
        taken = set(self._user.values())
        mapping = {
            h: n
            for h, n in self._detected.items()
            if n not in taken and h not in self._user
        }
        mapping.update(self._user)
        return mapping

    def set_column(self, header: str, canonical: str) -> None:
        """Make ``header`` provide ``canonical`` ('' : back to the reader's choice)."""
        if header not in self._headers:
            raise KeyError(header)
        for other in [h for h, n in self._user.items() if n == canonical]:
            del self._user[other]
        if canonical and canonical != self._detected.get(header):
            self._user[header] = canonical
        else:
            self._user.pop(header, None)
        self._refresh()
        self.mapping_changed.emit()

    # -- internals ---------------------------------------------------------------------
    def _box_for(self, header: str) -> QComboBox:
        from artois_energy_desk.io.roofs import CANONICAL_COLUMNS

        box = QComboBox()
        box.addItem(self.tr("— conservée telle quelle —"), "")
        for name, spec in CANONICAL_COLUMNS.items():
            box.addItem(f"{name}  ({spec.label})", name)
        for name, label in (
            ("x", self.tr("x Lambert-93")),
            ("y", self.tr("y Lambert-93")),
        ):
            box.addItem(label, name)
        box.activated.connect(
            lambda _index, h=header, b=box: self.set_column(h, b.currentData())
        )
        self._boxes[header] = box
        return box

    def _refresh(self) -> None:
        effective = self.effective_map()
        for row, header in enumerate(self._headers):
            box = self._boxes[header]
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(effective.get(header, "")), 0))
            box.blockSignals(False)
            item = self.item(row, 0)
            if header in self._user:
                item.setBackground(_CHANGED)
                item.setToolTip(self.tr("Choix de l'utilisateur"))
            elif header in effective:
                item.setBackground(_RECOGNISED)
                item.setToolTip(
                    self.tr(
                        "Reconnue automatiquement ; pour l'écarter, attribuez cette "
                        "grandeur à une autre colonne."
                    )
                )
            else:
                item.setBackground(QColor(0, 0, 0, 0))
                item.setToolTip(self.tr("Conservée telle quelle dans les résultats"))


def _example(sample: pd.DataFrame | None, header: str) -> str:
    if sample is None or header not in sample.columns:
        return ""
    values = sample[header].astype("string").fillna("")
    filled = values[values.str.strip() != ""]
    return str(filled.iloc[0]) if len(filled) else ""
