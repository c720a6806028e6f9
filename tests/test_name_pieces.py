"""A capitalised Task phrase directly followed by a token that continues a longer name is a piece of that
name (a Method), not a mention of the task; its own acronym in parentheses keeps it a Task."""
import pytest

from kg.extract import build_nlp, extract_one
from kg.models import Paper
from kg.vocab import EntityType as T


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _entities(nlp, abstract):
    ex = extract_one(Paper("p1", "A short note on naming", abstract), nlp)
    return {(m.type, m.text) for m in ex.mentions}


@pytest.mark.parametrize("name", ["Bipartite Graph Reasoning GAN", "Gaussian Dynamic Time Warping Pooling Net",
                                  "Medical Image Segmentation tranSFormer"])
def test_a_task_piece_of_a_model_name_gives_way_to_the_model(nlp, name):
    got = _entities(nlp, f"We build a compact {name} for our experiments on two benchmarks.")
    assert (T.METHOD, name) in got
    assert not any(t is T.TASK and text in name for t, text in got)


def test_a_task_before_its_own_acronym_or_a_function_word_stays_a_task(nlp):
    got = _entities(nlp, "Closed-Loop Control (CLC) of robots is hard. We study Speech Emotion Recognition "
                         "for call centres.")
    assert (T.TASK, "Closed-Loop Control") in got
    assert (T.TASK, "CLC") in got
    assert (T.TASK, "Speech Emotion Recognition") in got


def test_the_runs_own_plural_acronym_is_no_continuation():
    """"DTWs" after "Dynamic Time Warping" is the run's own acronym in the plural, not the next piece of a
    longer name; "GANs" after "Bipartite Graph Reasoning" is."""
    from kg.extract.context.fragments import continuation

    t = "Dynamic Time Warping DTWs here and Bipartite Graph Reasoning GANs there"
    assert continuation(t, 0, len("Dynamic Time Warping")) is None
    s = t.index("Bipartite")
    assert continuation(t, s, s + len("Bipartite Graph Reasoning")) is not None
