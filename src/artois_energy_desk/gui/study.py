"""The study shown in the window: roofs, climate, parameters, results, selection.

One :class:`Study` object is the model every view reads (map, table, detail panel,
dashboard, parameters); views never talk to each other, they call the study's setters
and follow its signals. It only changes through these setters, on the GUI thread, with
finished task results: a cancelled task never touches it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, Signal

from artois_energy_desk.gui.study_tasks import Boundaries, Climate, RoofLayer
from artois_energy_desk.gui.suitability_classes import NOT_EVALUATED, classify

__all__ = ["Study"]


class Study(QObject):
    """Everything the adviser is working on, with change signals."""

    #: A roof list was loaded (results and selection cleared).
    roofs_loaded = Signal()
    #: Evaluation results were set or cleared.
    evaluation_changed = Signal()
    #: Results no longer match the parameters or climate (``True``) or do again.
    stale_changed = Signal(bool)
    #: Parameters or climate changed.
    climate_changed = Signal()
    #: Commune outlines loaded.
    boundaries_loaded = Signal()
    #: The selected roof changed (table position, -1: none).
    selection_changed = Signal(int)
    #: Roof classes (``pv_suitability``, see :attr:`classes`) changed.
    classes_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layer: RoofLayer | None = None
        self.climate: Climate | None = None
        self.evaluation: Any = None
        self.boundaries: Boundaries | None = None
        self.stale = False
        self.selected = -1
        #: Class number of each roof, best first (see
        #: :mod:`artois_energy_desk.gui.suitability_classes`).
        self.classes = np.empty(0, dtype=np.int8)
        self._pv_table: Any = None
        self._pv_table_key: tuple[int, int] | None = None

    # -- content -----------------------------------------------------------------------
    @property
    def frame(self) -> pd.DataFrame:
        """The roof table shown: results when evaluated, else the imported roofs."""
        if self.evaluation is not None:
            return self.evaluation.results
        if self.layer is not None:
            return self.layer.imported.roofs
        return pd.DataFrame()

    @property
    def roof_count(self) -> int:
        """Number of roofs in the study."""
        return 0 if self.layer is None else len(self.layer.imported.roofs)

    @property
    def is_evaluated(self) -> bool:
        """Whether results exist (possibly out of date, see :attr:`stale`)."""
        return self.evaluation is not None

    def roof(self, position: int) -> pd.Series:
        """Row ``position`` of :attr:`frame`."""
        return self.frame.iloc[position]

    def pv_table(self, params: Any) -> Any:
        """PV orientation table for ``params`` and the current climate, if known.

        The last evaluation's table is used when it carries one (``pv_table``), else a
        table stored with :meth:`store_pv_table`; ``None`` when it must be built.
        """
        key = self._table_key(params)
        evaluation_table = getattr(self.evaluation, "pv_table", None)
        if (
            evaluation_table is not None
            and self.evaluation.params is params
            and not self.stale
        ):
            return evaluation_table
        return self._pv_table if key == self._pv_table_key else None

    def store_pv_table(self, params: Any, table: Any) -> None:
        """Keep ``table`` (built for ``params`` and the current climate)."""
        self._pv_table, self._pv_table_key = table, self._table_key(params)

    def _table_key(self, params: Any) -> tuple[int, int] | None:
        if self.climate is None:
            return None
        return id(params), id(self.climate.weather)

    # -- setters -----------------------------------------------------------------------
    def set_layer(self, layer: RoofLayer) -> None:
        """Replace the roof list (results and selection cleared)."""
        self.layer = layer
        self.evaluation = None
        self.selected = -1
        self._set_stale(False)
        self._reclassify()
        self.roofs_loaded.emit()
        self.selection_changed.emit(-1)

    def set_climate(self, climate: Climate) -> None:
        """Replace parameters and weather; existing results become out of date."""
        self.climate = climate
        self.climate_changed.emit()
        if self.evaluation is not None:
            self._set_stale(True)

    def set_parameters(self, params: Any) -> None:
        """Replace the parameters, keeping the weather year."""
        if self.climate is None:
            raise RuntimeError("no climate loaded")
        self.set_climate(
            Climate(params, self.climate.weather, self.climate.weather_path)
        )

    def set_evaluation(self, evaluation: Any) -> None:
        """Store the results of an evaluation of the current roofs."""
        if evaluation is not None and len(evaluation.results) != self.roof_count:
            raise ValueError("evaluation does not match the roofs of the study")
        self.evaluation = evaluation
        self._set_stale(False)
        self._reclassify()
        self.evaluation_changed.emit()

    def set_boundaries(self, boundaries: Boundaries | None) -> None:
        """Overlay commune outlines (``None`` removes them)."""
        self.boundaries = boundaries
        self.boundaries_loaded.emit()

    def select(self, position: int) -> None:
        """Select roof ``position`` (-1: none); emits only on change."""
        position = int(position)
        if position >= self.roof_count:
            position = -1
        if position != self.selected:
            self.selected = position
            self.selection_changed.emit(position)

    # -- internals ---------------------------------------------------------------------
    def _set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            self.stale_changed.emit(stale)

    def _reclassify(self) -> None:
        frame = self.frame
        if self.evaluation is not None:
            self.classes = classify(frame)
        else:
            self.classes = np.full(len(frame), NOT_EVALUATED, dtype=np.int8)
        self.classes_changed.emit()
