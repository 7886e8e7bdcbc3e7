"""Route plan of a heat-network extension, drawn from the segment geometries.

Pipes are drawn with their nominal diameter as both line width and colour (a legend
lists each DN), buildings as filled dots when connected and open circles when not,
the source or tie-in as a star and the checked existing pipes in grey. Coordinates are
the study's metric CRS [m]; no online tiles are used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from artois_energy_desk.report.figures import (
    NETWORK_COLOUR,
    THERMAL_COLOUR,
    _north_arrow,
    _scale_bar,
)
from artois_energy_desk.report.formatting import printable

__all__ = ["draw_network_plan"]

_EXISTING_COLOUR = "#9a9a9a"
_UNCONNECTED_COLOUR = "#9b2226"
_TEXT_SIZE = 6.5


def _dn_style(dns: np.ndarray) -> dict[int, tuple[tuple, float]]:
    """Colour and line width [pt] of each DN: thin pale small pipes, thick mains."""
    distinct = sorted({int(d) for d in dns})
    ramp = colormaps["viridis_r"]
    style = {}
    for k, dn in enumerate(distinct):
        share = k / max(len(distinct) - 1, 1)
        style[dn] = (ramp(0.15 + 0.8 * share), 0.6 + 2.6 * share)
    return style


def draw_network_plan(ax: Axes, data: Mapping[str, Any]) -> None:
    """Draw the extension's route plan.

    Parameters
    ----------
    ax : Axes
        Target axes.
    data : mapping
        ``lines`` (list of (n, 2) coordinate arrays [m]), ``dn`` (DN of each line),
        ``connected`` and ``unconnected`` ((n, 2) building points), ``root`` ((x, y)
        of the source or tie-in), ``root_label`` (text), ``existing`` (list of
        coordinate arrays of existing pipes).
    """
    ax.set_aspect("equal")
    ax.axis("off")
    dns = np.asarray(data["dn"], dtype=float)
    style = _dn_style(dns)
    everything = []
    for coords in data.get("existing", []):
        ax.plot(coords[:, 0], coords[:, 1], color=_EXISTING_COLOUR, linewidth=3.0)
        everything.append(coords)
    for dn in sorted(style):
        colour, width = style[dn]
        for coords, own in zip(data["lines"], dns, strict=True):
            if int(own) == dn:
                ax.plot(
                    coords[:, 0],
                    coords[:, 1],
                    color=colour,
                    linewidth=width,
                    solid_capstyle="round",
                )
                everything.append(coords)
    connected = np.asarray(data.get("connected", np.empty((0, 2))), dtype=float)
    unconnected = np.asarray(data.get("unconnected", np.empty((0, 2))), dtype=float)
    if len(connected):
        ax.plot(connected[:, 0], connected[:, 1], "o", color=NETWORK_COLOUR, ms=2.2)
        everything.append(connected)
    if len(unconnected):
        ax.plot(
            unconnected[:, 0],
            unconnected[:, 1],
            "o",
            mfc="white",
            mec=_UNCONNECTED_COLOUR,
            ms=3.0,
            mew=0.8,
        )
        everything.append(unconnected)
    root = data.get("root")
    if root is not None:
        ax.plot([root[0]], [root[1]], "*", color=THERMAL_COLOUR, ms=11, mec="black")
        everything.append(np.asarray([root], dtype=float))
    if not everything:
        return
    points = np.vstack(everything)
    xmin, ymin = points.min(axis=0)
    xmax, ymax = points.max(axis=0)
    span = max(xmax - xmin, ymax - ymin, 10.0)
    pad = 0.06 * span
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    ax.set_xlim(cx - span / 2 - pad, cx + span / 2 + pad)
    ax.set_ylim(cy - span / 2 - pad, cy + span / 2 + pad)
    _scale_bar(ax, cx - span / 2 - pad, cy - span / 2 - pad, span)
    _north_arrow(ax, cx + span / 2 + pad, cy + span / 2 + pad, span)
    _legend(ax, style, data, len(connected), len(unconnected))


def _legend(ax: Axes, style, data, n_connected: int, n_unconnected: int) -> None:
    handles = [
        Line2D([], [], color=colour, linewidth=width, label=f"DN{dn}")
        for dn, (colour, width) in style.items()
    ]
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            color=NETWORK_COLOUR,
            ms=3,
            label=printable(f"bâtiment raccordé ({n_connected})"),
        )
    )
    if n_unconnected:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                mfc="white",
                mec=_UNCONNECTED_COLOUR,
                ms=3.5,
                label=printable(f"bâtiment non raccordé ({n_unconnected})"),
            )
        )
    handles.append(
        Line2D(
            [],
            [],
            marker="*",
            linestyle="",
            color=THERMAL_COLOUR,
            mec="black",
            ms=8,
            label=printable(data.get("root_label", "")),
        )
    )
    if data.get("existing"):
        handles.append(
            Line2D(
                [],
                [],
                color=_EXISTING_COLOUR,
                linewidth=3,
                label=printable("réseau existant vérifié"),
            )
        )
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=_TEXT_SIZE,
        frameon=False,
        borderaxespad=0.0,
    )
