"""A title's task phrase without the words that say how the task is done, and without a coined name's
long form (issue 18: title guesses are the weakest Task source); sentences written for these tests."""
from __future__ import annotations


from kg.extract import build_nlp, extract_one
from kg.extract.context.tasks import _opens_its_family, spelt_by_prefixes, task_context
from kg.models import Paper


def tasks(title: str, text: str = "We study a problem.") -> set[str]:
    return {m.text for m in extract_one(Paper("p", title, text), nlp=build_nlp()).mentions if m.type.value == "Task"}


def test_an_approach_adjective_before_a_title_task_goes():
    assert "Sentence Modeling" in tasks("Discriminative Neural Sentence Modeling by Pruned Trees")
    assert "Discriminative Neural Sentence Modeling" not in tasks("Discriminative Neural Sentence Modeling by Pruned Trees")
    got = tasks("Hinge Loss for Robust Facial Landmark Localisation with Small Networks")
    assert "Facial Landmark Localisation" in got and "Robust Facial Landmark Localisation" not in got
    got = tasks("Gated Fields for Iterative Edit-Based Sentence Simplification")
    assert "Sentence Simplification" in got, got


def test_a_domain_word_of_task_names_stays():
    # "visual", "medical", "weakly supervised" modify task names of the lexicon: part of the task
    assert "Visual Reference Resolution" in tasks("Attention Memory for Visual Reference Resolution")
    assert "Medical Image Segmentation" in tasks("Pyramid Blocks for Medical Image Segmentation")
    got = tasks("Pooled Cues for Weakly-supervised Temporal Action Localization")
    assert "Weakly-supervised Temporal Action Localization" in got, got


def test_a_title_task_the_abstract_repeats_keeps_its_adjectives():
    title = "Gated Fields for Forensic Glyph Restoration"
    assert tasks(title) == {"Glyph Restoration"}
    assert tasks(title, "We study forensic glyph restoration in court.") == {"Forensic Glyph Restoration"}


def test_a_title_too_long_or_opening_on_a_participle_stays_no_task():
    # dropping an adjective does not make a title phrase of seven words short enough, nor "Combined X" a task
    got = tasks("Extrinsic Label-free Multi-view 3D Hand Motion Reconstruction")
    assert "Label-free Multi-view 3D Hand Motion Reconstruction" not in got, got
    assert tasks("Combined Image-and Map-Space Tracking in Traffic Scenes") == set()


def test_an_adjective_never_leaves_a_bare_head():
    # "Narrative" may be a noun of a compound: with only the head after it, the phrase stays whole
    assert "Narrative Modeling" in tasks("Narrative Modeling with Memory Chains")
    # a compound of function words is no adjective
    assert "Direction-of-Arrival Estimation" in tasks("Ring Arrays for Direction-of-Arrival Estimation")


def test_a_title_claim_is_no_task_phrase():
    got = tasks("Scale Equivariance Improves Siamese Tracking")
    assert "Scale Equivariance Improves Siamese Tracking" not in got, got
    got = tasks("Residual Pooling Meets Sparse Glyph Coding")
    assert "Residual Pooling" not in got, got
    t = "Fused Priors Improve Crowd Counting"
    assert task_context(t, len(t), [], frozenset({"improve"})) == []


def test_a_coined_name_spelt_by_its_subtitle_is_no_task():
    assert spelt_by_prefixes("UNITER", "UNiversal Image TExt Representation Learning".split())
    assert spelt_by_prefixes("MUNIT", "Multimodal UNsupervised Image Translation".split())
    # a word skipped inside the spelling: the name takes from the task's words, the task stays
    assert not spelt_by_prefixes("AutoLoc", "Automatic Pose Localization".split())
    assert "Pose Localization" in tasks("AutoLoc: Automatic Pose Localization via Part Masks")
    assert not spelt_by_prefixes("PolyLaneNet", "Lane Estimation".split())
    assert not spelt_by_prefixes("AB", "Aligned Boxes".split())  # two letters spell too much by chance
    assert tasks("VisTAA: Visual-Textual Attributes Alignment in Video Search") & {
        "Visual-Textual Attributes Alignment", "Attributes Alignment"} == set()
    assert tasks("UNIFER: UNIversal FEature Representation Learning") == set()
    # a subtitle its acronym does not spell keeps its task
    assert "Lane Boundary Estimation" in tasks("ZetaNet: Lane Boundary Estimation with Part Masks")


