"""Heat-network extension engine: route along streets, size, check, cost and judge.

Entry point: :func:`size_extension` (a progress task returning an
:class:`ExtensionResult`). Modules: ``demand`` (French ratios and peaks), ``graph`` and
``routing`` (street graph, Steiner tree), ``simultaneity``, ``catalogue`` and
``hydraulics`` (EN 253 sizing, Darcy-Weisbach/Colebrook-White), ``losses``,
``costs`` and ``economics``, ``existing`` (trunk headroom), ``verdict``.
"""

from artois_energy_desk.core.network.problem import (
    ExistingNetwork,
    ExtensionProblem,
    ExtensionResult,
    SupplyPoint,
    Verdict,
)
from artois_energy_desk.core.network.study import size_extension

__all__ = [
    "ExistingNetwork",
    "ExtensionProblem",
    "ExtensionResult",
    "SupplyPoint",
    "Verdict",
    "size_extension",
]
