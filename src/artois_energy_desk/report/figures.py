"""Charts of the printed sheets, drawn on matplotlib Axes (never pyplot).

Each ``draw_*`` function draws one chart kind on a given ``Axes`` from the plain data
of a :class:`~artois_energy_desk.report.content.Chart`; :data:`CHARTS` maps the kinds
to them. :func:`chart_figure` wraps one chart in its own ``Figure`` for a GUI canvas,
and the page layout calls the same functions on axes placed on an A4 page, so the
screen, the printer and the PDF show the same drawing. Plans are drawn from the
geometry itself (projected coordinates in metres), never from online tiles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrow, Polygon, Wedge
from matplotlib.ticker import FuncFormatter

from artois_energy_desk.report.content import Chart
from artois_energy_desk.report.formatting import format_number as _format_number
from artois_energy_desk.report.formatting import month_name, printable

__all__ = ["CHARTS", "chart_figure", "draw_chart"]

#: Colours used on every sheet (print-friendly, distinguishable in grey).
PV_COLOUR = "#e0a100"
THERMAL_COLOUR = "#c8553d"
NETWORK_COLOUR = "#2a6f97"
NEUTRAL_COLOUR = "#8d99ae"
ROOF_FILL = "#f6d37a"
_TEXT_SIZE = 7.0


def format_number(value: float, decimals: int = 0) -> str:
    """French number with characters the PDF standard fonts can print."""
    return printable(_format_number(value, decimals))


def _french_axis(ax: Axes, axis: str = "y", decimals: int = 0) -> None:
    formatter = FuncFormatter(lambda v, _pos: format_number(v, decimals))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)


def _style(ax: Axes) -> None:
    ax.tick_params(labelsize=_TEXT_SIZE, length=2)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def draw_monthly(ax: Axes, data: Mapping[str, Any]) -> None:
    """Monthly production bars [kWh], January to December."""
    kwh = np.asarray(data["kwh"], dtype=float)
    months = np.arange(1, 13)
    ax.bar(months, kwh, color=data.get("colour", PV_COLOUR), width=0.7)
    ax.set_xticks(months, [month_name(m, short=True) for m in months])
    _french_axis(ax)
    ax.grid(axis="y", linewidth=0.3, color="#cccccc")
    ax.set_axisbelow(True)
    _style(ax)


#: Line colours of the scenarios on a shared payback chart.
_SERIES_COLOURS = (NETWORK_COLOUR, PV_COLOUR, "#c8553d", "#6a994e")


def draw_payback(ax: Axes, data: Mapping[str, Any]) -> None:
    """Cumulative cash flow [EUR] by year, simple (solid) and discounted (dashed).

    ``data`` holds one series (``year``, ``cumulative_eur``,
    ``cumulative_discounted_eur``) or several under ``series``, each with a
    ``label``, drawn in its own colour.
    """
    series = data.get("series") or [data]
    ax.axhline(0.0, color="black", linewidth=0.6)
    for index, one in enumerate(series):
        colour = _SERIES_COLOURS[index % len(_SERIES_COLOURS)]
        label = one.get("label")
        year = np.asarray(one["year"], dtype=float)
        ax.plot(
            year,
            one["cumulative_eur"],
            color=colour,
            linewidth=1.4,
            label=printable(label) if label else "cumul simple",
        )
        ax.plot(
            year,
            one["cumulative_discounted_eur"],
            color=colour,
            linewidth=1.0,
            linestyle="--",
            label=None if label else "cumul actualisé",
        )
    ax.set_xlabel(
        "année ; trait plein : cumul simple, tirets : cumul actualisé"
        if len(series) > 1 or series[0].get("label")
        else "année",
        fontsize=_TEXT_SIZE,
    )
    ax.legend(fontsize=_TEXT_SIZE - 0.5, frameon=False, loc="best")
    _french_axis(ax)
    ax.grid(linewidth=0.3, color="#dddddd")
    _style(ax)


def draw_tornado(ax: Axes, data: Mapping[str, Any]) -> None:
    """One-at-a-time sensitivity bars around the base value (low / high input)."""
    labels = list(data["labels"])[::-1]
    low = np.nan_to_num(np.asarray(data["low_delta"], dtype=float)[::-1])
    high = np.nan_to_num(np.asarray(data["high_delta"], dtype=float)[::-1])
    y = np.arange(len(labels))
    ax.barh(y, low, color=NEUTRAL_COLOUR, height=0.6)
    ax.barh(y, high, color=NETWORK_COLOUR, height=0.6)
    ax.axvline(0.0, color="black", linewidth=0.6)
    ax.set_yticks(y, [printable(label) for label in labels])
    ax.set_xlabel(
        f"écart à la valeur de base ({format_number(data['base'])} €) ;\n"
        "gris : valeur basse, bleu : valeur haute",
        fontsize=_TEXT_SIZE,
    )
    _french_axis(ax, "x")
    _style(ax)


def draw_bars(ax: Axes, data: Mapping[str, Any]) -> None:
    """Horizontal bars of named totals (territory charts), largest on top."""
    labels = list(data["labels"])[::-1]
    values = np.asarray(data["values"], dtype=float)[::-1]
    y = np.arange(len(labels))
    labels = [printable(label) for label in labels]
    ax.barh(y, values, color=data.get("colour", PV_COLOUR), height=0.65)
    ax.set_yticks(y, labels)
    _french_axis(ax, "x")
    ax.grid(axis="x", linewidth=0.3, color="#cccccc")
    ax.set_axisbelow(True)
    _style(ax)


def draw_histogram(ax: Axes, data: Mapping[str, Any]) -> None:
    """Counts per class (precomputed), with the class bounds as labels."""
    counts = np.asarray(data["counts"], dtype=float)
    x = np.arange(len(counts))
    ax.bar(x, counts, color=data.get("colour", PV_COLOUR), width=0.8)
    ax.set_xticks(x, data["labels"], rotation=0)
    _french_axis(ax)
    ax.grid(axis="y", linewidth=0.3, color="#cccccc")
    ax.set_axisbelow(True)
    _style(ax)


def draw_orientation(ax: Axes, data: Mapping[str, Any]) -> None:
    """Compass diagram: the facet's azimuth as an arrow, its tilt written beside."""
    azimuth = float(data["azimuth_deg"])
    tilt = float(data["tilt_deg"])
    ax.set_aspect("equal")
    ax.set_xlim(-1.35, 1.35)
    ax.set_ylim(-1.35, 1.35)
    ax.axis("off")
    ax.add_patch(Wedge((0, 0), 1.0, 0, 360, width=0.02, color="#555555"))
    for label, angle in (("N", 0), ("E", 90), ("S", 180), ("O", 270)):
        x, y = 1.18 * np.sin(np.radians(angle)), 1.18 * np.cos(np.radians(angle))
        ax.text(x, y, label, ha="center", va="center", fontsize=8, fontweight="bold")
    if tilt >= 1.0:
        dx, dy = np.sin(np.radians(azimuth)), np.cos(np.radians(azimuth))
        ax.add_patch(
            FancyArrow(
                0,
                0,
                0.8 * dx,
                0.8 * dy,
                width=0.06,
                color=PV_COLOUR,
                length_includes_head=True,
            )
        )
    ax.text(
        0,
        -0.25 if tilt >= 1.0 else 0,
        f"pente {format_number(tilt)}°",
        ha="center",
        va="center",
        fontsize=_TEXT_SIZE,
    )


