"""Issue 18, types, merges and aliases: wrong joins the linker must not make (texts written for these tests)."""
from __future__ import annotations

from kg.link import link
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

M, D, MET, TASK = T.METHOD, T.DATASET, T.METRIC, T.TASK
LEX = {"rule": "lexicon"}
CTX = {"rule": "dataset-context"}


def test_a_function_word_never_completes_a_lexicon_name():
    # "ImageNet" + "a" is the lexicon's "ImageNet-A" only as a key: an article after a preposition is no name
    exs = [paper("a", "It trains ImageNet with a single GPU.", (D, "ImageNet", LEX)),
           paper("b", "It trains ImageNet in a day.", (D, "ImageNet", LEX)),
           paper("c", "Models fail on ImageNet-A images.", (D, "ImageNet-A", LEX))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ("dataset:imagenet",)
    assert ids(lk, "c") == ("dataset:imagenet-a",)
    assert not any("with" in a for a in lk.entities["dataset:imagenet-a"].aliases)


def test_a_clause_before_a_parenthesis_defines_no_acronym():
    long = "evaluate this method on several benchmarks"
    ref = {"rule": "acronym-ref", "canonical": long}
    exs = [paper("a", f"We {long} (Quokkaville, Wombat) and win. On Quokkaville it is best.",
                 (D, long, {"rule": "acronym", "aliases": ["Quokkaville"]}), (D, "Quokkaville", ref)),
           paper("b", "Results on the Quokkaville dataset.", (D, "Quokkaville", CTX))]
    lk = link(exs)
    assert ids(lk, "a")[1] == ids(lk, "b")[0] == "dataset:quokkaville"
    assert "Quokkaville" not in lk.entities[ids(lk, "a")[0]].aliases


def test_a_real_acronym_still_defines():
    exs = [paper("a", "A Quokka Answer Net (QAN) helps. QAN wins.",
                 (M, "Quokka Answer Net", {"rule": "acronym", "aliases": ["QAN"]}),
                 (M, "QAN", {"rule": "acronym-ref", "canonical": "Quokka Answer Net"})),
           paper("b", "QAN is used.", (M, "QAN"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") * 2
