"""``artois-energy-desk report``: feasibility sheets as PDF (roofs, site, territory,
heat-network extension).

The roofs of INPUT (a roof list, or a results file written by ``evaluate``) are
evaluated again with the parameters and climate of this run, so that every number of a
sheet matches the assumptions the sheet lists. ``--network extension.gpkg`` prints the
extension stored by ``artois-energy-desk network``; ``--network --buildings B
--streets S --source P`` sizes it first.
"""

from __future__ import annotations

import argparse

from artois_energy_desk.commands.progress import ProgressPrinter

HELP = "fiches de faisabilité en PDF (pans, site, territoire, extension de réseau)"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("report", help=HELP, description=HELP)
    parser.add_argument(
        "roofs",
        nargs="?",
        metavar="ENTREE",
        help="liste de toitures ou fichier de résultats (CSV, XLSX, GeoJSON, "
        "GeoPackage, Shapefile)",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--ids", nargs="+", metavar="ID", help="identifiants des pans")
    choice.add_argument(
        "--top", type=int, metavar="N", help="les N pans de plus forte production"
    )
    choice.add_argument("--all", action="store_true", help="tous les pans")
    parser.add_argument(
        "--site",
        metavar="NOM",
        help="une seule fiche de site regroupant les pans choisis",
    )
    parser.add_argument(
        "--territory",
        action="store_true",
        help="synthèse territoriale de tous les pans (par commune et EPCI)",
    )
    parser.add_argument(
        "--network",
        nargs="?",
        const="",
        metavar="EXTENSION.gpkg",
        help="fiche d'une extension de réseau de chaleur : GeoPackage écrit par "
        "« network », ou sans fichier avec --buildings, --streets et "
        "--source/--existing",
    )
    parser.add_argument("--buildings", metavar="FICHIER", help="bâtiments (--network)")
    parser.add_argument("--streets", metavar="FICHIER", help="rues (--network)")
    parser.add_argument("--source", metavar="FICHIER", help="production (--network)")
    parser.add_argument(
        "--existing", metavar="FICHIER", help="réseau existant (--network)"
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="SORTIE",
        help="fichier .pdf (toutes les fiches réunies) ou dossier (un PDF par fiche)",
    )
    parser.add_argument(
        "--weather",
        metavar="METEO",
        help="fichier météo (défaut : année type Artois intégrée)",
    )
    parser.add_argument(
        "--params",
        action="append",
        default=[],
        metavar="FICHIER",
        help="fichier de paramètres utilisateur (répétable)",
    )
    parser.add_argument("--layer", help="couche à lire (GeoPackage)")
    parser.add_argument(
        "--no-economics",
        action="store_true",
        help="sans volet économique (plus rapide)",
    )
    parser.add_argument(
        "--no-sensitivity",
        action="store_true",
        help="sans analyse de sensibilité (la plus coûteuse par fiche)",
    )
    parser.add_argument("--quiet", action="store_true", help="pas de progression")
    parser.set_defaults(command="report")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from artois_energy_desk import InputError

    output = Path(args.output)
    combined = output.suffix.lower() == ".pdf"
    if args.network is not None:
        return _run_network(args, output)
    if args.roofs is None:
        raise InputError("Indiquer le fichier ENTREE des pans (ou --network).")
    if not (args.territory or args.ids or args.top or args.all):
        raise InputError(
            "Choisir les pans : --ids ID..., --top N, --all ou --territory."
        )
    if args.site and not combined:
        output = output / "site.pdf"
        combined = True
    sheets, context = _build(args)
    _run_task_writing(sheets, output, combined, args)
    print(f"{len(sheets)} fiche(s) écrite(s) dans {output}")
    print(f"Climat : {context.weather_source}")
    return 0


def _build(args):
    from pathlib import Path

    from artois_energy_desk.batch import evaluate_task
    from artois_energy_desk.core.progress import run as run_task
    from artois_energy_desk.io.parameters import load_parameters
    from artois_energy_desk.io.roofs import read_roofs
    from artois_energy_desk.io.weather import load_weather
    from artois_energy_desk.report.content import ReportContext
    from artois_energy_desk.report.economic_detail import EconomicsForSheets
    from artois_energy_desk.report.jobs import (
        roof_sheets_task,
        select_roofs,
        site_sheet_for,
    )
    from artois_energy_desk.report.territory_content import territory_sheet

    params = load_parameters(args.params)
    weather = load_weather(args.weather)
    progress = ProgressPrinter(not args.quiet)
    imported = read_roofs(args.roofs, layer=args.layer)
    roofs = imported.roofs
    if imported.geometry is not None:
        roofs = roofs.assign(geometry=list(imported.geometry))
    source = Path(args.roofs).name
    if args.ids:
        roofs = select_roofs(roofs, ids=args.ids, source=source)
    evaluation = run_task(evaluate_task(roofs, weather, params), on_progress=progress)
    progress.done()
    results = evaluation.results
    context = ReportContext.from_evaluation(evaluation, input_name=source)
    if args.territory:
        return [territory_sheet(results, context)], context
    rows = select_roofs(results, ids=None, top=args.top, all_rows=True, source=source)
    economics = None
    if not args.no_economics:
        economics = EconomicsForSheets(
            params, weather, with_sensitivity=not args.no_sensitivity
        )
    if args.site:
        return [site_sheet_for(rows, context, args.site, economics)], context
    sheets = run_task(roof_sheets_task(rows, context, economics), on_progress=progress)
    progress.done()
    return sheets, context


def _run_network(args, output) -> int:
    from artois_energy_desk import InputError
    from artois_energy_desk.core.progress import run as run_task
    from artois_energy_desk.io.network import network_parameters
    from artois_energy_desk.io.parameters import load_parameters
    from artois_energy_desk.report.network_jobs import (
        network_sheet_from_gpkg,
        network_sheet_from_inputs_task,
    )

    params = network_parameters(load_parameters(args.params))
    if args.network:
        sheet = network_sheet_from_gpkg(args.network, params)
    else:
        if not (args.buildings and args.streets and (args.source or args.existing)):
            raise InputError(
                "--network sans GeoPackage : indiquer --buildings, --streets et "
                "--source ou --existing."
            )
        sheet = run_task(
            network_sheet_from_inputs_task(
                args.buildings,
                args.streets,
                params,
                source=args.source,
                existing=args.existing,
            ),
            on_progress=ProgressPrinter(not args.quiet),
        )
    if output.suffix.lower() != ".pdf":
        output = output / "extension.pdf"
    _run_task_writing([sheet], output, True, args)
    print(f"Fiche d'extension écrite dans {output}")
    return 0


def _run_task_writing(sheets, output, combined, args) -> None:
    from artois_energy_desk.core.progress import run as run_task
    from artois_energy_desk.report.jobs import write_sheets_task

    progress = ProgressPrinter(not args.quiet)
    run_task(write_sheets_task(sheets, output, combined=combined), on_progress=progress)
    progress.done()

