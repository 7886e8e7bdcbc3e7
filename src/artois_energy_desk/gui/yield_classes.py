"""Solar-cadastre style colour classes for the map, the legend and the table filter.

French solar cadastres colour each roof by a handful of classes from "excellent" to
"défavorable" (Grand Lyon: 6 classes, Deux-Sèvres: 4, Lille: yellow for the best roofs
down to blue; see shared/reference/pv.md §6). Here a roof's class is its value (specific
yield or plane-of-array irradiation) relative to the best value of the study, so that
the classes mean the same under any climate; the legend states the absolute bounds.
The class bounds are a presentation choice, not a model parameter.

References
----------
Solar cadastres of the Métropole Européenne de Lille, Grand Lyon and Deux-Sèvres
(shared/reference/pv.md §6).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "CLASS_COUNT",
    "NOT_EVALUATED",
    "YieldClasses",
    "class_colours_rgb",
    "classify",
]

#: Lower bounds of the classes, as a share of the best value, best class first.
_LOWER_SHARES = (0.95, 0.85, 0.75, 0.60, 0.0)
#: Class colours, best first: yellow to blue as on the Lille cadastre (RGB).
_COLOURS_RGB = (
    (255, 214, 10),
    (255, 140, 40),
    (220, 60, 60),
    (145, 50, 140),
    (55, 75, 170),
)
#: Colour of roofs not evaluated yet or without a value (RGB).
_NOT_EVALUATED_RGB = (170, 170, 170)
CLASS_COUNT = len(_LOWER_SHARES)
#: Class number of roofs without a value.
NOT_EVALUATED = CLASS_COUNT


@dataclass(frozen=True)
class YieldClasses:
    """Class bounds for one colouring of the study.

    Parameters
    ----------
    column : str
        Result column classified.
    best : float
        Best value in the study [unit of the column].
    lower_bounds : numpy.ndarray
        Lower bound of each class [unit of the column], best class first.
    """

    column: str
    best: float
    lower_bounds: np.ndarray

    @classmethod
    def for_values(cls, column: str, values: np.ndarray) -> YieldClasses:
        """Return the classes of ``values`` (NaN ignored; all-NaN gives best = 0)."""
        finite = values[np.isfinite(values)]
        best = float(finite.max()) if finite.size else 0.0
        return cls(column, best, best * np.asarray(_LOWER_SHARES))

    def classify(self, values: np.ndarray) -> np.ndarray:
        """Return the class number of each value (0 best, :data:`NOT_EVALUATED`)."""
        return classify(values, self.lower_bounds)


def classify(values: np.ndarray, lower_bounds: np.ndarray) -> np.ndarray:
    """Class number of each value: 0 for the best class, NaN -> :data:`NOT_EVALUATED`.

    Parameters
    ----------
    values : numpy.ndarray
        Values to classify [any unit].
    lower_bounds : numpy.ndarray
        Decreasing lower bounds, best class first [same unit]; the last is the floor.
    """
    values = np.asarray(values, dtype=np.float64)
    ascending = np.asarray(lower_bounds, dtype=np.float64)[::-1]
    position = np.searchsorted(ascending, values, side="right")
    classes = (len(ascending) - np.maximum(position, 1)).astype(np.int8)
    classes[~np.isfinite(values)] = NOT_EVALUATED
    return classes


def class_colours_rgb() -> tuple[tuple[int, int, int], ...]:
    """Colours of classes 0 .. :data:`NOT_EVALUATED` (RGB 0-255)."""
    return (*_COLOURS_RGB, _NOT_EVALUATED_RGB)
