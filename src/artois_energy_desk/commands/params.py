"""``artois-energy-desk params``: print every effective default with its provenance."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "affiche chaque paramètre par défaut (valeur, unité, source, validité)"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("params", help=HELP, description=HELP)
    parser.add_argument(
        "--params",
        action="append",
        default=[],
        metavar="FICHIER",
        help="fichier de paramètres utilisateur qui remplace des valeurs "
        "(même format ; répétable)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="sortie JSON (pour une vérification indépendante)",
    )
    parser.set_defaults(command="params")


def run(args: argparse.Namespace) -> int:
    from artois_energy_desk.io.parameters import load_parameters

    params = load_parameters(args.params)
    records = params.records()
    if args.json:
        payload = {
            "parameters": json.loads(
                records.to_json(orient="records", date_format="iso")
            ),
            "tables": {
                name: json.loads(table.to_json(orient="records"))
                for name, table in sorted(params.tables.items())
            },
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for row in records.itertuples(index=False):
        valid = f"depuis {row.valid_from}" if row.valid_from else ""
        print(f"{row.name:<48} {row.value!s:>24} {row.unit:<10} [{row.status}] {valid}")
        print(f"{'':<48} source : {row.source}")
    for name, table in sorted(params.tables.items()):
        print(f"\nTable {name} ({len(table)} lignes)")
        print(table.to_string(index=False))
    return 0
