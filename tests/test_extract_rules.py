"""The extractor's plain functions: pattern rules, context rules, resolution, proposals and results.

The example sentences are written for these tests.
"""
import doctest
import importlib
import pkgutil

import pytest

import kg.extract
from kg.extract import (candidates, context, findings, head_phrases, lexicon_data, proposal_cues, proposals, rules,
                        text_spans, title_case)
from kg.extract.candidates import Candidate
from kg.extract.findings import DocFindings
from kg.extract.lexicon_data import LexEntry
from kg.extract.ordinary_words import load_words
from kg.extract.results import results as doc_results
from kg.models import Paper
from kg.vocab import EntityType as T


def spans(text, cands, rule=None):
    return [text[c.start:c.end] for c in cands if rule is None or c.rule == rule]


def cue(text, word, nth=0):
    """The character span of the nth occurrence of ``word`` in ``text`` (what the cue matcher gives)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


EXTRACT_MODULES = ["kg.extract"] + sorted(m.name for m in pkgutil.walk_packages(kg.extract.__path__, "kg.extract."))


def test_extract_modules_are_found():
    assert {"kg.extract.context.objects", "kg.extract.sources", "kg.extract.selection"} <= set(EXTRACT_MODULES)


@pytest.mark.parametrize("name", EXTRACT_MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


# --- rules ---------------------------------------------------------------------------------------------------

def test_sentences_split_at_stops_and_lines_not_decimals():
    t = "Title line\n\nWe reach 80.4% mIoU. It runs at 101 FPS (e.g. on a V100). Done"
    assert [t[a:b] for a, b in text_spans.sentences(t)] == [
        "Title line", "We reach 80.4% mIoU.", "It runs at 101 FPS (e.g. on a V100).", "Done"]


def test_name_candidates_shapes_and_types():
    t = "DDRNet-23 beats GPT-4 and Llama 2 7B on the FooBench benchmark; the LaSOT SUC score rises on a V100 GPU."
    got = {(t[c.start:c.end], c.type) for c in rules.name_candidates(t) + rules.sized_names(t)}
    assert {("DDRNet-23", T.METHOD), ("GPT-4", T.METHOD), ("Llama 2 7B", T.METHOD), ("FooBench", T.DATASET),
            ("SUC", T.METRIC)} <= got
    assert not any(name in ("V100", "GPU") for name, _ in got)


def test_a_name_with_slashed_bit_widths_is_one_name_but_slashed_sizes_are_a_list():
    """Powers of two on both sides of a "/" after a name's last number are its weights' and activations' bit
    widths: one model. Other numbers there list a family's sizes, so the name ends at the "/"."""
    t = ("Our binarized QuuxNets-1/32 reach 93.1% accuracy, and QuuxNet-4/8 gains more, while ZapNet-50/101 and "
         "BazNet-18/34/50 and FooNet-2/4/8 serve as baselines.")
    got = {t[c.start:c.end] for c in rules.name_candidates(t)}
    assert {"QuuxNets-1/32", "QuuxNet-4/8", "ZapNet-50", "BazNet-18", "FooNet-2"} <= got
    assert not {"QuuxNets-1", "QuuxNet-4", "ZapNet-50/101"} & got
    ex = kg.extract.extract_one(Paper("b1", "Binary Quux Tickets", "We train binary quux tickets. Further, our "
                                      "QuuxNet-1/1 achieves 88.2% top-1 accuracy on ImageNet."))
    assert [r.method for r in ex.results] == ["QuuxNet-1/1"] and "QuuxNet-1/1" in ex.proposed


def test_a_name_after_a_list_of_datasets_that_opens_a_clause_stays_a_method():
    """A name a bare comma joins to a dataset, or one after a list "and" already closed, is the subject of a
    clause of its own when a present verb follows it: no member of the list. The last member an "and" joins
    stays data whatever verb follows (the verb is the sentence's)."""
    verbs = frozenset({"meet", "achieve", "show"})
    types = lambda t: {t[c.start:c.end]: c.type for c in rules.name_candidates(t, verbs=verbs)}
    got = types("Our QuuxNet-S gets 71.2% accuracy on FooBench, QuuxNet-L meets 74.9% at 3 ms.")
    assert got["FooBench"] is T.DATASET and got["QuuxNet-L"] is T.METHOD
    got = types("We test on FooBench and BarSet, and ZapNet achieves the best scores.")
    assert (got["BarSet"], got["ZapNet"]) == (T.DATASET, T.METHOD)
    got = types("Experiments on FooBench, BarSet, and BazQA show that it helps. Results on FooBench, BarSet help.")
    assert {got["BarSet"], got["BazQA"]} == {T.DATASET}
    got = types("Our QuuxNet-S gets 71.2% accuracy on FooBench, QuuxNet-L, and BarSet.")
    assert got["QuuxNet-L"] is T.DATASET  # a list member: no verb after it


def test_a_name_a_pdf_glued_to_a_word_of_the_sentence_is_no_name():
    """A PDF that lost a space glues an adverb in -ly or a verb to the name before it ("QZVeasily"): the token is
    no name. A glued noun may be the name's own word ("QZVsearch"), and a name made of capitals and a word stays."""
    verbs = frozenset({"surpass"})
    t = ("Our QZVeasily surpasses the baselines, and our QZVsurpasses them twice, while QZVsearch, QuokkaNet and "
         "the MoZonamely ablation help.")
    got = {t[c.start:c.end] for c in rules.name_candidates(t, verbs=verbs, common=load_words())}
    assert {"QZVsearch", "QuokkaNet"} <= got
    assert not {"QZVeasily", "QZVsurpasses", "MoZonamely"} & got
    ex = kg.extract.extract_one(Paper("g1", "Quokka Glyph Nets", "We propose QZV, a glyph net. On two benchmarks, "
                                      "our QZVconsistently beats the baselines."))
    assert not any(m.text.startswith("QZVc") for m in ex.mentions) and "QZV" in {m.text for m in ex.mentions}


