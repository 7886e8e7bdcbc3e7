"""Atomic saving: a failed or interrupted save never touches the previous file.

The study is written to a temporary file in the destination folder (same file
system, so the final rename is atomic), flushed to disk with ``fsync``, then renamed
over the destination with :func:`os.replace`, and the folder entry is flushed too.
Any failure on the way (disk full, permission denied, read-only medium, file locked
by another program) removes the temporary file and raises :class:`StudySaveError`
with a French message saying what happened and that the previous file is intact.
A process killed during a save leaves a temporary file named after its process id;
the next save to the same destination removes it.

References
----------
.. [1] SQLite, "Atomic Commit In SQLite", https://www.sqlite.org/atomiccommit.html
.. [2] POSIX ``rename(2)``: the destination name refers to either the old or the new
   file, never to a partial one.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from artois_energy_desk import InputError
from artois_energy_desk.io.writers import fsync_folder, fsync_path

__all__ = ["StudySaveError", "atomic_destination", "describe_write_error",
           "process_alive"]

_log = logging.getLogger(__name__)

#: SQLite and GDAL side files of a database being written.
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}
_LOCKED = {errno.EBUSY, errno.ETXTBSY}
#: Windows "sharing violation" and "lock violation" (file open in another program).
_WINDOWS_LOCKED = {32, 33}
#: Phrases of SQLite and GDAL errors that carry no errno, by the reason they mean.
_MESSAGE_REASONS = (
    (re.compile(r"disk is full|no space left|file too large|disk i/o", re.I), "full"),
    (re.compile(r"read-?only", re.I), "readonly"),
    (re.compile(r"permission denied|access is denied", re.I), "denied"),
    (re.compile(r"locked|busy|being used by another process", re.I), "locked"),
)


class StudySaveError(InputError):
    """A study could not be saved; the message says whether the old file is intact."""


@contextmanager
def atomic_destination(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success make it ``path`` atomically.

    Parameters
    ----------
    path : pathlib.Path
        Final destination.

    Raises
    ------
    StudySaveError
        Anything failed; the temporary file is removed and ``path`` is as before.
    """
    existed = path.exists()
    temporary = _temporary_name(path)
    try:
        _check_folder(path)
        _remove_stale_temporaries(path)
        yield temporary
        fsync_path(temporary)
        os.replace(temporary, path)
        fsync_folder(path.parent)
    except StudySaveError:
        _remove(temporary)
        raise
    except Exception as err:
        _remove(temporary)
        _log.warning("échec de l'enregistrement de %s", path, exc_info=err)
        raise StudySaveError(_save_message(path, err, existed)) from err
    except BaseException:
        _remove(temporary)
        raise


def describe_write_error(error: BaseException, folder: Path) -> str:
    """Return a French phrase saying why writing in ``folder`` failed."""
    reason = _reason(error)
    return {
        "full": f"espace disque insuffisant dans {folder} (disque plein, quota "
                "atteint ou taille de fichier maximale dépassée)",
        "readonly": f"l'emplacement {folder} est en lecture seule",
        "denied": f"droits insuffisants pour écrire dans {folder}, ou fichier "
                  "verrouillé par un autre programme (QGIS, Excel…)",
        "locked": "le fichier est verrouillé par un autre programme (QGIS, "
                  "Excel…) ; fermez-le puis réessayez",
        "missing": f"le dossier {folder} n'existe pas",
    }.get(reason, f"erreur d'écriture ({error}) ; vérifiez l'espace disque libre "
                  f"({_free_space(folder)}) et les droits d'écriture")


def _free_space(folder: Path) -> str:
    try:
        free_mb = shutil.disk_usage(folder).free / 1e6
    except OSError:
        return "inconnu"
    return f"{free_mb:,.0f} Mo dans {folder}".replace(",", " ")


def _save_message(path: Path, error: BaseException, existed: bool) -> str:
    intact = (f"Le fichier précédent {path.name} est intact." if existed
              else "Aucun fichier n'a été créé.")
    return (f"{path} : enregistrement de l'étude impossible : "
            f"{describe_write_error(error, path.parent)}. {intact}")


def _reason(error: BaseException) -> str:
    number = getattr(error, "errno", None)
    if getattr(error, "winerror", None) in _WINDOWS_LOCKED or number in _LOCKED:
        return "locked"
    if number in _DISK_FULL:
        return "full"
    if number == errno.EROFS:
        return "readonly"
    if number in _DENIED:
        return "denied"
    if number == errno.ENOENT:
        return "missing"
    text = str(error)
    for pattern, reason in _MESSAGE_REASONS:
        if pattern.search(text):
            return reason
    return "other"


def _check_folder(path: Path) -> None:
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "dossier introuvable", str(path.parent))
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "c'est un dossier", str(path))


def _temporary_name(path: Path) -> Path:
    token = secrets.token_hex(4)
    return path.with_name(f".~{path.stem}.{os.getpid()}-{token}.tmp{path.suffix}")


def _remove_stale_temporaries(path: Path) -> None:
    """Remove temporaries of ``path`` left by processes that no longer run."""
    pattern = re.compile(rf"\.~{re.escape(path.stem)}\.(\d+)-[0-9a-f]+\.tmp"
                         rf"{re.escape(path.suffix)}(-journal|-wal|-shm)?$")
    for candidate in path.parent.glob(f".~{path.stem}.*"):
        match = pattern.match(candidate.name)
        if match and not process_alive(int(match.group(1))):
            _log.info("fichier temporaire abandonné supprimé : %s", candidate)
            candidate.unlink(missing_ok=True)


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` is running (the current one always is)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    kernel.GetExitCodeProcess(handle, ctypes.byref(code))
    kernel.CloseHandle(handle)
    return code.value == 259  # STILL_ACTIVE


def _remove(temporary: Path) -> None:
    for candidate in (temporary, *(Path(f"{temporary}{s}") for s in _SIDE_SUFFIXES)):
        try:
            candidate.unlink(missing_ok=True)
        except OSError as err:
            _log.warning("fichier temporaire %s non supprimé : %s", candidate, err)
