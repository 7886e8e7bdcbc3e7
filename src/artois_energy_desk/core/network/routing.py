"""Route the extension: a minimum-trench-cost tree on the street graph.

The tree joining the root (source or tie-in) to the selected buildings is an approximate
Steiner tree on the street graph, weighted by trench cost (length × relative cost of the
surface): Mehlhorn's 2-approximation (``networkx``), which runs in O(E + V log V).
The tree is then oriented from the root, and demand is summed downstream.

References
----------
.. [1] K. Mehlhorn, "A faster approximation algorithm for the Steiner problem in
   graphs", Information Processing Letters 27 (1988) 125-128.
.. [2] nPro, linear heat density per pipe with downstream length
   (npro.energy/main/en/help/linear-heat-density;
   ``shared/reference/heat-networks.md`` §9).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
from networkx.algorithms.approximation import steiner_tree

__all__ = ["OrientedTree", "orient_tree", "route_tree", "select_viable"]


@dataclass(frozen=True)
class OrientedTree:
    """A tree oriented from its root, nodes in breadth-first order.

    Attributes
    ----------
    nodes : ndarray of int
        Graph node ids, root first, each node after its parent.
    parent : ndarray of int
        Position (in ``nodes``) of each node's parent; -1 for the root.
    graph : networkx.Graph
        The tree (edge data as in the street graph).
    """

    nodes: np.ndarray
    parent: np.ndarray
    graph: nx.Graph

    def downstream_sum(self, values: np.ndarray) -> np.ndarray:
        """Sum ``values`` (one per node position) over each node's subtree."""
        total = np.asarray(values, dtype=float).copy()
        for position in range(len(self.nodes) - 1, 0, -1):
            total[self.parent[position]] += total[position]
        return total

    def upstream_sum(self, values: np.ndarray) -> np.ndarray:
        """Sum ``values`` (one per node position) from the root to each node."""
        total = np.asarray(values, dtype=float).copy()
        for position in range(1, len(self.nodes)):
            total[position] += total[self.parent[position]]
        return total

    def edge_attribute(self, name: str) -> np.ndarray:
        """Attribute ``name`` of the edge reaching each non-root node."""
        edges = self.graph.edges
        return np.array(
            [
                edges[self.nodes[self.parent[p]], self.nodes[p]][name]
                for p in range(1, len(self.nodes))
            ],
            dtype=object,
        )


def route_tree(graph: nx.Graph, root: int, terminals) -> tuple[nx.Graph, set[int]]:
    """Approximate minimum-cost tree joining ``root`` and ``terminals``.

    Parameters
    ----------
    graph : networkx.Graph
        Street graph with a ``cost`` edge attribute.
    root : int
        Root node.
    terminals : iterable of int
        Building nodes to reach.

    Returns
    -------
    tree : networkx.Graph
        The tree (a subgraph copy with edge data).
    unreachable : set of int
        Terminals in another connected component than the root.
    """
    component = nx.node_connected_component(graph, root)
    wanted = set(terminals)
    reachable = wanted & component
    if not reachable:
        tree = nx.Graph()
        tree.add_node(root, **graph.nodes[root])
        return tree, wanted
    tree = steiner_tree(
        graph.subgraph(component),
        [root, *sorted(reachable)],
        weight="cost",
        method="mehlhorn",
    )
    return tree, wanted - reachable


def orient_tree(tree: nx.Graph, root: int) -> OrientedTree:
    """Order the tree's nodes breadth-first from ``root`` and record parents."""
    nodes = [root]
    parent = [-1]
    position = {root: 0}
    for u, v in nx.bfs_edges(tree, root):
        position[v] = len(nodes)
        nodes.append(v)
        parent.append(position[u])
    return OrientedTree(np.array(nodes, dtype=int), np.array(parent, dtype=int), tree)


def select_viable(
    tree: nx.Graph,
    root: int,
    demand_mwh: dict[int, float],
    forced: set[int],
    threshold_mwh_per_m: float,
) -> set[int]:
    """Buildings to drop so that the extension keeps its linear heat density.

    Greedy pruning on the routed tree. Each building's *own* branch is the chain of
    trench leading to it alone (its service pipe and the street run up to the first
    node shared with another building). A building whose own branch has a density below
    the threshold is dropped; when none is but the whole extension is still below the
    threshold, the worst tenth of the buildings whose own density is below the overall
    density (dropping them raises it) is dropped. Repeat until stable. Forced
    buildings are never dropped.

    Parameters
    ----------
    tree : networkx.Graph
        Routed tree with ``length_m`` on edges.
    root : int
        Root node.
    demand_mwh : dict
        Annual demand delivered to each building node [MWh/yr].
    forced : set of int
        Building nodes that must stay.
    threshold_mwh_per_m : float
        Density threshold [MWh/(m·yr)].

    Returns
    -------
    set of int
        Building nodes dropped.
    """
    tree = tree.copy()
    dropped: set[int] = set()
    while True:
        kept = [n for n in demand_mwh if n not in dropped and n in tree]
        if not kept:
            return dropped
        chains = {n: _own_chain(tree, root, n, demand_mwh) for n in kept}
        density = {
            n: demand_mwh[n] / max(sum(e[2] for e in chains[n]), 1e-9) for n in kept
        }
        candidates = sorted((n for n in kept if n not in forced), key=density.get)
        below = [n for n in candidates if density[n] < threshold_mwh_per_m]
        if not below:
            overall = sum(demand_mwh[n] for n in kept) / max(
                tree.size(weight="length_m"), 1e-9
            )
            # Dropping a branch raises the overall density only if its own is lower.
            raising = [n for n in candidates if density[n] < overall]
            if overall >= threshold_mwh_per_m or not raising:
                return dropped
            below = raising[: max(1, len(raising) // 10)]
        for node in below:
            tree.remove_edges_from((u, v) for u, v, _ in chains[node])
            dropped.add(node)
        _prune_dangling(tree, root, set(demand_mwh) - dropped)


def _prune_dangling(tree: nx.Graph, root: int, buildings: set[int]) -> None:
    """Remove street leaves (and isolated nodes) that lead to no building."""
    leaves = [
        n for n in tree if tree.degree(n) <= 1 and n != root and n not in buildings
    ]
    while leaves:
        neighbours = {m for n in leaves for m in tree.neighbors(n)}
        tree.remove_nodes_from(leaves)
        leaves = [
            n
            for n in neighbours
            if n in tree and tree.degree(n) <= 1 and n != root and n not in buildings
        ]


def _own_chain(
    tree: nx.Graph,
    root: int,
    building: int,
    demand_mwh: dict[int, float],
) -> list[tuple[int, int, float]]:
    """Edges (u, v, length) from ``building`` up to the first shared node."""
    chain = []
    previous, node = None, building
    while True:
        neighbours = [n for n in tree.neighbors(node) if n != previous]
        if node != building and (
            node == root or len(neighbours) != 1 or node in demand_mwh
        ):
            return chain
        if len(neighbours) != 1:
            return chain
        nxt = neighbours[0]
        chain.append((node, nxt, tree.edges[node, nxt]["length_m"]))
        previous, node = node, nxt