def test_head_phrases_find_techniques_and_tasks_but_not_roles():
    t = ("We apply contrastive learning and knowledge distillation to semantic segmentation, "
         "with a teacher network and a vision encoder.")
    heads = [cue(t, w) for w in ("learning", "distillation", "segmentation", "network", "encoder")]
    got = {(t[c.start:c.end], c.type) for c in head_phrases.head_phrases(t, heads)}
    assert got == {("contrastive learning", T.METHOD), ("knowledge distillation", T.METHOD),
                   ("semantic segmentation", T.TASK)}


def test_a_head_phrase_starts_after_a_verb_inside_it():
    """A word abstracts use as a verb, inside the words before a head, ends the phrase there: "module combines
    channel attention" is a clause, its phrase is "channel attention"."""
    t = "Our fusion module combines channel attention with pooling, and the predictor finds top-10 architecture candidates."
    got = [t[c.start:c.end] for c in head_phrases.head_phrases(t, verbs=frozenset({"combine", "find"}))]
    assert "channel attention" in got and "top-10 architecture" in got
    assert not any(" combines " in g or " finds " in g for g in got)


def test_a_question_word_or_auxiliary_opens_no_head_phrase():
    """A question word or an auxiliary before a head word asks about the technique, it does not modify it: "Why
    Dropout?" and "why pooling helps" hold no technique "Why Dropout"; "does" and "who" neither."""
    t = ("Why Dropout? We ask why pooling helps, how does pruning compare, and who did sampling best; "
         "we also use spectral pooling.")
    got = [t[c.start:c.end] for c in head_phrases.head_phrases(t)]
    assert "spectral pooling" in got
    assert not any(g.split()[0].lower() in {"why", "does", "did", "who"} for g in got), got


def test_a_hyphenated_compound_of_size_or_quality_is_no_part_of_a_technique():
    """"large-scale" and "high-quality" written as one word grade the setting as "large scale" in two words does: the
    technique after them is the phrase ("supervised pretraining"); a compound of another degree noun often names the
    variant itself and stays ("low-rank pooling")."""
    t = ("We run large-scale supervised pretraining, learn high-quality glyph embeddings, "
         "add a low-rank pooling and use large scale quill pooling.")
    got = [t[c.start:c.end] for c in head_phrases.head_phrases(t)]
    assert "supervised pretraining" in got and "glyph embeddings" in got, got
    assert "low-rank pooling" in got and "quill pooling" in got, got
    assert not any(g.lower().startswith(("large", "high")) for g in got), got


def test_proposal_windows_need_we_as_subject():
    t = "The proposed model is strong. We first propose TinyNet. We study X and then introduce MidNet."
    props = [cue(t, "proposed"), cue(t, "propose", 1), cue(t, "introduce")]
    wins = proposal_cues.proposal_windows(t, text_spans.sentences(t), props, [])
    assert [t[a:b].strip(" .") for a, b, _ in wins] == ["TinyNet", "MidNet"]


def test_numbers_skip_years():
    assert [v for _, _, v in text_spans.number_spans("In 2023 we got 42.1 BLEU, 3x faster, 12 ms")] == ["42.1", "3x", "12 ms"]


def test_usable_entry_drops_noise_from_generated_lexicons():
    def entry(name, etype=T.METRIC, source="pwc"):
        return LexEntry(etype, name, (), True, source)

    assert lexicon_data.usable_entry(entry("Top-5 Error Rate")) and lexicon_data.usable_entry(entry("mAP@50"))
    assert lexicon_data.usable_entry(entry("SacreBLEU")) and lexicon_data.usable_entry(entry("Sunny Images", source="curated"))
    for bad in ("32k", "Accuracy on", "Sunny Images", "Region level"):
        assert not lexicon_data.usable_entry(entry(bad)), bad
    assert not lexicon_data.usable_entry(entry("IS-A", T.DATASET))


# --- context rules -----------------------------------------------------------------------------------------

def test_dataset_context_takes_the_capitalised_name():
    t = "Results on the Street Scenes dataset and the new TinyBench benchmark."
    nouns = [cue(t, "dataset"), cue(t, "benchmark")]
    assert spans(t, context.dataset_context(t, nouns)) == ["Street Scenes", "TinyBench"]


def test_dataset_context_splits_a_list_before_a_plural_noun_and_stops_at_a_sentence():
    t = "We test on the FooScenes and Bar-Street datasets. Results on the Baz and Qux dataset follow."
    nouns = [cue(t, "datasets"), cue(t, "dataset", 1)]
    # plural noun: two datasets; singular noun: one name that contains "and"
    assert spans(t, context.dataset_context(t, nouns)) == ["FooScenes", "Bar-Street", "Baz and Qux"]
    t = "It covers FooScenes-X. Our dataset is public."
    assert spans(t, context.dataset_context(t, [cue(t, "dataset")])) == []


