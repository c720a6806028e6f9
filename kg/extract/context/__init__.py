"""Rules that type a name by the words around it, as plain functions over text, one module per rule family.

Each takes the text and the character spans of its cue words (found once per doc by a PhraseMatcher,
see :data:`kg.extract.words.CUE_WORDS`) and returns :class:`~kg.extract.candidates.Candidate` spans:

- :mod:`.datasets`: :func:`dataset_context`, "the Multi-Human Parsing dataset" -> Dataset "Multi-Human Parsing"
- :mod:`.self_names`: :func:`title_name` and :func:`self_names`, "FooNet: ..." titles, "named/called/dubbed X",
  "we propose a new pooling, Name Here,"
- :mod:`.tasks`: :func:`task_context`, "... for Sequence Labeling" in a title, "the task of relation extraction";
  :func:`title_task_np`, a title's task phrase; :mod:`.areas`: :func:`~.areas.umbrella_area`, a title phrase that
  names an area of work ("Video Modeling"), no task
- :mod:`.metrics`: :func:`filter_metrics`, everyday-word metrics ("accuracy", "parameters") only where something
  is measured; :func:`measured_metrics`, "reduces the error rate"
- :mod:`.lists`: :func:`list_members`, "methods such as X, Y and Z"
- :mod:`.compared`: measures a method computes to compare two things ("similarity measures such as X", "the IoU
  between A and B", "predicts the accuracy of"), which :mod:`.metrics` and :mod:`.lists` take for no Metric
- :mod:`.objects`: :func:`proposal_objects`, "we propose a span masking loss"; :func:`title_np`, a title's name
- :mod:`.fragments`: :func:`merge_name_fragments`, lexicon names that are pieces of a longer Title Case name;
  :func:`hyphen_tails`, hyphenated names whose last part is a plain word ("Foo-to-text alignments")

The word lists they read live in :mod:`kg.extract.words`.
"""
from kg.extract.context.datasets import dataset_context
from kg.extract.context.fragments import hyphen_tails, merge_name_fragments
from kg.extract.context.lists import list_members, list_type
from kg.extract.context.metrics import filter_metrics, measured_metrics, metric_evident, used_as_measure
from kg.extract.context.objects import proposal_objects, title_np
from kg.extract.context.self_names import self_names, title_name
from kg.extract.context.tasks import task_context, title_task_np

__all__ = ["dataset_context", "filter_metrics", "hyphen_tails", "list_members", "list_type", "measured_metrics",
           "merge_name_fragments", "metric_evident", "proposal_objects", "self_names", "task_context",
           "title_name", "title_np", "title_task_np", "used_as_measure"]
