"""The indicator table of the printed extension summary (reference §14 groups)."""

from __future__ import annotations

import pandas as pd

from artois_energy_desk.core.network.economics import Economics
from artois_energy_desk.core.network.simultaneity import METHODS
from artois_energy_desk.core.parameters import ParameterSet

__all__ = ["indicator_table"]

_COLUMNS = ["group", "indicator", "value", "unit", "note"]
_SURFACE_LABEL = {"hard": "voirie", "soft": "terrain meuble"}


def indicator_table(
    figures: dict[str, float],
    economics: Economics,
    buildings: pd.DataFrame,
    branches: pd.DataFrame,
    schedule: pd.DataFrame,
    method: str,
    peak_method: str,
    params: ParameterSet,
) -> pd.DataFrame:
    """Indicators grouped as in ``shared/reference/heat-networks.md`` §14.

    Returns
    -------
    pandas.DataFrame
        Columns ``group``, ``indicator`` (French), ``value``, ``unit``, ``note``
        (method or source).
    """
    rows = (
        _demand(figures, buildings, method, peak_method)
        + _network(figures, buildings, branches, schedule, params)
        + _hydraulics(figures)
        + _economics(economics, params)
        + _environment(figures, economics)
        + _robustness(economics, params)
    )
    return pd.DataFrame(rows, columns=_COLUMNS)


def _demand(f, buildings, method, peak_method):
    c = buildings[buildings["connected"]]
    dwellings = pd.to_numeric(
        c.get("dwellings", pd.Series(dtype=float)), errors="coerce"
    ).sum()
    equivalent = f["delivered_mwh"] / 10.0
    g = "Demande"
    return [
        [g, "Bâtiments candidats", len(buildings), "-", ""],
        [g, "Bâtiments raccordés", len(c), "-", ""],
        [g, "Logements raccordés", dwellings, "-", "colonne dwellings"],
        [g, "Équivalents-logements", equivalent, "-", "10 MWh/an par logement (FCU)"],
        [g, "Chaleur livrée", f["delivered_mwh"], "MWh/an", ""],
        [
            g,
            "dont chauffage",
            float(c["annual_demand_mwh"].sum() - c["annual_dhw_mwh"].sum()),
            "MWh/an",
            "",
        ],
        [
            g,
            "dont eau chaude sanitaire",
            float(c["annual_dhw_mwh"].sum()),
            "MWh/an",
            "",
        ],
        [
            g,
            "Puissance souscrite (somme des pointes)",
            f["subscribed_kw"],
            "kW",
            peak_method,
        ],
        [
            g,
            "Pointe foisonnée",
            f["diversified_peak_kw"],
            "kW",
            f"foisonnement : {METHODS[method]}",
        ],
    ]


def _network(f, buildings, branches, schedule, params):
    g = "Réseau"
    threshold = params.value("network.density_threshold_mwh_per_m")
    rows = [
        [g, "Longueur de tranchée", f["trench_length_m"], "m", ""],
        [
            g,
            "Densité linéique",
            f["density_mwh_per_m"],
            "MWh/(m·an)",
            f"seuil Fonds Chaleur {threshold:g}",
        ],
        [
            g,
            "Branches sous le seuil de densité",
            int((branches["downstream_density_mwh_per_m"] < threshold).sum()),
            "-",
            "densité aval de chaque branche (méthode nPro)",
        ],
    ]
    for r in schedule.itertuples():
        rows.append(
            [
                g,
                f"Tranchée DN{r.dn} ({_SURFACE_LABEL.get(r.surface, r.surface)})",
                r.length_m,
                "m",
                f"{r.cost_eur:,.0f} € HT".replace(",", " "),
            ]
        )
    classes = buildings.loc[buildings["connected"], "fcu_distance_class"].value_counts()
    for label, count in classes.items():
        rows.append(
            [
                g,
                f"Bâtiments « {label} » du réseau existant",
                int(count),
                "-",
                "classes de distance France Chaleur Urbaine",
            ]
        )
    return rows