def test_dataset_context_leaves_a_title_case_description_an_article_opens():
    t = ("We collect a new large-scale Quokka Sign Language dataset (QSL-5k) and a structured Graph Walk dataset, "
         "and test on a challenging FooSet dataset and the Marsh Bird dataset.")
    nouns = [cue(t, "dataset"), cue(t, "dataset", 1), cue(t, "dataset", 2), cue(t, "dataset", 3)]
    # two plain Title Case words after "a" and its modifiers describe data; a name's shape or "the" names it
    assert spans(t, context.dataset_context(t, nouns)) == ["FooSet", "Marsh Bird"]
    t = "We take a subset of the Quokka News corpus."
    assert spans(t, context.dataset_context(t, [cue(t, "corpus")])) == ["Quokka News"]
    # an article of an earlier noun phrase: a verb, a preposition or a noun between ends it before the name
    for t in ("We train a model using Quokka News dataset.", "We report a relative gain over Quokka News benchmark.",
              "We build a patient Quokka News dataset."):  # a noun's ending ("patient", "signal") is no modifier
        noun = "dataset" if "dataset" in t else "benchmark"
        assert spans(t, context.dataset_context(t, [cue(t, noun)])) == ["Quokka News"], t


def test_self_names_title_named_and_appositive():
    t = "FooNet: Fast Parsing\n\nWe propose a new pooling strategy, Gated Mean Pooling, for parsing. It is called Bar Net."
    title_end = t.index("\n")
    props = [cue(t, "propose")]
    wins = proposal_cues.proposal_windows(t, text_spans.sentences(t), props, [cue(t, "called")])
    assert spans(t, context.self_names(t, title_end, wins)) == ["FooNet", "Gated Mean Pooling", "Bar Net"]


def test_a_named_name_ends_before_a_connecting_word_and_a_count():
    t = "We release a corpus, dubbed TabSet with 20k Table pairs, and a set called QuerySet for 3D Scenes."
    wins = proposal_cues.proposal_windows(t, text_spans.sentences(t), [], [cue(t, "dubbed"), cue(t, "called")])
    names = spans(t, context.self_names(t, 0, wins))
    assert "TabSet" in names and "TabSet with 20k Table" not in names
    assert "QuerySet for 3D Scenes" in names  # "3D" is part of a name, no count


def test_a_title_head_is_data_only_when_a_data_word_heads_the_subtitle():
    def typed(t):
        c = context.title_name(t, len(t))
        return t[c.start:c.end], c.type.value

    # the data word is a second thing, what the system works with, a fused modifier, or a verb's object: a system
    assert typed("QuokkaTrack: A Real-Time Multi-Object Tracker and a New Driving Dataset") == ("QuokkaTrack", "Method")
    assert typed("GlyphCaps: Letter Recognition with Very Few Corpora") == ("GlyphCaps", "Method")
    assert typed("PoseShift: Cross-Dataset Adaptation for Hand Pose Estimation") == ("PoseShift", "Method")
    assert typed("Robo9: Surpassing the Quokka Games Benchmark") == ("Robo9", "Method")
    # the data word heads the first phrase, its modifiers joined by "and", or is what a verb of making makes
    assert typed("MarshSet: A Large and Dense Benchmark for Bird Counting") == ("MarshSet", "Dataset")
    assert typed("QuokkaQA: Building a Native Marsupial Question Answering Corpus") == ("QuokkaQA", "Dataset")
    assert typed("TreeBench: Parsers and Trees Benchmark") == ("TreeBench", "Dataset")


def test_a_title_head_ending_in_a_store_of_data_is_data_whatever_its_subtitle():
    def typed(t):
        c = context.title_name(t, len(t))
        return t[c.start:c.end], c.type.value

    # "DB" and "Database" head a store of data: the subtitle's study does not make the head a system
    assert typed("Glyph Filter DB: An Empirical Investigation of Trained Glyph Filters") == ("Glyph Filter DB", "Dataset")
    assert typed("Quokka Call Database: Sorting Marsupial Sounds") == ("Quokka Call Database", "Dataset")
    assert typed("GlyphDB Net: Sorting Letters") == ("GlyphDB Net", "Method")  # the head is a network


def test_a_subtitle_calling_a_data_headed_title_a_method_keeps_it_a_method():
    def typed(t):
        c = context.title_name(t, len(t))
        return t[c.start:c.end], c.type.value

    # the subtitle says what the head names: an engine, a model, a method, whatever word ends the head
    assert typed("Quokka DB: A Learned Index Engine for Key-Value Stores") == ("Quokka DB", "Method")
    assert typed("Neural Corpus: A Retrieval Model for Marsupial Questions") == ("Neural Corpus", "Method")
    assert typed("Mixture of Datasets: A Method for Robust Glyph Training") == ("Mixture of Datasets", "Method")
    # the plural and the hyphen of "DB" head a store of data too
    assert typed("Glyph Filter-DB: Trained Glyph Filters Examined") == ("Glyph Filter-DB", "Dataset")
    assert typed("Glyph Filter Databases: Trained Glyph Filters Examined") == ("Glyph Filter Databases", "Dataset")


def test_an_ing_word_that_modifies_the_subtitle_s_noun_is_no_verb_with_an_object():
    def typed(t):
        c = context.title_name(t, len(t))
        return t[c.start:c.end], c.type.value

    # "Reading Comprehension Benchmark": the -ing word, with no determiner after it, modifies the data word
    assert typed("ReadBench: Reading Comprehension Benchmark for Quokkas") == ("ReadBench", "Dataset")
    assert typed("DriveSet: Driving Scene Dataset for Quokkas") == ("DriveSet", "Dataset")
    assert typed("ClothX: Clothing Attribute Dataset") == ("ClothX", "Dataset")
    assert typed("Robo9: Surpassing the Quokka Games Benchmark") == ("Robo9", "Method")  # a verb and its object


