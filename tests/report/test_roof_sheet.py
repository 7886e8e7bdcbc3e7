"""Roof sheets: the PDF text carries the computed results, formatted the French way."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from artois_energy_desk.report.content import ReportContext
from artois_energy_desk.report.formatting import NBSP, format_number, printable
from artois_energy_desk.report.layout import compose, render_page, write_pdf
from artois_energy_desk.report.roof_content import roof_sheet, yield_range


def _french(value: float, decimals: int = 0) -> str:
    """Independent French formatting for the assertions: '44 169' with NBSP."""
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")
    return text.replace(" ", NBSP)


@pytest.fixture(scope="module")
def school(evaluated, economics, tmp_path_factory):
    evaluation, _ = evaluated
    rows = economics.with_columns(evaluation.results.iloc[[0]])
    row = rows.iloc[0]
    context = ReportContext.from_evaluation(evaluation, input_name="demo.gpkg")
    sheet = roof_sheet(row, context, economics.detail(rows, row))
    pages = compose(sheet)
    path = write_pdf(pages, tmp_path_factory.mktemp("pdf") / "ecole.pdf", sheet.title)
    return row, sheet, pages, path, context


def test_pdf_states_the_computed_pv_results(school, pdf_text):
    row, _, _, path, _ = school
    text = "\n".join(pdf_text(path))
    assert f"{_french(row.pv_peak_power_kwp, 1)}{NBSP}kWc" in text
    assert f"{_french(row.pv_annual_yield_kwh)}{NBSP}kWh/an" in text
    assert f"{_french(row.pv_specific_yield_kwh_per_kwp)}{NBSP}kWh/kWc" in text
    assert f"{_french(row.poa_annual_kwh_m2)}{NBSP}kWh/m²" in text
    assert f"{_french(row.area_m2, 1)}{NBSP}m²" in text


def test_pdf_states_the_economics_and_co2(school, pdf_text):
    row, _, _, path, _ = school
    text = "\n".join(pdf_text(path))
    assert f"{_french(row.eco_pv_npv_eur)}{NBSP}€" in text
    assert f"{_french(row.eco_pv_capex_eur)}{NBSP}€" in text
    assert f"{_french(row.co2_pv_avoided_kg_per_year)}{NBSP}kg CO2/an" in text


def test_yield_range_is_stated_with_its_basis(school, pdf_text):
    row, _, _, path, context = school
    low, high, pct = yield_range(row.pv_annual_yield_kwh, context.params)
    # hand check: 10 % either side of the yield (parameter report.yield_uncertainty_pct)
    assert pct == 10
    assert low == pytest.approx(0.9 * row.pv_annual_yield_kwh)
    assert high == pytest.approx(1.1 * row.pv_annual_yield_kwh)
    text = " ".join(pdf_text(path)).replace("\n", " ")
    assert "report.yield_uncertainty_pct" in text
    assert "La fourchette de ±10" in text


def test_sheet_ends_with_assumptions_climate_version_and_date(school, pdf_text):
    _, sheet, _, path, context = school
    assert sheet.sections[-1].title == "Hypothèses et sources"
    last = pdf_text(path)[-1]
    text = " ".join(pdf_text(path))
    assert "pv.module_power_density_kwp_per_m2" in text
    assert "economics.discount_rate" in text
    assert context.app_version in text
    assert "Année type synthétique Artois" in text
    assert printable(format_number(0.21, 2)) in text
    months = (
        "janvier février mars avril mai juin juillet août septembre octobre "
        "novembre décembre"
    ).split()
    assert any(m in last for m in months)  # the date of the sheet, in words


def test_page_count_and_numbering(school, pdf_text):
    _, _, pages, path, _ = school
    texts = pdf_text(path)
    assert len(texts) == len(pages) >= 2
    for number, page in enumerate(texts, start=1):
        assert f"page {number} / {len(pages)}" in page


def test_pages_render_on_screen_and_through_poppler(school, tmp_path, pdftoppm):
    _, _, pages, path, _ = school
    pixels = render_page(pages[0], dpi=30)
    # A4 at 30 dpi: 350.8 x 248.0 px; Agg truncates to whole pixels (tolerance 1 px)
    assert abs(pixels.shape[0] - 297 / 25.4 * 30) <= 1
    assert abs(pixels.shape[1] - 210 / 25.4 * 30) <= 1
    assert (pixels[..., :3] < 128).any()  # something dark is drawn (text, rules)
    images = pdftoppm(path, tmp_path / "page")
    assert len(images) == len(pages)
    first = np.asarray(Image.open(images[0]).convert("L"))
    assert first.mean() < 250  # not a blank page


def test_no_pv_potential_is_said_not_left_empty(evaluated):
    evaluation, _ = evaluated
    row = evaluation.results.iloc[0].copy()
    row["pv_peak_power_kwp"] = 0.0
    sheet = roof_sheet(row, ReportContext.from_evaluation(evaluation))
    pv = next(s for s in sheet.sections if s.title == "Photovoltaïque")
    assert "pas de surface utilisable" in pv.blocks[0].text
