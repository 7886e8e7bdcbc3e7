"""``python -m artois_energy_desk`` runs the command-line interface."""

from artois_energy_desk.cli import main

raise SystemExit(main())
