"""Sinks: where a built graph goes. Each takes a networkx graph and writes it somewhere.

- ``embedded``: LadybugDB store file (the default, Cypher with no server)
- ``neo4j``: a Neo4j (or any Bolt) server through the official driver
- ``html``: the interactive pyvis page
- ``exports``: JSON (node-link), GraphML, CSV
"""
