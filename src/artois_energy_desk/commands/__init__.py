"""CLI sub-commands, one module each: ``add_parser(subparsers)`` and ``run(args)``."""

from __future__ import annotations

import argparse
from types import ModuleType


def run_command(module: ModuleType, args: argparse.Namespace) -> int:
    """Run a sub-command module's ``run(args)`` with numpy's BLAS on one thread.

    Called on the main thread, where the limit holds for every thread (see
    :func:`artois_energy_desk.core.threads.single_threaded_blas`): the work that
    runs in parallel is spread over threads by chunk, and BLAS threads of its own
    would only oversubscribe the cores.
    """
    from artois_energy_desk.core.threads import single_threaded_blas

    with single_threaded_blas():
        return module.run(args)
