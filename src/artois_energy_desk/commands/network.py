"""``artois-energy-desk network``: route, size and judge a heat-network extension."""

from __future__ import annotations

import argparse
import sys

HELP = (
    "dimensionne une extension de réseau de chaleur le long des rues "
    "(tracé, DN, pertes de charge, pertes, coûts, verdict)"
)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("network", help=HELP, description=HELP)
    parser.add_argument(
        "--buildings",
        required=True,
        metavar="FICHIER",
        help="bâtiments candidats (GeoPackage, GeoJSON, Shapefile, CSV)",
    )
    parser.add_argument(
        "--streets",
        required=True,
        metavar="FICHIER",
        help="axes des rues le long desquels poser le réseau",
    )
    supply = parser.add_mutually_exclusive_group(required=True)
    supply.add_argument(
        "--existing",
        metavar="FICHIER",
        help="réseau existant (canalisations, couche 'chaufferie')",
    )
    supply.add_argument(
        "--source", metavar="FICHIER", help="point de production nouveau"
    )
    parser.add_argument(
        "--plant",
        metavar="FICHIER",
        help="chaufferie du réseau existant (si pas dans --existing)",
    )
    parser.add_argument(
        "--tie-in",
        metavar="FICHIER",
        help="point de raccordement imposé sur le réseau existant",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="EXTENSION.gpkg",
        help="GeoPackage de sortie (tronçons, nœuds, bâtiments)",
    )
    parser.add_argument(
        "--summary",
        metavar="SYNTHESE.xlsx",
        help="classeur de synthèse (indicateurs, raisons, hypothèses)",
    )
    parser.add_argument(
        "--simultaneity",
        choices=("winter", "cibse", "none"),
        help="méthode de foisonnement (défaut : paramètre network.simultaneity_method)",
    )
    parser.add_argument(
        "--select-viable",
        action="store_true",
        help="ne raccorder que les bâtiments qui gardent la densité "
        "linéique au-dessus du seuil",
    )
    parser.add_argument(
        "--params",
        action="append",
        default=[],
        metavar="FICHIER",
        help="fichier de paramètres utilisateur (répétable)",
    )
    parser.add_argument(
        "--quiet", action="store_true", help="sans barre de progression"
    )
    parser.set_defaults(command="network")


def run(args: argparse.Namespace) -> int:
    from artois_energy_desk.core.network import ExtensionProblem, size_extension
    from artois_energy_desk.core.progress import run as run_task
    from artois_energy_desk.io.network import (
        network_parameters,
        read_buildings,
        read_existing_network,
        read_source,
        read_streets,
        write_extension_gpkg,
        write_summary_xlsx,
    )
    from artois_energy_desk.io.parameters import load_parameters

    params = network_parameters(load_parameters(args.params))
    buildings, rejects = read_buildings(args.buildings)
    crs = buildings.crs
    streets, street_rejects = read_streets(args.streets, crs)
    existing, source, pipe_rejects = None, None, None
    if args.existing:
        existing, pipe_rejects = read_existing_network(
            args.existing, crs, args.plant, args.tie_in
        )
    else:
        source = read_source(args.source, crs)
    problem = ExtensionProblem(
        buildings,
        streets,
        source=source,
        existing=existing,
        simultaneity_method=args.simultaneity,
        select_viable=args.select_viable,
    )
    result = run_task(
        size_extension(problem, params), None if args.quiet else _show_progress
    )
    write_extension_gpkg(result, args.output, crs)
    if args.summary:
        write_summary_xlsx(result, args.summary)
    for table in (rejects, street_rejects, pipe_rejects):
        _print_rejects(table)
    print(result.verdict.text())
    f = result.figures
    print(
        f"Raccordés : {int(result.buildings['connected'].sum())} / "
        f"{len(result.buildings)}"
        f" ; tranchée {f['trench_length_m']:.0f} m ; densité "
        f"{f['density_mwh_per_m']:.2f} MWh/(m·an) ; pertes {f['loss_fraction']:.1%}"
    )
    return 0


def _show_progress(step) -> None:
    print(f"\r{step.fraction:4.0%} {step.message:<60}", end="", file=sys.stderr)
    if step.fraction >= 1.0:
        print(file=sys.stderr)


def _print_rejects(table) -> None:
    if table is None or table.empty:
        return
    print(f"\n{len(table)} ligne(s) rejetée(s) :", file=sys.stderr)
    for row in table.itertuples(index=False):
        print(
            f"  {row.file}, ligne {row.row}, colonne '{row.column}', valeur "
            f"'{row.value}' : {row.reason}",
            file=sys.stderr,
        )
