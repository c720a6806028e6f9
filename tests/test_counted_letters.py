"""Letters a paper counts in the plural ("abnormal QXRs") name a kind of thing, no Dataset (kg.graph.counted_letters)."""
import doctest
import json

from kg.graph import counted_letters


def _built_names(tmp_path, rows):
    """(type, name) of every node ``kg build`` makes of (title, abstract) rows."""
    from kg.graph import load_graph
    from kg.pipeline import build

    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps({"id": f"p{i}", "title": t, "abstract": a}) + "\n" for i, (t, a) in enumerate(rows)))
    build([src], tmp_path / "out", html=False, store=False)
    g = load_graph(tmp_path / "out")
    return {(d.get("type"), d.get("name")) for _, d in g.nodes(data=True)}


def test_docstring_examples():
    assert doctest.testmod(counted_letters).failed == 0


def test_letters_counted_in_the_plural_are_no_dataset(tmp_path):
    """One paper synthesizes "abnormal QXRs" (scans of a kind); another's "4.38% on QXR" is that kind of data: no
    Dataset node of either spelling."""
    rows = [("Lung outlines", "To train a robust lung segmenter, an image translation module synthesizes abnormal "
                              "QXRs from normal ones. The lung masks of synthetic QXRs serve as pseudo masks."),
            ("Attention for chest images", "Adding human attention improves the baseline by 4.38% on QXR.")]
    names = _built_names(tmp_path, rows)
    assert not {("Dataset", "QXRs"), ("Dataset", "QXR")} & names, names


def test_a_lexicon_dataset_written_in_the_plural_stays(tmp_path):
    """A data set the lexicon knows stays, whatever a paper's plural: "two ImageNets" is that data set twice."""
    rows = [("Two copies", "We train on two ImageNets, one blurred, and report 76% top-1 accuracy on ImageNet.")]
    names = _built_names(tmp_path, rows)
    assert ("Dataset", "ImageNet") in names, names


def test_letters_two_dataset_words_name_stay_a_dataset(tmp_path):
    """"the QXR dataset ... the QXR benchmark" names data of that name; another paper's "abnormal QXRs" counts
    scans, and takes no Dataset away from the first."""
    rows = [("Chest findings", "We evaluate on the QXR dataset and reach 91% AUC on the QXR benchmark."),
            ("Lung outlines", "An image translation module synthesizes abnormal QXRs from normal ones.")]
    names = _built_names(tmp_path, rows)
    assert ("Dataset", "QXR") in names or ("Dataset", "QXRs") in names, names


def test_dataset_words_naming_letters_twice_keep_them():
    assert not counted_letters.counted_dataset({"QXR", "QXRs"}, {"Dataset": {"head": 2}, "Method": {"shape": 3}})
    assert counted_letters.counted_dataset({"QXR", "QXRs"}, {"Dataset": {"head": 1}, "Method": {"shape": 3}})
