"""Sinks: where a built graph goes. Each reads the graph as typed records (``kg.graph.records``) and
implements ``stage(records) -> Staged``, ``Staged.commit()`` / ``abort()`` (``kg.sinks.base``); values are
encoded by ``kg.sinks.encode``.

- ``embedded``: LadybugDB store file (the default, Cypher with no server)
- ``neo4j``: a Neo4j (or any Bolt) server through the official driver
- ``page``: the interactive map (``html`` lays it out and renders it)
- ``exports``: JSON (node-link), GraphML, CSV, neo4j-admin import files; ``parquet``: Parquet
"""
