"""``artois-energy-desk evaluate``: evaluate a roof list, CSV in, results out."""

from __future__ import annotations

import argparse
import sys

from artois_energy_desk.commands.progress import ProgressPrinter

HELP = "évalue une liste de pans de toiture (sans fichier : l'étude de démonstration)"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("evaluate", help=HELP, description=HELP)
    parser.add_argument(
        "roofs",
        nargs="?",
        metavar="TOITURES",
        help="liste de toitures (CSV, XLSX, GeoJSON, GeoPackage, "
        "Shapefile, OSM) ; défaut : démonstration Artois",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="RESULTATS",
        help="fichier de résultats (format selon l'extension : .csv, "
        ".xlsx, .gpkg, .geojson)",
    )
    parser.add_argument(
        "--weather",
        metavar="METEO",
        help="fichier météo PVGIS TMY (CSV, JSON, EPW) ou EPW ; défaut : "
        "année type Artois intégrée",
    )
    parser.add_argument(
        "--rejected",
        metavar="REJETS",
        help="fichier des lignes rejetées, avec leur motif",
    )
    parser.add_argument(
        "--params",
        action="append",
        default=[],
        metavar="FICHIER",
        help="fichier de paramètres utilisateur (répétable)",
    )
    parser.add_argument("--layer", help="couche à lire (GeoPackage, OSM)")
    parser.add_argument(
        "--use",
        choices=("both", "pv", "thermal"),
        default="both",
        help="usage des toitures : PV et thermique (défaut : le "
        "thermique d'abord sur le meilleur pan des bâtiments qui "
        "ont besoin d'eau chaude, le PV sur le reste), PV seul, "
        "ou thermique seul",
    )
    parser.add_argument(
        "--horizon",
        metavar="HORIZON",
        help="profil d'horizon du site (CSV azimut, hauteur en degrés ; azimut 0 = "
        "nord, export PVGIS) : ombrage lointain du rayonnement direct",
    )
    parser.add_argument(
        "--tariff-date",
        metavar="AAAA-MM-JJ",
        help="date de demande de raccordement qui fixe le trimestre du tarif "
        "d'achat S21 (défaut : la grille la plus récente)",
    )
    parser.add_argument(
        "--emissions",
        choices=("average", "dpe"),
        default="average",
        help="facteurs d'émission : mix moyen (défaut) ou convention DPE par usage",
    )
    parser.add_argument(
        "--no-economics",
        action="store_true",
        help="sans colonnes économiques ni CO2",
    )
    parser.add_argument(
        "--summary-by",
        choices=("commune", "epci"),
        help="totaux par commune ou par intercommunalité",
    )
    parser.add_argument(
        "--summary",
        metavar="SYNTHESE",
        help="fichier des totaux (.xlsx, .csv) ; défaut : à côté des "
        "résultats, <nom>_synthese_<niveau>.xlsx",
    )
    parser.add_argument(
        "--boundaries",
        metavar="COMMUNES",
        help="couche des limites communales (GeoJSON, GeoPackage, "
        "Shapefile) : affecte chaque toiture à sa commune",
    )
    parser.add_argument(
        "--epci",
        metavar="APPARTENANCE",
        help="appartenance des communes aux EPCI (CSV insee/epci, ou "
        "JSON Etalab epci.json)",
    )
    parser.add_argument(
        "--top",
        type=int,
        default=0,
        metavar="N",
        help="affiche les N toitures les plus productives",
    )
    parser.add_argument("--quiet", action="store_true", help="pas de progression")
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="moteur de calcul : ce poste (défaut) ou un cluster Dask "
        "(extra [dask] ; cluster local sans --scheduler)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADRESSE",
        help="ordonnanceur Dask, par exemple tcp://serveur:8786 "
        "(implique --engine dask)",
    )
    parser.set_defaults(command="evaluate")


def run(args: argparse.Namespace) -> int:
    from artois_energy_desk import paths
    from artois_energy_desk.batch import EvaluationOptions, evaluate_task
    from artois_energy_desk.batch.export import export_decimals
    from artois_energy_desk.core.progress import run as run_task
    from artois_energy_desk.io.parameters import load_parameters
    from artois_energy_desk.io.roofs import read_roofs
    from artois_energy_desk.io.weather import load_weather
    from artois_energy_desk.io.writers import write_table

    roofs_path = args.roofs or paths.data_file("demo", "artois_demo_roofs.csv")
    params = load_parameters(args.params)
    weather = load_weather(args.weather)
    progress = ProgressPrinter(enabled=not args.quiet)
    imported = read_roofs(roofs_path, layer=args.layer)
    roofs, notes = _with_communes(imported.roofs, args)
    for sentence in [*imported.assumptions, *notes]:
        progress.note(sentence)
    options = EvaluationOptions(
        use=args.use, economics=_economic_options(args), horizon=_horizon(args)
    )
    task = evaluate_task(roofs, weather, params, options)
    if args.engine == "dask" or args.scheduler:
        from artois_energy_desk.batch.dask_engine import evaluate_dask_task

        task = evaluate_dask_task(
            roofs, weather, params, options, scheduler=args.scheduler
        )
    evaluation = run_task(task, on_progress=progress)
    progress.done()
    for message in evaluation.warnings:
        print(f"Attention : {message}", file=sys.stderr)
    if args.output:
        write_table(
            evaluation.results,
            args.output,
            decimals=export_decimals(evaluation.results, imported.roofs.columns),
            assumptions=[*imported.assumptions, *evaluation.assumptions()],
            rejected=imported.rejected,
        )
    if args.rejected:
        write_table(imported.rejected, args.rejected)
    _print_summary(roofs_path, imported, evaluation, args)
    if args.summary_by:
        _write_territory(evaluation, args)
    if args.top:
        _print_top(evaluation.results, args.top)
    return 0


