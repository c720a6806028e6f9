"""Task nodes that are title fragments, clause fragments or techniques (issue 18); sentences written for these tests."""
from __future__ import annotations


from kg.extract import build_nlp, extract_one, head_phrases
from kg.link import link
from kg.models import Paper
from kg.vocab import EntityType as T
from tests.test_link import ids, paper


def found(title: str, text: str) -> set[tuple[str, str]]:
    return {(m.type.value, m.text) for m in extract_one(Paper("p", title, text), nlp=build_nlp()).mentions}


def head_tasks(text: str) -> list[str]:
    return [text[c.start:c.end] for c in head_phrases.head_phrases(text, verbs=frozenset({"help", "benefit"}))
            if c.type is T.TASK]


def test_a_title_process_noun_whose_object_follows_is_no_task():
    got = found("GlyphKit: Automatic Extraction of Glyphs from Old Manuscripts", "We read old scripts.")
    assert not any(t == "Task" for t, _ in got), got
    got = found("Vellum: Pretraining for Joint Understanding of Maps and Charts", "We read charts.")
    assert ("Task", "Joint Understanding") not in got
    # without "of" the title's task stays
    got = found("Vellum: Pretraining for Chart Question Answering", "We read charts.")
    assert ("Task", "Chart Question Answering") in got


def test_a_title_set_in_capitals_reads_its_of_as_lower_case():
    # the same titles in capitals: "OF" is the title's "of", and the phrase before it is cut short as in title case
    for title in ("UNSUPERVISED DETECTION OF LEAF VEINS WITH SPARSE FILTERS",
                  "CONTRASTIVE DETECTION AND SEGMENTATION OF LEAF VEINS"):
        low = title.title().replace(" Of ", " of ").replace(" And ", " and ").replace(" With ", " with ")
        assert not any(t == "Task" for t, _ in found(low, "We read old leaves.")), low
        got = found(title, "We read old leaves.")
        assert not any(t == "Task" for t, _ in got), got


def test_a_finite_verb_next_to_the_task_word_ends_the_phrase():
    assert head_tasks("We ask whether the visual scene helps translation here.") == []
    assert head_tasks("Adding gaze knowledge benefits classification a lot.") == []
    # a plural or a verb's -s form before the task noun's modifier ("influences glyph reconstruction")
    assert head_tasks("The code guides the pairs and influences glyph reconstruction.") == ["glyph reconstruction"]
    assert head_tasks("We study glyph segmentation on scans.") == ["glyph segmentation"]


def test_a_setting_adverb_stays_with_its_participle():
    assert head_tasks("Our loss boosts weakly supervised glyph localization on two sets.") == [
        "weakly supervised glyph localization"]
    # a discourse adverb is no part of the task
    assert head_tasks("It works for many tasks, especially patch-based recognition.") == ["patch-based recognition"]


def test_a_capitalised_setting_adverb_of_a_title_stays_with_its_participle():
    # the same words in Title Case: "Weakly" grades "Supervised" and goes with it, leaving no stray "Supervised"
    names = {n for t, n in found("Weakly Supervised Glyph Pose and Stroke Reconstruction from Scans", "We read scripts.")
             if t == "Task"}
    assert "Weakly Supervised Glyph Pose and Stroke Reconstruction" in names, names
    assert "Supervised Glyph Pose and Stroke Reconstruction" not in names
    assert head_tasks("Fully Annotated Glyph Localization with Few Labels") == ["Fully Annotated Glyph Localization"]
    # past the three modifiers a phrase keeps, the adverb still goes with its participle
    assert head_tasks("We study weakly supervised 3d glyph detection here.") == [
        "weakly supervised 3d glyph detection"]
    # a discourse adverb in capitals is still no part of the task
    assert head_tasks("Especially Supervised Glyph Localization") == ["Supervised Glyph Localization"]


def test_a_task_word_used_as_the_means_is_a_technique():
    got = found("A title", "We compress the glyph encoder via tensor decomposition.")
    assert ("Method", "tensor decomposition") in got and ("Task", "tensor decomposition") not in got
    got = found("A title", "The glyph encoder is trained using maximum likelihood estimation, which is slow.")
    assert ("Method", "maximum likelihood estimation") in got
    # a noun after it makes it a modifier: "using tensor decomposition layers" names layers, and no means
    got = found("A title", "We study tensor decomposition on sparse glyph data.")
    assert ("Task", "tensor decomposition") in got


