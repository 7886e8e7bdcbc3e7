"""Street graph: street axes as a weighted graph, and points attached to it.

Street lines are noded at their crossings (``shapely.node``), their end points merged
within a tolerance, and each piece becomes an edge carrying its length, street class,
trench surface (``hard`` / ``soft``) and a routing cost = length × relative trench cost
of its surface. Points (buildings, a source, a tie-in) are attached to the nearest point
of the nearest street by splitting that street edge; each point becomes its own node,
joined to the street by a ``service`` (or ``connection``) edge.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import shapely
from shapely.geometry import LineString, Point
from shapely.ops import substring

from artois_energy_desk import InputError

__all__ = ["StreetGraph", "attach_points", "build_street_graph"]


@dataclass
class StreetGraph:
    """A street graph being built up.

    Attributes
    ----------
    graph : networkx.Graph
        Nodes carry ``x``, ``y`` [m] and ``kind`` (``street``, ``building``, ``root``);
        edges carry ``length_m``, ``cost``, ``surface``, ``street_class``, ``kind``
        (``street``, ``service``, ``connection``) and ``geometry``.
    surface_cost_factor : dict
        Relative trench cost of each surface (``hard`` = 1).
    tolerance_m : float
        Node-merging tolerance [m].
    """

    graph: nx.Graph
    surface_cost_factor: dict[str, float]
    tolerance_m: float
    _next_node: int = field(default=0, repr=False)

    def new_node(self, x: float, y: float, kind: str) -> int:
        """Add a node at (x, y) and return its id."""
        node = self._next_node
        self._next_node += 1
        self.graph.add_node(node, x=float(x), y=float(y), kind=kind)
        return node

    def add_edge(
        self,
        u: int,
        v: int,
        geometry: LineString,
        kind: str,
        surface: str,
        street_class: str,
    ) -> None:
        """Add an edge; a shorter parallel edge between the same nodes wins."""
        length = float(geometry.length)
        if u == v:
            return
        if self.graph.has_edge(u, v) and self.graph.edges[u, v]["length_m"] <= length:
            return
        cost = length * self.surface_cost_factor.get(surface, 1.0)
        self.graph.add_edge(
            u,
            v,
            length_m=length,
            cost=cost,
            surface=surface,
            street_class=street_class,
            kind=kind,
            geometry=geometry,
        )


def build_street_graph(
    lines,
    street_class,
    surface_by_class: dict[str, str],
    surface_cost_factor: dict[str, float],
    default_surface: str,
    tolerance_m: float,
) -> StreetGraph:
    """Build the street graph from street axes.

    Parameters
    ----------
    lines : array-like of shapely geometries
        Street axes (LineString or MultiLineString) in a metric CRS [m].
    street_class : array-like of str
        Class of each line (OSM ``highway``, BD TOPO ``nature``...), empty if unknown.
    surface_by_class : dict
        Street class -> ``hard`` / ``soft`` (table ``network_street_surface``).
    surface_cost_factor : dict
        Surface -> relative trench cost (``hard`` = 1).
    default_surface : str
        Surface of unknown classes.
    tolerance_m : float
        End points closer than this are one node [m].

    Raises
    ------
    InputError
        If no usable line is given.
    """
    geoms = np.asarray(lines, dtype=object)
    classes = np.asarray(
        ["" if c is None else str(c) for c in street_class], dtype=object
    )
    parts, index = shapely.get_parts(geoms, return_index=True)
    keep = shapely.get_type_id(parts) == 1
    parts, index = parts[keep], index[keep]
    if len(parts) == 0:
        raise InputError("couche des rues : aucune ligne utilisable.")
    noded = shapely.get_parts(shapely.node(shapely.multilinestrings(parts)))
    tree = shapely.STRtree(parts)
    nearest = tree.query_nearest(
        shapely.line_interpolate_point(noded, 0.5, normalized=True),
        return_distance=False,
        all_matches=False,
    )
    part_class = classes[index[nearest[1]]]
    street = StreetGraph(nx.Graph(), dict(surface_cost_factor), tolerance_m)
    nodes = _merge_end_points(street, noded)
    for i, geometry in enumerate(noded):
        cls = part_class[i]
        street.add_edge(
            int(nodes[i, 0]),
            int(nodes[i, 1]),
            geometry,
            "street",
            surface_by_class.get(cls, default_surface),
            cls,
        )
    return street


def _merge_end_points(street: StreetGraph, lines: np.ndarray) -> np.ndarray:
    ends = np.column_stack(
        [
            shapely.get_coordinates(shapely.get_point(lines, 0)),
            shapely.get_coordinates(shapely.get_point(lines, -1)),
        ]
    ).reshape(-1, 2)
    keys = np.round(ends / street.tolerance_m).astype(np.int64)
    unique, first, inverse = np.unique(
        keys, axis=0, return_index=True, return_inverse=True
    )
    ids = np.array([street.new_node(*ends[i], "street") for i in first])
    return ids[inverse.ravel()].reshape(-1, 2)


def attach_points(
    street: StreetGraph, points, footprints, kind: str, edge_kind: str, surface: str
) -> np.ndarray:
    """Attach points to their nearest street point; return their new node ids.

    Parameters
    ----------
    street : StreetGraph
        Graph, modified in place (street edges split at the attachment points).
    points : array-like of shapely.Point
        Points to attach (building centroids, a source) [m].
    footprints : array-like of shapely geometries or None
        Geometry the service pipe starts from (a building polygon: its nearest facade);
        ``None`` to start from the point itself.
    kind : str
        Node kind of the attached points (``building`` or ``root``).
    edge_kind : str
        Kind of the joining edges (``service`` or ``connection``).
    surface : str
        Trench surface of the joining edges.

    Returns
    -------
    ndarray of int
        Node id of each point.
    """
    points = np.asarray(points, dtype=object)
    footprints = points if footprints is None else np.asarray(footprints, dtype=object)
    edges = [(u, v) for u, v, k in street.graph.edges(data="kind") if k == "street"]
    if not edges:
        raise InputError(
            "couche des rues : aucune rue à laquelle raccorder les bâtiments."
        )
    geometries = np.array(
        [street.graph.edges[e]["geometry"] for e in edges], dtype=object
    )
    nearest = shapely.STRtree(geometries).query_nearest(points, all_matches=False)
    edge_of_point = np.empty(len(points), dtype=int)
    edge_of_point[nearest[0]] = nearest[1]
    along = shapely.line_locate_point(geometries[edge_of_point], points)
    by_edge: dict[int, list[int]] = defaultdict(list)
    for i, e in enumerate(edge_of_point):
        by_edge[int(e)].append(i)
    point_nodes = np.empty(len(points), dtype=int)
    for e, members in by_edge.items():
        street_nodes = _split_edge(street, edges[e], along[members])
        for i, street_node in zip(members, street_nodes, strict=True):
            point_nodes[i] = _join(
                street, street_node, points[i], footprints[i], kind, edge_kind, surface
            )
    return point_nodes


def _split_edge(
    street: StreetGraph,
    edge: tuple[int, int],
    along: np.ndarray,
) -> list[int]:
    """Split a street edge at distances ``along`` its geometry; return the nodes."""
    u, v = edge
    data = dict(street.graph.edges[u, v])
    geometry = data["geometry"]
    start = (street.graph.nodes[u]["x"], street.graph.nodes[u]["y"])
    first, last = (
        (u, v)
        if Point(start).distance(shapely.get_point(geometry, 0))
        < Point(start).distance(shapely.get_point(geometry, -1))
        else (v, u)
    )
    length = geometry.length
    cuts = sorted(
        {
            round(float(a), 3)
            for a in along
            if street.tolerance_m < a < length - street.tolerance_m
        }
    )
    cut_nodes = {}
    if cuts:
        street.graph.remove_edge(u, v)
        previous, previous_at = first, 0.0
        for at in cuts:
            xy = geometry.interpolate(at)
            node = street.new_node(xy.x, xy.y, "street")
            street.add_edge(
                previous,
                node,
                substring(geometry, previous_at, at),
                "street",
                data["surface"],
                data["street_class"],
            )
            cut_nodes[at] = node
            previous, previous_at = node, at
        street.add_edge(
            previous,
            last,
            substring(geometry, previous_at, length),
            "street",
            data["surface"],
            data["street_class"],
        )
    result = []
    for a in along:
        if a <= street.tolerance_m:
            result.append(first)
        elif a >= length - street.tolerance_m:
            result.append(last)
        else:
            result.append(cut_nodes[round(float(a), 3)])
    return result


def _join(
    street: StreetGraph,
    street_node: int,
    point,
    footprint,
    kind: str,
    edge_kind: str,
    surface: str,
) -> int:
    attach = Point(
        street.graph.nodes[street_node]["x"], street.graph.nodes[street_node]["y"]
    )
    start = point
    if footprint is not None and not footprint.equals(point) and footprint.area > 0:
        start = shapely.get_point(shapely.shortest_line(footprint, attach), 0)
    node = street.new_node(point.x, point.y, kind)
    line = LineString([start, attach])
    if line.length == 0:
        line = LineString([start, (attach.x + 1e-3, attach.y)])
    street.add_edge(node, street_node, line, edge_kind, surface, edge_kind)
    return node
