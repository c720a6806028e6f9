"""The Dataset votes that name a data set of its own, shared by the rules that leave a Dataset node out
(:mod:`kg.graph.not_entities`, :mod:`kg.graph.counted_letters`): a rule reading another kind of thing gives way
to them.
"""
from __future__ import annotations

#: The vote kinds that give a name as a Dataset of its own: the lexicon knows it, or a paper defines or titles it.
DATASET_NAMING_KINDS = frozenset({"lexicon", "prior", "titled", "defined"})
#: Mentions a dataset word heads ("the X dataset", "X, a new benchmark": ``head`` votes) that name a Dataset of its
#: own whatever words of data follow its other mentions: two, as where papers call it a data set (one paper's "five
#: brain X datasets" is data of that kind; a head vote counts mentions, so two may come from one paper).
DATASET_NAMING_HEADS = 2
