"""Method nodes that are other kinds of thing by their sentences (kg.link.objects, kg.graph.method_objects): what a
recognition task is done to, a game, a robot, a lab; a citation is no name. The abstracts are sentences written for
these tests."""
import doctest
import json

from kg.graph import method_objects
from kg.link import objects


def _built(tmp_path, rows):
    """The nodes (name -> node) the whole pipeline builds from (id, title, abstract) rows."""
    from kg.pipeline import build  # noqa: PLC0415

    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a}) + "\n" for i, t, a in rows))
    build([src], tmp_path / "out", html=False, store=False)
    return {n.get("name"): n for n in json.loads((tmp_path / "out" / "graph.json").read_text())["nodes"]}


def _methods(nodes):
    return {name for name, n in nodes.items() if n.get("type") == "Method"}


def test_docstring_examples():
    for mod in (objects, method_objects):
        assert doctest.testmod(mod).failed == 0, mod.__name__


def test_what_a_recognition_task_is_done_to_is_no_method(tmp_path):
    """"recognizing Quokka Burrow Habits (QBH)": the habits are recognised, nothing recognises with them; the
    paper's own network, proposed and compared, stays."""
    rows = [("o1", "Watching quokkas", "In this paper, we focus on recognizing Quokka Burrow Habits (QBH) from "
                                       "camera traps. We propose WallabyNet, a two-stream network, and WallabyNet "
                                       "outperforms prior trackers on our videos.")]
    methods = _methods(_built(tmp_path, rows))
    assert "WallabyNet" in methods, methods
    assert not {"Quokka Burrow Habits", "QBH"} & methods, methods


def test_a_game_a_robot_and_a_labs_repository_are_no_methods(tmp_path):
    """"the game WombatQuest II", "the WombatQuest II domain", "our robot QuollBot", "QLAB's public GitHub repository":
    the sentence says what kind of thing each is, and it is no technique."""
    rows = [("k1", "WombatQuest II: A New Challenge for Agents",
             "We introduce an environment based on the game WombatQuest II. We describe the reward specification for "
             "the WombatQuest II domain and give baseline results for agents applied to the WombatQuest II domain."),
            ("k2", "Following people", "Tests on our social robot QuollBot show that our EmuTracker follows people. "
                                       "The code is available at QLAB's public GitHub repository.")]
    methods = _methods(_built(tmp_path, rows))
    assert "EmuTracker" in methods, methods
    assert not {"WombatQuest II", "QuollBot", "QLAB"} & methods, methods


def test_a_coined_name_a_task_is_done_to_once_but_used_otherwise_stays_a_method(tmp_path):
    """A name written after a task verb once ("we detect QuokkaEdge in each scan": an ``object`` vote) but twice as
    a thing of its own ("we train QuokkaEdge", "QuokkaEdge runs fast") is a method: one object use in three mentions
    is no two-in-three share."""
    from kg.link.objects import task_object

    text = "Our system must detect QuokkaEdge in each scan."
    assert task_object(text, text.index("QuokkaEdge"), text.index("QuokkaEdge") + 10)
    rows = [("c1", "Edges", "Our system must detect QuokkaEdge in each scan. We then train QuokkaEdge on scans, and "
                            "QuokkaEdge runs fast.")]
    assert "QuokkaEdge" in _methods(_built(tmp_path, rows))


def test_two_in_three_mentions_of_another_kind_make_the_share():
    """The share is two in three of the mentions read (the letters of a definition's parenthesis left out); no
    mention read leaves nothing to judge."""
    assert method_objects.other_kind({"Method": {"shape": 3, "object": 2}})
    assert not method_objects.other_kind({"Method": {"shape": 4, "object": 2}})
    assert method_objects.other_kind({"Method": {"shape": 2, "acronym": 2, "defined": 1, "object": 1, "modifier": 1}})
    assert not method_objects.other_kind({"Method": {"acronym": 1, "defined": 1, "kind": 1}})


def _kind(text, name):
    return objects.kind_use(text, text.index(name), text.index(name) + len(name))


def _object(text, name):
    return objects.task_object(text, text.index(name), text.index(name) + len(name))


def test_a_kind_word_must_head_the_apposition():
    """"X, a game-theoretic generator", "X, a planner for robot arms", "X, a group-equivariant network": the kind
    word only modifies the apposition's head or sits in its modifier, and X is no game, robot or group."""
    assert not _kind("QuoxGAN, a game-theoretic generator, is unstable.", "QuoxGAN")
    assert not _kind("Unlike QuoxPlan, a planner for robot arms, our agent walks.", "QuoxPlan")
    assert not _kind("We build QuoxNet, a group-equivariant network.", "QuoxNet")
    assert _kind("We ran it on QuoxTurk, a crowdsourcing platform for labels.", "QuoxTurk")
    assert _kind("We use QuoxLib, an open-source library.", "QuoxLib")