def test_a_title_task_joins_a_method_the_corpus_names():
    # three titles read "... for Glyph Kernel Search"; three papers name it a method: one Method node, as a
    # title names what a paper works with as readily as what it works on
    title, ctx = {"rule": "title-task"}, {"rule": "head"}
    exs = [paper(f"t{i}", f"Priors {i} for Glyph Kernel Search", (T.TASK, "Glyph Kernel Search", title)) for i in range(3)]
    exs += [paper(f"m{i}", f"The Glyph Kernel Search method {i} is fast.", (T.METHOD, "Glyph Kernel Search", ctx))
            for i in range(3)]
    lk = link(exs)
    assert {ids(lk, p.paper.id) for p in exs} == {("method:glyph-kernel-search",)}


def test_an_acronym_inside_a_task_name_is_no_part_of_it():
    got = found("A title", "Multi-hop glyph graph (GG) reasoning is hard. We study GG reasoning on scans.")
    assert ("Task", "glyph graph (GG) reasoning") in got  # the mention is the text as written
    acro = {"rule": "acronym"}
    exs = [paper("a", "Multi-hop glyph graph (GG) reasoning is hard.", (T.TASK, "glyph graph (GG) reasoning", acro)),
           paper("b", "We study glyph graph reasoning.", (T.TASK, "glyph graph reasoning", {"rule": "head"}))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ("task:glyph-graph-reasoning",)
    assert lk.entities["task:glyph-graph-reasoning"].name == "glyph graph reasoning"


def test_a_phrase_the_paper_proposes_is_a_technique():
    got = found("A title", "We introduce Glyph Routing Navigation (GRN), a framework with two parts. GRN is fast.")
    assert ("Method", "Glyph Routing Navigation") in got and ("Task", "Glyph Routing Navigation") not in got
    got = found("A title", "Results show the proposed stroke-based glyph translation is strong.")
    assert ("Task", "stroke-based glyph translation") not in got
    got = found("A title", "Two stages, glyph image translation and dual glyph adaptive segmentation are proposed.")
    assert ("Task", "dual glyph adaptive segmentation") not in got
    # a task the paper poses stays a task
    got = found("A title", "Models pretrained on the proposed stroke-based glyph translation task do well.")
    assert ("Task", "stroke-based glyph translation") in got


def test_a_negated_quality_or_a_participle_is_no_task():
    got = found("A title", "Glyphs are misaligned due to unreliable detection. The loss stemming from the binarization hurts.")
    # (the bare "binarization" after "from the" is a step, no task role: kg.extract.task_roles.bare_task_roles)
    assert {x for t, x in got if t == "Task"} <= {"binarization"}, got
    # a setting ("unsupervised") stays with its task
    assert ("Task", "unsupervised glyph segmentation") in found("A title", "We study unsupervised glyph segmentation.")


def test_a_long_form_ending_in_a_lexicon_method_is_a_method():
    got = found("A title", "Probabilistic linear discriminant analysis (PLDA) scores the glyph pairs.")
    assert ("Method", "Probabilistic linear discriminant analysis") in got
    got = found("A title", "Glyph pose estimation (GPE) is hard.")
    assert ("Task", "Glyph pose estimation") in got


def test_a_ground_truth_phrase_is_an_annotation():
    got = found("A title", "We learn glyph regions under the supervision of the ground-truth segmentation.")
    assert not any(t == "Task" for t, _ in got), got


def test_a_noun_of_a_degree_compound_is_no_part_of_the_task():
    assert head_tasks("It won the large scale glyph classification challenge.") == ["glyph classification"]
    assert head_tasks("Losses adapted to wide range estimation.") == []


def test_a_capitalised_phrase_after_a_kind_noun_or_before_an_acronym_apposition_is_a_method():
    got = found("A title", "We propose a novel augmentation method Glyph Cycle Translation and a mixing strategy.")
    assert ("Method", "Glyph Cycle Translation") in got
    got = found("Proposal, Tracking and Glyph Segmentation (PTGS): A Cascaded Network for Script Recognition", "We read.")
    assert ("Method", "Proposal, Tracking and Glyph Segmentation") in got


def test_a_means_word_and_a_bare_process_noun_name_no_task():
    got = found("A title", "Automatic detection of glyph forgeries is essential. Automatic glyph segmentation helps.")
    assert ("Task", "Automatic detection") not in got
    assert ("Task", "glyph segmentation") in got


def test_a_bare_lexicon_task_word_takes_its_modifiers():
    # "forecasting" and "reasoning" are lexicon tasks; the text names narrower ones
    got = found("A title", "Our glyph model handles body pose forecasting and multi-hop reasoning over scripts.")
    assert ("Task", "body pose forecasting") in got and ("Task", "multi-hop reasoning") in got, got
    assert ("Task", "forecasting") not in got and ("Task", "reasoning") not in got
    # a bare word with nothing before it, or a capital, stays the lexicon's task
    got = found("Forecasting with glyphs", "Reasoning is hard, and we study reasoning in scripts.")
    assert {("Task", "Forecasting"), ("Task", "Reasoning"), ("Task", "reasoning")} <= got, got
    # a thing noun after the word: the words before belong to the thing's name
    got = found("A title", "We add a glyph reasoning module to the encoder.")
    assert ("Task", "glyph reasoning") not in got, got


def test_an_objective_or_a_technique_for_a_task_is_no_task():
    # an acronym written before "objectives" or "losses": the long form names an objective
    got = found("A title", "Besides Masked Glyph Modeling (MGM) objectives, we use the glyph parser. MGM helps.")
    assert ("Method", "Masked Glyph Modeling") in got and ("Task", "Masked Glyph Modeling") not in got, got
    got = found("A title", "We train with Stroke Order Prediction (SOP). The SOP losses are cheap.")
    assert ("Task", "Stroke Order Prediction") not in got, got
    # one of the tasks a model is pre-trained on
    got = found("A title", "We propose a new pre-training task, prompting glyph modeling (PGM), which aligns strokes.")
    assert ("Task", "prompting glyph modeling") not in got, got
    # a task named after such words, in a later clause, stays a task
    got = found("A title", "We add two pretext tasks and improve named entity recognition (NER) on scripts.")
    assert ("Task", "named entity recognition") in got, got


def test_a_technique_or_a_speed_before_a_task_is_no_part_of_it():
    got = found("Transformer Tracking", "We follow glyphs over frames.")
    assert not any(t == "Task" for t, _ in got), got
    got = found("LSTM Glyph Parsing", "We parse glyphs.")
    assert ("Task", "Glyph Parsing") in got and ("Task", "LSTM Glyph Parsing") not in got, got
    got = found("Real-time Glyph Segmentation with Tiny Networks", "We segment glyphs.")
    assert ("Task", "Glyph Segmentation") in got, got


def test_a_stop_modifier_that_opens_many_lexicon_task_names_stays_in_the_task():
    # "open"/"single" are no modifiers alone ("an open question", "a single GPU"), but the Task lexicon has
    # several names opening with "open set"/"single image": the pair is a fixed compound of the task name
    got = found("Rejecting strangers", "Open set recognition asks a classifier to reject samples of unseen classes.")
    assert ("Task", "Open set recognition") in got and ("Task", "set recognition") not in got, got
    got = found("Sharper photos", "We revisit single image deraining for street photographs.")
    assert ("Task", "single image deraining") in got, got
    # alone, the stop word still ends the phrase
    got = found("Sharper photos", "We train a single network for image deraining on street photographs.")
    assert not any(t.startswith("single") for _, t in got), got
    openers = frozenset({("open", "set")})
    text = "They study open set recognition and open garment recognition."
    spans = [text[c.start:c.end] for c in head_phrases.head_phrases(text, openers=openers) if c.type is T.TASK]
    assert spans == ["open set recognition", "garment recognition"]


def test_a_lexicon_task_takes_the_stop_word_that_opens_task_names_with_it():
    # "image relighting" is a lexicon task; "single image" opens several lexicon task names
    got = found("Lamps", "We formulate the single image relighting task for indoor photographs.")
    assert ("Task", "single image relighting") in got and ("Task", "image relighting") not in got, got
    got = found("Lamps", "We formulate image relighting for indoor photographs.")
    assert ("Task", "image relighting") in got, got
    # after an article the stop word counts: "a single image relighting" is one relighting of one image
    got = found("Lamps", "Even a single image relighting takes minutes on a phone.")
    assert not any(t.startswith("single") for _, t in got), got


def test_a_verb_after_a_plural_subject_is_no_part_of_the_phrase():
    # "include", "involve", "favor" mostly follow a plural subject ("applications include"), not "we"/"to":
    # the shipped verb list counts them when they also inflect as verbs (includes, included, including)
    for text in ("Typical applications include denoising of old scans.", "Examples include denoising of old scans.",
                 "Such pipelines involve glyph segmentation of old scripts.",
                 "Many readers favor map reasoning over plain retrieval."):
        got = found("Old scripts", text)
        assert not any(w in t.lower() for _, t in got for w in ("include", "involve", "favor")), (text, got)


def test_a_task_word_paired_with_a_regression_is_a_step_of_the_model():
    # a detector's classification beside its regression are two outputs of the model, not research problems
    text = "The second stage refines the boxes by accurate corner box regression and glyph category classification."
    assert found("Our detector", text) & {("Task", "glyph category classification"),
                                          ("Task", "category classification")} == set()
    text = "We cast the problem as predicting outlines through kernel center classification and dense offset regression."
    assert ("Task", "kernel center classification") not in found("Our detector", text)
    # a pair of problems the paper addresses ("... classification and regression tasks") stays
    text = "Our trees handle molecular odour classification and regression tasks alike."
    assert ("Task", "molecular odour classification") in found("Trees", text)



def test_a_capitalised_task_phrase_cut_out_of_a_longer_name_is_no_task():
    text = ("We benchmark the parser on Unified Glyph Parsing and on the new corpus Rinto Kettle Detection (RKD). "
            "Glyph parsing is hard.")
    got = found("A glyph parser", text)
    assert {("Task", "Glyph Parsing"), ("Task", "Kettle Detection")} & got == set(), got
    # a capitalised task phrase that opens a sentence, and the same in a title, stay
    got = found("Towards Robust Kettle Detection", "Kettle Detection is hard. We detect kettles.")
    assert ("Task", "Kettle Detection") in got, got
    got = found("Kettles for Robust Glyph Parsing", "Glyph Parsing is hard. We parse glyphs.")
    assert ("Task", "Glyph Parsing") in got, got
    got = found("Glyph Parsing in Context", "Kettle Detection is hard. We detect kettles.")
    assert ("Task", "Kettle Detection") in got, got


def test_a_one_word_lexicon_task_modifying_a_noun_is_no_task():
    got = found("A title", "Our agent adds a reasoning module to a glyph reader.")
    assert ("Task", "reasoning") not in got, got
    got = found("A title", "We train a glyph reader whose sub-reasoning skill is weak.")
    assert ("Task", "reasoning") not in got, got
    # the bare task, its subject use and the nouns that score it stay
    got = found("A title", "Reasoning is hard for glyph readers, and we report reasoning benchmarks.")
    assert ("Task", "Reasoning") in got and ("Task", "reasoning") in got, got
    # after "the task of" the word after it is its object; a measure after it scores it
    got = found("A title", "We study the task of denoising glyph scans.")
    assert ("Task", "denoising") in got, got
    got = found("A title", "We score glyph readers with clustering metrics.")
    assert ("Task", "clustering") in got, got
    # a capital after it opens a name: "Glyph Reasoning Units" is a Method's name, not a modifier use
    got = found("A title", "We propose GRU (Glyph Reasoning Units), a reader.")
    assert ("Method", "Glyph Reasoning Units") in got or ("Method", "GRU") in got, got


def test_a_one_word_task_outside_a_task_role_is_what_the_model_does():
    # a step of the model, a capability with its object: no task
    got = found("A title", "The reader then performs clustering on the glyph features.")
    assert ("Task", "clustering") not in got, got
    got = found("A title", "Reading old charts requires reasoning over their legends.")
    assert ("Task", "reasoning") not in got, got
    got = found("A title", "Reasoning about faded glyphs is what our reader learns first.")
    assert ("Task", "Reasoning") not in got, got
    # where the text makes it the problem, it stays: a goal word, a task noun, a list of tasks
    got = found("A title", "We apply the glyph reader to clustering and report results.")
    assert ("Task", "clustering") in got, got
    got = found("A title", "The reader is strong on reasoning tasks over charts.")
    assert ("Task", "reasoning") in got, got
    got = found("A title", "It covers chart reading, denoising, and glyph parsing.")
    assert ("Task", "denoising") in got, got
    got = found("A title", "Models trained on glyph recognition (GR) and chunking are compared.")
    assert ("Task", "chunking") in got, got
    # a capital inside a sentence opens a name: "our Denoising Reader" is not dropped as a bare word
    got = found("A title", "Our Denoising Reader restores the glyphs.")
    assert any("Denoising" in t for _, t in got), got


def test_a_one_word_task_combined_with_another_device_after_a_means_word_is_a_means():
    # what a model is trained or built with, combined with another device: no task (task_roles.combined_means)
    got = found("A title", "The glyph reader learns from raw scans alone using a combination of denoising and "
                           "stroke swapping.")
    assert ("Task", "denoising") not in got, got
    got = found("A title", "Our reader is trained via a careful mix of clustering and glyph rotation.")
    assert ("Task", "clustering") not in got, got
    # a combination the paper studies, or a task after a goal word, stays
    got = found("A title", "We study a combination of denoising and glyph parsing for old charts.")
    assert ("Task", "denoising") in got, got
    got = found("A title", "Using a glyph reader for denoising and deblurring helps archivists.")
    assert ("Task", "denoising") in got, got


def test_an_ing_word_opening_a_lexicon_task_compound_stays_in_the_task():
    # "singing voice" opens a Task lexicon name: its "-ing" word is an adjective, not a verb cut off the phrase
    got = found("A title", "We study singing voice separation in folk recordings.")
    assert ("Task", "singing voice separation") in got and ("Task", "voice separation") not in got, got
    got = found("A title", "Our reader is tuned for a singing voice separation task in choirs.")
    assert ("Task", "singing voice separation") in got, got
    # an -ing word the abstracts use as a verb opens nothing ("moving" of "to move")
    from kg.extract.head_phrases import task_openers  # noqa: PLC0415
    assert task_openers(["Moving Quokka Detection", "Humming Quokka Synthesis"], verbs=frozenset({"move"})) \
        == frozenset({("humming", "quokka")})


def test_with_is_a_means_word_only_after_a_participle_and_members_may_be_lists_or_two_words():
    # a combination a paper works on ("we experiment with", "we deal with") is no means
    got = found("A title", "We experiment with a combination of denoising and deblurring on old charts.")
    assert ("Task", "denoising") in got, got
    got = found("A title", "We deal with a mix of denoising and deblurring in glyph scans.")
    assert ("Task", "denoising") in got, got
    # a longer list, or a member of two words before the task word, is still a combination of means
    got = found("A title", "The glyph reader is trained via a mix of clustering, rotation and denoising.")
    assert ("Task", "denoising") not in got, got
    got = found("A title", "The glyph reader is trained using a combination of stroke swapping and denoising.")
    assert ("Task", "denoising") not in got, got


def test_a_title_word_inside_a_title_case_phrase_is_no_bare_task():
    # a capitalised neighbour makes the word part of a longer name or a narrower task
    got = found("Glyph Graph Reasoning for Chart Question Answering", "We answer questions on charts.")
    assert ("Task", "Reasoning") not in got, got
    got = found("Map Reading via Clustering Chains", "We read maps.")
    assert ("Task", "Clustering") not in got, got
    # the bare word with a task noun after it, or after a function word, stays
    got = found("Glyph Readers for Reasoning Tasks", "We read glyphs.")
    assert ("Task", "Reasoning") in got, got
    got = found("Glyph Readers for Clustering", "Readers of glyphs are slow.")
    assert ("Task", "Clustering") in got, got  # the abstract's first word is no word of the title


def test_a_manner_word_and_a_process_whose_object_follows_is_no_task():
    got = found("Reading hands", "A monocular estimation of hand joints is hard. We add pixel-wise segmentation of "
                "glyph strokes to the model and report results.")
    assert ("Task", "monocular estimation") not in got, got
    assert ("Task", "pixel-wise segmentation") not in got, got
    # a noun before the process noun names its object: the task stays
    got = found("Reading scans", "We study lesion segmentation of small scans with a new model.")
    assert ("Task", "lesion segmentation") in got, got


def test_an_ing_opener_needs_a_word_after_it_and_no_verb_by_its_suffix():
    # "approximating" is a verb by its ending whatever the verb list holds; "&" is no word a compound goes on with
    from kg.extract.head_phrases import task_openers  # noqa: PLC0415
    got = task_openers(["Approximating Quokka Centrality", "Tiling & Glyph Packing", "Humming Quokka Synthesis"],
                       verbs=frozenset())
    assert got == frozenset({("humming", "quokka")})
