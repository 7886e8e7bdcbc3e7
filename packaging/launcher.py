"""Entry point of the frozen command-line program ``artois-energy-desk``.

PyInstaller freezes this file; it runs the same :func:`artois_energy_desk.cli.main` as
the ``artois-energy-desk`` script of a pip installation (no sub-command: the window).
"""

import multiprocessing
import sys

from artois_energy_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
