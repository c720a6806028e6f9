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
    return build_nlp(spans=True)


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


def test_a_title_head_of_task_words_before_a_benchmark_is_the_task(nlp):
    ex = extract_one(Paper("t2b", "Crowded Glyph Event Localization: A Benchmark",
                           "We pose the localization of glyph events in crowded scrolls and gather GlyphScroll, "
                           "a set of 900 scrolls, on which we report accuracy."), nlp)
    assert "Crowded Glyph Event Localization" in names(ex, T.TASK)
    assert "Crowded Glyph Event Localization" not in names(ex, T.DATASET)
    assert "Crowded Glyph Event Localization" not in ex.proposed
    ex = extract_one(Paper("t2c", "GlyphLoc: A Benchmark for Glyph Event Localization",
                           "We gather scrolls of glyph events and report accuracy."), nlp)
    assert "GlyphLoc" in names(ex, T.DATASET)


def test_generic_words_are_not_entities(nlp):
    ex = extract_one(Paper("t3", "A Study", "Our novel framework improves performance of deep models over existing approaches "
                                               "in machine learning and AI."), nlp)
    texts = {m.text.lower() for m in ex.mentions}
    assert not texts & {"our novel framework", "performance", "deep models", "existing approaches", "machine learning", "ai"}
    ex = extract_one(Paper("t3b", "A Study", "We search the network architecture and compare against strong "
                                                "baselines, then apply knowledge distillation."), nlp)
    texts = {m.text.lower() for m in ex.mentions}
    assert "network architecture" not in texts and "baselines" not in texts
    assert "knowledge distillation" in texts


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


SEARCH_ABSTRACT = (
    "Click-through rate (CTR) prediction and passage ranking share one difficulty. "
    "We propose a gated span pooling loss and a retriever called SpanRank, a simple yet effective model. "
    "Unlike methods such as Late Interaction Matching and ColBERT, SpanRank needs 10x fewer parameters. "
    "On benchmarks like MS MARCO, TREC-DL and FooQA, SpanRank reaches 39.2 MRR@10, "
    "while Llama 2 7B reaches 35.0 MRR@10. It helps on tasks including passage ranking and query rewriting. "
    "A demo video is at https://vid.example/xyz and code at https: //github.com/example/spanrank."
)


def test_context_rules_in_the_pipeline(nlp):
    ex = extract_one(Paper("t4", "Gated Span Pooling for Passage Ranking", SEARCH_ABSTRACT), nlp)
    for m in ex.mentions:
        assert ex.paper.text(m.field)[m.start:m.end] == m.text
    by_text = {m.text: m for m in ex.mentions}
    # the acronym sits inside the task name; the alias keeps the short form with the head
    ctr = by_text["Click-through rate (CTR) prediction"]
    assert ctr.type is T.TASK and ctr.aliases == ("CTR prediction",)
    # list members typed by their noun; a sized model name beats the shorter lexicon name
    assert by_text["Late Interaction Matching"].type is T.METHOD
    assert by_text["FooQA"].type is T.DATASET
    assert by_text["query rewriting"].type is T.TASK
    assert by_text["Llama 2 7B"].type is T.METHOD
    assert {"gated span pooling loss", "parameters", "MRR@10"} <= set(by_text)
    # the title names the method; "called" names the retriever; the lower-case loss is proposed too
    assert ex.proposed[:2] == ("Gated Span Pooling", "SpanRank")
    assert [r.url for r in ex.repos] == ["https://github.com/example/spanrank"]
    assert ("39.2", "SpanRank", "MS MARCO", "MRR@10") in {(r.value, r.method, r.dataset, r.metric) for r in ex.results}


def test_spacy_spans_mirror_the_findings(nlp):
    from kg.extract import doc_text

    paper = Paper("t5", "Fast Road Scene Parsing", ABSTRACT)
    doc = nlp(doc_text(paper))
    labels = {(s.text, s.label_) for s in doc.spans["kg"]}
    assert ("Cityscapes", "Dataset") in labels and ("mIoU", "Metric") in labels
    assert all(s.label_ in {"Method", "Dataset", "Metric", "Task"} for s in doc.spans["kg_lexicon"])


