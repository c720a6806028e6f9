"""Task phrases that are steps of the paper's own model or fragments of a title's grammar (issue 18): a part
of a system "for" a phrase, a title pair sharing an object, a title gerund with its object. Sentences written
for these tests."""
from __future__ import annotations


from kg.extract import build_nlp, extract_one
from kg.models import Paper


def tasks(title: str, text: str) -> set[str]:
    return {m.text for m in extract_one(Paper("p", title, text), nlp=build_nlp()).mentions if m.type.value == "Task"}


def test_a_phrase_after_a_part_of_the_model_and_for_is_a_step_not_a_task():
    text = ("Our tracker has two parts: a Ridge Branch for seam corner detection and a refinement step for "
            "glacier outline estimation. We also add a stage for the crate tilt estimation.")
    got = tasks("Glacier Mapping from Space", text)
    assert not got & {"seam corner detection", "glacier outline estimation", "crate tilt estimation"}, got


def test_a_phrase_after_a_system_and_for_stays_a_task():
    got = tasks("Mapping Glaciers", "We present a framework for glacier outline estimation in satellite images.")
    assert "glacier outline estimation" in got, got


def test_a_title_pair_sharing_an_object_gives_no_half_task():
    got = tasks("KelpNet: Simultaneous Segmentation and Counting of Kelp Fronds", "We count kelp fronds.")
    assert "Simultaneous Segmentation" not in got, got


def test_a_title_gerund_with_a_plural_object_is_no_task_and_a_gerund_of_improvement_is_dropped():
    got = tasks("Fern Cones for Learning Hierarchical Embeddings", "We embed trees of ferns.")
    assert "Learning Hierarchical Embeddings" not in got, got
    got = tasks("Pebble Guidance for Boosting Few-Shot Moss Segmentation", "We segment moss.")
    assert "Boosting Few-Shot Moss Segmentation" not in got and "Few-Shot Moss Segmentation" in got, got


def test_a_single_paper_task_phrase_modifying_a_noun_after_it_is_no_node():
    from kg.models import Paper
    from tests.helpers import pruned_graph

    papers = [Paper("a", "Kelp Counting", "This core trainable kelp segmentation engine runs on a buoy. "
                                          "Kelp frond stage classification constitutes an open question.")]
    g, _, _ = pruned_graph(papers)
    names = {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "Task"}
    assert not any("trainable kelp segmentation" in n for n in names), names
    assert "Kelp frond stage classification" in names, names


def test_a_word_after_a_modal_verb_is_the_verb_not_a_task_modifier():
    got = tasks("Moss Matting", "We present MossNet, which can process moss canopy matting from one photo.")
    assert "process moss canopy matting" not in got and "moss canopy matting" in got, got


def test_the_problem_a_paper_recasts_its_task_as_is_no_node_from_one_paper():
    from kg.models import Paper
    from tests.helpers import pruned_graph

    text = ("We formulate moss depth regression as a patch rank estimation problem. "
            "Moss frond stage classification remains open.")
    g, _, _ = pruned_graph([Paper("a", "Moss Depth", text)])
    names = {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "Task"}
    assert "patch rank estimation" not in names, names
    assert "Moss frond stage classification" in names, names


def test_the_problem_two_papers_recast_their_tasks_as_is_still_no_node():
    from kg.models import Paper
    from tests.helpers import pruned_graph

    papers = [Paper("a", "Moss Depth", "We treat moss depth regression as a patch rank estimation problem."),
              Paper("b", "Fern Depth", "Fern height regression is cast as a patch rank estimation problem.")]
    g, _, _ = pruned_graph(papers)
    names = {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "Task"}
    assert "patch rank estimation" not in names, names


def test_a_bare_gerund_before_its_object_is_a_verb_phrase_not_a_task():
    text = ("We study the problem of tracking several kelp fronds at once. Forecasting the drift of each frond "
            "is harder, and it helps the task of encoding a long survey.")
    got = {t.lower() for t in tasks("Kelp Watch", text)}
    assert not got & {"tracking", "forecasting", "encoding"}, got


def test_a_gerund_used_as_a_noun_stays_a_task():
    got = {t.lower() for t in tasks("Kelp Watch", "We improve forecasting and clustering of kelp fronds. "
                                                  "Forecasting is hard, and the clustering of a frond is not.")}
    assert {"forecasting", "clustering"} <= got, got


def test_a_task_the_method_does_without_is_no_task_of_the_paper():
    text = ("Our aligner places a mesh on every portrait without face detection or landmark localization, "
            "and sentences are embedded with no need for word alignment.")
    got = tasks("Mesh Fitting Without Optical Flow Estimation", text)
    assert not got & {"face detection", "landmark localization", "word alignment", "Optical Flow Estimation"}, got


def test_a_second_reading_of_a_forgone_phrase_goes_with_it():
    # "pose estimation" is read twice (a lexicon name and a phrase's head): both readings are the forgone step
    got = tasks("Faces", "We align faces without face detection or pose estimation, and test on portraits.")
    assert not got & {"face detection", "pose estimation"}, got
    got = tasks("Glyphs", "We read glyphs without glyph detection, pose estimation or stroke localization.")
    assert not got & {"glyph detection", "pose estimation", "stroke localization"}, got


def test_the_subject_after_an_opening_without_phrase_stays_a_task():
    # the comma ends the opening phrase; what follows is the main clause's subject, no list of forgone steps
    got = tasks("Faces", "Without face detection, face alignment remains hard.")
    assert "face alignment" in got and "face detection" not in got, got
    # a bare comma with no "or" closing a list joins nothing
    got = tasks("Faces", "We align faces without face detection, pose estimation helps the fit.")
    assert "pose estimation" in got and "face detection" not in got, got


def test_a_task_replaced_by_another_or_named_beside_without_stays_where_it_is_the_goal():
    got = tasks("Crops", "We predict crop boxes for image cropping instead of saliency detection.")
    assert "image cropping" in got and "saliency detection" not in got, got
    # "without" after the task says how it is done, not what is forgone
    got = tasks("Faces", "We study face detection without anchors and report results on face detection benchmarks.")
    assert "face detection" in got, got
