"""Study files: one GeoPackage per study, saved atomically, with recovery copies.

Use :func:`save_study` / :func:`open_study` (or their ``*_task`` progress-generator
forms for the GUI worker); :func:`write_recovery` and :func:`find_recoveries` handle
the autosave copies. Errors reach the user as
:class:`~artois_energy_desk.InputError` (and :class:`StudySaveError` for saves) with a
French message naming the file.
"""

from artois_energy_desk.io.study.atomic import StudySaveError
from artois_energy_desk.io.study.encoding import RESULTS_TABLE
from artois_energy_desk.io.study.files import (
    StudyHeader,
    open_study,
    open_study_task,
    read_study_header,
    save_study,
    save_study_task,
)
from artois_energy_desk.io.study.recovery import (
    Recovery,
    discard_recovery,
    find_recoveries,
    recovery_dir,
    recovery_path,
    write_recovery,
    write_recovery_task,
)

__all__ = [
    "RESULTS_TABLE",
    "Recovery",
    "StudyHeader",
    "StudySaveError",
    "discard_recovery",
    "find_recoveries",
    "open_study",
    "open_study_task",
    "read_study_header",
    "recovery_dir",
    "recovery_path",
    "save_study",
    "save_study_task",
    "write_recovery",
    "write_recovery_task",
]
