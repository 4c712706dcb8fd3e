"""Streamlit dashboard of Conflict Atlas: filters, an offline Folium map, downloads.

``app.py`` only wires widgets to the pure functions of the other modules; caching lives in
``cache.py``. Nothing here does any work at import time.
"""
