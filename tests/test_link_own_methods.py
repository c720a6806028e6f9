"""A paper's own method named like a dataset is a Method node of its own; the Dataset keeps its other papers
(kg.link.own_methods; sentences written for these tests)."""
from __future__ import annotations

from kg.link import link
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

M, D = T.METHOD, T.DATASET


def _users():
    """Three papers that evaluate on the QuokMatch benchmark."""
    return [paper(p, "We report recall on the QuokMatch benchmark and beat all baselines.", (D, "QuokMatch"))
            for p in "abc"]


def test_a_paper_presenting_a_dataset_name_as_its_model_gets_a_method_node():
    own = paper("d", "In this paper, we present QuokMatch, a data-driven model that learns patch descriptors. "
                     "Results show that QuokMatch outperforms other approaches.",
                (M, "QuokMatch", {"rule": "named"}), (M, "QuokMatch", {"rule": "own-system"}), proposed=("QuokMatch",))
    lk = link([*_users(), own])
    assert ids(lk, "a") == ("dataset:quokmatch",)
    mine = ids(lk, "d")
    assert mine[0] == mine[1] and mine[0].startswith("method:")
    ent = lk.entities[mine[0]]
    assert ent.type is M and ent.papers == {"d"}
    assert lk.entities["dataset:quokmatch"].papers == {"a", "b", "c"}


def test_a_name_an_operator_is_named_by_is_the_paper_s_method():
    own = paper("d", "We design a unified graph convolutional operator named QuokMatch for skeletons.",
                (M, "QuokMatch", {"rule": "named"}), proposed=("QuokMatch",))
    lk = link([*_users(), own])
    assert ids(lk, "d")[0].startswith("method:")


def test_a_proposed_name_the_paper_also_uses_as_data_stays_the_dataset():
    own = paper("d", "We present QuokMatch, a data-driven model, and test it on QuokMatch.",
                (M, "QuokMatch", {"rule": "named"}), (M, "QuokMatch"), proposed=("QuokMatch",))
    lk = link([*_users(), own])
    assert ids(lk, "d") == ("dataset:quokmatch", "dataset:quokmatch")


def test_a_proposed_name_without_a_method_noun_stays_the_dataset():
    own = paper("d", "We present QuokMatch, our new collection of patch pairs from scans.",
                (M, "QuokMatch", {"rule": "named"}), proposed=("QuokMatch",))
    lk = link([*_users(), own])
    assert ids(lk, "d") == ("dataset:quokmatch",)


def test_a_method_noun_after_a_possessive_is_no_description():
    # ", our proposed method" names another thing than the name before it
    own = paper("d", "In the evaluation results of QuokMatch, our proposed method ranked second.",
                (M, "QuokMatch"), proposed=("QuokMatch",))
    lk = link([*_users(), own])
    assert ids(lk, "d") == ("dataset:quokmatch",)


def test_the_dataset_keeps_no_spelling_only_the_method_paper_writes():
    own = paper("d", "This work presents Quok-Match, a general deep learning framework for point clouds.",
                (M, "Quok-Match", {"rule": "named"}), proposed=("Quok-Match",))
    lk = link([*_users(), own])
    assert ids(lk, "d")[0].startswith("method:")
    assert "Quok-Match" not in lk.entities["dataset:quokmatch"].aliases
    assert lk.entities[ids(lk, "d")[0]].name == "Quok-Match"


def test_one_paper_s_own_method_leaves_the_dataset_s_field_split_as_it_was():
    # an own-method paper of "QZV" must not turn off the split of the two fields that spell QZV out otherwise
    from tests.test_link_merges import _big_filler
    from tests.test_split_senses import PHOTOS, VIDEOS

    own = paper("m", "We present QZV, a data-driven model that rates wombat clips.",
                (M, "QZV", {"rule": "named"}), proposed=("QZV",))
    lk = link(VIDEOS + PHOTOS + [own] + _big_filler())
    video, photo = ids(lk, "v2")[2], ids(lk, "p1")[0]
    assert video != photo
    assert lk.entities[video].type is D and lk.entities[photo].type is D
    assert ids(lk, "m")[0] not in (video, photo) and lk.entities[ids(lk, "m")[0]].type is M
