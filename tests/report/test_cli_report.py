"""``artois-energy-desk report``: PDFs from the demo roof list, errors as messages."""

from __future__ import annotations

from artois_energy_desk import paths
from artois_energy_desk.cli import main

DEMO = str(paths.data_file("demo", "artois_demo_roofs.csv"))


def test_one_pdf_per_roof_in_a_folder(tmp_path, pdf_text):
    out = tmp_path / "fiches"
    status = main(
        [
            "report",
            DEMO,
            "--ids",
            "B62498-0001-1",
            "B62498-0001-2",
            "-o",
            str(out),
            "--quiet",
            "--no-economics",
        ]
    )
    assert status == 0
    files = sorted(p.name for p in out.glob("*.pdf"))
    assert files == ["B62498-0001-1.pdf", "B62498-0001-2.pdf"]
    assert "B62498-0001-2" in pdf_text(out / "B62498-0001-2.pdf")[0]


def test_top_roofs_in_one_combined_pdf(tmp_path, pdf_text):
    out = tmp_path / "top.pdf"
    status = main(
        ["report", DEMO, "--top", "2", "-o", str(out), "--quiet", "--no-economics"]
    )
    assert status == 0
    first_pages = [t for t in pdf_text(out) if "page 1 / " in t]
    assert len(first_pages) == 2  # two sheets, each numbered from page 1


def test_unknown_roof_is_a_user_error(tmp_path, capsys):
    status = main(
        ["report", DEMO, "--ids", "NOPE", "-o", str(tmp_path / "x.pdf"), "--quiet"]
    )
    assert status == 2
    assert "NOPE" in capsys.readouterr().err