def test_a_sentence_opening_grade_word_is_no_part_of_a_long_form():
    from kg.extract.abbreviations import find_abbreviations

    def longs(t: str) -> list[str]:
        return [t[a:b] for a, b, _, _ in find_abbreviations(t)]

    assert longs("Modern multiple glyph tracking (MGT) systems follow a plan.") == ["multiple glyph tracking"]
    assert longs("Recent rune extraction (RE) models read runes.") == ["rune extraction"]
    # a name's own first word stays ("Speech" is no grade word)
    assert longs("Speech super-resolution (SR) raises the rate.") == ["Speech super-resolution"]


def test_a_long_form_in_apposition_to_a_kind_noun_past_several_modifiers_is_a_method():
    from kg.extract.task_bounds import _PROPOSED_AFTER

    assert _PROPOSED_AFTER.match(" (GW), a novel and general glyph weighting approach for runes")
    assert not _PROPOSED_AFTER.match(" (GW), a hard problem that needs new models")
    got = {(m.type.value, m.text) for m in extract_one(Paper("p", "Rune Reading", (
        "We propose glyph manipulation (GM), a novel and general sample weighting approach for rune reading.")),
        nlp=build_nlp()).mentions}
    assert ("Method", "glyph manipulation") in got and ("Task", "glyph manipulation") not in got, got


def test_a_naming_verb_after_a_technique_for_tasks_names_the_technique():
    from kg.link.cues import _named_head
    from kg.vocab import EntityType

    t = "We propose the first search approach for the glyph reading tasks, named as "
    assert _named_head(t, len(t)) is None  # the tasks are the object of "for", not what is named
    t = "Experiments on two benchmark datasets, namely "
    assert _named_head(t, len(t)) is EntityType.DATASET


def test_a_title_task_after_an_approach_modifier_is_the_words_after_it():
    # the title's phrase is the paper's method put before the task's head: the task is what follows the modifier
    got = tasks("Ledger-Order Stroke-based Glyph Parsing")
    assert "Glyph Parsing" in got and "Ledger-Order Stroke-based Glyph Parsing" not in got, got
    got = tasks("Inks, Quills and Scrolls: Wet Nib Based Neural Rune Transcription")
    assert "Rune Transcription" in got and "Wet Nib Based Neural Rune Transcription" not in got, got
    got = tasks("Parchment Texture Free Quill Stroke Recognition")
    assert "Quill Stroke Recognition" in got, got


def test_an_approach_modifier_before_a_bare_process_noun_makes_a_guess_a_second_paper_must_confirm():
    from tests.helpers import task_node_names

    # "Scroll-aware Margin-free Tracking": a way of doing a bare process; the phrase stays whole in the extraction
    assert "Scroll-aware Margin-free Tracking" in tasks("Spindle: Scroll-aware Margin-free Tracking")
    one = Paper("a", "Spindle: Scroll-aware Margin-free Tracking", "We study a problem.")
    assert "scroll-aware margin-free tracking" not in task_node_names([one])
    assert "rune lattice guided deciphering" not in task_node_names([Paper("a", "Rune Lattice Guided Deciphering",
                                                                           "We study a problem.")])
    # the abstract writes the modifier with the head: the task the paper names starts there
    said = Paper("a", "Spindle: Scroll-aware Margin-free Tracking", "Margin-free tracking is fast.")
    assert task_node_names([said]) == {"margin-free tracking"}
    said = Paper("a", "Spindle: Scroll-aware Margin-free Tracking", "Margin free tracking is fast.")
    assert task_node_names([said]) == {"margin-free tracking"}
    # a second paper names the phrase: it stays
    other = Paper("b", "Reel: Scroll-aware Margin-free Tracking", "We study a problem.")
    assert "scroll-aware margin-free tracking" in task_node_names([one, other])


