"""Output columns of the batch economics: categorical labels and the result frame.

Text columns (load profile, load basis, S21 class, ...) take a handful of values over
millions of rows; they are built from integer codes as :class:`pandas.Categorical`
(categories sorted, only those present) instead of arrays of Python strings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["categorical", "constant_categorical", "result_frame"]


def categorical(codes: np.ndarray, names) -> pd.Categorical:
    """``names[codes]`` as a Categorical whose categories are the sorted names present.

    Parameters
    ----------
    codes : numpy.ndarray of int
        Index into ``names`` of each row (non-negative).
    names : sequence of str
        The labels.
    """
    names = np.asarray(names, dtype=object)
    codes = np.asarray(codes, dtype=np.intp)
    present = np.flatnonzero(np.bincount(codes, minlength=len(names)))
    labels, inverse = np.unique(names[present], return_inverse=True)
    remap = np.full(len(names), -1, dtype=np.intp)
    remap[present] = inverse.ravel()
    return pd.Categorical.from_codes(remap[codes], categories=labels)


def constant_categorical(label: str, rows: int) -> pd.Categorical:
    """The same label on every row, as a one-category Categorical."""
    return pd.Categorical.from_codes(np.zeros(rows, dtype=np.int8),
                                     categories=[label])


def result_frame(columns: dict, index: pd.Index) -> pd.DataFrame:
    """One frame of the result columns (arrays and Categoricals), without copying.

    Numeric columns must be float arrays; anything else becomes a Categorical. An
    array given for two columns is copied for the second, so that the columns never
    share memory.
    """
    data = {}
    seen = set()
    for name, values in columns.items():
        if isinstance(values, np.ndarray) and values.dtype.kind == "f":
            data[name] = values.copy() if id(values) in seen else values
            seen.add(id(values))
        elif isinstance(values, pd.Categorical):
            data[name] = values
        else:
            data[name] = pd.Categorical(values)
    return pd.DataFrame(data, index=index, copy=False)