def test_empty_and_odd_inputs(nlp):
    for title, abstract in [("", ""), ("T", ""), ("Only A Title: Nothing Else", ""), ("x", "((((( )))) ... ,,, 1 2 3"),
                            ("x", "\u00a0\u2009We propose \u201cNet\u201d.\n\n\n")]:
        ex = extract_one(Paper("odd", title, abstract), nlp)
        for m in ex.mentions:
            assert ex.paper.text(m.field)[m.start:m.end] == m.text


def test_a_value_whose_unit_is_a_metric_measures_that_metric():
    ex = extract_one(Paper("u1", "T", "Our DDRNet-23-slim reaches 77.4% mIoU on Cityscapes at 102 FPS."))
    got = {(r.value, r.metric, r.dataset) for r in ex.results}
    assert ("77.4%", "mIoU", "Cityscapes") in got and ("102 FPS", "FPS", "Cityscapes") in got


def test_title_in_capitals_yields_no_shape_names(nlp):
    # A title set in capitals (as PDF converters often give it): every word looks like an acronym there.
    title = "SPARSE ROUTING NETWORKS FOR FAST VIDEO OBJECT SEGMENTATION WITH LSTM MEMORY"
    abstract = ("We propose GlideNet, a sparse router evaluated on DAVIS and YouTube-VOS. "
                "It outperforms STM and CFBI, and a plain LSTM baseline.")
    ex = extract_one(Paper("caps", title, abstract), nlp)
    in_title = {(m.type.value, m.text) for m in ex.mentions if m.field == "title"}
    assert not {text for _, text in in_title} & {"SPARSE", "ROUTING", "FOR", "FAST", "WITH", "MEMORY"}
    # lexicon names still match in capitals, and the abstract's own names are found as before
    assert ("Method", "LSTM") in in_title
    assert ("Task", "VIDEO OBJECT SEGMENTATION") in in_title
    in_abstract = {m.text for m in ex.mentions if m.field == "abstract"}
    assert {"GlideNet", "DAVIS", "YouTube-VOS", "STM", "CFBI", "LSTM"} <= in_abstract


def test_acronyms_in_running_text_are_not_a_capitals_run():
    from kg.extract.rules import capitals_runs

    assert capitals_runs("We compare BERT, GPT and T5 on GLUE and SQuAD.") == []
    assert capitals_runs("Results on MS COCO PASCAL VOC are shown.") == []  # no function word in capitals
    t = "Preprint. UNDER REVIEW AS A CONFERENCE PAPER"
    assert [t[a:b] for a, b in capitals_runs(t)] == ["UNDER REVIEW AS A CONFERENCE PAPER"]


def test_lexicon_name_glued_to_a_number_keeps_its_type(nlp):
    # the tokenizer leaves "mIoU/81.2" and "CIFAR-10/100" whole, so the phrase matcher cannot see the names
    ex = extract_one(Paper("glue", "Tiny Segmenters", "On Cityscapes, TinySeg reaches 78.1% mIoU/81.2 FPS; "
                                                      "it also classifies CIFAR-10/100 images."), nlp)
    by_text = {m.text: m.type for m in ex.mentions}
    assert by_text["mIoU"] is T.METRIC and by_text["CIFAR-10"] is T.DATASET
    assert ("78.1%", "TinySeg", "Cityscapes", "mIoU") in {(r.value, r.method, r.dataset, r.metric) for r in ex.results}


def test_one_lexicon_pass_keeps_case_rules_and_cue_words():
    """The lexicon's single PhraseMatcher pass: names matched in any case, names matched only as written
    (one word or several), and the entity finder's cue words, which are the same as its own matcher finds."""
    import spacy

    from kg.extract.components import EntityFinder, LexiconMatcher
    from kg.extract.doc_context import doc_context
    from kg.extract.lexicon_data import LexEntry

    nlp = spacy.blank("en")
    lex = LexiconMatcher(nlp, [
        LexEntry(T.METRIC, "word error rate", ("WER",), False, "curated"),
        LexEntry(T.DATASET, "Natural Questions", (), True, "curated"),
    ], spans=False)
    text = "The Word Error Rate (WER) is low; natural questions are not Natural Questions, and wer is no name."
    doc = lex(nlp.make_doc(text))
    got = sorted((doc[a:b].text, t.value) for a, b, t, _, _ in doc_context(doc).lexicon)
    assert got == [("Natural Questions", "Dataset"), ("WER", "Metric"), ("Word Error Rate", "Metric")]
    assert doc_context(doc).cue_tokens is None  # no cue words asked for

    full = build_nlp()
    alone = build_nlp(lexicon=False)
    text = "We propose FooNet for semantic segmentation, evaluated on the new BarSet dataset."
    shared = full.get_pipe("kg_lexicon")(full.make_doc(text))
    assert {g for g, _, _ in doc_context(shared).cue_tokens} >= {"PROPOSE", "DATA_NOUN", "HEAD"}
    finder = alone.get_pipe("kg_entities")
    assert isinstance(finder, EntityFinder)
    own = sorted((finder.cue_keys[k], a, b) for k, a, b in finder.cues(alone.make_doc(text)))
    assert sorted(doc_context(shared).cue_tokens) == own
    # the entity finder takes both hand-offs (fewer objects alive per doc); the findings are the same
    # with the lexicon's cue words as with the finder's own
    done = full(text)
    assert doc_context(done).lexicon is None and doc_context(done).cue_tokens is None
    assert list(done.user_data) == ["kg"]  # one key: the doc's context
    assert done.user_data["kg"].findings.entities == \
        full.get_pipe("kg_entities")(shared).user_data["kg"].findings.entities


