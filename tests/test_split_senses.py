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


# two more photo papers: the photo field is now the larger one
MORE_PHOTOS = [
    paper("p5", "A pouch feature network rates wombat photos for marsupial aesthetics on QZV and PouchNet.",
          (TASK, "marsupial aesthetics"), (D, "QZV"), (D, "PouchNet")),
    paper("p6", "Marsupial aesthetics of wombat photos: a ranking loss trained on QZV.",
          (TASK, "Marsupial aesthetics"), (D, "QZV")),
]


def test_the_field_that_spells_the_entitys_name_keeps_it_even_when_smaller():
    lk = link(VIDEOS + PHOTOS + MORE_PHOTOS + _big_filler())
    video, photo = ids(lk, "v2")[2], ids(lk, "p1")[0]
    assert video != photo and ids(lk, "p6")[1] == photo
    assert lk.entities[video].name in ("QZV", "Quokka Zone Videos")
    assert lk.entities[photo].name == "QZV (wombat photo rating benchmark)"
    # the earlier build had two photo papers; the photo field grows to four: each entity keeps its id
    first = link(VIDEOS + PHOTOS + _big_filler())
    again = link(VIDEOS + PHOTOS + MORE_PHOTOS + _big_filler(), existing=first.entities)
    assert ids(again, "v2")[2] == ids(first, "v2")[2] and ids(again, "p1")[0] == ids(first, "p1")[0]
    assert ids(again, "p6")[1] == ids(first, "p1")[0]


def test_a_spelling_stops_at_the_clause_verb_and_keeps_to_its_word_limit():
    from kg.link.split_senses import GLOSS_WORDS, gloss
    t = "We introduce wombat photo rating benchmark (QZV) for ranking."
    assert gloss(t, t.index("QZV"), t.index("QZV") + 3) == "wombat photo rating benchmark"
    t = "A clip set of spatio-temporally localized Quokka Zone Videos (QZV) is released."
    assert gloss(t, t.index("QZV"), t.index("QZV") + 3) == "Quokka Zone Videos"
    t = "Scores on the large curated wombat photo rating benchmark (QZV) rise."
    assert len(gloss(t, t.index("QZV"), t.index("QZV") + 3).split()) == GLOSS_WORDS


def test_a_data_set_in_two_words_spells_a_dataset():
    from kg.link.split_senses import spelling
    assert spelling(D, "QZV", "wombat photo rating data set")


def test_an_entity_no_name_of_which_is_an_acronym_is_not_split():
    # a capitalised long form, its papers in two fields that spell it otherwise: no letters, one thing
    from collections import Counter
    from kg.link.split_senses import Use, split_homonyms
    from kg.link.summary import LinkTable
    from kg.models import Entity
    table = LinkTable({}, {}, {})
    ent = Entity("dataset:quokka-zone", D, "Quokka Zone", aliases={"Zone Videos"})
    table.entities[ent.id] = ent
    node = (D, "quokka zone")
    table.node_eid[node] = ent.id
    uses = {p: Use(frozenset({"burrow", "clip"} if p < "c" else {"wombat", "photo"}),
                   frozenset({"hopkinetics"} if p < "c" else {"pouchnet"}),
                   ("burrow clip benchmark",) if p < "c" else ("wombat photo benchmark",))
            for p in ("a1", "a2", "c1", "c2")}
    df = (Counter({w: 2 for w in ("burrow", "clip", "wombat", "photo")}), Counter({"hopkinetics": 2, "pouchnet": 2}))
    assert split_homonyms(table, {node: uses}, df, 2000) == []


def test_fields_ask_only_papers_that_share_a_rare_word():
    # papers sharing no rare word or name are never compared: a name thousands of papers write stays cheap
    from collections import Counter
    from kg.link import split_senses
    asked = []
    real = split_senses.related
    uses = {f"x{i}": split_senses.Use(frozenset({f"w{i}"}), frozenset(), ()) for i in range(200)}
    df = (Counter({f"w{i}": 1 for i in range(200)}), Counter())
    split_senses.related = lambda *a: asked.append(a) or real(*a)
    try:
        assert split_senses.fields(uses, df, 5000, frozenset()) == []
    finally:
        split_senses.related = real
    assert asked == []