def test_a_title_head_of_one_word_closed_by_plus_is_a_name():
    for t, name in (("Glow++: Better Flows", "Glow++"), ("Sampler+: Faster Walks", "Sampler+")):
        c = context.self_names(t, len(t), [])
        assert spans(t, c) == [name]
    assert context.self_names("Glow: Better Flows", 18, []) == []  # a plain word stays a plain word


def test_title_np_and_title_task():
    t = "Gated Token Routing for Long Document Summarization"
    assert spans(t, [context.title_np(t, len(t))]) == ["Gated Token Routing"]
    assert context.title_np("Rethinking Token Routing", 24) is None
    t2 = "ZipNet: Low-Resource Speech Recognition with Tiny Models"
    assert spans(t2, [context.title_task_np(t2, len(t2))]) == ["Low-Resource Speech Recognition"]


def test_a_title_lead_that_heads_a_problem_before_a_means_is_a_task():
    # "X via/with/using Y": X, ending in a word that heads problems, is what the paper works on, not its name
    for title, lead in (("Glyph Act Sequence Labeling via Stacked Encoders", "Glyph Act Sequence Labeling"),
                        ("Unsupervised Quokka Interpolation Using Cycle Priors", "Unsupervised Quokka Interpolation"),
                        ("Numerical Glyph Regression with Convolutional Networks", "Numerical Glyph Regression")):
        t = title + "\n\nWe study the problem on scanned pages."
        c = context.title_np(t, len(title))
        assert spans(t, [c]) == [lead] and c.type is T.TASK and c.rule == "title-lead", title
    # a technique head, a lead alone or before "for", a coined word or an acronym the abstract gives stay names
    for title, body in (("Differentiable Glyph Search with Random Priors", "We search glyphs."),
                        ("Integral Glyph Pose Regression", "We regress poses."),
                        ("Adversarial Glyph Regression for Page Parsing", "We parse pages."),
                        ("GlyphNet Sequence Labeling via Encoders", "We label glyphs."),
                        ("Quokka Pose Regression with Trees", "We propose Quokka Pose Regression (QPR) here."),
                        ("Quokka Pose Regression with Trees", "Our model, QPR, regresses poses."),
                        ("Quokka Pose Regression with Trees", "We propose quokka pose regression, which fits.")):
        t = title + "\n\n" + body
        c = context.title_np(t, len(title))
        assert c is not None and c.type is T.METHOD and c.rule == "title-name", title


def test_a_dimension_in_a_title_lead_is_no_coinage_but_a_digit_after_a_letter_is():
    # "3D" is a size of what the problem works on (kg.link.normalize.coined_word); "Glyph2vec" is a made-up name,
    # in a title set in capitals too
    title = "3D Quokka Pose Regression with Sparse Trees"
    t = title + "\n\nWe study poses of quokkas from single scans."
    c = context.title_np(t, len(title))
    assert spans(t, [c]) == ["3D Quokka Pose Regression"] and c.type is T.TASK and c.rule == "title-lead"
    for title in ("Glyph2vec Sequence Labeling via Encoders", "GLYPH2VEC SEQUENCE LABELING VIA ENCODERS"):
        t = title + "\n\nWe label glyphs."
        c = context.title_np(t, len(title))
        assert c is not None and c.type is T.METHOD and c.rule == "title-name", title


def test_a_title_that_is_a_sentence_names_no_method():
    # a pronoun, an auxiliary or a slogan's verb makes the title a sentence, and so does a closing participle
    for t in ("You Need Gated Token Routing", "We Need Sparse Token Attention for Parsing",
              "YOU ONLY NEED SPARSE ATTENTION FOR PARSING", "LET'S KEEP TOKEN ROUTING NETWORKS",
              "TREE PARSING NETWORKS REVISITED", "Published as a conference paper at QUOLL 2021 YOU NEED TREE ATTENTION"):
        assert context.title_np(t, len(t)) is None, t
    # a word in capitals in a title that is not set in capitals is an acronym, no pronoun; a name's participle stays
    t = "IT Ticket Routing Networks for Help Desks"
    assert spans(t, [context.title_np(t, len(t))]) == ["IT Ticket Routing Networks"]
    t = "STACKED TREE NETWORKS"
    assert spans(t, [context.title_np(t, len(t))]) == [t]


def test_a_title_in_capitals_ending_in_an_everyday_plural_names_no_method():
    # every word of a title in capitals looks like an acronym; its head word is read in lower case instead
    title = "SPARSE TABLE SUMMARIES FOR WEATHER REPORTS"
    t = title + "\n\nWe learn sparse summaries of tables and show that such summaries help forecasters."
    assert context.title_np(t, len(title)) is None
    # a coined token, a technique's plural or a word the abstract never writes in lower case stays a name
    for title, body in (("GATED TREE CONVNETS", "We train gated ConvNets on trees."),
                        ("WEIGHTED TOKEN LOSSES FOR PARSING", "Token losses weigh rare words."),
                        ("FACTORIZED TREE TRICKS", "We factorize trees."),
                        ("PSEUDO TREE METHODS FOR PARSING", "Pseudo tree methods parse fast.")):
        t = title + "\n\n" + body
        assert context.title_np(t, len(title)) is not None, title


def test_task_context_of_the_problem():
    t = "A Title\n\nWe address the problem of table structure recognition in scans."
    got = context.task_context(t, 7, [cue(t, "problem")])
    assert spans(t, got) == ["table structure recognition"]