def test_a_lexicon_name_matches_in_british_spelling():
    """An "-iz-" name of the lexicon also matches where a paper spells it "-is-" (issue 18: the generated task
    list's British "Optimisation" spelling typed a curated Method a Task; without it the name went unfound)."""
    import spacy

    from kg.extract.components import LexiconMatcher
    from kg.extract.doc_context import doc_context
    from kg.extract.lexicon_data import LexEntry

    nlp = spacy.blank("en")
    lex = LexiconMatcher(nlp, [LexEntry(T.METHOD, "quokka regularization", (), False, "curated")], spans=False)
    text = "We tune it with quokka regularisation; noise and rise stay words, and Quokka-Regularised is no name."
    doc = lex(nlp.make_doc(text))
    got = [(doc[a:b].text, t.value, c) for a, b, t, c, _ in doc_context(doc).lexicon]
    assert got == [("quokka regularisation", "Method", "quokka regularization")]


def test_the_head_after_an_acronym_s_bracket_is_read_past_a_spaced_footnote_mark_not_a_version():
    from kg.extract.acronym_sources import _word_after

    t = "the Quokka Shelf (QS 1 ) dataset"  # a footnote mark spaced off on both sides: the head is "dataset"
    assert _word_after(t, 4, 16, 18, 20)[1] == "dataset"
    t = "the Quokka Shelf (QS 1) dataset"  # "QS 1", a written version: the bracket holds a name, no head after it
    assert _word_after(t, 4, 16, 18, 20)[1] == ""


def test_candidate_sources_share_one_doc_context():
    """The entity finder gathers the candidates of the registered sources over one per-doc context; a source is
    a plain function, so an extra one is one function in the list, and the finder keeps only the findings."""
    from kg.extract.doc_context import DocContext, doc_context
    from kg.extract.candidates import Candidate
    from kg.extract.sources import SOURCES, gather

    nlp = build_nlp()
    finder = nlp.get_pipe("kg_entities")
    text = "TinyNet\n\nWe propose TinyNet, evaluated on the BarScenes dataset with top-1 accuracy."
    doc = nlp.get_pipe("kg_lexicon")(nlp.make_doc(text))
    ctx = finder.prepare(doc)
    assert isinstance(ctx, DocContext) and ctx is doc_context(doc) and list(doc.user_data) == ["kg"]
    assert ctx.title_end == 7 and ctx.cues["PROPOSE"] == [(text.index("propose"), text.index("propose") + 7)]
    got = gather(ctx)
    assert {(text[c.start:c.end], c.rule) for c in got} >= {("BarScenes", "dataset-context"), ("top-1 accuracy", "lexicon")}

    def whole_title(c: DocContext) -> list[Candidate]:  # a made-up source: the title is a Method
        return [Candidate(0, c.title_end, T.METHOD, 10, "whole-title")]

    assert [c.rule for c in gather(ctx, [whole_title])] == ["whole-title"]
    assert gather(ctx, [*SOURCES, whole_title]) == [*got, Candidate(0, 7, T.METHOD, 10, "whole-title")]

    done = nlp(text)
    ctx = doc_context(done)
    assert ctx.lexicon is None and ctx.tok_start == [] and ctx.cues == {}  # released: only text and findings
    assert ctx.text == text and {text[c.start:c.end] for c in ctx.findings.entities} >= {"TinyNet", "BarScenes"}