def test_a_title_task_the_abstract_writes_keeps_its_approach_modifier():
    title = "Ledger-Order Stroke-based Glyph Parsing"
    # the abstract writes the whole phrase: the paper calls its task so
    got = tasks(title, "We study ledger-order stroke-based glyph parsing in old books.")
    assert "Ledger-Order Stroke-based Glyph Parsing" in got, got
    # the abstract writes the modifier with the word after it: a name starts there
    got = tasks(title, "Stroke-based glyph readers are slow. We study the problem.")
    assert "Stroke-based Glyph Parsing" in got and "Glyph Parsing" not in got, got


def test_a_title_for_phrase_ending_in_what_is_learned_is_no_task():
    # "for X Embeddings": the plural product a method learns, as the title's first noun phrase rejects it
    got = tasks("Spectral Pooling for Glyph Path Embeddings")
    assert "Glyph Path Embeddings" not in got and got == set(), got
    got = tasks("Sparse Coding for Multi-granular Embeddings")
    assert got == set(), got
    assert tasks("Gated Fields for Glyph Model Training") == set()
    # a task head after "for" stays a task
    assert "Glyph Path Segmentation" in tasks("Spectral Pooling for Glyph Path Segmentation")


def test_a_title_task_after_a_headless_first_conjunct_takes_it():
    # "Wheel Pose and [Rim Estimation]": the two nouns share the head, "Rim Estimation" alone is a cut
    got = tasks("Lattice Fields for Wheel Pose and Rim Estimation from One Photo")
    assert "Wheel Pose and Rim Estimation" in got and "Rim Estimation" not in got, got
    got = tasks("A Sieve Method for Joint Kiln Sign and Lamp Detection")
    assert "Kiln Sign and Lamp Detection" in got and "Lamp Detection" not in got, got


def test_a_dimension_before_a_task_stays_with_it():
    # "3D", "6D" say which task it is: a title's shared head and a sentence's task phrase keep them
    got = tasks("Lattice Fields for Joint 3D Wheel Pose and Rim Estimation")
    assert "3D Wheel Pose and Rim Estimation" in got and "Wheel Pose and Rim Estimation" not in got, got
    got = tasks("Kiln Nets for Category-Level 6D Lamp Pose and Size Estimation")
    assert "6D Lamp Pose and Size Estimation" in got, got
    got = tasks("Gated Fields", "We study 3D glyph contour tracking from a single camera.")
    assert "3D glyph contour tracking" in got and "glyph contour tracking" not in got, got
    # a dimension before a bare process noun names no task ("the 3D translation" of a pose)
    got = tasks("Gated Fields", "We recover the 3D translation of each lamp and improve 3D tracking of kilns.")
    assert not any(t.startswith("3D") for t in got), got
    # a number that is no dimension stays out
    got = tasks("Gated Fields", "We study 30 glyph contour tracking benchmarks and glyph contour tracking.")
    assert not any(t.startswith("30") for t in got), got


