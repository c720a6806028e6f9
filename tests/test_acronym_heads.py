"""An acronym's long form that only describes the noun after its parenthesis, and long forms that run into a
naming verb (issue 18). The sentences are written for these tests."""
import pytest

from kg.extract import build_nlp, extract_papers
from kg.models import Paper


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _found(nlp, abstract):
    (ex,) = list(extract_papers([Paper("t1", "Reading Shelves", abstract)], nlp=nlp))
    return {(m.text, m.type.value) for m in ex.mentions}, ex


def test_an_adjective_long_form_names_the_noun_after_its_acronym(nlp):
    found, ex = _found(nlp, "We build a Shelf-guided Deep Convolutional (SDC) model for shop shelves. "
                            "The SDC model counts boxes.")
    names = {t for t, _ in found}
    assert ("Shelf-guided Deep Convolutional (SDC) model", "Method") in found
    assert "Shelf-guided Deep Convolutional" not in names
    canon = {m.canonical for m in ex.mentions if m.text.startswith("Shelf")}
    assert canon == {"Shelf-guided Deep Convolutional model"} or all("(" not in c for c in canon if c)


def test_an_adjective_long_form_before_a_kind_of_data_is_no_entity(nlp):
    found, _ = _found(nlp, "We pool multi-scale spatially averaged (MSSA) features of the shelf photos. "
                           "MSSA features feed a regressor.")
    names = {t for t, _ in found}
    assert not any("spatially averaged" in n for n in names)
    assert "MSSA" not in names


def test_a_headless_long_form_before_raw_data_is_no_method(nlp):
    found, _ = _found(nlp, "We photograph shop shelves as Wide Contrast Span (WCS) images and keep the "
                           "shelf sonar (SS) recordings of each aisle. WCS images help the counter.")
    names = {t for t, _ in found}
    assert not {"Wide Contrast Span", "WCS", "shelf sonar", "SS"} & names


def test_the_capitals_inside_a_long_form_of_raw_data_name_that_data_too(nlp):
    found, _ = _found(nlp, "We predict shelf faults from shelf-mounted QXR (sQXR) recordings. "
                           "The QXR traces of each aisle are noisy, so we smooth QXR before counting.")
    names = {t for t, _ in found}
    assert not {"QXR", "sQXR", "shelf-mounted QXR"} & names


def test_a_headed_long_form_before_raw_data_stays_a_method(nlp):
    found, _ = _found(nlp, "We clean the photos with a Shelf Denoising Network (SDN). The SDN images are sharp.")
    assert ("Shelf Denoising Network", "Method") in found


def test_a_noun_long_form_keeps_its_own_name(nlp):
    found, _ = _found(nlp, "We add Shelf Box Normalization (SBN) layers to the counter.")
    assert ("Shelf Box Normalization", "Method") in found


def test_a_long_form_that_runs_into_a_naming_verb_is_no_definition(nlp):
    found, _ = _found(nlp, "We design a compact shelf network, called (CSNet), to count boxes.")
    names = {t for t, _ in found}
    assert not any("called" in n for n in names)
    assert "CSNet" in names


def test_named_as_an_adjective_is_no_naming_verb(nlp):
    found, _ = _found(nlp, "We study named entity recognition (NER) on shelf labels. NER finds brands.")
    assert ("named entity recognition", "Task") in found


def test_an_adjective_long_form_before_the_nouns_it_describes_is_no_method(nlp):
    found, _ = _found(nlp, "We compute thermally stable (TS) shelf layouts and a bottom-up (BU) box grouping. "
                           "The TS layouts and BU grouping are cheap.")
    names = {t for t, _ in found}
    assert not any(n.startswith(("thermally stable", "bottom-up")) for n in names), names
    assert not {"TS", "BU"} & names


def test_an_adjective_long_form_whose_acronym_stands_alone_stays(nlp):
    found, _ = _found(nlp, "We train a Greedy Shelf-Adaptive (GSA) agent on shop shelves. GSA outperforms "
                           "earlier counters.")
    names = {t for t, _ in found}
    assert "GSA" in names or any(n.startswith("Greedy Shelf-Adaptive") for n in names), names


