"""A name the paper presents as its own system is a Method, never a Task (sentences written for these tests)."""

from kg.extract import build_nlp, extract_one
from kg.models import Paper


def _run(title, text):
    return extract_one(Paper("p", title, text), nlp=build_nlp())


def found(title, text):
    return {(m.type.value, m.text) for m in _run(title, text).mentions}


def test_the_object_of_we_present_with_its_acronym_is_a_method():
    x = _run("Glyph models", "In this paper, we present Neural Glyph-based Script Translation (NGST). "
                             "Unlike earlier systems, NGST does not use beam search.")
    got = {(m.type.value, m.text) for m in x.mentions}
    assert ("Method", "Neural Glyph-based Script Translation") in got
    assert ("Method", "NGST") in got
    assert not any(t == "Task" and n in ("Neural Glyph-based Script Translation", "NGST") for t, n in got)
    assert "Neural Glyph-based Script Translation" in x.proposed


def test_a_name_in_apposition_to_a_kind_noun_after_a_dash_is_a_method():
    got = found("Few glyphs", "We study few-shot glyph classification. We develop Late-Stage Stroke Reconstruction "
                              "(LSSR) -a novel adaptation scheme with early stopping. LSSR helps every baseline.")
    assert ("Method", "Late-Stage Stroke Reconstruction") in got
    assert ("Task", "Late-Stage Stroke Reconstruction") not in got


def test_a_title_case_name_the_paper_proposes_is_a_method():
    # the Title Case name is joined after the task trimming ran: the proposal syntax retypes it
    got = found("Glyph learning", "Scripts are hard to read. Based on this, we propose Cross-Script Deep Clustering "
                                  "(XSC), a novel self-supervised method for scripts. XSC outperforms single-script clustering.")
    assert not any(t == "Task" and "Cross-Script Deep Clustering" in n for t, n in got)
    assert any(t == "Method" and "Cross-Script Deep Clustering" in n for t, n in got)


def test_an_acronym_credited_with_results_makes_its_long_form_a_method():
    got = found("Glyph reading", "Stroke Order Recognition (SOR) is studied here with glyph graphs. "
                                 "On three scripts SOR achieves the best accuracy.")
    assert ("Method", "Stroke Order Recognition") in got


def test_a_task_the_paper_poses_stays_a_task():
    got = found("Glyph questions", "We introduce Glyph Question Answering (GQA), a new task where a model answers "
                                   "questions about scripts. We also present baselines for it.")
    assert ("Method", "Glyph Question Answering") not in got
    got = found("Glyph work", "We study Stroke Order Recognition (SOR) on scanned pages. Our model beats all baselines.")
    assert ("Method", "Stroke Order Recognition") not in got


def test_a_subtask_the_paper_poses_stays_a_task():
    # "subtask(s)" is a task word as "task" is: in apposition, after a naming verb, and with the field it is one of
    for text in ("In this paper, we introduce a new subtask, Glyph Stroke Detection (GSD). A solver of GSD must find "
                 "strokes.",
                 "In this paper, we introduce a new subtask, named Glyph Stroke Detection (GSD). A solver of GSD must "
                 "find strokes.",
                 "In this paper, we introduce a new subtask under ABSA, named Glyph Stroke Detection (GSD). A solver of "
                 "GSD must find strokes.",
                 "We introduce two new subtasks, Glyph Stroke Detection (GSD) and Glyph Order Linking (GOL)."):
        got = found("Glyph work", text)
        assert ("Task", "Glyph Stroke Detection") in got and ("Method", "Glyph Stroke Detection") not in got, text


def test_a_name_the_paper_calls_a_dataset_is_no_method():
    got = found("Glyph dialogs", "To study this, we introduce Cooperative Glyph-and-Dialog Navigation, a dataset of "
                                 "over 2k dialogs about scripts.")
    assert not any(t == "Method" and "Glyph-and-Dialog Navigation" in n for t, n in got)


# --- fragments typed Task: a property long form, a contest's last word ------------------------------------------

def test_a_degree_compound_long_form_is_a_property_not_a_task():
    got = found("Glyph upscaling", "Glyph super-resolution (SR) builds high resolution (HR) glyphs from "
                                   "low-resolution (LR) scans. HR glyphs are rare.")
    assert ("Task", "super-resolution") in got
    assert not any(n in ("high resolution", "low-resolution", "HR", "LR") for _, n in got)


