"""Build a sized extension in pandapipes (independent simulator) for validation.

Closed loop: one supply and one return junction per tree node, a supply pipe and a
return pipe per segment with the same length (hydraulic length), inner diameter,
roughness and heat-loss coefficient, one heat consumer per building between its
supply and return
junctions with the building's design load and mass flow, and a circulation pump at the
root with the sized pump head.
"""

from __future__ import annotations

import numpy as np
import pandapipes as pp


def build_pandapipes(
    result, ground_temp_c: float, supply_temp_c: float, cp_j_per_kg_k: float
):
    """Return (net, supply pipe index per segment, building junction index)."""
    net = pp.create_empty_network(fluid="water")
    nodes = result.nodes["node_id"].to_numpy()
    t_supply = supply_temp_c + 273.15
    sj = {n: pp.create_junction(net, pn_bar=5.0, tfluid_k=t_supply) for n in nodes}
    rj = {n: pp.create_junction(net, pn_bar=5.0, tfluid_k=t_supply - 30) for n in nodes}
    seg = result.segments
    # pandapipes takes a heat-transfer coefficient per m2 of outer pipe surface:
    # U' [W/(m K)] = u [W/(m2 K)] * pi * d_outer, see derivative_toolbox.py.
    # The fittings allowance lengthens the pipe hydraulically only: the insulated length
    # losing heat is the trench length, so U is scaled by length / hydraulic length.
    u_m2 = (
        seg["u_w_per_m_k"]
        / (np.pi * seg["outer_diameter_m"])
        * seg["length_m"]
        / seg["hydraulic_length_m"]
    )
    supply_pipes = pp.create_pipes_from_parameters(
        net,
        [sj[n] for n in seg["from_node"]],
        [sj[n] for n in seg["to_node"]],
        length_km=seg["hydraulic_length_m"] / 1000.0,
        inner_diameter_mm=seg["inner_diameter_m"] * 1000.0,
        outer_diameter_mm=seg["outer_diameter_m"] * 1000.0,
        k_mm=seg["roughness_mm"],
        u_w_per_m2k=u_m2,
        text_k=ground_temp_c + 273.15,
    )
    return_pipes = pp.create_pipes_from_parameters(
        net,
        [rj[n] for n in seg["to_node"]],
        [rj[n] for n in seg["from_node"]],
        length_km=seg["hydraulic_length_m"] / 1000.0,
        inner_diameter_mm=seg["inner_diameter_m"] * 1000.0,
        outer_diameter_mm=seg["outer_diameter_m"] * 1000.0,
        k_mm=seg["roughness_mm"],
        u_w_per_m2k=u_m2,
        text_k=ground_temp_c + 273.15,
    )
    connected = result.buildings[result.buildings["connected"]]
    delta_t = result.figures["supply_temp_c"] - result.figures["return_temp_c"]
    for node, peak_kw in zip(
        connected["node"], connected["design_peak_kw"], strict=True
    ):
        pp.create_heat_consumer(
            net,
            sj[int(node)],
            rj[int(node)],
            qext_w=peak_kw * 1000.0,
            controlled_mdot_kg_per_s=peak_kw * 1000.0 / (cp_j_per_kg_k * delta_t),
        )
    root = nodes[0]
    pp.create_circ_pump_const_pressure(
        net,
        rj[root],
        sj[root],
        p_flow_bar=6.0,
        plift_bar=result.figures["pump_head_pa"] / 1e5,
        t_flow_k=t_supply,
    )
    return net, np.asarray(supply_pipes), np.asarray(return_pipes), sj, rj