def test_an_and_closes_a_list_so_the_name_after_it_keeps_its_type(nlp):
    text = "On benchmarks like MS MARCO, TREC-DL and FooQA, SpanRank reaches 39.2 MRR@10."
    ex = extract_one(Paper("t5", "A Title", text), nlp)
    assert {m.type for m in ex.mentions if m.text == "SpanRank"} == {T.METHOD}


def test_a_span_of_a_title_in_capitals_across_its_own_preposition_is_no_name(nlp):
    # The words of a title set in capitals, read as lower case, name no dataset across "OF"/"FOR THE":
    # the dataset is the coined name alone.
    title = "ROBUST PARSING OF NOISY SKETCHES FOR THE QDRAW7 BENCHMARK"
    abstract = "We parse noisy sketches and evaluate on QDRAW7, where our parser beats two baselines."
    ex = extract_one(Paper("caps-of", title, abstract), nlp)
    in_title = {m.text for m in ex.mentions if m.field == "title"}
    assert not [t for t in in_title if any(w in t.split() for w in ("OF", "FOR", "THE"))], in_title
    assert "QDRAW7" in {m.text for m in ex.mentions if m.field == "abstract"}


def test_long_form_or_acronym_is_a_definition(nlp):
    """A long form named with "or" defines its acronym: the paper's bare acronym is that long form's alias."""
    abstract = ("We present Quokka Glyph Reader or QGR, a network that reads shelf labels. "
                "QGR reads labels twice as fast as earlier readers.")
    ex = extract_one(Paper("t-or", "Reading Shelves", abstract), nlp)
    long_form = next(m for m in ex.mentions if m.text == "Quokka Glyph Reader")
    assert long_form.type is T.METHOD and long_form.aliases == ("QGR",)


def test_an_acronym_defined_with_a_slash_stays_one_name(nlp):
    """An acronym defined with a slash inside ("Quiet Fast/Slow Reading (QF/SR)") is one name in its bracket and
    after: a use of its long form, not the two names on each side of the slash; a slash pair no definition spells
    as one stays two names."""
    abstract = ("We introduce Quiet Fast/Slow Reading (QF/SR), a schedule that swaps between two shelf readers. "
                "QF/SR halves the reading time of ZorbNet/QuokkaNet baselines.")
    ex = extract_one(Paper("t-slash", "Reading Shelves", abstract), nlp)
    used = [(m.text, m.rule) for m in ex.mentions if m.field == "abstract" and m.text in ("QF/SR", "QF", "SR")]
    assert used == [("QF/SR", "acronym-ref"), ("QF/SR", "acronym-ref")], used
    assert next(m for m in ex.mentions if m.text == "Quiet Fast/Slow Reading").aliases == ("QF/SR",)
    assert {"ZorbNet", "QuokkaNet"} <= names(ex, T.METHOD)


def test_an_acronym_defined_with_a_slash_stays_one_name_before_a_hyphened_word(nlp):
    """"QF/SR-trained" is a use of "Quiet Fast/Slow Reading" (no stray "QF"); "QF/SR-Net", a name of its own
    after the hyphen, keeps its pieces."""
    abstract = ("We introduce Quiet Fast/Slow Reading (QF/SR), a schedule that swaps between two shelf readers. "
                "QF/SR-trained readers halve the reading time, and QF/SR-Net beats them.")
    ex = extract_one(Paper("t-slash-hyphen", "Reading Shelves", abstract), nlp)
    used = [(m.text, m.rule) for m in ex.mentions if m.field == "abstract" and m.text != "Quiet Fast/Slow Reading"]
    assert used == [("QF/SR", "acronym-ref"), ("QF/SR", "acronym-ref"), ("QF", "name"), ("SR-Net", "name")], used


def test_no_name_runs_across_a_citation_mark(nlp):
    abstract = ("We compare two fusions of the blocks: plain summing, and the Gated-and-Excitation block[4] to Pooled "
                "Sum of the Layers (GE-PSL). Experiments show that GE-PSL gives the best results.")
    ex = extract_one(Paper("t-cite", "Quokka Fusion for Speech", abstract), nlp)
    assert not any("[4]" in m.text for m in ex.mentions)
    assert "GE-PSL" in names(ex, T.METHOD)