def draw_plan(ax: Axes, data: Mapping[str, Any]) -> None:
    """Plan of polygons (roofs, buildings) or lines (routes) in metres, with scale."""
    ax.set_aspect("equal")
    ax.axis("off")
    bounds = []
    for geometry in data.get("geometries", []):
        bounds.append(geometry.bounds)
        _draw_geometry(ax, geometry, data.get("fill", ROOF_FILL))
    for geometry in data.get("lines", []):
        bounds.append(geometry.bounds)
        _draw_line(
            ax,
            geometry,
            data.get("line_colour", NETWORK_COLOUR),
            data.get("line_width", 1.5),
        )
    for geometry in data.get("points", []):
        bounds.append(geometry.bounds)
        ax.plot([geometry.x], [geometry.y], "o", color=THERMAL_COLOUR, markersize=3)
    if not bounds:
        return
    xmin, ymin = np.min([b[:2] for b in bounds], axis=0)
    xmax, ymax = np.max([b[2:] for b in bounds], axis=0)
    span = max(xmax - xmin, ymax - ymin, 10.0)
    pad = 0.12 * span
    ax.set_xlim(xmin - pad, xmin + span + pad)
    ax.set_ylim(ymin - pad, ymin + span + pad)
    _scale_bar(ax, xmin - pad, ymin - pad, span)
    _north_arrow(ax, xmin + span + pad, ymin + span + pad, span)


