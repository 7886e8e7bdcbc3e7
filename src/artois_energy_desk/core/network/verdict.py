"""Feasibility verdict: is the extension worth a feasibility study, and why.

Each criterion gives ``ok``, ``attention`` or ``bloquant`` with a French message that
quotes the number, the threshold and its source. Any ``bloquant`` makes the verdict
"défavorable"; otherwise any ``attention`` makes it "à approfondir"; otherwise
"favorable à une étude de faisabilité".
"""

from __future__ import annotations

import math

import pandas as pd

from artois_energy_desk.core.network.economics import Economics
from artois_energy_desk.core.network.existing import TrunkCheck
from artois_energy_desk.core.network.problem import Verdict
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["LEVELS", "judge"]

LEVELS = ("favorable à une étude de faisabilité", "à approfondir", "défavorable")
_COLUMNS = ["criterion", "status", "value", "threshold", "unit", "message", "source"]


def judge(
    figures: dict[str, float],
    economics: Economics,
    trunk: TrunkCheck | None,
    params: ParameterSet,
) -> Verdict:
    """Verdict and reasons from the extension's figures.

    Parameters
    ----------
    figures : dict
        ``density_mwh_per_m``, ``loss_fraction``, ``outside_catalogue``,
        ``worst_dp_pa`` (NaN when the available head is unknown), ``pumping_share``,
        ``spare_capacity_kw`` (NaN when unknown), ``required_capacity_kw``.
    economics : Economics
        Prices and costs.
    trunk : TrunkCheck or None
        Existing-trunk check (None for a new source).
    params : ParameterSet
        Thresholds with their sources.
    """
    rows = [
        _density(figures, params),
        _losses(figures, params),
        *_hydraulics(figures, params),
        *_existing(figures, trunk),
        _price(economics, params),
    ]
    reasons = pd.DataFrame(rows, columns=_COLUMNS)
    if (reasons["status"] == "bloquant").any():
        level = LEVELS[2]
    elif (reasons["status"] == "attention").any():
        level = LEVELS[1]
    else:
        level = LEVELS[0]
    return Verdict(level, reasons)


def _source(params: ParameterSet, name: str) -> str:
    return params[name].source


def _density(f, params):
    threshold = params.value("network.density_threshold_mwh_per_m")
    value = f["density_mwh_per_m"]
    ok = value >= threshold
    text = (
        f"densité linéique {value:.2f} MWh/(m·an) "
        f"{'≥' if ok else '<'} seuil Fonds Chaleur {threshold:g}"
    )
    return [
        "densité",
        "ok" if ok else "bloquant",
        value,
        threshold,
        "MWh/(m·an)",
        text,
        _source(params, "network.density_threshold_mwh_per_m"),
    ]


def _losses(f, params):
    target = params.value("network.loss_fraction_target")
    value = f["loss_fraction"]
    status = "ok" if value <= target else "attention"
    text = (
        f"pertes thermiques {value:.1%} de la chaleur fournie "
        f"({'≤' if value <= target else '>'} objectif {target:.0%})"
    )
    return [
        "pertes",
        status,
        value,
        target,
        "-",
        text,
        _source(params, "network.loss_fraction_target"),
    ]