def _hydraulics(f):
    g = "Hydraulique et pertes"
    return [
        [
            g,
            "Températures de conception départ / retour",
            f"{f['supply_temp_c']:g} / {f['return_temp_c']:g}",
            "°C",
            "",
        ],
        [g, "Débit de conception", f["root_mass_flow_kg_s"], "kg/s", ""],
        [
            g,
            "Perte de charge aller-retour au point le plus défavorisé",
            f["worst_loop_dp_pa"] / 1e5,
            "bar",
            "Darcy-Weisbach, Colebrook-White",
        ],
        [
            g,
            "Pression différentielle au point le plus défavorisé",
            f["worst_consumer_dp_pa"] / 1e5,
            "bar",
            "",
        ],
        [
            g,
            "Hauteur de pompe nécessaire",
            f["pump_head_pa"] / 1e5,
            "bar",
            "réseau existant jusqu'à la chaufferie inclus le cas échéant",
        ],
        [g, "Vitesse maximale", f["max_velocity_m_s"], "m/s", ""],
        [g, "Puissance électrique de pompage", f["pump_power_w"] / 1000.0, "kW", ""],
        [
            g,
            "Électricité de pompage",
            f["pumping_kwh"],
            "kWh/an",
            "puissance de conception × heures équivalentes (majorant)",
        ],
        [
            g,
            "Pertes thermiques",
            f["losses_mwh"],
            "MWh/an",
            "températures moyennes annuelles",
        ],
        [g, "Taux de pertes", f["loss_fraction"], "-", "pertes / (livrée + pertes)"],
        [g, "Pertes à la conception", f["design_loss_kw"], "kW", ""],
    ]


def _economics(e: Economics, params):
    g = "Économie"
    years = params.value("network.lifetime_years")
    rate = params.value("network.discount_rate")
    return [
        [
            g,
            "Investissement réseau",
            e.capex_network_eur,
            "€ HT",
            "tranchée par DN et surface",
        ],
        [
            g,
            "Investissement sous-stations et branchements",
            e.capex_substations_eur,
            "€ HT",
            params.text("network.connection_cost_method"),
        ],
        [
            g,
            "Investissement production",
            0.0,
            "€ HT",
            "non chiffré (réserve de la chaufferie ou source existante)",
        ],
        [g, "Aide Fonds Chaleur (majorant)", e.aid_eur, "€", "jusqu'à 60 % du réseau"],
        [
            g,
            "Coût annuel",
            e.annual_cost_eur,
            "€ HT/an",
            f"annuité {years:g} ans à {rate:.1%}",
        ],
        [
            g,
            "Coût global de la chaleur (LCOH)",
            e.lcoh_eur_per_mwh,
            "€ HT/MWh",
            "avec aide",
        ],
        [g, "LCOH sans aide", e.lcoh_without_aid_eur_per_mwh, "€ HT/MWh", ""],
        [g, "R1 (part énergie)", e.r1_eur_per_mwh, "€ HT/MWh", f"TVA {e.vat_r1:.1%}"],
        [
            g,
            "R2 (part abonnement)",
            e.r2_eur_per_mwh,
            "€ HT/MWh",
            f"TVA {params.value('network.vat_reduced'):.1%}",
        ],
        [
            g,
            "Prix de la chaleur",
            e.price_ttc_eur_per_mwh,
            "€ TTC/MWh",
            "R1 + R2 avec la règle de TVA",
        ],
        [
            g,
            "Référence chaudière gaz",
            e.gas_reference_ttc_eur_per_mwh,
            "€ TTC/MWh",
            "prix repère du gaz / rendement, hors entretien",
        ],
        [
            g,
            "Prix moyen des réseaux français 2024",
            params.value("network.reference_network_price_eur_ttc_per_mwh"),
            "€ TTC/MWh",
            "enquête AMORCE",
        ],
        [g, "VAN au prix de référence gaz", e.npv_eur, "€", ""],
        [g, "TRI au prix de référence gaz", e.irr, "-", ""],
        [g, "Temps de retour", e.payback_years, "ans", "simple"],
    ]


def _environment(f, e: Economics):
    g = "Environnement"
    return [
        [g, "Contenu CO2 du réseau", e.emission_factor_kg_per_kwh, "kg/kWh", ""],
        [g, "Émissions du réseau", e.co2_network_t, "t/an", "y compris pompage"],
        [g, "Émissions des chaudières gaz remplacées", e.co2_gas_t, "t/an", ""],
        [g, "Émissions évitées", e.co2_gas_t - e.co2_network_t, "t/an", ""],
        [
            g,
            "Taux EnR&R après extension",
            e.renewable_share,
            "-",
            "celui de la chaufferie (l'extension n'ajoute pas de production)",
        ],
    ]


def _robustness(e: Economics, params):
    g = "Robustesse"
    s = e.sensitivity
    cut = params.value("network.sensitivity_demand_reduction")
    up = params.value("network.sensitivity_cost_increase")
    rate = params.value("network.sensitivity_connection_rate")
    return [
        [
            g,
            f"LCOH si la demande baisse de {cut:.0%}",
            s["demand"],
            "€ HT/MWh",
            "rénovation",
        ],
        [g, f"LCOH si les coûts augmentent de {up:.0%}", s["cost"], "€ HT/MWh", ""],
        [
            g,
            f"LCOH avec un taux de raccordement de {rate:.0%}",
            s["connection_rate"],
            "€ HT/MWh",
            "réseau inchangé",
        ],
    ]