def test_filter_metrics_needs_measuring_context():
    t = ("Accuracy matters to users. Our model reaches 91% accuracy with 20x fewer parameters. "
         "A model with 7B parameters exists. The TC module helps. We get 0.74 TC.")
    c = [Candidate(*cue(t, "Accuracy"), T.METRIC, 60, "lexicon"),
         Candidate(*cue(t, "accuracy"), T.METRIC, 60, "lexicon"),
         Candidate(*cue(t, "parameters"), T.METRIC, 60, "lexicon"),
         Candidate(*cue(t, "parameters", 1), T.METRIC, 60, "lexicon"),
         Candidate(*cue(t, "TC"), T.METRIC, 60, "lexicon-gen"),
         Candidate(*cue(t, "TC", 1), T.METRIC, 60, "lexicon-gen")]
    kept = context.filter_metrics(t, c, text_spans.sentences(t))
    assert [(c.start, c.end) for c in kept] == [cue(t, "accuracy"), cue(t, "parameters"), cue(t, "TC", 1)]


def test_measured_metrics():
    t = ("This cuts the index footprint by 40% and gives a scaling efficiency of 0.9 at a batch size of 32; "
         "perplexity drops from 6.1 to 5.8.")
    got = spans(t, context.measured_metrics(t, [cue(t, "cuts")]))
    assert got == ["index footprint", "scaling efficiency", "perplexity"]


def test_a_change_noun_before_a_figure_in_a_measure_is_no_measure():
    # "a loss of 0.4% in top-1 accuracy" is a drop of accuracy: "loss" names the change, not a measure; a loss
    # whose figure changes no named measure may still be one ("a validation loss of 0.21")
    t = ("Pruning keeps a loss of 0.4% in top-1 accuracy. The tagger has a drop of 2 points in recall. "
         "It reaches a validation loss of 0.21 and a loss of 0.3 on Foo.")
    got = spans(t, context.measured_metrics(t, []))
    assert got == ["validation loss", "loss"]


def test_a_loss_of_a_figure_in_no_measure_word_stays_a_measure():
    # after "in" a setting, not a measure: "in training", "in the first epoch", "in total" leave the loss its value
    t = ("The sorter ends at a loss of 0.21 in training. The tagger reaches a loss of 0.3% in the first epoch. "
         "The parser has a loss of 0.4 in total.")
    assert spans(t, context.measured_metrics(t, [])) == ["loss", "loss", "loss"]


def test_list_members_are_typed_by_their_noun():
    t = ("We compare with methods such as Gated Attention Pooling, TinyBERT and RandAug. "
         "It helps on tasks including table parsing and chart captioning. "
         "We use benchmarks like FooQA, BarQA, and 2D images.")
    s = text_spans.sentences(t)
    cues = [cue(t, "such as"), cue(t, "including"), cue(t, "like")]
    got = [(t[c.start:c.end], c.type.value) for c in context.list_members(t, cues, s)]
    assert got == [("Gated Attention Pooling", "Method"), ("TinyBERT", "Method"), ("RandAug", "Method"),
                   ("table parsing", "Task"), ("chart captioning", "Task"),
                   ("FooQA", "Dataset"), ("BarQA", "Dataset")]


def test_list_members_keep_a_surname_technique_head():
    # a plain capitalised word is no name alone: its technique or process head is part of the member; a kind
    # noun ("model") or a coined name's tail ("QuokkaNet encoder") stays outside
    t = ("We try search strategies such as Wombat sampling, Numbat exploration, Bilby random fields, "
         "Dingo model and QuokkaNet encoder. We use datasets such as Koala images.")
    s = text_spans.sentences(t)
    got = spans(t, context.list_members(t, [cue(t, "such as"), cue(t, "such as", 1)], s))
    assert got == ["Wombat sampling", "Numbat exploration", "Bilby random fields", "Dingo", "QuokkaNet"]


def test_proposal_objects_lower_case_techniques():
    t = ("We propose a novel span masking loss for parsing. We introduce a token pooling approach, "
         "called TokPool, to shrink indexes. We present an extractive model.")
    s = text_spans.sentences(t)
    wins = proposal_cues.proposal_windows(t, s, [cue(t, "propose"), cue(t, "introduce"), cue(t, "present")], [])
    assert spans(t, context.proposal_objects(t, wins)) == ["span masking loss"]


def test_a_proposed_kind_of_thing_described_in_lower_case_is_no_object():
    t = ("We propose an end-to-end network for sorting. We present a modular architecture for stamps. "
         "We introduce a stamp masking loss for parcels. We devise a dual stamp-matching network for letters.")
    s = text_spans.sentences(t)
    cues = [cue(t, "propose"), cue(t, "present"), cue(t, "introduce"), cue(t, "devise")]
    wins = proposal_cues.proposal_windows(t, s, cues, [])
    assert spans(t, context.proposal_objects(t, wins)) == ["stamp masking loss", "dual stamp-matching network"]


def test_a_footnote_number_after_a_proposal_object_is_no_part_of_it():
    t = ("We release the code 1 for this study. We introduce a parcel architecture 2 that sorts letters. "
         "We propose a stamp masking loss 3 to sort them. We present a glyph pooling scheme for stamps.")
    s = text_spans.sentences(t)
    cues = [cue(t, "release"), cue(t, "introduce"), cue(t, "propose"), cue(t, "present")]
    wins = proposal_cues.proposal_windows(t, s, cues, [])
    assert spans(t, context.proposal_objects(t, wins)) == ["stamp masking loss", "glyph pooling"]


def test_merge_name_fragments():
    t = "We compare to Sparse Transformers and to methods like Inference-time Intervention."
    lex = [Candidate(*cue(t, "Transformers"), T.METHOD, 60, "lexicon"),
           Candidate(*cue(t, "Inference-time"), T.METRIC, 60, "lexicon")]
    merged = [(t[c.start:c.end], c.type.value) for c in context.merge_name_fragments(t, lex, 0, text_spans.sentences(t))
              if c.rule == "titlecase"]
    assert merged == [("Sparse Transformers", "Method"), ("Inference-time Intervention", "Method")]


