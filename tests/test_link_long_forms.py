"""Wrong merges through one paper's long form (issue 18 item 4): an acronym that names an entity of the
shipped lexicon keeps that entity when one paper spells it out as something else. The texts are
sentences written for these tests."""
from __future__ import annotations

from kg.link import link
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

M = T.METHOD
LEX = {"canonical": "U-Net", "rule": "lexicon"}


def test_one_papers_other_long_form_does_not_take_a_lexicon_acronym():
    exs = [paper("a", "We stack a wombat network (Wnet) and a universality network (Unet) here. The Unet helps.",
                 (M, "universality network", {"aliases": ["Unet"], "rule": "acronym"}), (M, "Unet")),
           paper("b", "U-Net segments cells well.", (M, "U-Net", LEX)),
           paper("c", "We adapt U-Net to roads.", (M, "U-Net", LEX))]
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "c") == ("method:u-net",)
    assert ids(lk, "a") == ("method:universality-network", "method:universality-network")  # the paper's own
    unet = lk.entities["method:u-net"]
    assert "universality network" not in unet.aliases


def test_the_lexicon_entitys_own_long_form_still_joins_it():
    # "Vision Transformer" is the lexicon's entry that "ViT" names: one paper's definition joins them
    exs = [paper("a", "A Vision Transformer (ViT) is used.", (M, "Vision Transformer", {"aliases": ["ViT"]})),
           paper("b", "ViT wins.", (M, "ViT"))]
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "a")
