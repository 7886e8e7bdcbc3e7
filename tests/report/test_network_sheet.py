"""Extension sheet: the PDF states the network engine's own numbers, the French way.

A real street graph and 200 consumers (topotherm district, ``ARTOIS_EXTERNAL_DATA``)
are sized by the engine, written by the ``network`` writer, printed by ``report
--network`` and read back from the PDF with pypdf.
"""

from __future__ import annotations

import geopandas as gpd
import pyogrio
import pytest

from artois_energy_desk.cli import main
from artois_energy_desk.report.formatting import NBSP

pytestmark = pytest.mark.external


def _french(value: float, decimals: int) -> str:
    """Independent French formatting: '8 131', '0,77' (no-break spaces as printed)."""
    text = f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",")
    return text.replace(" ", NBSP)


@pytest.fixture(scope="module")
def extension(external_data, tmp_path_factory):
    """(result, gpkg path, pdf path, pdf text) of the sized topotherm district."""
    from pypdf import PdfReader

    from artois_energy_desk.core.network import ExtensionProblem, size_extension
    from artois_energy_desk.core.progress import run
    from artois_energy_desk.io.network import (
        network_parameters,
        read_buildings,
        read_source,
        read_streets,
        write_extension_gpkg,
    )

    folder = external_data / "topotherm-district"
    buildings, _ = read_buildings(folder / "sinks.gpkg")
    # sinks.gpkg: ts_0 = peak [kW], flh_0 = full-load hours [h] (PROVENANCE.md).
    buildings["design_peak_kw"] = buildings["ts_0"]
    buildings["annual_demand_mwh"] = buildings["ts_0"] * buildings["flh_0"] / 1000.0
    streets, _ = read_streets(folder / "roads.gpkg", buildings.crs)
    source = read_source(folder / "source.gpkg", buildings.crs)
    result = run(
        size_extension(
            ExtensionProblem(buildings, streets, source=source), network_parameters()
        )
    )
    out = tmp_path_factory.mktemp("extension")
    gpkg, pdf = out / "district.gpkg", out / "district.pdf"
    write_extension_gpkg(result, gpkg, buildings.crs)
    assert main(["report", "--network", str(gpkg), "-o", str(pdf), "--quiet"]) == 0
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    return result, gpkg, pdf, pages


def test_gpkg_carries_the_engine_tables(extension):
    from artois_energy_desk.io.network.writers import read_extension_gpkg

    result, gpkg, _, _ = extension
    layers = set(pyogrio.list_layers(gpkg)[:, 0])
    assert {"segments", "nodes", "buildings", "indicators", "verdict_reasons"} <= layers
    back, study = read_extension_gpkg(gpkg)
    assert study["verdict_level"] == result.verdict.level
    assert back.figures["density_mwh_per_m"] == pytest.approx(
        result.figures["density_mwh_per_m"], rel=1e-12
    )
    assert list(back.verdict.reasons["status"]) == list(
        result.verdict.reasons["status"]
    )
    assert (
        back.indicators["indicator"].tolist() == result.indicators["indicator"].tolist()
    )
    # the map layers are untouched by the added tables
    assert len(gpd.read_file(gpkg, layer="segments")) == len(result.segments)


def test_pdf_states_density_losses_and_dn_of_the_engine(extension):
    result, _, _, pages = extension
    text = "\n".join(pages)
    f = result.figures
    assert f"{_french(f['density_mwh_per_m'], 2)}{NBSP}MWh/(m·an)" in text
    assert f"{_french(f['losses_mwh'], 0)}{NBSP}MWh/an" in text
    assert f"{_french(100 * f['loss_fraction'], 1)}{NBSP}%" in text
    assert f"{_french(f['trench_length_m'], 0)}{NBSP}m" in text
    dns = sorted({int(d) for d in result.segments["dn"]})
    assert ", ".join(f"DN{d}" for d in dns) in text.replace("\n", " ")


def test_pdf_states_the_verdict_and_each_reason(extension):
    result, _, _, pages = extension
    text = " ".join(pages).replace("\n", " ")
    assert f"Avis : {result.verdict.level}" in text
    words = {"ok": "conforme", "attention": "à vérifier", "bloquant": "bloquant"}
    for status in result.verdict.reasons["status"]:
        assert words[status] in text
    # the first reason of the engine (linear density) with its French decimals
    density = result.verdict.reasons.iloc[0]
    assert density["criterion"] == "densité"
    assert f"{density['value']:.2f}".replace(".", ",") in text


def test_pdf_is_french_and_lists_only_network_assumptions(extension):
    _, _, _, pages = extension
    text = " ".join(pages)
    assert "Hypothèses et sources" in pages[-1] or "Hypothèses et sources" in text
    assert "network.density_threshold_mwh_per_m" in text
    assert "pv.albedo" not in text and "economics.discount_rate" not in text
    assert "inf" not in text.split()  # an infinite payback is written in words
    assert " nan" not in text.lower()
    assert "0.77" not in text  # no English decimal point on the density


def test_pdf_pages_render(extension, tmp_path, pdftoppm):
    _, _, pdf, pages = extension
    images = pdftoppm(pdf, tmp_path / "page")
    assert len(images) == len(pages) >= 2


def test_gpkg_without_study_tables_is_a_user_error(extension, tmp_path, capsys):
    _, gpkg, _, _ = extension
    old = tmp_path / "ancien.gpkg"
    gpd.read_file(gpkg, layer="segments").to_file(old, layer="segments")
    status = main(["report", "--network", str(old), "-o", str(tmp_path / "x.pdf")])
    assert status == 2
    assert "relancer la commande network" in capsys.readouterr().err