def _grown_runs(t, words, etype=T.METHOD, title_end=0):
    """The Title Case runs :func:`context.merge_name_fragments` grows over lexicon matches of ``words``."""
    lex = [Candidate(*cue(t, w), etype, 60, "lexicon") for w in words]
    return [t[c.start:c.end] for c in context.merge_name_fragments(t, lex, title_end, text_spans.sentences(t))
            if c.rule == "titlecase"]


def test_capitalised_words_lead_an_acronym_or_coined_name():
    # a lexicon name in capitals takes the Title Case words before it, mid-sentence (issue 18: "R-CNN" of a longer name)
    t = "Our tracker builds on Quokka R-CNN and on Emu GANs, which we retrain."
    assert _grown_runs(t, ["R-CNN", "GANs"]) == ["Quokka R-CNN", "Emu GANs"]
    # a capitalised participle or naming adjective leads a one-token name ("Nested Dropout", "Deep CORAL")
    t = "We add Nested Dropout to the encoder and compare with Deep QUOKKA on scans."
    assert _grown_runs(t, ["Dropout", "QUOKKA"]) == ["Nested Dropout", "Deep QUOKKA"]
    # ... and a run grown past the lexicon's phrase already ("Deep Aggregation Vision Transformer")
    t = "We train a Deep Glyph Vision Transformer on scans."
    assert _grown_runs(t, ["Vision Transformer"]) == ["Deep Glyph Vision Transformer"]


def test_a_capitalised_grading_adverb_leads_the_name_of_the_word_it_grades():
    # mid-sentence the capital makes the adverb a word of the name: "Fully Convolutional" is not "Convolutional"
    t = "The tagger runs a Fully Convolutional Glyph Attention Network over each page."
    assert _grown_runs(t, ["Attention Network"]) == ["Fully Convolutional Glyph Attention Network"]
    t = "We prune the Very Deep QUOKKA nets and the Recursively Pooled Emu Transformers alike."
    assert _grown_runs(t, ["QUOKKA", "Transformers"]) == ["Very Deep QUOKKA", "Recursively Pooled Emu Transformers"]
    # praise and grammar adverbs stay out ("Significantly"), and so does a sentence's first word
    assert _grown_runs("It beats the Significantly Pooled Emu Transformers.", ["Transformers"]) \
        == ["Pooled Emu Transformers"]
    assert _grown_runs("Fully Pooled Emu Transformers run fast.", ["Transformers"]) == ["Pooled Emu Transformers"]


def test_a_word_in_ly_before_a_noun_leads_no_name():
    # a word in -ly grades an adjective or participle only: before a noun it is a verb ("Apply") or a noun ("Italy")
    assert _grown_runs("We Apply Glyph Transformers to scans.", ["Transformers"]) == ["Glyph Transformers"]
    assert _grown_runs("Results in Italy Glyph Transformers are shown.", ["Transformers"]) == ["Glyph Transformers"]
    # one before an adjective in -able grades it; a hyphened compound in -ly is an adjective itself
    t = "We add Grouped Mathematically Differentiable QNMS to the Glyph-friendly Transformer."
    assert _grown_runs(t, ["QNMS", "Transformer"]) == ["Grouped Mathematically Differentiable QNMS",
                                                      "Glyph-friendly Transformer"]


def test_a_praise_participle_after_a_capitalised_noun_leads_the_name_with_it():
    # "Lexicon Enhanced" is a compound adjective of the name, not praise: the run is not cut at "Enhanced"
    t = "We fine-tune a Lexicon Enhanced Glyph-and-Layout BERT on the scans."
    assert _grown_runs(t, ["BERT"]) == ["Lexicon Enhanced Glyph-and-Layout BERT"]
    t = "Our reader extends the Memory Improved Quokka Transformer with a glyph head."
    assert _grown_runs(t, ["Transformer"]) == ["Memory Improved Quokka Transformer"]
    # alone, after an article or a verb, the participle is praise and stays out; so does a sentence's first word
    assert _grown_runs("We compare with an Improved Quokka BERT here.", ["BERT"]) == ["Quokka BERT"]
    assert _grown_runs("We report results Using Enhanced Quokka BERT here.", ["BERT"]) == ["Quokka BERT"]
    assert _grown_runs("Lexicon Enhanced Quokka BERT wins. We use it.", ["BERT"]) == ["Quokka BERT"]


def test_a_participle_of_grammar_after_a_capitalised_noun_leads_no_name():
    # "Related", "Proposed", "Marked", "Underexplored" after a noun are no praise compound: the name stays
    for word in ("Related", "Proposed", "Marked", "Underexplored"):
        t = f"We compare with the Data {word} Glyph BERT here."
        assert _grown_runs(t, ["BERT"]) == ["Glyph BERT"], word


def test_a_title_case_head_phrase_takes_a_praise_participle_compound_before_it():
    # a head phrase grows over "Glyph Memory Enhanced", the adjective its noun makes with the participle
    t = "A Glyph Memory Enhanced Quokka Attention Network for Scene Text Reading"
    cs = [Candidate(t.index("Quokka"), t.index(" for"), T.METHOD, 30, "head")]
    assert [t[c.start:c.end] for c in title_case.whole_title_case(t, cs, len(t))] \
        == ["Glyph Memory Enhanced Quokka Attention Network"]
    # "An Improved", "Using Enhanced": praise, no word of the name
    for t in ("An Improved Quokka Attention Network for Text", "Reading Using Enhanced Quokka Attention Network"):
        cs = [Candidate(t.index("Quokka"), t.index("Network") + 7, T.METHOD, 30, "head")]
        assert [t[c.start:c.end] for c in title_case.whole_title_case(t, cs, len(t))] == ["Quokka Attention Network"]