def _hydraulics(f, params):
    rows = []
    if f["outside_catalogue"] > 0:
        rows.append(
            [
                "hydraulique",
                "bloquant",
                f["outside_catalogue"],
                0,
                "tronçons",
                f"{f['outside_catalogue']:.0f} tronçon(s) dépassent les limites même "
                "au plus grand DN du catalogue",
                "data/pipes/en253_isoplus.csv",
            ]
        )
    minimum = params.value("network.min_consumer_dp_pa")
    if not math.isnan(f["worst_dp_pa"]):
        ok = f["worst_dp_pa"] >= minimum
        rows.append(
            [
                "hydraulique",
                "ok" if ok else "attention",
                f["worst_dp_pa"],
                minimum,
                "Pa",
                f"pression différentielle au point le plus défavorisé "
                f"{f['worst_dp_pa'] / 1e5:.2f} bar {'≥' if ok else '<'} "
                f"{minimum / 1e5:.2f} bar" + ("" if ok else " : surpresseur à prévoir"),
                _source(params, "network.min_consumer_dp_pa"),
            ]
        )
    cap = params.value("network.pumping_share_cap")
    ok = f["pumping_share"] <= cap
    rows.append(
        [
            "hydraulique",
            "ok" if ok else "attention",
            f["pumping_share"],
            cap,
            "-",
            f"électricité de pompage {f['pumping_share']:.2%} de la chaleur livrée "
            f"({'≤' if ok else '>'} plafond {cap:.1%})",
            _source(params, "network.pumping_share_cap"),
        ]
    )
    return rows


def _existing(f, trunk: TrunkCheck | None):
    rows = []
    spare, need = f["spare_capacity_kw"], f["required_capacity_kw"]
    if math.isnan(spare):
        if trunk is not None:
            rows.append(
                [
                    "capacité",
                    "attention",
                    float("nan"),
                    need,
                    "kW",
                    f"réserve de puissance de la chaufferie inconnue ; l'extension "
                    f"demande {need:.0f} kW (pointe foisonnée + pertes)",
                    "entrée",
                ]
            )
    else:
        ok = spare >= need
        rows.append(
            [
                "capacité",
                "ok" if ok else "bloquant",
                spare,
                need,
                "kW",
                f"réserve de la chaufferie {spare:.0f} kW "
                f"{'≥' if ok else '<'} besoin {need:.0f} kW",
                "entrée",
            ]
        )
    if trunk is None:
        return rows
    if trunk.bottleneck is not None:
        b = trunk.bottleneck
        rows.append(
            [
                "réseau existant",
                "bloquant",
                b["dn"],
                b["required_dn"],
                "DN",
                f"goulot d'étranglement : canalisation existante "
                f"{b['existing_pipe_id']} DN{b['dn']:.0f} "
                f"({b['velocity_m_s']:.2f} m/s, "
                f"{b['specific_pressure_drop_pa_per_m']:.0f} Pa/m) ; "
                f"DN{b['required_dn']:.0f} nécessaire",
                "network.csv limites",
            ]
        )
    else:
        rows.append(
            [
                "réseau existant",
                "ok",
                0,
                0,
                "-",
                "canalisations existantes jusqu'à la chaufferie dans leurs limites "
                "avec le débit ajouté",
                "network.csv limites",
            ]
        )
    if not trunk.current_load_known:
        rows.append(
            [
                "réseau existant",
                "attention",
                float("nan"),
                float("nan"),
                "-",
                "charge actuelle des canalisations existantes inconnue : seul le "
                "débit ajouté est vérifié",
                "entrée",
            ]
        )
    if trunk.unknown_dn:
        rows.append(
            [
                "réseau existant",
                "attention",
                trunk.unknown_dn,
                0,
                "tronçons",
                f"{trunk.unknown_dn} canalisation(s) existante(s) sans DN connu, "
                "non vérifiée(s)",
                "entrée",
            ]
        )
    return rows


def _price(e: Economics, params):
    ok = e.price_ttc_eur_per_mwh <= e.gas_reference_ttc_eur_per_mwh
    text = (
        f"prix de la chaleur {e.price_ttc_eur_per_mwh:.0f} € TTC/MWh "
        f"(TVA R1 {e.vat_r1:.1%}) {'≤' if ok else '>'} référence gaz "
        f"{e.gas_reference_ttc_eur_per_mwh:.0f} € TTC/MWh"
    )
    return [
        "coût",
        "ok" if ok else "attention",
        e.price_ttc_eur_per_mwh,
        e.gas_reference_ttc_eur_per_mwh,
        "€ TTC/MWh",
        text,
        _source(params, "network.gas_price_eur_per_kwh_ttc"),
    ]
