"""Science on arrays and DataFrames: climate, solar (PV, thermal), economics, network.

No Qt, no matplotlib, no file access in this package.
"""
