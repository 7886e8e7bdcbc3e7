"""Solar-cadastre classes of the roofs for the map, its legend and the table filter.

Every evaluated roof carries ``pv_suitability``, the class the evaluation pipeline gave
it from its annual in-plane irradiation and the thresholds of ``data/parameters/pv.csv``
(:func:`artois_energy_desk.batch.pipeline.suitability`). The window shows that class as
it is: this module only numbers the classes best first (the map draws by number), gives
each its colour, and reads the class bounds from the parameters the results were
computed with, for the legend.

The colours follow the French solar cadastres: yellow for the best roofs down to blue
(Métropole Européenne de Lille; see ``shared/reference/pv.md`` §6).

References
----------
Geneva solar cadastre thresholds, 800 and 1 000 kWh/m²/yr, and the Artois in-plane
irradiation at optimum tilt, 1 200 kWh/m²/yr (``shared/reference/pv.md`` §3-4);
solar cadastre of the Métropole Européenne de Lille (``shared/reference/pv.md`` §6).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from artois_energy_desk.core.solar.suitability import suitability_edges

__all__ = [
    "CLASS_COUNT",
    "CLASS_NAMES",
    "NOT_EVALUATED",
    "SUITABILITY_COLUMN",
    "class_bounds_kwh_m2",
    "class_colours_rgb",
    "classify",
]

#: Result column holding each roof's class.
SUITABILITY_COLUMN = "pv_suitability"
#: Colour of each value of ``pv_suitability``, best class first (RGB 0-255): the
#: cadastre ramp, yellow, orange, crimson, blue.
_COLOURS_RGB = {
    "excellent": (255, 210, 0),
    "bon": (245, 140, 30),
    "moyen": (200, 55, 95),
    "defavorable": (45, 85, 175),
}
#: Colour of roofs not evaluated yet or without a class (RGB 0-255).
_NOT_EVALUATED_RGB = (170, 170, 170)
#: Values of ``pv_suitability``, best first (class number = position).
CLASS_NAMES = tuple(_COLOURS_RGB)
CLASS_COUNT = len(CLASS_NAMES)
#: Class number of roofs without a class.
NOT_EVALUATED = CLASS_COUNT


def classify(frame: pd.DataFrame) -> np.ndarray:
    """Class number of each row of ``frame``: 0 for the best class.

    Parameters
    ----------
    frame : pandas.DataFrame
        Results with a ``pv_suitability`` column; rows without one (or a frame without
        the column) get :data:`NOT_EVALUATED`.

    Returns
    -------
    numpy.ndarray
        ``int8`` class number per row.
    """
    if SUITABILITY_COLUMN not in frame:
        return np.full(len(frame), NOT_EVALUATED, dtype=np.int8)
    codes = pd.Categorical(
        frame[SUITABILITY_COLUMN].astype(object), categories=CLASS_NAMES
    ).codes
    return np.where(codes < 0, NOT_EVALUATED, codes).astype(np.int8)


def class_bounds_kwh_m2(params: Any) -> list[tuple[float | None, float | None]]:
    """``(lower, upper)`` annual in-plane irradiation of each class, best first.

    Parameters
    ----------
    params : ParameterSet
        The parameters the results were computed with.

    Returns
    -------
    list of tuple
        Bounds [kWh/m²/yr]; a class includes its lower bound; ``None`` where the
        class is open (no upper bound for the best, no lower bound for the worst).
    """
    ascending = [float(edge) for edge in suitability_edges(params)]
    edges = [None, *ascending, None]
    worst_first = list(zip(edges[:-1], edges[1:], strict=True))
    return worst_first[::-1]


def class_colours_rgb() -> tuple[tuple[int, int, int], ...]:
    """Colours of classes 0 .. :data:`NOT_EVALUATED` (RGB 0-255)."""
    return (*_COLOURS_RGB.values(), _NOT_EVALUATED_RGB)
