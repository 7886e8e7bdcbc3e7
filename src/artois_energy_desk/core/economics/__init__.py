"""Economics and emissions: French tariffs, costs, self-consumption, cash flows, CO2.

Modules by idea: :mod:`.tariffs` (S21 grids, validity dates, VAT), :mod:`.prices`,
:mod:`.costs` (cost curves, aids), :mod:`.emissions`, :mod:`.loadprofiles`,
:mod:`.selfconsumption` (closed form on shared shapes), :mod:`.cashflow` (NPV, IRR,
payback, levelised cost), :mod:`.pv` and :mod:`.thermal` (scenario cash flows),
:mod:`.evaluate` (batch), :mod:`.singleroof`, :mod:`.sensitivity`.
"""

from artois_energy_desk.core.economics.assumptions import (
    EconomicAssumptions,
    EconomicOptions,
    resolve_assumptions,
)
from artois_energy_desk.core.economics.evaluate import SCENARIOS, evaluate_economics
from artois_energy_desk.core.economics.loadprofiles import (
    LoadProfiles,
    build_load_shapes,
)
from artois_energy_desk.core.economics.selfconsumption import (
    SelfConsumptionCurve,
    pv_shape_from_series,
    self_consumption_hourly,
)
from artois_energy_desk.core.economics.sensitivity import sensitivity
from artois_energy_desk.core.economics.singleroof import cash_flows

__all__ = [
    "SCENARIOS", "EconomicAssumptions", "EconomicOptions", "LoadProfiles",
    "SelfConsumptionCurve", "build_load_shapes", "cash_flows", "evaluate_economics",
    "pv_shape_from_series", "resolve_assumptions", "self_consumption_hourly",
    "sensitivity",
]
