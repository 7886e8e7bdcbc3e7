"""Entry point of the frozen windowed program (Windows Start menu, file association).

Same as ``artois-energy-desk gui [ETUDE]``, built without a console window on Windows.
"""

import multiprocessing
import sys

from artois_energy_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main(["gui", *sys.argv[1:]]))
