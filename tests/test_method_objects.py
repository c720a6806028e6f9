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


def test_a_coined_name_a_task_is_done_with_stays_a_method(tmp_path):
    """A name written after a task verb once but used as a means elsewhere ("we detect edges with QuokkaEdge",
    "QuokkaEdge is trained") is a method: one object use in three mentions is no majority."""
    rows = [("c1", "Edges", "We detect QuokkaEdge responses in each frame. We train QuokkaEdge on scans, and "
                            "QuokkaEdge runs fast.")]
    assert "QuokkaEdge" in _methods(_built(tmp_path, rows))


def test_a_citation_of_surname_and_year_is_no_entity(tmp_path):
    """"(Hartley and Quimby 2017)": the list rule read "Quimby 2017" as a member of a list of names."""
    rows = [("r1", "Reading", "Pretraining schemes such as language modeling (Ashby and Lorne 2015; Pike, Ashby, "
                              "and Moss 2016) or complicated models (Hartley and Quimby 2017) are not needed; our "
                              "QuokkaLSTM reaches high accuracy.")]
    nodes = _built(tmp_path, rows)
    assert not {n for n in nodes if n and n.endswith(("2015", "2016", "2017"))}, sorted(nodes)