def test_a_noun_ending_like_an_adjective_keeps_its_long_form(nlp):
    found, _ = _found(nlp, "We train a Shelf Student Agent (SSA) and a Box Gradient (BG) counter. "
                           "SSA weights and BG counters are small.")
    names = {t for t, _ in found}
    assert any(n.startswith("Shelf Student Agent") for n in names), names


def test_an_adjective_long_form_whose_acronym_heads_the_title_stays(nlp):
    (ex,) = list(extract_papers([Paper("t1", "SHAPE: Shelf Counting in Shops",
                                       "We propose a Shelf-Adaptive Progressive (SHAPE) box counter for shops.")],
                                nlp=nlp))
    names = {m.text for m in ex.mentions}
    assert "SHAPE" in names or any(n.startswith("Shelf-Adaptive Progressive") for n in names), names


def test_an_adjective_long_form_before_agent_names_the_agent(nlp):
    found, _ = _found(nlp, "We train a Layered Cross-Modal (LCM) agent for shops. The LCM agent counts boxes.")
    assert ("Layered Cross-Modal (LCM) agent", "Method") in found, found


def test_a_store_of_facts_a_method_queries_is_no_method(nlp):
    found, _ = _found(nlp, "Shelf agents answer questions over a recipe graph (RG) and a pantry fact base (PFB). "
                           "Each RG node is a dish; two RGs share ingredients, and PFB rows list prices.")
    names = {t for t, _ in found}
    assert not any(n.startswith(("recipe graph", "pantry fact base")) for n in names), found
    assert not {"RG", "RGs", "PFB"} & names, found


def test_a_graph_a_proposal_governs_is_no_method(nlp):
    found, _ = _found(nlp, "We propose ShelfNet, which links shelf photos to a recipe graph (RG) of dishes.")
    names = {t for t, _ in found}
    assert "ShelfNet" in names
    assert not {"recipe graph", "RG"} & names, found


def test_a_graph_the_paper_proposes_stays_a_method(nlp):
    found, _ = _found(nlp, "We propose a Shelf Relation Graph (SRG) that reasons about box pairs. "
                           "The SRG beats plain counters.")
    assert ("Shelf Relation Graph", "Method") in found


def test_a_long_form_headed_by_a_dataset_word_before_a_preposition_is_a_dataset(nlp):
    # "X Corpus for Y" is a corpus, whatever its last word: the head of the phrase stands before its preposition
    found, _ = _found(nlp, "We score our parser on the Quokka Corpus for Shelf Reasoning (QCSR) and report gains.")
    assert ("Quokka Corpus for Shelf Reasoning", "Dataset") in found
    assert ("QCSR", "Dataset") in found
    assert not any(t == "Method" and "Quokka" in n for n, t in found)


def test_a_long_form_headed_by_a_dataset_word_before_a_participle_is_a_dataset(nlp):
    # "X dataset requiring Y" is a dataset that requires Y, not the task its first words name
    found, _ = _found(nlp, "We release a new Shelf Counting dataset requiring spatial reasoning (SheCo) drawn from "
                           "store photos, and models trained on SheCo still lag behind people.")
    assert ("Shelf Counting dataset requiring spatial reasoning", "Dataset") in found
    assert ("SheCo", "Dataset") in found
    assert not any(t == "Task" and "Shelf Counting" in n for n, t in found)


def test_a_technique_that_handles_data_stays_a_method(nlp):
    # "Dataset Pruning Method": the "-ing" word is the technique's, not a participle describing a dataset
    found, _ = _found(nlp, "We propose a Dataset Pruning Method (DPM) that keeps only the informative shelf photos.")
    assert ("Dataset Pruning Method", "Method") in found


def test_a_long_form_headed_by_a_technique_before_a_preposition_stays_a_method(nlp):
    found, _ = _found(nlp, "We propose a Shelf Network for Glyph Coherence (SNGC) and a Quokka Bank of Filters (QBF).")
    assert ("Shelf Network for Glyph Coherence", "Method") in found
    assert ("Quokka Bank of Filters", "Method") in found