def test_a_sentence_first_word_leads_the_name_its_acronym_spells():
    # at a sentence's start the capital says nothing, but the acronym after the run spells its first word too
    t = "Mixed Glyph Data Augmentation (MGDA) is popular. We study it."
    assert _grown_runs(t, ["Data Augmentation"]) == ["Mixed Glyph Data Augmentation"]
    # without it the first word stays out ("Mixed" may be the sentence's own word)
    t = "Mixed Glyph Data Augmentation (GDA) is popular. We study it."
    assert _grown_runs(t, ["Data Augmentation"]) == ["Glyph Data Augmentation"]


def test_lead_words_stay_out_of_generic_phrases_and_glued_tokens():
    # "Deep" right before a phrase of the lexicon is a generic modifier, not the start of a name
    assert _grown_runs("We use Deep Convolutional Neural Networks here.", ["Convolutional Neural Networks"]) == []
    # a match cut from a hyphenated token ("GIN" of "GIN-Attention") leads no run of its own
    assert _grown_runs("We present Sparse GIN-Attention for graphs.", ["GIN"]) == []
    # a sentence's first word and a function word lead nothing
    t = "Our R-CNN is fast. Quokka R-CNN is slow."
    lex = [Candidate(*cue(t, "R-CNN", i), T.METHOD, 60, "lexicon") for i in range(2)]
    assert [c for c in context.merge_name_fragments(t, lex, 0, text_spans.sentences(t)) if c.rule == "titlecase"] == []


def test_lead_words_made_of_another_name_and_longer_lexicon_names():
    # an adjective made of another name ("Quokka-based") describes the acronym after it, and leads no name of it;
    # nor does a split ("Test") nor, before a dataset, its language ("the English GLUE")
    assert _grown_runs("We train a Quokka-based GLR model and an English-to-German WMT system.", ["GLR", "WMT"]) == []
    assert _grown_runs("It gains 2 points of Test F1 on the task.", ["F1"], T.METRIC) == []
    assert _grown_runs("We stack a Multi-Glyph GLR on top.", ["GLR"]) == []
    assert _grown_runs("We test on the Portuguese QGLUE and the Emu QGLUE sets.", ["QGLUE"], T.DATASET) == []
    # a naming adjective leads a phrase of the lexicon once the run grew past it on the right
    assert _grown_runs("We train an Efficient Glyph Segmentation Network here.", ["Glyph Segmentation"], T.TASK) \
        == ["Efficient Glyph Segmentation Network"]
    # the grown name ends where the longest lexicon name from the acronym does ("... F1 Score", not "... F1")
    t = "It ranks third by Weighted Glyph F1 Score on the test."
    lex = [Candidate(*cue(t, w), T.METRIC, 60, "lexicon") for w in ("F1", "F1 Score")]
    found = context.merge_name_fragments(t, lex, 0, text_spans.sentences(t))
    assert [t[c.start:c.end] for c in found if c.rule == "titlecase"] == ["Weighted Glyph F1 Score"]


def test_grown_name_written_again_in_the_title():
    # the name grown mid-sentence in the abstract is the same name in the title and at a sentence's start
    t = "Quokka R-CNN: Fast Glyphs\n\nWe present Quokka R-CNN, a detector. Quokka R-CNN runs fast."
    lex = [Candidate(*cue(t, "R-CNN", i), T.METHOD, 60, "lexicon") for i in range(3)]
    found = context.merge_name_fragments(t, lex, t.index("\n"), text_spans.sentences(t))
    assert sorted(c.start for c in found if c.rule == "titlecase") == [cue(t, "Quokka", i)[0] for i in range(3)]
    # not where a longer candidate spans the name again ("Emu Quokka R-CNN", the title's name)
    t = "Emu Quokka R-CNN\n\nWe present Quokka R-CNN, a detector."
    lex = [Candidate(0, 16, T.METHOD, 75, "title-name")] + [Candidate(*cue(t, "R-CNN", i), T.METHOD, 60, "lexicon")
                                                            for i in range(2)]
    found = context.merge_name_fragments(t, lex, t.index("\n"), text_spans.sentences(t))
    assert [c.start for c in found if c.rule == "titlecase"] == [cue(t, "Quokka", 1)[0]]
    # a name another rule found whole (the title's, a proposal's) keeps its rule and type, over the lexicon's piece
    t = "Quokka R-CNN\n\nWe propose Quokka R-CNN, a detector."
    lex = [Candidate(0, 12, T.METHOD, 75, "title-name"), Candidate(*cue(t, "Quokka R-CNN", 1), T.METHOD, 75, "named")] \
        + [Candidate(*cue(t, "R-CNN", i), T.METHOD, 80, "lexicon") for i in range(2)]
    found = context.merge_name_fragments(t, lex, t.index("\n"), text_spans.sentences(t))
    raised = sorted((c.start, c.rule) for c in found if c.priority > 80)
    assert raised == [(0, "title-name"), (cue(t, "Quokka", 1)[0], "named")]


# --- findings ------------------------------------------------------------------------------------------------

def test_resolve_prefers_priority_then_length():
    a = Candidate(0, 12, T.METHOD, candidates.PRI_HEAD, "head")
    b = Candidate(4, 12, T.METHOD, candidates.PRI_LEXICON, "lexicon")
    c = Candidate(14, 20, T.TASK, candidates.PRI_HEAD, "head")
    assert findings.resolve([a, b, c]) == [b, c]


