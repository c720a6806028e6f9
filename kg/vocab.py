"""Enumerations shared by every stage: entity and relationship types."""
from __future__ import annotations

from enum import Enum


class EntityType(str, Enum):
    """Node labels of the graph (see ``schemas/graph.json``)."""

    PAPER = "Paper"
    METHOD = "Method"
    DATASET = "Dataset"
    METRIC = "Metric"
    TASK = "Task"
    REPOSITORY = "Repository"
    RESULT = "Result"

    @property
    def prefix(self) -> str:
        """The id prefix of nodes of this type: ``Method`` -> ``method``."""
        return self.value.lower()


#: Types that the extractor finds as text mentions (the scorer's four types).
MENTION_TYPES = (EntityType.METHOD, EntityType.DATASET, EntityType.METRIC, EntityType.TASK)


class RelType(str, Enum):
    """Relationship types of the graph (see ``schemas/graph.json``)."""

    PROPOSES = "PROPOSES"
    USES = "USES"
    EVALUATES_ON = "EVALUATES_ON"
    REPORTS = "REPORTS"
    ADDRESSES = "ADDRESSES"
    HAS_CODE = "HAS_CODE"
    HAS_RESULT = "HAS_RESULT"
    OF_METHOD = "OF_METHOD"
    ON_DATASET = "ON_DATASET"
    MEASURED_BY = "MEASURED_BY"


#: The relationship from a paper to an entity it mentions (when it does not propose it).
MENTION_REL = {
    EntityType.METHOD: RelType.USES,
    EntityType.DATASET: RelType.EVALUATES_ON,
    EntityType.METRIC: RelType.REPORTS,
    EntityType.TASK: RelType.ADDRESSES,
    EntityType.REPOSITORY: RelType.HAS_CODE,
}