def _draw_geometry(ax: Axes, geometry, fill: str) -> None:
    parts = getattr(geometry, "geoms", [geometry])
    for part in parts:
        if part.geom_type == "Polygon":
            ax.add_patch(
                Polygon(
                    np.asarray(part.exterior.coords)[:, :2],
                    closed=True,
                    facecolor=fill,
                    edgecolor="#333333",
                    linewidth=0.6,
                )
            )
        elif part.geom_type in ("LineString", "LinearRing"):
            _draw_line(ax, part, NETWORK_COLOUR, 1.2)


def _draw_line(ax: Axes, geometry, colour: str, width: float) -> None:
    for part in getattr(geometry, "geoms", [geometry]):
        xy = np.asarray(part.coords)
        ax.plot(
            xy[:, 0], xy[:, 1], color=colour, linewidth=width, solid_capstyle="round"
        )


def _scale_bar(ax: Axes, x0: float, y0: float, span: float) -> None:
    length = _nice_length(span / 4)
    x, y = x0 + 0.04 * span, y0 + 0.04 * span
    ax.plot([x, x + length], [y, y], color="black", linewidth=2)
    ax.text(
        x + length / 2,
        y + 0.03 * span,
        f"{format_number(length)} m",
        ha="center",
        va="bottom",
        fontsize=_TEXT_SIZE,
    )


def _north_arrow(ax: Axes, x1: float, y1: float, span: float) -> None:
    x, y = x1 - 0.06 * span, y1 - 0.2 * span
    ax.annotate(
        "N",
        xy=(x, y + 0.14 * span),
        xytext=(x, y),
        ha="center",
        va="top",
        fontsize=8,
        fontweight="bold",
        arrowprops={"arrowstyle": "-|>", "color": "black", "linewidth": 1},
    )


def _nice_length(target: float) -> float:
    """Return 1, 2 or 5 times a power of ten, at most ``target`` [m]."""
    power = 10 ** np.floor(np.log10(max(target, 1.0)))
    for factor in (5, 2, 1):
        if factor * power <= target:
            return float(factor * power)
    return float(power)


#: Drawing function of each chart kind.
CHARTS: dict[str, Callable[[Axes, Mapping[str, Any]], None]] = {
    "monthly": draw_monthly,
    "payback": draw_payback,
    "tornado": draw_tornado,
    "bars": draw_bars,
    "histogram": draw_histogram,
    "orientation": draw_orientation,
    "plan": draw_plan,
}


def draw_chart(ax: Axes, chart: Chart) -> None:
    """Draw ``chart`` on ``ax`` with the function of its kind."""
    if chart.kind == "network_plan" and chart.kind not in CHARTS:
        from artois_energy_desk.report.network_figures import draw_network_plan

        CHARTS["network_plan"] = draw_network_plan
    CHARTS[chart.kind](ax, chart.data)


def chart_figure(chart: Chart, size_in: tuple[float, float] = (6.0, 3.5)) -> Figure:
    """Return ``chart`` drawn in a new ``Figure`` with its title (for a GUI canvas)."""
    figure = Figure(figsize=size_in, layout="constrained")
    ax = figure.add_subplot()
    draw_chart(ax, chart)
    if chart.title:
        ax.set_title(chart.title, fontsize=9)
    return figure