def test_link_acronyms_and_results():
    t = "We propose Tiny Routing Network (TRN). TRN reaches 80.4% mIoU on Cityscapes, and TRN-L gets 81.0 mIoU."
    long_span = cue(t, "Tiny Routing Network")
    kept = [Candidate(*long_span, T.METHOD, candidates.PRI_ACRONYM_LONG, "acronym"),
            Candidate(*cue(t, "TRN", 1), T.METHOD, candidates.PRI_NAME, "name"),
            Candidate(*cue(t, "mIoU"), T.METRIC, candidates.PRI_LEXICON, "lexicon", "mIoU"),
            Candidate(*cue(t, "Cityscapes"), T.DATASET, candidates.PRI_LEXICON, "lexicon", "Cityscapes"),
            Candidate(*cue(t, "TRN-L"), T.METHOD, candidates.PRI_NAME, "name"),
            Candidate(*cue(t, "mIoU", 1), T.METRIC, candidates.PRI_LEXICON, "lexicon", "mIoU")]
    found = DocFindings()
    found.entities = findings.link_acronyms(t, kept, {"TRN": long_span}, found)
    assert found.aliases == {0: ("TRN",)}
    assert found.entities[1].rule == "acronym-ref" and found.canonical[1] == "Tiny Routing Network"
    sents = text_spans.sentences(t)
    wins = proposal_cues.proposal_windows(t, sents, [cue(t, "propose")], [])
    found.proposed = proposals.proposed(t, found, 0, wins)
    assert found.proposed == ["Tiny Routing Network"]
    res = [(r.value, r.method, r.dataset, r.metric) for r in doc_results(t, found, sents)]
    # the result names its method as the text writes it, the acronym (the linker knows it as the long form's alias)
    assert res == [("80.4%", "TRN", "Cityscapes", "mIoU"), ("81.0", "TRN-L", "Cityscapes", "mIoU")]


def test_lexicon_names_are_not_proposals():
    t = "We propose ResNet-50 for parsing."
    found = DocFindings(entities=[Candidate(*cue(t, "ResNet-50"), T.METHOD, candidates.PRI_LEXICON, "lexicon", "ResNet-50")])
    wins = proposal_cues.proposal_windows(t, text_spans.sentences(t), [cue(t, "propose")], [])
    assert proposals.proposed(t, found, 0, wins) == []


def test_a_title_head_names_what_comes_before_a_spaced_dash():
    # "Name -Description: subtitle": the description the dash sets off is no part of the name
    t = "ZorbTag -Sequence Labelling for Poems: Tag, Then Rhyme"
    assert spans(t, context.self_names(t, len(t), [])) == ["ZorbTag"]
    t = "V 3 -Mixer: Mixing Views for Flow"  # (one word after the dash: a flattened superscript name, whole)
    assert spans(t, context.self_names(t, len(t), [])) == ["V 3 -Mixer"]


@pytest.mark.parametrize("text, another", [
    ("We adopt a recently proposed backbone called QuokkaNet for sorting.", True),
    ("We build on the previously introduced network called QuokkaNet here.", True),
    ("We propose to solve it with what is known as QuokkaNet today.", True),
    ("We propose a new sorter known as QuokkaNet today.", False),
    ("We build upon a proposed net called QuokkaNet here.", False),
])
def test_a_participle_after_recently_or_a_proposal_to_do_is_no_own_mark(text, another):
    # "recently proposed", "previously introduced" tell of another work; "propose to" proposes no thing
    start = text.index("QuokkaNet")
    assert proposal_cues.names_another(text, start, start + len("QuokkaNet")) is another


@pytest.mark.parametrize("text", ["We use e.g. a layer called QuokkaNet for sorting.",
                                  "We adopt the sorter of Li et al. called QuokkaNet here.",
                                  "We rely on a layer, i.e. a filter called QuokkaNet here."])
def test_an_abbreviations_stop_ends_no_clause_nor_object_of_a_verb_of_use(text):
    # "e.g. ", "et al. " end no sentence and "i.e." after a comma goes on with the object: the verb of use holds
    start = text.index("QuokkaNet")
    assert proposal_cues.names_another(text, start, start + len("QuokkaNet"))


@pytest.mark.parametrize("text, another", [("We present QuokkaNet by Design.", False),
                                           ("We sort with QuokkaNet by Training.", False),
                                           ("We adopt QuokkaNet by Ritter, here.", True),
                                           ("We adopt QuokkaNet by Smith and Jones.", True)])
def test_by_an_ordinary_word_or_an_ing_form_names_no_author(text, another):
    start = text.index("QuokkaNet")
    assert proposal_cues.names_another(text, start, start + len("QuokkaNet")) is another


def test_a_name_that_ends_in_a_bare_verb_stays_unless_a_sentence_word_follows():
    """A verb's bare stem may end a name ("CheXlocalize", "ISAdetect"): the token is dropped only when the stem
    takes an object ("our QZVdetect the glyphs"); an -s/-es form is dropped as before."""
    verbs = frozenset({"detect", "localize"})
    t = ("We release QZVdetect, a glyph set, and the QZVlocalize benchmark. Then QZVdetects glyphs, and "
         "our QZVdetect the glyphs.")
    got = [t[c.start:c.end] for c in rules.name_candidates(t, verbs=verbs, common=load_words())]
    assert got.count("QZVdetect") == 1 and "QZVlocalize" in got
    assert "QZVdetects" not in got