def test_a_models_repository_is_no_labs_page():
    """"builds on QuoxDet's public GitHub repository": a detector has code too; "available at QLAB's repository"
    names the lab that hosts it."""
    assert not _kind("Our code builds on QuoxDet's public GitHub repository.", "QuoxDet")
    assert _kind("Our code is available at QLAB's public GitHub repository.", "QLAB")


def test_a_kind_noun_before_a_name_in_any_case_or_the_plural():
    """"The game X" opening a sentence, "Our social robot X", "the games X and Y"."""
    assert _kind("The game WombatQuest II is hard for agents.", "WombatQuest II")
    assert _kind("Our social robot QuoxBot greets people.", "QuoxBot")
    assert _kind("We play the games QuoxWars and EmuWars.", "QuoxWars")


def test_no_object_where_the_name_glues_to_a_word_is_classified_as_or_is_a_plural_possessive():
    """"Detecting X-generated faces" detects faces; "we classify X as a CNN" classifies the model; "we count
    ResNets' parameters" counts theirs."""
    assert not _object("Detecting QuoxGAN-generated faces is hard.", "QuoxGAN")
    assert not _object("Here we classify QuoxNet as a CNN.", "QuoxNet")
    assert not _object("We count QuoxNets' parameters.", "QuoxNets")
    assert _object("We count QuoxMites in each frame.", "QuoxMites")


def test_an_adjective_before_the_task_noun_keeps_the_object():
    assert _object("Automatic recognition of Quokka Routines is hard.", "Quokka Routines")
    assert _object("Accurate detection of QMUs matters.", "QMUs")
    assert not _object("The ability of classification of QuoxNet is low.", "QuoxNet")


def test_a_citation_of_surname_and_year_is_no_entity(tmp_path):
    """"(Hartley and Quimby 2017)": the list rule read "Quimby 2017" as a member of a list of names, and "Hartley"
    as a name of its own; "Müller", "&" are authors' too."""
    rows = [("r1", "Reading", "Pretraining schemes such as language modeling (Ashby and Lorne 2015; Pike, Ashby, "
                              "and Moss 2016) or complicated models (Hartley and Quimby 2017; Hartley and Müller 2018; "
                              "Hartley & Quimby 2019) are not needed; our QuokkaLSTM reaches high accuracy.")]
    nodes = _built(tmp_path, rows)
    cited = {"Ashby", "Lorne", "Pike", "Moss", "Hartley", "Quimby", "Müller"}
    assert not {n for n in nodes if n and (n.endswith(("2015", "2016", "2017", "2018", "2019")) or n in cited)}, \
        sorted(n for n in nodes if n)
    assert "QuokkaLSTM" in _methods(nodes)


def test_an_edition_of_data_named_with_a_year_is_no_citation():
    """"Quokkalp 2013", "Wombics 2017" a list rule finds outside brackets, or in brackets after a dataset word, are
    data, not works cited; in brackets of their own they are citations."""
    from kg.extract.candidates import Candidate  # noqa: PLC0415
    from kg.extract.entityhood import not_cited_authors  # noqa: PLC0415
    from kg.vocab import EntityType  # noqa: PLC0415

    def kept(text):
        cands = [Candidate(text.index(w), text.index(w) + len(w), EntityType.DATASET, 50, "list")
                 for w in ("Quokkalp 2013", "Quokkalp 2014", "Wombics 2017")]
        return [text[c.start:c.end] for c in not_cited_authors(text, cands)]

    names = ["Quokkalp 2013", "Quokkalp 2014", "Wombics 2017"]
    assert kept("We evaluate on Quokkalp 2013, Quokkalp 2014 and Wombics 2017 and beat all baselines.") == names
    assert kept("We use three datasets (Quokkalp 2013, Quokkalp 2014 and Wombics 2017) and beat them.") == names
    assert kept("As shown before (Quokkalp 2013; Quokkalp 2014; Wombics 2017), it fails.") == []


def test_as_well_as_keeps_the_task_object():
    """"recognizing X as well as Y" recognises both; "classify X as a CNN" still classifies the model."""
    assert _object("We build a detector for recognizing QMUs as well as QMVs.", "QMUs")
    assert not _object("Here we classify QuoxNet as a CNN.", "QuoxNet")


def test_a_lexicon_method_after_a_kind_noun_is_no_kind_of_thing():
    """"The group LASSO selects features": the kind noun modifies a technique the lexicon knows."""
    assert not _kind("The group LASSO selects features.", "LASSO")
    assert _kind("The group QuokLab released the data.", "QuokLab")
