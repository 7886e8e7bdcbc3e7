"""Chunks of whole buildings, and the chunks' results put back in input order.

A chunk holds whole buildings (a building's hot-water system is placed on its best
facet, its economics share one installation); :func:`assemble` gathers the computed
columns of the chunks into one frame in the input row order, the input columns first.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["Gatherer", "assemble", "building_chunks", "positions"]


def building_chunks(roofs: pd.DataFrame, chunk_rows: int) -> list[np.ndarray]:
    """Row positions of each chunk, every building whole in one chunk."""
    n_chunks = max(1, -(-len(roofs) // chunk_rows))
    if n_chunks == 1:
        return [np.arange(len(roofs))]
    if "building_id" in roofs:
        codes, uniques = pd.factorize(roofs["building_id"], use_na_sentinel=False)
    else:
        codes, uniques = np.arange(len(roofs)), np.arange(len(roofs))
    chunk_of_row = codes * n_chunks // max(len(uniques), 1)
    order = np.argsort(chunk_of_row, kind="stable")
    bounds = np.searchsorted(chunk_of_row[order], np.arange(n_chunks + 1))
    return [order[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True) if b > a]


def assemble(
    roofs: pd.DataFrame, parts: list[pd.DataFrame], groups: list[np.ndarray]
) -> pd.DataFrame:
    """Input columns then computed columns, rows back in the input order.

    ``parts`` are the computed columns of each of ``groups`` (see :class:`Gatherer`).
    """
    if not parts:
        return roofs.copy()
    gatherer = Gatherer(roofs, groups)
    for index, part in enumerate(parts):
        gatherer.add(index, part)
    return gatherer.frame()


class Gatherer:
    """The chunks' computed columns put in input row order as the chunks arrive.

    Each computed column is gathered into one array in input order and the frame is
    built once from a dict (no ``pd.concat``, which would copy and consolidate every
    column). Columns with a numpy dtype are copied into place when their chunk is
    added, so that the copying overlaps the evaluation of the next chunks; the
    others (categoricals, text), and any column whose dtype differs between chunks,
    are gathered by :meth:`frame`.

    Parameters
    ----------
    roofs : pandas.DataFrame
        The input table (its columns come first, its index is kept).
    groups : list of numpy.ndarray
        Row positions of each chunk (:func:`building_chunks`).
    """

    def __init__(self, roofs: pd.DataFrame, groups: list[np.ndarray]) -> None:
        self._roofs = roofs
        self._groups = groups
        self._places = [positions(rows) for rows in groups]
        self._parts: list[pd.DataFrame | None] = [None] * len(groups)
        self._arrays: dict[Any, np.ndarray | None] | None = None

    def add(self, index: int, part: pd.DataFrame) -> None:
        """The computed columns of chunk ``index`` (rows in the chunk's order)."""
        self._parts[index] = part
        if self._arrays is None:
            self._arrays = {
                name: np.empty(len(self._roofs), dtype=column.dtype)
                if isinstance(column.dtype, np.dtype) else None
                for name, column in part.items()
            }
        for name, array in self._arrays.items():
            if array is None:
                continue
            piece = part[name]
            if piece.dtype == array.dtype:
                array[self._places[index]] = piece.to_numpy()
            else:
                self._arrays[name] = None  # gathered from the pieces by frame()

    def frame(self) -> pd.DataFrame:
        """Input columns then computed columns, rows in the input order."""
        parts = self._parts
        if self._arrays is None or any(part is None for part in parts):
            raise ValueError("every chunk must be added before the frame is built")
        n_rows = len(self._roofs)
        computed = {
            name: array if array is not None
            else _gather([part[name] for part in parts], self._groups, n_rows,
                         self._places)
            for name, array in self._arrays.items()
        }
        roofs = self._roofs
        columns: dict[Any, Any] = {
            name: roofs[name] for name in roofs.columns if name not in computed
        }
        columns.update(computed)
        return pd.DataFrame(columns, index=roofs.index, copy=False)


def _gather_categorical(pieces: list[pd.Series], places: list, n_rows: int,
                        ) -> pd.Categorical:
    """A categorical column from chunks whose categories may differ.

    Some result columns list only the labels present in their chunk (sorted); the
    sorted union is what one chunk holding every roof would have.
    """
    dtype = pieces[0].dtype
    if any(not piece.cat.categories.equals(dtype.categories) for piece in pieces):
        union = sorted(set().union(*(piece.cat.categories for piece in pieces)))
        dtype = pd.CategoricalDtype(union, ordered=dtype.ordered)
    codes = np.empty(n_rows, dtype=np.int32)
    for piece, rows in zip(pieces, places, strict=True):
        codes[rows] = piece.astype(dtype).cat.codes.to_numpy()
    return pd.Categorical.from_codes(codes, dtype=dtype)


def _gather(pieces: list[pd.Series], groups: list[np.ndarray], n_rows: int,
            places: list):
    """One column of the chunks' results that :meth:`Gatherer.add` could not copy
    into place (not a numpy dtype, or not the same in every chunk), as an array in
    input row order.

    ``places`` are the ``groups`` as :func:`positions` gives them.
    """
    if all(isinstance(piece.dtype, pd.CategoricalDtype) for piece in pieces):
        return _gather_categorical(pieces, places, n_rows)
    joined = pd.concat(pieces, ignore_index=True)
    order = np.argsort(np.concatenate(groups), kind="stable")
    return joined.iloc[order].array


def positions(rows: np.ndarray) -> slice | np.ndarray:
    """``rows`` as a slice when they are consecutive (views instead of copies)."""
    if rows.size and rows[-1] - rows[0] + 1 == rows.size and (
        rows.size == 1 or bool((np.diff(rows) == 1).all())
    ):
        return slice(int(rows[0]), int(rows[-1]) + 1)
    return rows
