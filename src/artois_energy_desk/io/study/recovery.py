"""Recovery copies: autosaves of the open study, offered again after a crash.

While a study is open the GUI saves it every few minutes to a recovery file in the
user's data folder (``recovery/recovery-<process id>.gpkg``), with the path of the
study it is a copy of. A clean exit deletes the file. At the next start,
:func:`find_recoveries` lists the copies left by processes that no longer run, so the
application can offer to restore them.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from artois_energy_desk import InputError
from artois_energy_desk.core.progress import Task, run
from artois_energy_desk.core.study import Study
from artois_energy_desk.io.study.atomic import process_alive
from artois_energy_desk.io.study.files import read_study_header, save_study_task
from artois_energy_desk.logs import user_data_dir

__all__ = ["Recovery", "discard_recovery", "find_recoveries", "recovery_dir",
           "recovery_path", "write_recovery", "write_recovery_task"]

_log = logging.getLogger(__name__)

_PREFIX = "recovery-"
_KEY_ORIGINAL = "recovery_of"


@dataclass(frozen=True)
class Recovery:
    """A recovery copy left by a previous run.

    Attributes
    ----------
    path : pathlib.Path
        The recovery file.
    original : pathlib.Path or None
        The study file it is a copy of; ``None`` for a study never saved.
    title : str
        Title of the study.
    saved_at : str
        When the copy was written (ISO 8601).
    """

    path: Path
    original: Path | None
    title: str
    saved_at: str


def recovery_dir() -> Path:
    """Return (and create) the folder of recovery files."""
    folder = user_data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recovery_path(pid: int | None = None) -> Path:
    """Return the recovery file of process ``pid`` (default: this process)."""
    return recovery_dir() / f"{_PREFIX}{os.getpid() if pid is None else pid}.gpkg"


def write_recovery(study: Study, original: Path | None) -> Path:
    """Save ``study`` to this process's recovery file (atomically).

    Parameters
    ----------
    study : Study
        The open study.
    original : pathlib.Path or None
        Its study file, ``None`` when never saved.

    Raises
    ------
    StudySaveError
        The recovery file could not be written.
    """
    return run(write_recovery_task(study, original))


def write_recovery_task(study: Study, original: Path | None) -> Task[Path]:
    """:func:`write_recovery` as a progress task (for a background worker)."""
    extra = {_KEY_ORIGINAL: "" if original is None else str(original)}
    return save_study_task(study, recovery_path(), extra_metadata=extra)


def find_recoveries() -> list[Recovery]:
    """Return the recovery copies left by processes that no longer run, newest first.

    Unreadable copies are logged and left in place (they are never deleted silently).
    """
    found = []
    for path in recovery_dir().glob(f"{_PREFIX}*.gpkg"):
        pid = path.stem[len(_PREFIX):]
        if not pid.isdigit() or process_alive(int(pid)):
            continue
        try:
            header = read_study_header(path)
        except InputError as err:
            _log.warning("copie de récupération illisible ignorée : %s", err)
            continue
        original = header.metadata.get(_KEY_ORIGINAL, "")
        found.append(Recovery(path, Path(original) if original else None,
                              header.title, header.saved_at))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def discard_recovery(path: Path | None = None) -> None:
    """Delete a recovery file (default: this process's own)."""
    path = recovery_path() if path is None else path
    try:
        path.unlink(missing_ok=True)
    except OSError as err:
        _log.warning("copie de récupération %s non supprimée : %s", path, err)
