"""One acronym, two things its papers spell out in other words (kg.link.split_senses)."""
from __future__ import annotations

from kg.link import link
from kg.vocab import EntityType as T
from tests.test_link import ids, paper
from tests.test_link_merges import _big_filler

D, TASK = T.DATASET, T.TASK

# "QZV" names clips of burrow actions in one field and rated wombat photographs in another
VIDEOS = [
    paper("v1", "We release spatiotemporally annotated Quokka Zone Videos (QZV) for burrow action localization, "
                "beside Hopkinetics.", (D, "Quokka Zone Videos", {"aliases": ["QZV"]}),
          (TASK, "burrow action localization"), (D, "Hopkinetics")),
    paper("v2", "Our clip model improves burrow action localization on Hopkinetics and QZV.",
          (TASK, "burrow action localization"), (D, "Hopkinetics"), (D, "QZV")),
]
PHOTOS = [
    paper("p1", "Experiments on the wombat photo rating benchmark (QZV) show better marsupial aesthetics scores.",
          (D, "QZV"), (TASK, "marsupial aesthetics")),
    paper("p2", "Marsupial aesthetics prediction from pouch features, tested on QZV and PouchNet.",
          (TASK, "Marsupial aesthetics"), (D, "QZV"), (D, "PouchNet")),
]


def test_an_acronym_two_fields_spell_out_in_other_words_is_two_entities():
    lk = link(VIDEOS + PHOTOS + _big_filler())
    video, photo = ids(lk, "v2")[2], ids(lk, "p1")[0]
    assert ids(lk, "v1")[0] == video and ids(lk, "p2")[1] == photo
    assert video != photo
    assert lk.entities[photo].name == "QZV (wombat photo rating benchmark)"
    assert lk.entities[video].name in ("QZV", "Quokka Zone Videos")
    again = link(VIDEOS + PHOTOS + _big_filler(), existing=lk.entities)  # an appended build splits it the same way
    assert [ids(again, p) for p in ("v1", "v2", "p1", "p2")] == [ids(lk, p) for p in ("v1", "v2", "p1", "p2")]


def test_a_field_that_does_not_spell_the_name_out_keeps_one_entity():
    # one data set used for two tasks: the second field writes the letters only
    bare = [paper("p1", "Experiments on QZV show better marsupial aesthetics scores.",
                  (D, "QZV"), (TASK, "marsupial aesthetics")), PHOTOS[1]]
    lk = link(VIDEOS + bare + _big_filler())
    assert ids(lk, "v2")[2] == ids(lk, "p1")[0] == ids(lk, "p2")[1]


def test_fields_whose_spellings_meet_keep_one_entity():
    # the photo field writes a word of the video field's spelling ("videos"): the same data, described twice
    meet = [paper("p3", "Experiments on the wombat photo rating benchmark (QZV) of zone videos show better marsupial "
                        "aesthetics scores.", (D, "QZV"), (TASK, "marsupial aesthetics")), PHOTOS[1]]
    lk = link(VIDEOS + meet + _big_filler())
    assert ids(lk, "v2")[2] == ids(lk, "p3")[0] == ids(lk, "p2")[1]


def test_one_paper_of_another_field_or_a_small_corpus_splits_nothing():
    lk = link(VIDEOS + PHOTOS[:1] + _big_filler())
    assert ids(lk, "v2")[2] == ids(lk, "p1")[0]
    lk = link(VIDEOS + PHOTOS + _big_filler(120))
    assert ids(lk, "v2")[2] == ids(lk, "p1")[0]



def test_a_task_stated_with_the_data_in_parentheses_is_no_spelling_of_it():
    # "marsupial entailment (QZV)": a result's task, the data named beside it; the name is spelt out once only
    task = [paper("p1", "Gains of 1.5% on marsupial entailment (QZV) and on pouch rating.",
                  (TASK, "marsupial entailment"), (D, "QZV"), (TASK, "pouch rating")),
            paper("p2", "Pouch rating and marsupial entailment improve on QZV.",
                  (TASK, "Pouch rating"), (TASK, "marsupial entailment"), (D, "QZV"))]
    lk = link(VIDEOS + task + _big_filler())
    assert ids(lk, "v2")[2] == ids(lk, "p1")[1] == ids(lk, "p2")[2]