def test_a_contest_word_closing_a_name_is_no_part_of_the_task_after_it():
    got = found("A study", "Our glyph system ranks first in the GlyphBench 2019 Challenge Object Detection Task.")
    assert ("Task", "Challenge Object Detection") not in got
    assert ("Task", "Object Detection") in got


def test_a_means_word_before_a_plural_noun_in_a_title_is_no_task():
    got = found("Glyph Learning With GLOW: A Stroke Regularizer for Deep Embeddings", "We regularize glyph embeddings.")
    assert not any(t == "Task" and "Embeddings" in n for t, n in got)
    got = found("A Stroke Regularizer for Deep Glyph Segmentation", "We segment glyphs.")
    assert ("Task", "Glyph Segmentation") in got


def test_a_generated_lexicon_dataset_the_paper_presents_as_its_system_is_a_method():
    # "MFNet" and "RESIDE" are Datasets of the generated lexicon only (PwC lists mix benchmarks and systems)
    got = found("Sketch parsing", "We propose MFNet, a lightweight network for sketch parsing. "
                                  "MFNet runs faster than earlier parsers.")
    assert ("Method", "MFNet") in got and ("Dataset", "MFNet") not in got
    # a paper that presents data under such a name keeps the Dataset
    got = found("Hazy scenes", "We present RESIDE, built from ten thousand hazy images of streets. "
                               "Models trained on RESIDE do well.")
    assert ("Dataset", "RESIDE") in got and ("Method", "RESIDE") not in got
    # a curated entry keeps its type ("Habitat" is a curated Dataset)
    got = found("Agents", "We present Habitat, a framework for embodied agents. Habitat is fast.")
    assert ("Dataset", "Habitat") in got


def test_an_acronym_that_learns_or_adopts_makes_its_long_form_a_method():
    # a task never learns or adopts anything: the acronym's long form is the paper's system, whatever its head word
    got = found("Glyph work", "We study glyph regression with Stroke Residual Likelihood Estimation (SRLE). "
                              "Concretely, SRLE learns the change of the stroke distribution.")
    assert ("Method", "Stroke Residual Likelihood Estimation") in got and ("Method", "SRLE") in got
    got = found("Glyph depth", "Glyph depth matters. Stroke-Aware Depth Completion (SADC) is studied here. "
                               "SADC adopts two scans that give dense strokes.")
    assert ("Method", "Stroke-Aware Depth Completion") in got


def test_the_proposed_name_is_a_method_unless_a_task_word_follows():
    got = found("Glyph lines", "Curved scripts break line finders. We target Unified Stroke Line Detection (USLD) "
                               "for all scripts. Tests validate the superiority of the proposed USLD on three corpora.")
    assert ("Method", "Unified Stroke Line Detection") in got
    got = found("Glyph lines", "We target Unified Stroke Line Detection (USLD) for all scripts. Tests validate the "
                               "proposed USLD task on three corpora.")
    assert ("Method", "Unified Stroke Line Detection") not in got


def test_a_lower_case_long_form_whose_acronym_is_the_proposed_system_is_a_method():
    got = found("Glyph lines", "Curved scripts break line finders. We target connectionist stroke line detection (CSLD) "
                               "for all scripts. Tests validate the superiority of the proposed CSLD on three corpora.")
    assert ("Method", "connectionist stroke line detection") in got
    # a numbered name after "the proposed" is a version named after the task, not the task's letters
    got = found("Glyph lines", "We study weakly-supervised stroke detection (WSSD) on scans. We propose a new WSSD "
                               "framework, and the proposed WSSD 2 reaches the best results.")
    assert ("Method", "weakly-supervised stroke detection") not in got


def test_a_long_form_said_to_be_an_approach_is_a_method():
    got = found("Glyph tracking", "Simple Greedy Stroke Tracking (SGST) is a pragmatic approach to glyph tracking "
                                  "with a focus on simple algorithms.")
    assert ("Method", "Simple Greedy Stroke Tracking") in got
    got = found("Glyph tracking", "Online Stroke Tracking (OST) is a hard problem for scanned pages.")
    assert ("Method", "Online Stroke Tracking") not in got