def test_a_hyphenated_long_form_ending_in_a_view_names_no_entity(nlp):
    # "bird's-eye view (BEV)" names a viewpoint; written with hyphens its head is still "view"
    found, _ = _found(nlp, "Shelf points are projected to a top-down-view (TDV) and a side-view (SV). "
                           "The TDV map is fused with the SV map by our QuokkaFuse network.")
    names = {n for n, _ in found}
    assert not {"top-down-view", "side-view", "TDV", "SV"} & names
    assert "QuokkaFuse" in names


def test_a_long_form_a_task_or_setting_noun_names_is_a_task(nlp):
    # "a setting called X (Y)": X names a problem setting; "a pretext task, dubbed X (Y)" is a means to train with
    found, _ = _found(nlp, "We study a practical setting called Shelf-Specific Glyph Transfer (SSGT) and a new "
                           "problem setup, namely Counting with Open Shelves (COS). We train with a novel pretext "
                           "task, dubbed as Shelf Jigsaw Puzzles (SJP). We cast counting as a sparse matching "
                           "problem, called Deep Shelf Matching Sets (DSMS).")
    assert ("Shelf-Specific Glyph Transfer", "Task") in found
    assert ("Counting with Open Shelves", "Task") in found
    assert ("Shelf Jigsaw Puzzles", "Method") in found
    assert ("Deep Shelf Matching Sets", "Method") in found


def test_an_acronym_defined_before_a_task_head_names_the_object_alone(nlp):
    # "glyph-shelf contact (GSC) detection": the task is the long form with its head; "GSC" alone names the
    # contacts the task finds, no technique
    found, _ = _found(nlp, "We study glyph-shelf contact (GSC) detection in store photos. "
                           "Prior GSC detectors miss small GSCs, and GSC varies with lighting.")
    assert ("glyph-shelf contact (GSC) detection", "Task") in found
    assert not {n for n, t in found if t == "Method" and n.startswith("GSC")}


def test_a_technique_acronym_defined_before_a_task_head_stays_a_method(nlp):
    # the long form is headed by a technique noun: its acronym alone is that technique
    found, _ = _found(nlp, "We speed up Shelf Glyph Network (SGN) inference on phones. SGN runs in 5 ms.")
    assert ("SGN", "Method") in found


def test_a_coined_acronym_defined_before_a_task_head_stays_a_method(nlp):
    # a naming verb before the long form: the paper names its own technique, and the acronym alone is it
    found, _ = _found(nlp, "We give counting rules named Sparse Glyph Matrix (SGM) estimation. "
                           "The speed of SGM over dense counters is large.")
    assert ("SGM", "Method") in found


def test_a_region_of_interests_in_the_plural_names_no_entity(nlp):
    # "interests" heads a region as "interest" does: the acronym names no technique
    found, _ = _found(nlp, "We crop Shelf Regions of Interests (SROI) from each photo and count the SROI glyphs.")
    names = {n for n, _ in found}
    assert not {"Shelf Regions of Interests", "SROI"} & names


def test_letters_the_lexicon_spells_by_other_words_take_no_type_from_it(nlp):
    # the curated lexicon knows "DSC" as the Dice similarity coefficient (a Metric): a long form sharing no word
    # with it is something else, and keeps the type its own words give
    found, _ = _found(nlp, "We annotate the shelf photos with Dense Surface Contact (DSC) labels and train on them.")
    assert ("Dense Surface Contact", "Method") in found
    assert not any(t == "Metric" for _, t in found)


def test_letters_spelt_as_the_lexicon_spells_them_keep_its_type(nlp):
    found, _ = _found(nlp, "We report the dice similarity coefficient (DSC) of every shelf.")
    assert ("DSC", "Metric") in found
    # a slip in one word of the lexicon's long form is still that thing
    found, _ = _found(nlp, "We report the Dice Similarity Coeff. (DSC) of every shelf.")
    assert ("DSC", "Metric") in found
    # a lexicon short form without a long form of its own still types a bare long form
    found, _ = _found(nlp, "We follow the Room-to-Room (R2R) protocol for shelves.")
    assert ("R2R", "Dataset") in found


