"""Command-line interface ``artois-energy-desk``.

Each sub-command lives in its own module of :mod:`artois_energy_desk.commands`, which
exposes ``add_parser(subparsers)`` and ``run(args) -> int``; heavy libraries are
imported inside ``run`` so that ``--help`` answers at once. No Qt here: ``gui`` (and no
sub-command at all) hands over to :mod:`artois_energy_desk.gui.app`.

User errors (:class:`~artois_energy_desk.InputError`) print one clear line on stderr and
exit with status 2; nothing shows a traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from artois_energy_desk import InputError, __version__
from artois_energy_desk.commands import run_command

__all__ = ["build_parser", "main"]

_log = logging.getLogger(__name__)

#: Sub-command modules, in the order ``--help`` lists them.
COMMANDS = ("evaluate", "climate", "params", "network", "report", "gui")

EXIT_INTERNAL_ERROR = 1
EXIT_USER_ERROR = 2
EXIT_CANCELLED = 130


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every available sub-command."""
    parser = argparse.ArgumentParser(
        prog="artois-energy-desk",
        description="Potentiel solaire (PV, thermique) et extensions de réseaux de "
        "chaleur, hors ligne. Sans sous-commande : ouvre l'interface.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="journal détaillé et trace complète des erreurs",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMANDS:
        module = _command_module(name)
        if module is not None:
            module.add_parser(subparsers)
    return parser


def _command_module(name: str):
    try:
        return importlib.import_module(f"artois_energy_desk.commands.{name}")
    except ModuleNotFoundError as err:
        if err.name == f"artois_energy_desk.commands.{name}":
            return None
        raise


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from artois_energy_desk.logs import setup_logging

    log_path = setup_logging(
        logging.DEBUG if args.debug else logging.INFO, console=True
    )
    if args.command is None:
        default = "gui" if _command_module("gui") is not None else "evaluate"
        args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), default])
    module = _command_module(args.command)
    try:
        return run_command(module, args)
    except InputError as err:
        if args.debug:
            raise
        _log.info("erreur d'entrée (%s) : %s", args.command, err)
        print(f"Erreur : {err}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return EXIT_CANCELLED
    except Exception as err:  # the last net: a person never sees a traceback
        if args.debug:
            raise
        _log.exception("erreur interne (%s)", args.command)
        where = f" ; détails dans le journal {log_path}" if log_path else ""
        print(f"Erreur interne : {type(err).__name__}: {err}{where}", file=sys.stderr)
        return EXIT_INTERNAL_ERROR
