"""Lay out and write many sheets in worker processes.

Laying out a sheet and drawing it into a PDF is pure CPU work in matplotlib, one sheet
independent of the others, and most of the time of a batch of sheets. With many
sheets, worker processes each lay out and write whole sheets (one PDF per sheet); for
one combined PDF the parts are then joined in order with pypdf, which copies pages
without drawing them again. Workers are started with the ``spawn`` method, safe in a
process that runs Qt threads and the same on every system.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from artois_energy_desk.core.progress import Progress, Task
from artois_energy_desk.report.content import Sheet

__all__ = ["MIN_SHEETS_PER_WORKER", "default_workers", "write_parallel_task"]

#: Fewer sheets than this per worker do not repay a worker's start-up (imports).
MIN_SHEETS_PER_WORKER = 6
#: Most workers used, whatever the number of processors.
_MAX_WORKERS = 8


def default_workers(sheet_count: int) -> int:
    """Number of worker processes for ``sheet_count`` sheets (1 = in this process)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    cpus = cpus or os.cpu_count() or 1
    return max(1, min(cpus, _MAX_WORKERS, sheet_count // MIN_SHEETS_PER_WORKER))


def _write_one(sheet: Sheet, path: str) -> str:
    """Worker: lay out ``sheet`` and write it to ``path``."""
    from artois_energy_desk.report.layout import compose, write_pdf

    write_pdf(compose(sheet), path, sheet.title)
    return path


def write_parallel_task(
    sheets: Sequence[Sheet],
    paths: Sequence[Path],
    workers: int,
    combined: Path | None = None,
    title: str = "",
) -> Task[list[Path]]:
    """Write ``sheets[k]`` to ``paths[k]`` in ``workers`` processes (progress task).

    Parameters
    ----------
    sheets : sequence of Sheet
        The sheets, in order.
    paths : sequence of Path
        One PDF file per sheet (ignored when ``combined`` is given).
    workers : int
        Number of worker processes.
    combined : Path, optional
        Write one PDF joining every sheet in order instead (parts written in a
        temporary folder beside it, then joined).
    title : str
        Title of the combined PDF.

    Returns
    -------
    list of Path
        The files written.
    """
    parts_dir = None
    if combined is not None:
        parts_dir = Path(tempfile.mkdtemp(prefix=".fiches_", dir=combined.parent))
        paths = [parts_dir / f"{k:05d}.pdf" for k in range(len(sheets))]
    total = len(sheets)
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
    try:
        futures: list[Future] = [
            executor.submit(_write_one, sheet, str(path))
            for sheet, path in zip(sheets, paths, strict=True)
        ]
        share = 0.9 if combined is not None else 1.0
        for done, future in enumerate(futures, start=1):
            future.result()
            yield Progress(share * done / total, f"PDF {done} / {total}")
        if combined is None:
            return list(paths)
        _join(paths, combined, title)
        yield Progress(1.0, f"Écrit : {combined}")
        return [combined]
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        if parts_dir is not None:
            shutil.rmtree(parts_dir, ignore_errors=True)


def _join(parts: Sequence[Path], output: Path, title: str) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(str(part))
    writer.add_metadata({"/Title": title, "/Creator": "Artois Energy Desk"})
    with output.open("wb") as handle:
        writer.write(handle)