def test_a_long_form_opening_on_a_task_verb_gerund_is_a_task(nlp):
    # the gerund's noun ("recognition", "classification") is a task head: the phrase names doing a task, even
    # where the lexicon knows the letters as a Dataset ("RTE")
    found, _ = _found(nlp, "Experiments on Recognizing Temporal Events (RTE) on shelves show gains.")
    assert {("Recognizing Temporal Events", "Task"), ("RTE", "Task")} <= found
    found, _ = _found(nlp, "Classifying Shelf Layouts (CSL) is hard for current counters.")
    assert ("Classifying Shelf Layouts", "Task") in found


def test_a_long_form_opening_on_another_gerund_stays_a_method(nlp):
    found, _ = _found(nlp, "We introduce Learning Without Glyphs (LWG), a new regime for shelf counting.")
    assert ("Learning Without Glyphs", "Method") in found
    # a naming verb before it: the paper names its own technique
    found, _ = _found(nlp, "We propose a scheme called Detecting Glyph Outliers (DGO) for shelves.")
    assert ("Detecting Glyph Outliers", "Method") in found


def test_a_device_an_organisation_or_a_theory_defined_as_an_acronym_is_no_method(nlp):
    """A long form headed by a device, an organisation or a theory, or whose acronym a device or an organisation
    noun follows, names no technique, and neither do its acronym and the acronym's plural; a recurrent unit and a
    coined network still do."""
    found, _ = _found(nlp, "Readings of a glove-mounted Quux Measurement Unit (QMU) and a Widget Positioning Sensor "
                           "(WPS) feed our Gated Quux Unit (GQU), trained at the Quux Widget Research (QWR) Lab "
                           "against plasma wave theory (PWT) on Time-of-Flight (ToF) cameras. The QMU drifts, two "
                           "QMUs lag; GQU and our Zorp Network (ZN) do not.")
    names = {t for t, _ in found}
    assert not {"Quux Measurement Unit", "QMU", "QMUs", "Widget Positioning Sensor", "Quux Widget Research", "QWR",
                "plasma wave theory", "PWT", "Time-of-Flight", "ToF"} & names
    assert {("Gated Quux Unit", "Method"), ("Zorp Network", "Method")} <= found


def test_a_field_acronym_before_a_product_noun_stays_a_name(nlp):
    # the toolkit is for the task: the acronym "PLR" stays a name, unlike one before a lab's or a camera's noun
    found, _ = _found(nlp, "We release an open pantry label recognition (PLR) toolkit written in Python. "
                           "Our recipes reach strong PLR accuracy on far-field recordings.")
    assert ("PLR", "Task") in found and ("pantry label recognition", "Task") in found, found


def test_a_named_long_form_before_a_plural_dataset_word_is_a_dataset(nlp):
    found, _ = _found(nlp, "We train the counter on the Corner Shop Shelf Photos (CSSP) datasets and report "
                           "the gains on CSSP.")
    assert ("Corner Shop Shelf Photos", "Dataset") in found
    assert ("Corner Shop Shelf Photos", "Method") not in found


def test_a_field_or_a_task_before_a_plural_dataset_word_is_no_dataset(nlp):
    found, _ = _found(nlp, "Most shelf reading (SR) datasets are small, and Shelf Classification (SC) benchmarks "
                           "are few.")
    assert ("shelf reading", "Dataset") not in found
    assert ("Shelf Classification", "Dataset") not in found


def test_an_acronym_written_before_its_long_form_is_its_alias(nlp):
    found, ex = _found(nlp, "We train a model, termed qLiMN for quokka Linear Mixing Networks. qLiMN counts boxes.")
    assert ("quokka Linear Mixing Networks", "Method") in found
    assert {m.aliases for m in ex.mentions if m.text == "quokka Linear Mixing Networks"} == {("qLiMN",)}
    assert "Linear Mixing Networks" not in {t for t, _ in found}


