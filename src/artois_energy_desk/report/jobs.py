"""Sheets for many roofs at once: selection, sheet building and PDF writing as tasks.

The CLI (``artois-energy-desk report``) and the GUI (sheets of the current selection)
drive the same progress generators (:mod:`artois_energy_desk.core.progress`): each
sheet is a progress and cancellation point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from artois_energy_desk import InputError
from artois_energy_desk.core.progress import Progress, Task
from artois_energy_desk.report.content import ReportContext, Sheet
from artois_energy_desk.report.economic_detail import EconomicsForSheets
from artois_energy_desk.report.layout import compose, write_pdf
from artois_energy_desk.report.parallel import default_workers, write_parallel_task
from artois_energy_desk.report.roof_content import roof_sheet
from artois_energy_desk.report.site_content import site_sheet

__all__ = [
    "roof_sheets_task",
    "safe_file_name",
    "select_roofs",
    "site_sheet_for",
    "write_sheets_task",
]

_UNSAFE = re.compile(r"[^\w.-]+")


def select_roofs(
    roofs: pd.DataFrame,
    *,
    ids: Sequence[str] | None = None,
    top: int | None = None,
    all_rows: bool = False,
    source: str = "",
) -> pd.DataFrame:
    """Return the facets to report on: by identifier, the ``top`` producers, or all.

    Raises
    ------
    InputError
        If an identifier is unknown, ``top`` is not positive, or ``top`` is asked of
        a table without ``pv_annual_yield_kwh``.
    """
    if ids:
        known = roofs["roof_id"].astype(str)
        missing = [i for i in ids if i not in set(known)]
        if missing:
            raise InputError(
                f"{source} : identifiant(s) de pan inconnu(s) : {', '.join(missing)} "
                "(colonne roof_id)."
            )
        order = {roof_id: k for k, roof_id in enumerate(ids)}
        chosen = roofs[known.isin(order)]
        return chosen.iloc[known[known.isin(order)].map(order).argsort()]
    if top is not None:
        if top <= 0:
            raise InputError(f"--top {top} : un nombre de pans positif est attendu.")
        if "pv_annual_yield_kwh" not in roofs.columns:
            raise InputError(
                f"{source} : pas de colonne pv_annual_yield_kwh pour classer."
            )
        return roofs.nlargest(top, "pv_annual_yield_kwh", keep="first")
    if all_rows:
        return roofs
    raise InputError("Choisir les pans : --ids ID..., --top N ou --all.")


def roof_sheets_task(
    rows: pd.DataFrame,
    context: ReportContext,
    economics: EconomicsForSheets | None = None,
) -> Task[list[Sheet]]:
    """Build one sheet per facet row, as a progress task.

    Parameters
    ----------
    rows : pandas.DataFrame
        Evaluated facets (PV columns at least).
    context : ReportContext
        Provenance of the results.
    economics : EconomicsForSheets, optional
        Economics engine access; without it the sheets carry the economic columns
        the rows already have (and no payback curve or tornado).
    """
    sheets = []
    total = len(rows)
    if economics is not None:
        rows = economics.with_columns(rows)
    for k in range(total):
        one = rows.iloc[[k]]
        detail = economics.detail(one, one.iloc[0]) if economics is not None else None
        sheets.append(roof_sheet(one.iloc[0], context, detail))
        yield Progress((k + 1) / max(total, 1), f"Fiche {k + 1} / {total}")
    return sheets


def site_sheet_for(
    rows: pd.DataFrame,
    context: ReportContext,
    name: str,
    economics: EconomicsForSheets | None = None,
) -> Sheet:
    """Return the sheet of the site made of ``rows`` (economics computed if given)."""
    detail = None
    if economics is not None:
        rows = economics.with_columns(rows)
        from artois_energy_desk.report.site_content import site_totals

        detail = economics.detail(rows, site_totals(rows))
    return site_sheet(rows, context, name, detail)


def safe_file_name(name: str) -> str:
    """Return ``name`` usable as a file name on every system (``B62-01_1``)."""
    cleaned = _UNSAFE.sub("_", name).strip("._")
    return cleaned or "fiche"


def write_sheets_task(
    sheets: Sequence[Sheet],
    output: str | Path,
    *,
    combined: bool,
    workers: int | None = None,
) -> Task[list[Path]]:
    """Write the sheets: one combined PDF, or one PDF per sheet in a folder.

    Parameters
    ----------
    sheets : sequence of Sheet
        The sheets, in order.
    output : path
        The combined ``.pdf`` file, or the folder of one file per sheet (created).
    combined : bool
        Whether to write a single PDF.
    workers : int, optional
        Worker processes laying out and writing sheets; default
        :func:`~artois_energy_desk.report.parallel.default_workers` (one per
        processor for many sheets, none for a few); 1 writes in this process.
    """
    output = Path(output)
    total = len(sheets)
    workers = default_workers(total) if workers is None else max(1, workers)
    if workers > 1:
        if combined:
            output.parent.mkdir(parents=True, exist_ok=True)
            title = sheets[0].title if total == 1 else "Fiches"
            return (
                yield from write_parallel_task(sheets, [], workers, output, title)
            )
        output.mkdir(parents=True, exist_ok=True)
        paths = [output / f"{safe_file_name(s.name)}.pdf" for s in sheets]
        return (yield from write_parallel_task(sheets, paths, workers))
    if combined:
        output.parent.mkdir(parents=True, exist_ok=True)
        pages = []
        for k, sheet in enumerate(sheets):
            pages.extend(compose(sheet))
            yield Progress(0.5 * (k + 1) / total, f"Mise en page {k + 1} / {total}")
        write_pdf(pages, output, sheets[0].title if total == 1 else "Fiches")
        yield Progress(1.0, f"Écrit : {output}")
        return [output]
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for k, sheet in enumerate(sheets):
        path = output / f"{safe_file_name(sheet.name)}.pdf"
        written.append(write_pdf(compose(sheet), path, sheet.title))
        yield Progress((k + 1) / total, f"PDF {k + 1} / {total}")
    return written
