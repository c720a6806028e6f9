"""A name papers describe as a simulator, a platform or a formalism is no Dataset node (kg.link.apparatus)."""
import doctest
import json

from kg.link import apparatus


def _built_names(tmp_path, rows):
    """(type, name) of every node ``kg build`` makes of (id, title, abstract) rows."""
    from kg.graph import load_graph
    from kg.pipeline import build

    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a}) + "\n" for i, t, a in rows))
    build([src], tmp_path / "out", html=False, store=False)
    g = load_graph(tmp_path / "out")
    return {(d.get("type"), d.get("name")) for _, d in g.nodes(data=True)}


def test_docstring_examples():
    assert doctest.testmod(apparatus).failed == 0


def test_a_name_one_paper_in_three_calls_a_simulator_is_no_dataset(tmp_path):
    """Two papers train agents "on QuokkaSim", one beside a dataset; the third says what it is, a 3D simulator: no Dataset
    node, and the dataset named beside it stays."""
    rows = [("a1", "Indoor scenes", "Our suite has two parts. QuokkaSim: a flexible, high-performance 3D simulator with "
                                    "configurable agents. QuokkaSim is fast when it renders a scene."),
            ("a2", "Point-goal navigation at scale", "Our agents are trained in QuokkaSim (Quokka et al., 2019) and "
                                                     "reach a speedup of 107x on 128 GPUs."),
            ("a3", "Learning to explore", "We train our explorer on QuokkaSim and on the WombatRooms dataset.")]
    names = _built_names(tmp_path, rows)
    assert ("Dataset", "WombatRooms") in names, names
    assert ("Dataset", "QuokkaSim") not in names, names


def test_a_name_described_as_a_formalism_is_no_dataset(tmp_path):
    """"QRML, a cross-lingual framework for semantic representation": the tasks parsed into it are not data sets of
    that name."""
    rows = [("f1", "Parsing meaning", "We present the first parser for QRML, a cross-lingual framework for semantic "
                                      "representation."),
            ("f2", "Three graphs", "We train our parser on QRML and on the WombatRooms dataset."),
            ("f3", "Shared parsing", "Our parser is trained on QRML and on the WombatRooms dataset, with BERT.")]
    names = _built_names(tmp_path, rows)
    assert ("Dataset", "QRML") not in names, names


def test_a_name_a_dataset_word_names_stays_beside_a_homonym_described_as_a_framework(tmp_path):
    """"QUOKA (...), a novel end-to-end framework" in one paper; "two benchmark datasets, WombatRooms and QUOKA" in
    another names data of that name: the Dataset stays."""
    rows = [("h1", "Clothed humans", "We present QUOKA (Quick Outfit Kit Assembly), a novel end-to-end framework "
                                     "for clothed humans."),
            ("h2", "Image captions", "Experiments on two benchmark datasets, i.e. WombatRooms and QUOKA, show "
                                     "the effectiveness of our captioner.")]
    names = _built_names(tmp_path, rows)
    assert ("Dataset", "QUOKA") in names, names


def test_a_benchmark_described_with_a_data_word_stays(tmp_path):
    """"QuokkaBench, a benchmarking platform": a word of data describes a data set of its own."""
    rows = [("b1", "Fair comparisons", "We present QuokkaBench, a benchmarking platform for link prediction with "
                                       "curated splits."),
            ("b2", "Link prediction", "Our model reaches 91% accuracy on the QuokkaBench and WombatRooms datasets."),
            ("b3", "Graph links", "We evaluate on QuokkaBench and WombatRooms, where we lead BERT.")]
    names = _built_names(tmp_path, rows)
    assert ("Dataset", "QuokkaBench") in names, names


def _use(text, name):
    at = text.index(name)
    return apparatus.apparatus_use(text, at, at + len(name))


def test_only_a_kind_noun_heading_the_apposition_describes_the_name():
    """A kind noun that heads a collection ("a library of clips"), or belongs to another phrase after "of", "on our"
    or the next item of a list, says nothing of the name; data words ("set", "series", "scans") say it is data."""
    assert not _use("We release QuokMotion, a large library of motion clips for dancers.", "QuokMotion")
    assert not _use("We gather QuokClips, a series of videos recorded on our platform.", "QuokClips")
    assert not _use("Agents are tested on QuokRooms, a set of scans, and the Wombat platform.", "QuokRooms")
    assert not _use("We present QuokScans, a new scan platform for lungs.", "QuokScans")
    assert _use("We present QuokHub, a shared hosting platform for models.", "QuokHub")
    assert _use("We present QuokSim, a fast and flexible simulator for robots.", "QuokSim")


def test_a_kind_noun_after_one_describing_word_or_with_a_possessive_describes_the_name():
    """"the QuokSim driving simulator", "the QuokSim simulator's physics": the kind noun heads the name's phrase."""
    assert _use("Cars are driven in the QuokSim driving simulator at night.", "QuokSim")
    assert _use("We rely on the QuokSim simulator's physics for contacts.", "QuokSim")
    assert not _use("We train on QuokSet and platform logs.", "QuokSet")


def test_two_results_keep_a_dataset_a_paper_describes_as_an_apparatus():
    """Results stated on a name twice evaluate on it as data, whatever one paper calls it."""
    votes = {"Dataset": {"context": 2, "result": 2, "apparatus": 1, "apparatus-papers": 1}}
    assert not apparatus.apparatus_dataset(votes, 3)
    votes["Dataset"]["result"] = 1
    assert apparatus.apparatus_dataset(votes, 3)


def test_a_library_of_clips_reported_on_stays_a_dataset(tmp_path):
    """"QuokMotion, a large library of motion clips" is data; the papers that report and train on it keep it."""
    rows = [("m1", "Dancing agents", "We release QuokMotion, a large library of motion clips. Our model reaches 80% "
                                     "accuracy on QuokMotion."),
            ("m2", "Motion priors", "Our prior reaches 71% accuracy on QuokMotion and WombatRooms."),
            ("m3", "Dance synthesis", "We train our dancer on QuokMotion and on the WombatRooms dataset.")]
    names = _built_names(tmp_path, rows)
    assert ("Dataset", "QuokMotion") in names, names