def test_a_long_form_before_a_kind_noun_its_acronym_leaves_out_is_that_kind(nlp):
    # "approach" is no letter of CGSAg: the name is the words before it, and the kind noun, not their head word
    # "aggregation", types it; a letter that spells the kind noun keeps it in the name; after a task head
    # ("extraction") the kind noun stays (cut, the words would name the task): the framework is the Method
    found, _ = _found(nlp, "A constraint graph-based shelf aggregation approach (CGSAg) reads photos. "
                           "CGSAg is fast, unlike a Shelf Graph Matching Method (SGMM). "
                           "A constraint graph-based shelf extraction framework (CGSE) reads labels.")
    assert ("constraint graph-based shelf aggregation", "Method") in found
    assert ("CGSAg", "Method") in found
    assert "constraint graph-based shelf aggregation approach" not in {t for t, _ in found}
    assert ("Shelf Graph Matching Method", "Method") in found
    assert ("constraint graph-based shelf extraction framework", "Method") in found
    assert ("CGSE", "Method") in found


@pytest.mark.parametrize("abstract, long, short", [
    ("We build a quokka call recognition system (QCR) for field recordings. QCR runs on a phone.",
     "quokka call recognition system", "QCR"),
    ("We propose a scene text recognition framework (STR) for shop signs. STR reads curved words.",
     "scene text recognition framework", "STR"),
])
def test_a_kind_noun_after_a_task_head_stays_in_the_long_form(nlp, abstract, long, short):
    # the words before the kind noun name a task: the acronym is the system or framework that does it, a Method,
    # and its long form keeps the kind noun (cut, it would name the task, or a Method named like one)
    found, _ = _found(nlp, abstract)
    assert (long, "Method") in found and (short, "Method") in found
    assert not {n for n, _ in found if n == long.rsplit(" ", 1)[0]}


def test_a_kind_noun_after_a_task_word_alone_leaves_the_task_its_letters(nlp):
    # the acronym spells the task word alone: it is the task's own acronym, and the kind noun only says what the
    # paper builds for it
    found, _ = _found(nlp, "We present an image super-resolution approach (SR) for shelf photos. "
                           "Prior SR methods blur labels.")
    assert ("super-resolution", "Task") in found and ("SR", "Task") in found
    assert not {n for n, t in found if t == "Method" and "super-resolution" in n}


def test_a_kind_the_text_states_of_a_long_form_types_it(nlp):
    # an apposition or a copula right after the acronym says what the long form is: a task, a measure, a benchmark
    found, _ = _found(nlp, "Glyph Shelf Alignment (GSA) refers to the task of matching glyphs to shelves. We improve "
                           "GSA with priors. We study Glyph Shelf Ranking (GSR), the task of ranking shelf labels. "
                           "Quokka Shelf Overlap (QSO) is a standard measure of shelf crowding. We test on Glyph Quokka "
                           "Panels (GQP), a new shelf benchmark with ten aisles.")
    assert ("Glyph Shelf Alignment", "Task") in found and ("GSA", "Task") in found
    assert ("Glyph Shelf Ranking", "Task") in found and ("GSR", "Task") in found
    assert ("Quokka Shelf Overlap", "Metric") in found
    assert ("Glyph Quokka Panels", "Dataset") in found


def test_a_kind_noun_that_heads_no_statement_of_the_long_form_leaves_its_type(nlp):
    # the kind noun modifies another head ("a metric learning approach"), follows a technique word ("a technique for
    # the ... problem"), or the copula's subject is a longer phrase the long form ends ("Counting boxes via X (Y) is")
    found, _ = _found(nlp, "Shelf Glyph Coding (SGC) is a novel metric learning approach for shelves. We add Glyph "
                           "Drift Pooling (GDP), a technique for the shelf counting problem. Counting boxes via Glyph "
                           "Shelf Voting (GSV) is a long-standing problem.")
    assert ("Shelf Glyph Coding", "Method") in found
    assert ("Glyph Drift Pooling", "Method") in found
    assert ("Glyph Shelf Voting", "Method") in found