def test_a_long_form_in_parentheses_after_the_name_it_spells_has_the_names_type():
    """"a corpus called QGP (Quokka Glyph Parsing)": the Title Case words are the corpus's name written out, not a task,
    though they end in a task word; so for a model, "our model, HGPL (Hyperbolic Glyph Parsing Learning)"."""
    got = found("Quokka glyphs", "To test our parser, a corpus called QGP (Quokka Glyph Parsing) is released, "
                                 "with 9,000 tablets.")
    assert ("Dataset", "QGP") in got
    assert ("Dataset", "Quokka Glyph Parsing") in got
    assert ("Task", "Quokka Glyph Parsing") not in got
    got = found("Quokka glyphs", "Our model, HGPL (Hyperbolic Glyph Parsing Learning) is a simple approach that beats "
                                 "earlier parsers.")
    assert ("Method", "Hyperbolic Glyph Parsing Learning") in got
    assert ("Task", "Hyperbolic Glyph Parsing Learning") not in got


def test_a_task_in_parentheses_after_a_name_that_does_not_spell_it_stays_a_task():
    got = found("Moss counts", "We train GlyphNet (Moss Stem Segmentation) on the new tablets and report its errors.")
    assert ("Task", "Moss Stem Segmentation") in got


def test_a_name_set_after_a_kind_noun_by_a_comma_or_a_colon_is_a_method():
    got = found("Glyph finding", "We build on a detector, Stroke Corner Prediction (SCP), to find glyphs. "
                                 "We make the training of SCP more stable.")
    assert ("Method", "Stroke Corner Prediction") in got
    assert ("Task", "SCP") not in got
    got = found("Glyph graphs", "We introduce a novel scheme for parsing a page of script into its Glyph Graph (GG): "
                                "Tree Spanning based Parsing (TSP). One trait of TSP is that it grows the graph.")
    assert ("Method", "Tree Spanning based Parsing") in got
    assert ("Task", "Tree Spanning based Parsing") not in got


def test_a_name_a_naming_word_gives_a_kind_noun_is_a_method():
    got = found("Glyph counts", "We present a novel family of glyph model (GM) estimation techniques named Sparse "
                                "Stroke Count (SSC) estimation. It scales to large scripts.")
    assert ("Method", "Sparse Stroke Count (SSC) estimation") in got
    assert ("Task", "Sparse Stroke Count (SSC) estimation") not in got


def test_a_task_named_after_a_task_word_or_studied_with_its_acronym_stays_a_task():
    got = found("Glyph study", "We study a new problem called Glyph Order Recognition (GOR). We also study "
                               "visual question answering (VQA) and semantic role labeling (SRL) with our model.")
    assert ("Task", "Glyph Order Recognition") in got
    assert ("Task", "visual question answering") in got
    assert ("Task", "semantic role labeling") in got


def test_a_generated_lexicon_dataset_the_paper_names_as_its_network_is_a_method():
    # "HelixNet" is a Dataset of the generated lexicon only: a paper that names its network so means the network
    got = found("Stroke pairing", "We pair strokes across glyphs with a recurrent model. This network, named HelixNet, "
                                  "reads each stroke once. HelixNet beats earlier parsers on two scripts.")
    assert ("Method", "HelixNet") in got and ("Dataset", "HelixNet") not in got
    got = found("Stroke pairing", "Glyphs are hard. We build HelixNet, a lightweight framework for stroke pairing. "
                                  "In tests HelixNet reads each stroke once.")
    assert ("Dataset", "HelixNet") not in got


def test_a_generated_lexicon_dataset_a_title_heads_as_a_network_is_a_method():
    got = found("HelixNet: Stroke Pairing Network for Glyph Parsing",
                "Our stroke pairing network, or HelixNet, reads glyphs one stroke at a time. HelixNet is fast.")
    assert ("Method", "HelixNet") in got and ("Dataset", "HelixNet") not in got


def test_a_generated_lexicon_dataset_the_paper_names_as_data_stays_a_dataset():
    got = found("HelixNet: A Benchmark of Glyph Images",
                "We gather glyphs from old books. HelixNet holds ten thousand images of strokes.")
    assert ("Dataset", "HelixNet") in got and ("Method", "HelixNet") not in got
    got = found("Glyph data", "We gather a large set of glyphs, named HelixNet, with annotated images of strokes. "
                              "Parsers trained on HelixNet do well.")
    assert ("Dataset", "HelixNet") in got


def test_a_generated_lexicon_dataset_written_out_as_a_network_is_a_method():
    got = found("Glyph reading", "The reader consists of HelixNet (hierarchical lexicon network) and a small decoder. "
                                 "HelixNet sees every stroke.")
    assert ("Method", "HelixNet") in got and ("Dataset", "HelixNet") not in got
