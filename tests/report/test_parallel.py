"""Sheets written by worker processes equal the sheets written in this process."""

from __future__ import annotations

from dataclasses import replace

import pytest

from artois_energy_desk.core.progress import run
from artois_energy_desk.report.content import ReportContext
from artois_energy_desk.report.jobs import write_sheets_task
from artois_energy_desk.report.parallel import MIN_SHEETS_PER_WORKER, default_workers
from artois_energy_desk.report.roof_content import roof_sheet


@pytest.fixture(scope="module")
def sheets(evaluated):
    evaluation, _ = evaluated
    context = ReportContext.from_evaluation(evaluation)
    base = [roof_sheet(row, context) for _, row in evaluation.results.iterrows()]
    # six sheets with distinct names (three facets twice) for two workers
    return [replace(s, name=f"{s.name}-{k}") for k in range(2) for s in base]


def test_default_is_serial_for_a_few_sheets():
    assert default_workers(1) == 1
    assert default_workers(MIN_SHEETS_PER_WORKER - 1) == 1


def test_combined_pdf_from_workers_equals_the_serial_one(sheets, tmp_path, pdf_text):
    serial = run(
        write_sheets_task(sheets, tmp_path / "a.pdf", combined=True, workers=1)
    )
    pooled = run(
        write_sheets_task(sheets, tmp_path / "b.pdf", combined=True, workers=2)
    )
    assert pooled == [tmp_path / "b.pdf"]
    assert pdf_text(serial[0]) == pdf_text(pooled[0])  # same pages, same order
    assert not list(tmp_path.glob(".fiches_*"))  # the parts folder is removed


def test_folder_from_workers_has_one_pdf_per_sheet(sheets, tmp_path, pdf_text):
    written = run(write_sheets_task(sheets, tmp_path / "f", combined=False, workers=2))
    assert [p.stem for p in written] == [s.name for s in sheets]
    for sheet, path in zip(sheets, written, strict=True):
        assert sheet.name.rsplit("-", 1)[0] in pdf_text(path)[0]
