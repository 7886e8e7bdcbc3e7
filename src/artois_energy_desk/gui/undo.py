"""Undoable user edits of the study (``QUndoCommand`` subclasses).

Each command applies one pure edit of :mod:`artois_energy_desk.core.study` to the
study of a holder (the
:class:`~artois_energy_desk.gui.study_controller.StudyController`)
and reverts it with :func:`~artois_energy_desk.core.study.undo_edit`. Push them on the
holder's ``QUndoStack``::

    controller.push(ParameterChangeCommand(controller, "pv.albedo", 0.3))

An edit that changes nothing (excluding a building already excluded) makes the
command obsolete, so the stack drops it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from artois_energy_desk.core.study import (
    Edit,
    Study,
    set_building_excluded,
    set_parameter,
    set_roof_value,
    undo_edit,
)

__all__ = [
    "BuildingExclusionCommand",
    "ParameterChangeCommand",
    "RoofEditCommand",
    "StudyEditCommand",
    "StudyHolder",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("StudyEdits", text)


class StudyHolder(Protocol):
    """What a command edits: an object with a study it can replace."""

    @property
    def study(self) -> Study:
        """The current study."""

    def replace_study(self, study: Study) -> None:
        """Make ``study`` the current study (an edit or its undo)."""


class StudyEditCommand(QUndoCommand):
    """Base of the study edits: :meth:`_edited` returns the edited study."""

    def __init__(self, holder: StudyHolder, text: str) -> None:
        super().__init__(text)
        self._holder = holder
        self._edit: Edit | None = None

    def redo(self) -> None:  # noqa: D102 - QUndoCommand override
        before = self._holder.study
        after = self._edited(before)
        if len(after.edits) == len(before.edits):
            self._edit = None
            self.setObsolete(True)
            return
        self._edit = after.edits[-1]
        self._holder.replace_study(after)

    def undo(self) -> None:  # noqa: D102 - QUndoCommand override
        if self._edit is not None:
            self._holder.replace_study(undo_edit(self._holder.study, self._edit))

    def _edited(self, study: Study) -> Study:
        raise NotImplementedError


class ParameterChangeCommand(StudyEditCommand):
    """Set a parameter to a value (``None``: back to its default)."""

    def __init__(
        self, holder: StudyHolder, name: str, value: float | str | None
    ) -> None:
        super().__init__(holder, _tr("Modifier le paramètre {name}").format(name=name))
        self.name, self.value = name, value

    def _edited(self, study: Study) -> Study:
        return set_parameter(study, self.name, self.value)


class RoofEditCommand(StudyEditCommand):
    """Change one attribute (tilt, azimuth, area...) of one roof facet."""

    def __init__(
        self,
        holder: StudyHolder,
        roof_id: str,
        column: str,
        value: float | int | str | bool | None,
    ) -> None:
        super().__init__(
            holder,
            _tr("Modifier {column} de la toiture {roof}").format(
                column=column, roof=roof_id
            ),
        )
        self.roof_id, self.column, self.value = roof_id, column, value

    def _edited(self, study: Study) -> Study:
        return set_roof_value(study, self.roof_id, self.column, self.value)


class BuildingExclusionCommand(StudyEditCommand):
    """Leave a building out of the evaluation, or include it again."""

    def __init__(self, holder: StudyHolder, building_id: str, excluded: bool) -> None:
        text = (
            _tr("Exclure le bâtiment {building}")
            if excluded
            else _tr("Inclure le bâtiment {building}")
        )
        super().__init__(holder, text.format(building=building_id))
        self.building_id, self.excluded = building_id, excluded

    def _edited(self, study: Study) -> Study:
        return set_building_excluded(study, self.building_id, self.excluded)