def test_a_long_form_its_own_technique_word_heads_takes_no_stated_kind(nlp):
    # a list item after the acronym ("..., the Quokka Shelf dataset, and ...") and a copula's noun say nothing about a
    # long form that ends in a technique's word: "... Network" stays a Method; a process noun still takes the kind
    found, _ = _found(nlp, "We compare Glyph Pooling Network (GPN), the Quokka Shelf dataset, and two baselines. "
                           "Shelf Tying Network (STN) is a hard problem for us. Glyph Shelf Regression (GSR) is a "
                           "classical problem in retail.")
    assert ("Glyph Pooling Network", "Method") in found and ("GPN", "Method") in found
    assert ("Shelf Tying Network", "Method") in found
    assert ("Glyph Shelf Regression", "Task") in found


def test_a_long_form_cut_before_the_noun_phrase_after_its_acronym_leaves_the_acronym_the_name(nlp):
    # the letters end on a compound adjective; "glyph search" goes on after the bracket: no name "Quokka GPU-Aware"
    found, ex = _found(nlp, "We propose the first Quokka GPU-Aware (QGA) glyph search for shelf robots. "
                            "QGA finds labels fast.")
    names = {t for t, _ in found}
    assert ("QGA", "Method") in found
    assert not any(n.startswith("Quokka GPU-Aware") for n in names)
    assert not any("Quokka GPU-Aware" in a for m in ex.mentions for a in m.aliases)
    # a long form that ends on its head noun names the thing, whatever noun follows the bracket
    found, _ = _found(nlp, "We propose Quokka Shelf Pooling (QSP) glyph features for the reader. QSP is fast.")
    assert ("Quokka Shelf Pooling", "Method") in found


def test_a_compound_adjective_long_form_runs_on_to_the_part_after_its_acronym(nlp):
    found, _ = _found(nlp, "We add a Quokka Anchor-Free (QAF) module to the shelf reader. The QAF module is small.")
    assert ("Quokka Anchor-Free (QAF) module", "Method") in found
    assert "Quokka Anchor-Free" not in {t for t, _ in found}



def test_an_adjective_long_form_whose_acronym_has_other_signs_keeps_its_acronym():
    """"(S+U)" is no name a bracket can be read out of, whatever word ends the long form before it."""
    from kg.extract.describing_long_forms import runs_on
    assert runs_on("Quokka Adaptive", "QA") and runs_on("Quokka Anchor-Free", "QAF")
    assert not runs_on("Quokka Adaptive", "S+U") and not runs_on("Quokka Anchor-Free", "S+U")


def test_an_adjective_long_form_whose_acronym_a_space_splits_still_runs_on(nlp):
    """"(QS 2)" is a subscript a converter set off, no sign: the long form runs on to "sampling" (a guard)."""
    from kg.extract.describing_long_forms import runs_on
    assert runs_on("quokka stochastic stratified", "QS 2")
    found, _ = _found(nlp, "We add a quokka stochastic stratified (QS 2 ) sampling step to the shelf reader.")
    assert "quokka stochastic stratified" not in {t for t, _ in found}


def test_a_long_form_of_kinds_of_data_before_the_nouns_it_describes_is_no_method(nlp):
    # "vision-language (VL)" names the media the tasks and features work in, as an adjective would: no Method, nor is
    # a bare "VL" before another noun, a capitalised one included; before a kind of model ("VL models") the letters
    # name that kind of model and stay, and so does an acronym of media that stands alone somewhere (a system's name)
    found, _ = _found(nlp, "We learn shelf features for vision-language (VL) tasks. Our VL features read labels, "
                           "and VL pre-training helps all VL Tasks.")
    names = {t for t, _ in found}
    assert not any("vision" in n.lower() for n in names), names
    assert "VL" not in names
    found, _ = _found(nlp, "We probe vision-language (VL) models on shelves. Our VL features help VL models.")
    assert "VL" in {t for t, _ in found}
    found, _ = _found(nlp, "We propose Audio-Visual (AV), a shelf reader. AV beats the prior counters.")
    assert "AV" in {t for t, _ in found}


