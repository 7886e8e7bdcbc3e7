"""``artois-energy-desk gui``: open the desktop workbench."""

from __future__ import annotations

import argparse

HELP = "ouvre l'interface (sans fichier : l'étude de démonstration Artois)"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("gui", help=HELP, description=HELP)
    parser.add_argument(
        "study",
        nargs="?",
        metavar="ETUDE",
        help="liste de toitures à ouvrir (CSV, XLSX, GeoPackage, ...)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="ouvre, évalue, enregistre la fenêtre dans ce fichier PNG et quitte",
    )
    parser.set_defaults(command="gui")


def run(args: argparse.Namespace) -> int:
    from artois_energy_desk.gui.app import main

    return main(
        study=getattr(args, "study", None), screenshot=getattr(args, "screenshot", None)
    )
