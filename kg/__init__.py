"""kg: turn machine-learning paper abstracts into a typed knowledge graph.

Stages: read -> extract -> link -> graph -> sinks (see ``kg.pipeline``).
"""
__version__ = "0.1.0"
