"""News articles in, geocoded conflict events out.

The stages, in the order an article meets them (each a subpackage whose ``__init__`` names its
public API; a stage imports only ``geodata``, the shared modules below and the stages before it):

1. ``sources``: read files, pages, feeds and coded event datasets into :class:`Article` records.
2. ``nlp``: parse the text with spaCy (the model is loaded once per process).
3. ``geoparse``: find the places the article names and resolve them to the gazetteer.
4. ``events``: read the events of each sentence: type, actors, counts, date and place.
5. ``store``: keep articles and events in SQLite or PostgreSQL/PostGIS.
6. ``export``: write the events as GeoJSON, CSV, ACLED-style CSV or GeoParquet.

``evaluate`` measures them on hand-coded data. Shared by all: the records passed between the
stages (:mod:`pipeline.models`), the events as a table (:mod:`pipeline.frame`), the gazetteer
interface (:mod:`pipeline.gazetteer_api`), settings (:mod:`pipeline.config`), the one error
hierarchy (:mod:`pipeline.errors`) and the word lists in ``lexicon``. On top: batch runs
(:mod:`pipeline.runner`, :mod:`pipeline.import_run`), processes and Dask
(:mod:`pipeline.parallel`) and the command line (:mod:`pipeline.cli`).

Importing the package loads nothing.
"""
