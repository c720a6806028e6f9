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


def test_letters_with_a_lower_case_prefix_spelt_out_as_a_thing_are_no_method():
    """"functional quokka imaging (fQI)": the lower-case prefix is part of the letters."""
    from kg.graph.method_kinds import _LETTERS, defined_thing
    assert defined_thing("fQI", {"Method": {"shape": 3, "thing": 2}})
    assert not defined_thing("QuokNet", {"Method": {"shape": 3, "thing": 2}})
    import time
    t = time.perf_counter()
    assert _LETTERS.fullmatch("A" * 30 + "!") is None
    assert time.perf_counter() - t < 0.5