def test_living_cells_and_an_imaging_procedure_name_no_entity(nlp):
    # what a method is applied to or an imaging procedure it reads: neither is a technique, nor their letters
    found, _ = _found(nlp, "We count Quokka Stem Cells (QSCs) in each slide with BERT, and the QSCs glow.")
    assert not {"Quokka Stem Cells", "QSCs", "QSC"} & {n for n, _ in found}
    found, _ = _found(nlp, "Our counter reads shelf photos and vessel maps from Fundus Dye Angiography (FDA).")
    assert not {"Fundus Dye Angiography", "FDA"} & {n for n, _ in found}
    found, _ = _found(nlp, "Shelf photos are taken through a Wide Fisheye Lens (WFL) and read by a Low Power "
                           "Sample Converter (LPSC); the WFL bends straight lines.")
    assert not {"Wide Fisheye Lens", "WFL", "Low Power Sample Converter", "LPSC"} & {n for n, _ in found}
    found, _ = _found(nlp, "Our counter answers shelf queries in commercial shelf assistants (SAs) for stores.")
    assert not {"shelf assistants", "SAs", "SA"} & {n for n, _ in found}


def test_a_lens_or_an_assistant_after_an_acronym_is_a_figure_of_speech(nlp):
    # "through the X lens", "a X assistant": the word after the acronym names no device the technique is
    found, _ = _found(nlp, "We read shelf counting through a Quokka Transport Kernel (QTK) lens; the QTK bound holds.")
    assert {"Quokka Transport Kernel", "QTK"} <= {n for n, _ in found}, found
    found, _ = _found(nlp, "We build a Shelf-Augmented Generation (SAG) assistant that answers shelf queries.")
    assert {"Shelf-Augmented Generation", "SAG"} <= {n for n, _ in found}, found
    found, _ = _found(nlp, "We deploy the QuokkaChat assistant on shelves and ask it to count boxes.")
    assert "QuokkaChat" in {n for n, _ in found}, found


def test_a_converter_or_an_assistant_that_is_a_technique_keeps_its_long_form(nlp):
    found, _ = _found(nlp, "Our Neural Shelf Converters (NSCs) restyle shelf photos before counting.")
    assert {"Neural Shelf Converters", "NSCs"} <= {n for n, _ in found}, found
    found, _ = _found(nlp, "We tune Large Language and Vision Assistant (LLaVA) to count boxes on shelves.")
    assert "LLaVA" in {n for n, _ in found}, found


def test_cells_after_a_technique_s_words_are_a_network_s_parts(nlp):
    # the plural "cells" names living cells only without a technique's words before it
    found, _ = _found(nlp, "We stack Gated Shelf Cells (GSCs) to count boxes, and the GSCs are fast.")
    assert {"Gated Shelf Cells", "GSCs"} <= {n for n, _ in found}, found
    found, _ = _found(nlp, "We stack bidirectional long short-term memory cells (BLSTMs) to count shelf boxes.")
    assert "BLSTMs" in {n for n, _ in found}, found


def test_a_data_set_named_after_a_contest_stays_a_dataset(nlp):
    found, _ = _found(nlp, "We release a new data set, compiled from the Shelf Counting Competitions (SCC), "
                           "for benchmarking counters. The data set, named SCC, holds shelf photos.")
    assert {"Shelf Counting Competitions", "SCC"} <= {n for n, _ in found}, found  # the corpus's votes type it


def test_a_recurrent_cell_a_network_is_built_of_stays_a_method(nlp):
    # a "cell" in the singular is as often a network's recurrent part: its long form stays a technique
    found, _ = _found(nlp, "We stack the Gated Shelf Recurrent Cell (GSRC) to count boxes, and the GSRC is fast.")
    assert any(n in ("Gated Shelf Recurrent Cell", "GSRC") and t == "Method" for n, t in found), found
