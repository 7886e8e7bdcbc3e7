"""The map view of the study: canvas plus a small bar (whole extent, outline source)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artois_energy_desk.gui.class_legend import (
    class_colours,
    class_entries,
    legend_title,
)
from artois_energy_desk.gui.map_canvas import MapCanvas
from artois_energy_desk.gui.study import Study

__all__ = ["MapPanel"]


class MapPanel(QWidget):
    """Map of the roofs coloured by solar-cadastre class, following the selection.

    Parameters
    ----------
    study : Study
        The study shown; clicking a roof selects it in the study.
    """

    def __init__(self, study: Study, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_panel")
        self._study = study
        self.canvas = MapCanvas()
        self.extent_button = QToolButton()
        self.extent_button.setText(self.tr("Vue d'ensemble"))
        self.extent_button.setToolTip(self.tr("Afficher toute l'étude (touche 0)"))
        self.source_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.extent_button)
        bar.addStretch(1)
        bar.addWidget(self.source_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.extent_button.clicked.connect(self.canvas.zoom_to_extent)
        self.canvas.roof_clicked.connect(study.select)
        study.roofs_loaded.connect(self._on_study_roofs_loaded)
        study.classes_changed.connect(self._on_study_classes_changed)
        study.selection_changed.connect(self._on_study_selection_changed)
        study.boundaries_loaded.connect(self._on_study_boundaries_loaded)

    def _on_study_roofs_loaded(self) -> None:
        layer = self._study.layer
        self.canvas.set_roofs(
            layer.geometry if layer else None, layer.tree if layer else None
        )
        self.source_label.setText(layer.outline_source if layer else "")
        self._on_study_classes_changed()

    def _on_study_classes_changed(self) -> None:
        self.canvas.set_classes(self._study.classes, class_colours())
        entries = class_entries(self._study) or [
            (class_colours()[-1], self.tr("Non évaluée : lancer le calcul (F5)"))
        ]
        self.canvas.set_legend(legend_title(self._study), entries)

    def _on_study_selection_changed(self, position: int) -> None:
        self.canvas.set_selected(position)

    def _on_study_boundaries_loaded(self) -> None:
        boundaries = self._study.boundaries
        if boundaries is None:
            self.canvas.set_communes(None, [])
        else:
            self.canvas.set_communes(boundaries.geometry, boundaries.names)
