"""Territory and site sheets: totals equal the sums of the facets, French formatting."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from artois_energy_desk.io.parameters import load_parameters
from artois_energy_desk.report.content import ReportContext
from artois_energy_desk.report.formatting import NBSP
from artois_energy_desk.report.layout import compose, write_pdf
from artois_energy_desk.report.site_content import site_sheet, site_totals
from artois_energy_desk.report.territory_content import territory_sheet


def _french(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")
    return text.replace(" ", NBSP)


@pytest.fixture(scope="module")
def facets() -> pd.DataFrame:
    """600 synthetic evaluated facets in 3 communes of 2 EPCIs (fixed seed)."""
    rng = np.random.default_rng(7)
    n = 600
    kwp = rng.uniform(2, 40, n)
    specific = rng.uniform(550, 1050, n)
    communes = rng.choice(["62498", "62510", "62119"], n)
    names = {"62498": "Lens", "62510": "Liévin", "62119": "Béthune"}
    epci = {
        "62498": "CA de Lens - Liévin",
        "62510": "CA de Lens - Liévin",
        "62119": "CA de Béthune-Bruay",
    }
    return pd.DataFrame(
        {
            "roof_id": [f"R{k:04d}" for k in range(n)],
            "building_id": [f"B{k // 2:04d}" for k in range(n)],
            "commune_insee": communes,
            "commune_name": [names[c] for c in communes],
            "epci": [epci[c] for c in communes],
            "area_m2": kwp / 0.21 / 0.65,
            "pv_usable_area_m2": kwp / 0.21,
            "pv_peak_power_kwp": kwp,
            "pv_annual_yield_kwh": kwp * specific,
            "pv_specific_yield_kwh_per_kwp": specific,
        }
    )


@pytest.fixture(scope="module")
def context() -> ReportContext:
    return ReportContext(load_parameters(), "Climat de test")


def test_territory_totals_are_the_sums_of_the_facets(
    facets, context, tmp_path, pdf_text
):
    sheet = territory_sheet(facets, context, top_roofs=10)
    path = write_pdf(compose(sheet), tmp_path / "territoire.pdf")
    text = "\n".join(pdf_text(path))
    total_gwh = facets["pv_annual_yield_kwh"].sum() / 1e6
    total_mwp = facets["pv_peak_power_kwp"].sum() / 1e3
    assert f"{_french(total_gwh, 2)}{NBSP}GWh/an" in text
    assert f"{_french(total_mwp, 1)}{NBSP}MWc" in text
    # per EPCI, in MWh/an, as the sums of their facets
    for name, group in facets.groupby("epci"):
        assert name in text
        assert _french(group["pv_annual_yield_kwh"].sum() / 1000) in text
    best = facets.nlargest(1, "pv_annual_yield_kwh").iloc[0]
    assert best.roof_id in text
    assert "Hypothèses et sources" in text


def test_site_sums_and_lists_every_facet(facets, context, tmp_path, pdf_text):
    rows = facets.head(6)
    totals = site_totals(rows)
    # hand check: the site's specific yield is the ratio of the sums, not a mean
    assert totals["pv_specific_yield_kwh_per_kwp"] == pytest.approx(
        rows["pv_annual_yield_kwh"].sum() / rows["pv_peak_power_kwp"].sum()
    )
    sheet = site_sheet(rows, context, "Groupe scolaire")
    text = "\n".join(pdf_text(write_pdf(compose(sheet), tmp_path / "site.pdf")))
    assert "site Groupe scolaire" in text
    for roof_id in rows["roof_id"]:
        assert roof_id in text
    assert f"{_french(rows['pv_annual_yield_kwh'].sum())}{NBSP}kWh/an" in text
