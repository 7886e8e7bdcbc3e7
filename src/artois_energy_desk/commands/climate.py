"""``artois-energy-desk climate``: monthly climate summary and hourly export."""

from __future__ import annotations

import argparse
import sys

HELP = ("résumé mensuel du climat utilisé (irradiation, température, degrés-jours) "
        "et export horaire")
_MONTH_NAMES = ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept",
                "oct", "nov", "déc")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("climate", help=HELP, description=HELP)
    parser.add_argument("--weather", metavar="FICHIER",
                        help="fichier météo (EPW, année type PVGIS CSV/JSON/EPW) ; "
                             "par défaut l'année type synthétique de l'Artois")
    parser.add_argument("--export", metavar="CSV",
                        help="écrit la série horaire exactement telle que les modèles "
                             "l'utilisent")
    parser.set_defaults(command="climate")


def run(args: argparse.Namespace) -> int:
    from artois_energy_desk.core.climate.summary import (
        DEGREE_DAY_BASE_C,
        monthly_summary,
    )
    from artois_energy_desk.io.weather import load_weather

    weather = load_weather(args.weather)
    summary = monthly_summary(weather)
    out = sys.stdout
    out.write(f"Climat : {weather.source}\n")
    if weather.period:
        out.write(f"Période : {weather.period}\n")
    out.write(f"Site : {weather.latitude:.3f} N, {weather.longitude:.3f} E, "
              f"{weather.altitude_m:.0f} m ; position du soleil calculée au début de "
              f"chaque heure + {weather.sun_offset_min:g} min\n\n")
    out.write(f"{'mois':<6}{'GHI kWh/m2':>12}{'DHI kWh/m2':>12}{'Tair °C':>10}"
              f"{'DJU':>8}\n")
    for month, row in summary.iterrows():
        out.write(f"{_MONTH_NAMES[month - 1]:<6}{row.ghi_kwh_m2:>12.1f}"
                  f"{row.dhi_kwh_m2:>12.1f}{row.temp_air_c:>10.1f}"
                  f"{row.heating_degree_days:>8.0f}\n")
    mean_temp = weather.data["temp_air"].mean()
    out.write(f"{'année':<6}{summary.ghi_kwh_m2.sum():>12.1f}"
              f"{summary.dhi_kwh_m2.sum():>12.1f}{mean_temp:>10.1f}"
              f"{summary.heating_degree_days.sum():>8.0f}\n\n")
    out.write(f"DJU : degrés-jours de chauffage base {DEGREE_DAY_BASE_C:g} °C, "
              "somme des max(0, base - moyenne journalière des valeurs horaires).\n")
    if args.export:
        _export(weather, args.export)
        out.write(f"Série horaire écrite : {args.export}\n")
    return 0


def _export(weather, path: str) -> None:
    from artois_energy_desk import InputError

    frame = weather.data.copy()
    frame.index.name = "sun_time"
    try:
        frame.to_csv(path, date_format="%Y-%m-%dT%H:%M:%S%z", float_format="%.4f")
    except OSError as err:
        raise InputError(f"{path} : écriture impossible ({err.strerror}).") from err
