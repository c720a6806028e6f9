"""The extractor on abstracts written for these tests, and offset validity on the seed corpus."""
import pytest

from kg.extract import build_nlp, extract_one, extract_papers
from kg.extract.abbreviations import find_abbreviations
from kg.extract.lexicon_data import load_lexicon
from kg.extract.urls import find_urls, repair_url
from kg.models import Extraction, Paper
from kg.read import read_papers
from kg.vocab import EntityType as T


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def names(ex, t):
    return {m.canonical or m.text for m in ex.mentions if m.type is t} | {m.text for m in ex.mentions if m.type is t}


ABSTRACT = (
    "Semantic segmentation of road scenes must run in real time. We propose Dual-Branch Routing Network (DBRN), "
    "a light backbone trained with knowledge distillation from a ResNet-101 teacher. DBRN-23 achieves 79.4% mIoU "
    "on the Cityscapes dataset at 101 FPS and 42.1 mIoU on ADE20K, outperforming ResNet-50 baselines. "
    "Code is available at https: //github.com/example/dbrn."
)


def test_extracts_types_proposals_results_and_repos(nlp):
    ex = extract_one(Paper("t1", "Fast Road Scene Parsing", ABSTRACT), nlp)
    for m in ex.mentions:
        assert ex.paper.text(m.field)[m.start:m.end] == m.text
    assert {"Cityscapes", "ADE20K"} <= names(ex, T.DATASET)
    assert {"mIoU", "FPS"} <= names(ex, T.METRIC)
    assert {"Dual-Branch Routing Network", "ResNet-101", "ResNet-50", "knowledge distillation", "DBRN-23"} <= names(ex, T.METHOD)
    assert "semantic segmentation" in {n.lower() for n in names(ex, T.TASK)}
    long_form = next(m for m in ex.mentions if m.text == "Dual-Branch Routing Network")
    assert long_form.aliases == ("DBRN",)
    assert "Dual-Branch Routing Network" in ex.proposed
    assert [r.url for r in ex.repos] == ["https://github.com/example/dbrn"]
    vals = {(r.value, r.metric, r.dataset) for r in ex.results}
    assert ("79.4%", "mIoU", "Cityscapes") in vals
    # ResNet-50 and ResNet-101 stay different names
    assert "ResNet-50" in names(ex, T.METHOD) and "ResNet-101" in names(ex, T.METHOD)


def test_title_name_is_proposed(nlp):
    ex = extract_one(Paper("t2", "FooBar: Tiny Models for Speech Recognition",
                           "We study speech recognition on LibriSpeech and report WER."), nlp)
    assert ex.proposed == ("FooBar",)
    assert any(m.field == "title" and m.text == "FooBar" for m in ex.mentions)
    assert {"LibriSpeech"} <= names(ex, T.DATASET) and "WER" in names(ex, T.METRIC)


def test_generic_words_are_not_entities(nlp):
    ex = extract_one(Paper("t3", "A Study", "Our novel framework improves performance of deep models over existing approaches "
                                               "in machine learning and AI."), nlp)
    texts = {m.text.lower() for m in ex.mentions}
    assert not texts & {"our novel framework", "performance", "deep models", "existing approaches", "machine learning", "ai"}


def test_abbreviations():
    t = "A Long Short-Term Memory (LSTM) and a network where a model merges with a Graph (SinLG)."
    found = [(t[a:b], t[c:d]) for a, b, c, d in find_abbreviations(t)]
    assert found == [("Long Short-Term Memory", "LSTM")]


def test_urls():
    assert repair_url("github. com/a/b).") == "https://github.com/a/b"
    got = find_urls("see https://huggingface.co/datasets/x/y, or www.example.org/proj; and https: //gitlab.com/u/r.")
    assert [u for u, _, _ in got] == ["https://huggingface.co/datasets/x/y", "https://www.example.org/proj", "https://gitlab.com/u/r"]


def test_lexicon_loads_all_types():
    lex = load_lexicon()
    assert {e.type for e in lex} == {T.METHOD, T.DATASET, T.METRIC, T.TASK}
    by_name = {e.canonical: e for e in lex}
    assert by_name["ResNet-50"] is not by_name["ResNet-101"]
    assert "ImageNet 1K" in by_name["ImageNet-1K"].aliases


def test_seed_corpus_offsets_and_stream(seed_files, nlp):
    papers = read_papers(seed_files[:1])
    out = list(extract_papers(papers, nlp=nlp, batch_size=16))
    assert [e.paper.id for e in out] == [p.id for p in papers]
    n = 0
    for ex in out:
        for m in ex.mentions:
            assert ex.paper.text(m.field)[m.start:m.end] == m.text
            n += 1
        assert Extraction.from_json(ex.to_json()) == ex
    assert n > 5 * len(papers)


def test_workers_give_the_same_output(seed_files):
    papers = read_papers(seed_files[:1])[:40]
    one = [e.to_json() for e in extract_papers(papers, batch_size=8)]
    two = [e.to_json() for e in extract_papers(papers, batch_size=8, n_process=2)]
    assert one == two