def _horizon(args):
    """The horizon profile given with ``--horizon``, as tuples, or ``None``."""
    if not args.horizon:
        return None
    from artois_energy_desk.io.horizon import read_horizon

    azimuth, elevation = read_horizon(args.horizon)
    return tuple(azimuth.tolist()), tuple(elevation.tolist())


def _economic_options(args):
    """Economic options from the command line (``None`` without economics)."""
    import datetime as dt

    from artois_energy_desk import InputError
    from artois_energy_desk.core.economics import EconomicOptions

    if args.no_economics:
        return None
    request = None
    if args.tariff_date:
        try:
            request = dt.date.fromisoformat(args.tariff_date)
        except ValueError:
            raise InputError(
                f"--tariff-date « {args.tariff_date} » : date invalide (attendu "
                "AAAA-MM-JJ)."
            ) from None
    return EconomicOptions(
        tariff_request_date=request, emission_convention=args.emissions
    )


def _with_communes(roofs, args):
    """Fill each roof's commune from a boundary layer, if one is given."""
    if not args.boundaries:
        return roofs, []
    from artois_energy_desk.io.boundaries import assign_communes, read_boundaries

    return assign_communes(roofs, read_boundaries(args.boundaries))


def _write_territory(evaluation, args) -> None:
    from pathlib import Path

    from artois_energy_desk.core.territory import summarise
    from artois_energy_desk.io.boundaries import read_epci_membership
    from artois_energy_desk.io.writers import write_table

    membership = read_epci_membership(args.epci) if args.epci else None
    table = summarise(evaluation.results, by=args.summary_by, boundaries=membership)
    target = args.summary
    if target is None and args.output:
        output = Path(args.output)
        target = output.with_name(f"{output.stem}_synthese_{args.summary_by}.xlsx")
    if target is None:
        print(table.head(30).to_string())
        return
    write_table(table, target, assumptions=evaluation.assumptions())
    print(f"Totaux par {args.summary_by} écrits dans {target}")


def _print_top(results, count: int) -> None:
    from artois_energy_desk.core.territory import rank_roofs

    columns = [
        c
        for c in (
            "roof_id",
            "commune_name",
            "pv_peak_power_kwp",
            "pv_annual_yield_kwh",
            "pv_specific_yield_kwh_per_kwp",
        )
        if c in results
    ]
    print(rank_roofs(results, top_n=count)[columns].to_string(index=False))


def _print_summary(roofs_path, imported, evaluation, args) -> None:
    import pandas as pd

    from artois_energy_desk.report.formatting import format_number, format_quantity

    results = evaluation.results
    kwp = results["pv_peak_power_kwp"].sum()
    mwh = results["pv_annual_yield_kwh"].sum() / 1000
    suitable = results["pv_suitability"].isin(["bon", "excellent"])
    collectors_m2 = results.get("thermal_collector_area_m2", pd.Series()).sum()
    thermal_mwh = results.get("thermal_annual_kwh", pd.Series()).sum() / 1000
    lines = [
        f"Fichier : {roofs_path}",
        f"Climat : {evaluation.weather_source}",
        f"Pans évalués : {format_number(len(results))}   "
        f"rejetés : {format_number(len(imported.rejected))}",
        f"Pans bien ou très bien exposés : {format_number(suitable.sum())}",
        f"Puissance PV installable : {format_quantity(kwp, 'kWc')}",
        f"Production PV : {format_quantity(mwh, 'MWh/an')}   productible moyen : "
        f"{format_quantity(1000 * mwh / kwp if kwp else None, 'kWh/kWc')}",
    ]
    if "thermal_annual_kwh" in results:
        lines.append(
            f"Solaire thermique : {format_quantity(collectors_m2, 'm²')} de capteurs, "
            f"{format_quantity(thermal_mwh, 'MWh/an')}"
        )
    if len(imported.rejected) and not args.rejected:
        lines.append("Motifs des rejets : option --rejected FICHIER")
    if args.output:
        lines.append(f"Résultats écrits dans {args.output}")
    print("\n".join(lines))

