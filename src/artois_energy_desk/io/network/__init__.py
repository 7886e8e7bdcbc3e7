"""Readers and writers of heat-network extension studies."""

from artois_energy_desk.io.network.catalogue import (
    network_parameters,
    read_pipe_catalogue,
)
from artois_energy_desk.io.network.readers import (
    REJECT_COLUMNS,
    read_buildings,
    read_existing_network,
    read_layer,
    read_source,
    read_streets,
    study_crs,
)
from artois_energy_desk.io.network.writers import (
    SEGMENT_COLUMNS,
    write_extension_gpkg,
    write_summary_xlsx,
)

__all__ = [
    "REJECT_COLUMNS",
    "SEGMENT_COLUMNS",
    "network_parameters",
    "read_buildings",
    "read_existing_network",
    "read_layer",
    "read_pipe_catalogue",
    "read_source",
    "read_streets",
    "study_crs",
    "write_extension_gpkg",
    "write_summary_xlsx",
]
