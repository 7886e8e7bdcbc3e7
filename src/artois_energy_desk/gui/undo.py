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

from collections.abc import Callable
from functools import partial
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
    """One undoable study edit.

    Parameters
    ----------
    holder : StudyHolder
        What the command edits.
    text : str
        The edit's name in the Edit menu.
    edited : callable
        Study -> edited study (one of the edit functions of
        :mod:`artois_energy_desk.core.study`, with its arguments bound).
    """

    def __init__(
        self, holder: StudyHolder, text: str, edited: Callable[[Study], Study]
    ) -> None:
        super().__init__(text)
        self._holder = holder
        self._edited = edited
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


class ParameterChangeCommand(StudyEditCommand):
    """Set a parameter to a value (``None``: back to its default)."""

    def __init__(
        self, holder: StudyHolder, name: str, value: float | str | None
    ) -> None:
        super().__init__(
            holder,
            _tr("Modifier le paramètre {name}").format(name=name),
            partial(set_parameter, name=name, value=value),
        )
        self.name, self.value = name, value


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
            partial(set_roof_value, roof_id=roof_id, column=column, value=value),
        )
        self.roof_id, self.column, self.value = roof_id, column, value


class BuildingExclusionCommand(StudyEditCommand):
    """Leave a building out of the evaluation, or include it again."""

    def __init__(self, holder: StudyHolder, building_id: str, excluded: bool) -> None:
        text = (
            _tr("Exclure le bâtiment {building}")
            if excluded
            else _tr("Inclure le bâtiment {building}")
        )
        super().__init__(
            holder,
            text.format(building=building_id),
            partial(set_building_excluded, building_id=building_id, excluded=excluded),
        )
        self.building_id, self.excluded = building_id, excluded
