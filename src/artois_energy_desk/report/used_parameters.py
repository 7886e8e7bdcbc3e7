"""Which parameters of its groups a roof sheet's numbers did not use.

The assumption section lists the parameter groups whose engines contributed to the
sheet (``pv.*`` always, ``thermal.*`` when a solar-thermal system is proposed,
``economics.*`` when the economics are shown). Within these groups a few parameters
serve only one kind of roof or one scenario, by their very name: racked-module
settings serve flat roofs only, the ``*_pitched`` ones pitched roofs only, and the
boiler, fuel, solar-heat and MaPrimeRénov' parameters of ``economics`` serve the
solar-water-heater scenario only. Those are left out when they did not apply.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["unused_parameters"]

#: Parameters used for racked modules on flat roofs only.
_FLAT_ONLY = (
    "pv.flat_rack_tilt_deg",
    "pv.flat_rack_azimuth_deg",
    "pv.ground_coverage_ratio",
    "pv.temperature_model_flat",
    "pv.usable_ratio_flat",
)
#: Parameters used for modules in the plane of a pitched roof only.
_PITCHED_ONLY = ("pv.temperature_model_pitched", "pv.usable_ratio_pitched")
#: Economic parameters (name starts) used by the solar-water-heater scenario only.
_THERMAL_ECONOMICS = (
    "economics.thermal_",
    "economics.gas_",
    "economics.fuel_",
    "economics.electric_water_heater",
    "economics.maprimerenov_",
)


def unused_parameters(
    names: Sequence[str], mounting: str | None, scenarios: Sequence[str]
) -> set[str]:
    """Return the names among ``names`` that did not apply to the sheet.

    Parameters
    ----------
    names : sequence of str
        Parameter names of the groups listed.
    mounting : str or None
        ``pitched`` or ``flat`` (the row's ``pv_mounting``); None keeps both kinds.
    scenarios : sequence of str
        Economic scenarios shown (``pv_surplus``, ``pv_total_sale``, ``thermal``).
    """
    unused = set()
    if mounting == "pitched":
        unused.update(_FLAT_ONLY)
    elif mounting == "flat":
        unused.update(_PITCHED_ONLY)
    if "thermal" not in scenarios:
        unused.update(n for n in names if n.startswith(_THERMAL_ECONOMICS))
    return unused & set(names)