def test_a_title_task_after_a_task_or_a_list_stays_apart():
    # a first conjunct with a task head of its own is a second task; a list's last member is one task
    got = tasks("Lattice Fields for Kiln Detection and Lamp Segmentation")
    assert "Lamp Segmentation" in got and "Kiln Detection and Lamp Segmentation" not in got, got
    got = tasks("Lattice Fields for Glyphs, Wheels and Rim Estimation")
    assert not any("Wheels" in t for t in got), got
    # two kinds of data before one head: the task on each, the second conjunct stays a task of its own
    got = tasks("Lattice Fields for Video and Glyph Recognition")
    assert "Glyph Recognition" in got and "Video and Glyph Recognition" not in got, got
    # an adjective or a plural before "and" is no noun the head is shared with
    got = tasks("Closing the Gap Between Rim-based and Spoke-free Detection via Sample Choice")
    assert "Spoke-free Detection" in got and not any(t.startswith("Rim-based") for t in got), got
    got = tasks("A Recursive Lattice for Coarse-grained and Hierarchical Glyph Segmentation")
    assert "Hierarchical Glyph Segmentation" in got and not any(t.startswith("Coarse") for t in got), got
    got = tasks("Wheel Detection Using Sharp Proposals and Rim Reconstruction")
    assert not any("Proposals" in t for t in got), got


def test_a_first_word_that_opens_only_techniques_leaves_a_title_task():
    # "contrastive", "learning", "fully" open Method lexicon names ("contrastive loss", "learning without
    # forgetting", "fully convolutional network") and no Task name: how the work is done, or the title's verb
    # the words left are written alone in the abstract
    got = tasks("Contrastive Glyph Extraction with Tree Decoders", "Glyph extraction reads old seals.")
    assert "Glyph Extraction" in got and "Contrastive Glyph Extraction" not in got, got
    got = tasks("Look Twice: Learning Moss Species Detection under Sparse Labels", "We study moss species detection.")
    assert "Moss Species Detection" in got and "Learning Moss Species Detection" not in got, got
    got = tasks("Fully Convolutional Rune Parsing", "Rune parsing splits carved lines.")
    assert "Rune Parsing" in got and "Convolutional Rune Parsing" not in got, got


def test_a_first_word_the_abstract_keeps_with_the_task_stays():
    # "fine", "relative", "random" open Method names ("fine-tuning", "random forest"), but the abstract writes the
    # task with them ("fine-grained glyph classification", "relative rune pose estimation"): part of the task
    got = tasks("Fine Grained Glyph Classification with Trees", "We study fine-grained glyph classification.")
    assert not any(t.startswith("Grained") for t in got), got
    got = tasks("Relative Rune Pose Estimation from Scans", "Relative rune pose estimation aligns scans.")
    assert "Rune Pose Estimation" not in got, got
    assert "Moss Species Detection" not in tasks("Learning Moss Species Detection under Sparse Labels")


def test_a_first_word_that_opens_task_names_or_a_technique_of_its_kind_stays():
    # "unsupervised" and "few-shot" open Task lexicon names: part of the task
    assert "Unsupervised Moss Segmentation" in tasks("Unsupervised Moss Segmentation with Graph Cuts")
    assert "Few-Shot Glyph Detection" in tasks("Few-Shot Glyph Detection via Prototype Banks")
    # "contrastive" opens "contrastive learning": a phrase ending on "Learning" reads as a technique of that kind
    got = tasks("Spore Views for Contrastive Moss Representation Learning")
    assert "Moss Representation Learning" not in got, got


def test_a_title_set_in_capitals_names_its_task_after_for():
    # a PDF's title line in capitals: "FOR" is the title's "for", and the task after it is found as in Title Case
    assert "Glyph Restoration" in tasks("Tiny Fields for Glyph Restoration")
    assert "GLYPH RESTORATION" in tasks("TINY FIELDS FOR GLYPH RESTORATION")
    got = tasks("GATED FIELDS FOR ITERATIVE EDIT-BASED SENTENCE SIMPLIFICATION")
    assert "SENTENCE SIMPLIFICATION" in got, got


def test_a_title_word_a_line_break_split_gives_no_task_piece():
    # "FOREN- SIC": the PDF's line break split a word; no task is cut across or after the broken word
    got = tasks("TINY FIELDS FOR FOREN- SIC GLYPH RESTORATION")
    assert not any("SIC" in t for t in got), got
    assert tasks("Tiny Fields for Foren- sic Glyph Restoration") == set()


