"""Fixtures of the report tests: a few demo roofs evaluated by the real pipeline."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from artois_energy_desk import paths

#: Demo facets: a flat school roof (S21 class 36-100 kWc) and a west-facing house.
DEMO_IDS = ("B62498-0000-1", "B62498-0001-1", "B62498-0001-2")


@pytest.fixture(scope="session")
def evaluated():
    """(evaluation, weather, rows with geometry) for :data:`DEMO_IDS`."""
    from artois_energy_desk.batch import evaluate_task
    from artois_energy_desk.core.progress import run
    from artois_energy_desk.io.parameters import load_parameters
    from artois_energy_desk.io.roofs import read_roofs
    from artois_energy_desk.io.weather import load_weather

    imported = read_roofs(paths.data_file("demo", "artois_demo_roofs.gpkg"))
    roofs = imported.roofs.assign(geometry=list(imported.geometry))
    roofs = roofs[roofs["roof_id"].isin(DEMO_IDS)].reset_index(drop=True)
    params = load_parameters()
    weather = load_weather(None)
    evaluation = run(evaluate_task(roofs, weather, params))
    return evaluation, weather


@pytest.fixture(scope="session")
def economics(evaluated):
    """Economics engine access shared by the sheets of the tests."""
    from artois_energy_desk.report.economic_detail import EconomicsForSheets

    evaluation, weather = evaluated
    return EconomicsForSheets(evaluation.params, weather)


def _pdf_text(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def _pdftoppm(pdf: Path, out_prefix: Path, dpi: int = 40) -> list[Path]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm (poppler-utils) absent : rendu PNG non vérifié")
    subprocess.run(
        [tool, "-r", str(dpi), "-png", str(pdf), str(out_prefix)],
        check=True,
        capture_output=True,
    )
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))


@pytest.fixture(scope="session")
def pdf_text():
    """Function: text of each page of a PDF (pypdf), no-break spaces kept."""
    return _pdf_text


@pytest.fixture(scope="session")
def pdftoppm():
    """Function: render a PDF to PNG files with poppler (skips where it is absent)."""
    return _pdftoppm
