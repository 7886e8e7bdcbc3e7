"""Settings of the PV model, read from the ``pv.*`` parameters."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from dataclasses import dataclass, fields

from pvlib import pvsystem
from pvlib.temperature import TEMPERATURE_MODEL_PARAMETERS

from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["MOUNTINGS", "PVSettings"]

#: Roof kinds, each with its own module layout and cell-temperature model.
MOUNTINGS = ("pitched", "flat")

_LOSS_PREFIX, _LOSS_SUFFIX = "loss_", "_pct"
#: Loss components of ``pvlib.pvsystem.pvwatts_losses``; shading is applied per facet.
_LOSS_COMPONENTS = tuple(
    name for name in inspect.signature(pvsystem.pvwatts_losses).parameters
    if name != "shading"
)
#: Settings that change the specific yield (a table built with other values of these
#: cannot be used).
YIELD_FIELDS = (
    "flat_rack_tilt_deg", "flat_rack_azimuth_deg", "gamma_pdc_per_k", "temp_ref_c",
    "dc_ac_ratio", "eta_inv_nom", "eta_inv_ref", "losses_pct", "albedo",
    "temperature_model_pitched", "temperature_model_flat", "iam_refractive_index",
    "iam_extinction_per_m", "iam_glazing_thickness_m", "table_tilt_step_deg",
    "table_azimuth_step_deg", "table_lookup_step_deg",
)


@dataclass(frozen=True)
class PVSettings:
    """Every number of the PV sizing and yield chain (see ``data/parameters/pv.csv``).

    Parameters
    ----------
    module_power_density_kwp_per_m2 : float
        Peak power per m² of module [kWp/m²].
    usable_ratio_pitched, usable_ratio_flat : float
        Usable share of a pitched facet / of a flat roof [-].
    flat_roof_max_tilt_deg : float
        Facets with a smaller tilt are flat roofs [degrees].
    flat_rack_tilt_deg, flat_rack_azimuth_deg : float
        Orientation of racked modules on flat roofs [degrees].
    ground_coverage_ratio : float
        Module area / usable area of racked rows [-].
    gamma_pdc_per_k : float
        Temperature coefficient of DC power [1/K].
    temp_ref_c : float
        Reference cell temperature [°C].
    dc_ac_ratio : float
        Module peak power / inverter DC input rating [-].
    eta_inv_nom, eta_inv_ref : float
        PVWatts inverter nominal and reference efficiencies [-].
    losses_pct : mapping of str to float
        ``pvwatts_losses`` components except shading [%].
    default_shading_loss : float
        Shading loss of a facet that gives none [-].
    albedo : float
        Ground reflectance [-].
    temperature_model_pitched, temperature_model_flat : str
        Names of SAPM cell-temperature parameter sets in
        ``pvlib.temperature.TEMPERATURE_MODEL_PARAMETERS['sapm']``.
    iam_refractive_index, iam_extinction_per_m, iam_glazing_thickness_m : float
        Physical incidence-angle model: n [-], K [1/m], L [m].
    table_tilt_step_deg, table_azimuth_step_deg : float
        Node spacing of the orientation table [degrees].
    table_lookup_step_deg : float
        Node spacing of its bicubic resampling, read bilinearly [degrees].
    """

    module_power_density_kwp_per_m2: float
    usable_ratio_pitched: float
    usable_ratio_flat: float
    flat_roof_max_tilt_deg: float
    flat_rack_tilt_deg: float
    flat_rack_azimuth_deg: float
    ground_coverage_ratio: float
    gamma_pdc_per_k: float
    temp_ref_c: float
    dc_ac_ratio: float
    eta_inv_nom: float
    eta_inv_ref: float
    losses_pct: Mapping[str, float]
    default_shading_loss: float
    albedo: float
    temperature_model_pitched: str
    temperature_model_flat: str
    iam_refractive_index: float
    iam_extinction_per_m: float
    iam_glazing_thickness_m: float
    table_tilt_step_deg: float
    table_azimuth_step_deg: float
    table_lookup_step_deg: float

    @classmethod
    def from_parameters(cls, params: ParameterSet) -> PVSettings:
        """Read the settings from the ``pv.*`` parameters.

        Raises
        ------
        KeyError
            If a parameter is missing.
        ValueError
            If a loss component or temperature model name is unknown.
        """
        values: dict[str, object] = {"losses_pct": _losses(params)}
        for item in fields(cls):
            if item.name == "losses_pct":
                continue
            name = f"pv.{item.name}"
            values[item.name] = (params.text(name) if item.type == "str"
                                 else params.value(name))
        settings = cls(**values)
        for mounting in MOUNTINGS:
            settings.temperature_parameters(mounting)
        return settings

    @property
    def system_loss_fraction(self) -> float:
        """Combined PVWatts system losses without shading [-]."""
        return pvsystem.pvwatts_losses(shading=0.0, **self.losses_pct) / 100.0

    def temperature_parameters(self, mounting: str) -> dict[str, float]:
        """SAPM ``a``, ``b``, ``deltaT`` of a mounting (``pitched`` or ``flat``)."""
        name = getattr(self, f"temperature_model_{mounting}")
        try:
            return dict(TEMPERATURE_MODEL_PARAMETERS["sapm"][name])
        except KeyError:
            known = ", ".join(TEMPERATURE_MODEL_PARAMETERS["sapm"])
            raise ValueError(
                f"pv.temperature_model_{mounting} : modèle '{name}' inconnu "
                f"(attendu : {known})") from None

    def same_yield_model(self, other: PVSettings) -> bool:
        """Whether ``other`` gives the same specific yields (see ``YIELD_FIELDS``)."""
        return all(getattr(self, n) == getattr(other, n) for n in YIELD_FIELDS)


def _losses(params: ParameterSet) -> dict[str, float]:
    losses = {}
    for key, value in params.subset("pv").items():
        if not (key.startswith(_LOSS_PREFIX) and key.endswith(_LOSS_SUFFIX)):
            continue
        component = key[len(_LOSS_PREFIX):-len(_LOSS_SUFFIX)]
        if component not in _LOSS_COMPONENTS:
            raise ValueError(
                f"pv.{key} : composante de pertes inconnue '{component}' "
                f"(attendu : {', '.join(_LOSS_COMPONENTS)} ; l'ombrage est donné "
                "par toiture)")
        losses[component] = float(value)
    missing = [c for c in _LOSS_COMPONENTS if c not in losses]
    if missing:
        names = ", ".join(f"pv.{_LOSS_PREFIX}{c}{_LOSS_SUFFIX}" for c in missing)
        raise KeyError(f"paramètres de pertes manquants : {names}")
    return losses