def test_a_task_named_only_in_a_title_set_in_capitals_is_named_in_lower_case():
    # the node's name is how running text writes a task: ordinary words in lower case, a short acronym kept
    from tests.helpers import pruned_graph

    papers = [Paper("c1", "TINY FIELDS FOR RGB-D GLYPH RESTORATION",
                    "We restore glyphs from depth scans with tiny fields. The fields are fast.")]
    g, _, _ = pruned_graph(papers)
    names = {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "Task"}
    assert "RGB-D glyph restoration" in names, names


def test_a_broad_process_over_a_kind_of_data_alone_is_no_title_task():
    # "modeling", "understanding", "learning" after only a kind of data name an area of work, no problem
    assert tasks("Sparse Memory Banks for Video Modeling") == set()
    assert tasks("Pooled Experts for Multimodal Understanding") == set()
    got = tasks("Quokka: Self-Supervised Video Learning by Shuffled Clips")
    assert got == set(), got


def test_a_broad_process_said_how_it_is_done_is_no_title_task():
    # a technique's adjective before "feature learning", "representation learning", "feature extraction"
    assert tasks("Quokka: Hierarchical Feature Learning with Leaf Graphs") == set()
    assert tasks("Moss: Contrastive Representation Learning with Leaf Scans") == set()
    assert tasks("Spatio-Temporal Feature Extraction with Ring Filters") == set()
    assert tasks("Sparse Memory Banks for Generative Image Modeling") == set()


def test_a_broad_process_over_what_a_problem_is_about_stays_a_title_task():
    # a noun of the data or object the problem is about, or a phrase ending a Task lexicon name, keeps the task
    assert "Point Cloud Representation Learning" in tasks("Ring Memory for Point Cloud Representation Learning")
    # representation learning names a problem: a kind of data before it is what the problem is about
    got = tasks("Quokka: Self-Supervised Video Representation Learning by Shuffled Clips")
    assert "Self-Supervised Video Representation Learning" in got, got
    assert "Sequence Modeling" in tasks("Gated Cells for Sequence Modeling")
    assert "Noisy Label Learning" in tasks("Leaf Banks for Noisy Label Learning")
    assert "Moss Triplet Extraction" in tasks("Ring Graphs for Moss Triplet Extraction")
    assert "Language Understanding" in tasks("Deep Readers for Language Understanding")


def test_a_noun_of_what_the_problem_is_about_is_no_adjective_by_its_ending():
    # "table", "music", "logic": a stem too short for an adjective's ending; "traffic", "signal": everyday words that
    # modify Task lexicon names name the data of the problem, not how the work is done
    assert tasks("Ring Memory for Table Representation Learning") == {"Table Representation Learning"}
    assert tasks("Ring Memory for Music Representation Learning") == {"Music Representation Learning"}
    assert tasks("Ring Filters for Logic Feature Extraction") == {"Logic Feature Extraction"}
    assert tasks("Ring Memory for Traffic Representation Learning") == {"Traffic Representation Learning"}
    assert tasks("Ring Memory for Signal Representation Learning") == {"Signal Representation Learning"}
    # a learned adjective that modifies task names still says how the work is done
    assert tasks("Quokka: Semantic Feature Learning with Leaf Graphs") == set()


def test_a_family_opener_matches_its_last_word_less_one_plural_s_only():
    # "Lo" is no "loss" less its "s": the opener "focal" of "focal loss" says nothing of a phrase ending "Lo"
    openers = {"focal": frozenset({"loss"})}
    assert _opens_its_family("focal", "Losss", openers) is False
    assert _opens_its_family("focal", "Lo", openers) is False
    assert _opens_its_family("focal", "Loss", openers) is True



