"""Thing votes (kg.link.things): the letters a paper spells out as a thing of no type of ours, read as written."""
from kg.link.things import thing_votes
from kg.link.types import TypeVotes


def _voted(*texts):
    v = TypeVotes()
    thing_votes(texts, v)
    return set(v.votes)


def test_a_plural_head_as_written_votes_thing():
    # "cells" is a no-entity head in the plural only: the long form must be read as the paper writes it
    assert "qbc" in _voted("We count quokka blood cells (QBCs) in each slide.")


def test_the_device_noun_after_the_acronym_votes_thing():
    assert "qof" in _voted("Depth maps come from Quokka-of-Flight (QoF) cameras on the shelf.")


def test_a_technique_s_cells_and_a_technique_vote_nothing():
    assert not _voted("We stack gated shelf cells (GSCs) and a quokka pooling network (QPN).")