def test_a_lexicon_task_ending_a_title_case_task_phrase_the_abstract_writes_takes_its_capitalised_words():
    # the task after "for" runs as one capitalised noun phrase up to the lexicon name's end
    got = tasks("Quokka: Sparse Pooling for Scene Graph Question Answering",
                "Scene graph question answering asks about objects and their relations.")
    assert "Scene Graph Question Answering" in got and "Graph Question Answering" not in got, got
    got = tasks("Pooled Glyph Features for Few-Shot Video Object Segmentation",
                "We look at few-shot video object segmentation with two labelled frames.")
    assert "Few-Shot Video Object Segmentation" in got and "Video Object Segmentation" not in got, got
    # the subtitle's noun phrase, once a means word is off it
    got = tasks("Quokka: Neural Scene Graph Question Answering", "We improve scene graph question answering.")
    assert "Scene Graph Question Answering" in got and "Graph Question Answering" not in got, got


def test_a_title_case_run_grows_a_lexicon_task_only_over_what_the_trims_leave():
    # a grade or means word stays out, as the title's task phrase leaves it out
    got = tasks("Tiny Nets for Efficient Scene Graph Question Answering", "We cover scene graph question answering.")
    assert "Scene Graph Question Answering" in got and "Efficient Scene Graph Question Answering" not in got, got
    # a run the abstract does not write again, or writes only after a word the trims took off, is no name
    got = tasks("Quokka: Sparse Pooling for Scene Graph Question Answering", "We answer questions about pictures.")
    assert "Scene Graph Question Answering" not in got, got
    got = tasks("Sparse Pooling for Robust Shot Object Detection", "We cover robust shot object detection.")
    assert "Shot Object Detection" not in got, got
    # a lower-case word ends the run; a title set in capitals says nothing by its case
    got = tasks("Sparse Pooling for Scene graph Question Answering", "We cover scene graph question answering.")
    assert "Scene graph Question Answering" not in got, got
    got = tasks("QUOKKA: SPARSE POOLING FOR SCENE GRAPH QUESTION ANSWERING", "We cover scene graph question answering.")
    assert "SCENE GRAPH QUESTION ANSWERING" not in got, got
    # a data set's name in the run is no word of the task
    got = tasks("Sparse Nets for COCO Object Detection", "We cover COCO object detection.")
    assert "COCO Object Detection" not in got, got


def test_a_title_that_is_a_task_phrase_alone_does_not_grow_its_lexicon_task():
    # the whole title is as often the name of the paper's system; with more title after it, the phrase is the task
    got = tasks("Quokka-Guided Scene Graph Question Answering", "We build quokka-guided scene graph question answering.")
    assert "Quokka-Guided Scene Graph Question Answering" not in got, got
    got = tasks("Hierarchical Scene Graph Question Answering", "Hierarchical scene graph question answering is new.")
    assert "Hierarchical Scene Graph Question Answering" not in got, got
    got = tasks("Scene Graph Question Answering with Sparse Pooling", "We study scene graph question answering.")
    assert "Scene Graph Question Answering" in got and "Graph Question Answering" not in got, got


def test_a_title_opening_with_towards_opens_its_task_phrase_there():
    # "Towards" opens the phrase: the title is not the phrase alone, so the lexicon task grows over its run
    got = tasks("Towards Egocentric Action Recognition", "We study egocentric action recognition in kitchens.")
    assert "Egocentric Action Recognition" in got and "Action Recognition" not in got, got
    # the title that is the phrase alone still does not grow
    got = tasks("Egocentric Action Recognition", "We study egocentric action recognition in kitchens.")
    assert "Egocentric Action Recognition" not in got, got


def test_a_word_of_means_or_approach_inside_a_title_case_run_stops_its_growth():
    # the trims take such words off the phrase's front only; inside the run the run's own check keeps them out
    got = tasks("Sparse Nets for Scene Proxy-Based Object Detection", "We study scene proxy-based object detection.")
    assert "Scene Proxy-Based Object Detection" not in got and "Object Detection" in got, got
    got = tasks("Sparse Nets for Video Joint Object Detection", "We study video joint object detection.")
    assert "Video Joint Object Detection" not in got and "Object Detection" in got, got
