"""Name boundaries through the whole extractor (sentences written for these tests): metrics keep their
measure noun, datasets their edition, tasks lose their grading and means qualifiers."""

import pytest

from kg.extract import build_nlp, extract_one
from kg.extract.candidates import Candidate
from kg.extract.name_bounds import name_variants
from kg.models import Paper
from kg.vocab import EntityType as T


def mentions(text, title="A Title"):
    ex = extract_one(Paper("p", title, text), nlp=build_nlp())
    return {(m.type.value, m.text, m.canonical or m.text) for m in ex.mentions}


def found(text, title="A Title", kind=None):
    return {t for k, t, _ in mentions(text, title) if kind is None or k == kind}


# --- metrics --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, whole, piece", [
    ("Our variant is better on all available metrics (ADE, FDE, Collision rate) than common encoders.",
     "Collision rate", "Collision"),
    ("The sentence encoder reaches 78.1% Spearman's correlation on the similarity benchmarks.",
     "Spearman's correlation", "Spearman"),
    ("On the image benchmark our network has top-1 and top-5 errors of 21.3% and 5.9%.", "top-5 errors", "top-5"),
])
def test_a_metric_takes_the_measure_noun_written_after_it(text, whole, piece):
    names = found(text, kind="Metric")
    assert whole in names
    assert piece not in names


def test_a_shared_measure_noun_counts_for_the_metric_before_it():
    ms = mentions("On the image benchmark our network has top-1 and top-5 errors of 21.3% and 5.9%.")
    canon = {c for k, t, c in ms if k == "Metric" and t == "top-1"}
    assert canon == {"top-1 error"}  # not top-1 accuracy


def test_a_shared_plural_in_ies_gives_its_singular():
    ms = mentions("The tagger reaches top-1 and top-5 accuracies of 71.2% and 90.4% on the held-out split.")
    canon = {c for k, t, c in ms if k == "Metric" and t == "top-1"}
    assert canon == {"top-1 accuracy"}  # not "top-1 accuracie"


def test_a_top_k_takes_its_measure_noun_past_lower_case_modifiers():
    ms = mentions("The pretrained tagger reaches 61.2% top-1 probing accuracy on the held-out corpus.")
    assert ("Metric", "top-1 probing accuracy", "top-1 accuracy") in ms
    assert not any(k == "Metric" and t in ("top-1", "probing accuracy") for k, t, _ in ms)
    ms = mentions("On the image benchmark our network has 20.1% top-1 and 4.9% top-5 validation error.")
    assert ("Metric", "top-5 validation error", "top-5 error") in ms
    assert ("Metric", "top-1", "top-1 error") in ms  # the head it shares, not the lexicon's top-1 accuracy
    ms = mentions("Our recogniser reaches a top-5 classification error rate of 9.1% on the held-out pictures.")
    assert ("Metric", "top-5 classification error rate", "top-5 error") in ms
    ms = mentions("The boxes reach a top-1 localization error of 41.2% on the held-out pictures.")
    assert ("Metric", "top-1 localization error", "top-1 localization error") in ms  # another measure


def test_a_top_k_takes_no_noun_past_a_function_word_or_a_name():
    ms = mentions("The network gains 2% top-1 on the benchmark and its accuracy rises; 70% top-1 QuokkaSet accuracy.")
    assert not any(k == "Metric" and t.startswith("top-1 ") for k, t, _ in ms)


def top_k_readings(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    return [(m.text, m.canonical, m.rule) for m in ex.mentions if m.type.value == "Metric" and m.text.startswith("top")]


def test_a_bare_top_k_with_a_figure_of_half_or_more_is_an_accuracy():
    # no measure noun in the paper: a share of hits that high is an accuracy's
    assert top_k_readings("Trained with a tenth of the labels, the encoder reaches 71.5% top-1 on the held-out "
                          "pictures.") == [("top-1", "top-1 accuracy", "top-k-read")]
    assert top_k_readings("On the held-out pictures the encoder has a top-5 of 93.0% with one crop.") == [
        ("top-5", "top-5 accuracy", "top-k-read")]
    # the paper says both nouns elsewhere, the sentence neither: read by its figure
    assert top_k_readings("Lower error does not always mean higher accuracy. The encoder reaches 71.5% top-1 on "
                          "the held-out pictures.") == [("top-1", "top-1 accuracy", "top-k-read")]


def test_the_figure_that_reads_a_bare_top_k_as_an_accuracy_is_a_named_floor():
    from kg.extract.metric_bounds import TOP_K_ACCURACY_FLOOR

    # the floor itself reads as an accuracy; a figure just under it says nothing
    at = f"{TOP_K_ACCURACY_FLOOR:.1f}% top-1"
    under = f"{TOP_K_ACCURACY_FLOOR - 0.1:.1f}% top-1"
    assert [c for _, c, _ in top_k_readings(f"The encoder reaches {at} on the held-out pictures.")] == [
        "top-1 accuracy"]
    assert [r for _, _, r in top_k_readings(f"The encoder reaches {under} on the held-out pictures.")] == ["lexicon"]


def test_a_bare_top_k_nothing_says_is_higher_better_stays_as_written():
    # a small figure, or a margin: an error or an accuracy, either is possible
    assert [r for _, _, r in top_k_readings("The encoder has 21.5% top-1 on the held-out pictures.")] == ["lexicon"]
    assert [r for _, _, r in top_k_readings("The encoder beats the best tagger by 3.4% in terms of top-1 on the "
                                            "held-out pictures.")] == ["lexicon"]
    # a sentence naming a noun is read by it; a paper writing a headed top-k is read by it in the linker
    assert top_k_readings("The encoder lowers the error, reaching 71.5% top-1 on the held-out pictures.")[0][1:] == (
        "top-1 error", "top-k-read")
    rules = [r for t, _, r in top_k_readings("We report the top-5 test error and the top-1 accuracy. The encoder "
                                             "reaches 78.1% top-1 on the held-out pictures.") if t == "top-1"]
    assert rules == ["lexicon"]


def test_a_metric_coined_from_capitalised_pieces_takes_its_distance():
    from kg.extract.metric_bounds import complete_metric_heads
    from kg.extract.candidates import Candidate
    from kg.vocab import EntityType as T
    t = "Generated road maps are scored with the QuokkaMover distance and a lower L2 distance to the real ones."
    at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METRIC, 60, "lexicon-gen", w)  # noqa: E731
    got = [t[c.start:c.end] for c in complete_metric_heads(t, [at("QuokkaMover"), at("L2")])]
    assert got == ["QuokkaMover distance", "L2"]


def test_a_metric_that_is_a_measure_already_takes_no_noun():
    names = found("The segmenter gains 3.1 mIoU accuracy points and a lower L2 distance to the masks.", kind="Metric")
    assert "mIoU accuracy" not in names and "L2 distance" not in names


# --- datasets -------------------------------------------------------------------------------------------------


def test_a_dataset_keeps_the_edition_the_text_gives():
    text = "We detect scene text on ICDAR 2013 and ICDAR 2015, and identify people on PRID 2011."
    names = found(text, kind="Dataset")
    assert {"ICDAR 2013", "ICDAR 2015"} <= names
    assert "ICDAR" not in names


@pytest.mark.parametrize("text, whole, series", [
    ("Our recogniser is trained on the NTU RGB+D 60 and NTU-RGB+D 120 sets of skeleton clips.",
     "NTU-RGB+D 120", "NTU-RGB+D"),
    ("On the ChestX-Ray 14 benchmark our classifier is as accurate as larger networks.", "ChestX-Ray 14", "ChestX-Ray"),
    ("Segmentation masks are compared on DAVIS 16, where our tracker is fastest.", "DAVIS 16", "DAVIS"),
    ("The chatbot was ranked on the Conversational Intelligence Challenge 2 data by human raters.",
     "Conversational Intelligence Challenge 2", "Conversational Intelligence Challenge"),
])
def test_a_dataset_keeps_the_number_of_its_edition(text, whole, series):
    names = found(text, kind="Dataset")
    assert whole in names and series not in names


@pytest.mark.parametrize("text, whole, series", [
    ("Our decoder is tuned for the WMT 17 translation tasks from English into Finnish.", "WMT 17", "WMT"),
    ("We also report the IWSLT 17 task German→English, where back-translation helps most.", "IWSLT 17", "IWSLT"),
    ("Our system took part in the WMT 12 shared task on Czech-English news.", "WMT 12", "WMT"),
    ("The speech translator is scored on IWSLT '18 Spanish-Basque talks.", "IWSLT '18", "IWSLT"),
    ("Compared with the IWSLT 16 English-Arabic baseline, our model gains 2 BLEU.", "IWSLT 16", "IWSLT"),
    ("Masks are scored by J&F on DAVIS 17 . Our tracker runs in real time on DAVIS 17", "DAVIS 17", "DAVIS"),
])
def test_a_dataset_keeps_a_two_digit_year_written_after_a_space(text, whole, series):
    names = found(text, kind="Dataset")
    assert whole in names and series not in names


@pytest.mark.parametrize("text, whole, canonical", [
    ("Our decoder is tuned for the WMT 16 English-Romanian pair with back-translation.", "WMT 16", "WMT16"),
    ("Our decoder is tuned for the WMT 14 translation tasks from English into German.", "WMT 14", "WMT14"),
    ("We also report the IWSLT 14 task German-English, where dropout helps most.", "IWSLT 14", "IWSLT14"),
])
def test_a_spaced_year_that_makes_a_lexicon_name_keeps_its_canonical(text, whole, canonical):
    ms = {t: c for k, t, c in mentions(text) if k == "Dataset"}
    assert ms.get(whole) == canonical


@pytest.mark.parametrize("text, figure", [
    ("Our translator scores 24 BLEU on WMT 24 language pairs of the news task.", "WMT 24"),
    ("Our tracker is evaluated on DAVIS 20 times faster than the previous best method.", "DAVIS 20"),
    ("Objects are detected on COCO 80 classes and on KITTI 3D boxes.", "COCO 80"),
    ("We learn from the bAbI 20 tasks with a memory network of 3 hops.", "bAbI 20"),
])
def test_a_figure_after_a_dataset_is_no_two_digit_year(text, figure):
    assert figure not in found(text, kind="Dataset")


@pytest.mark.parametrize("text, whole, cut", [
    ("We rank second on SemEval 2019 Task 6 with a small ensemble of sentence encoders.",
     "SemEval 2019 Task 6", "SemEval 2019"),
    ("Relations are classified on the TACRED and SemEval task 8 datasets with an F1 of 88.1.",
     "SemEval task 8", "SemEval"),
    ("Our graphs are parsed for the SemEval 2016 Shared Task 8 on meaning representations.",
     "SemEval 2016 Shared Task 8", "SemEval 2016"),
])
def test_a_dataset_keeps_the_numbered_task_the_text_gives(text, whole, cut):
    names = found(text, kind="Dataset")
    assert whole in names and cut not in names


def test_a_task_number_after_a_no_break_space_is_read_as_after_a_space():
    # a PDF's text often keeps a no-break space between a campaign's words: one line still, the task is the name's
    names = found("We rank second on SemEval 2019\u00a0Task\u00a06 with a small ensemble of sentence encoders.",
                  kind="Dataset")
    assert "SemEval 2019\u00a0Task\u00a06" in names and "SemEval 2019" not in names


def test_a_task_number_glued_to_its_word_is_no_name_of_its_own():
    ms = mentions("Our reader answers the three subtasks of SemEval Task4: reading comprehension of abstract meaning.")
    assert ("Dataset", "SemEval Task4", "SemEval Task4") in ms
    assert not {t for _, t, _ in ms if t in ("Task4", "SemEval")}


def test_a_figure_after_task_is_no_task_number():
    names = found("Scores on the SemEval task 2.5 points apart are within noise.", kind="Dataset")
    assert not any("2.5" in n for n in names)


def test_a_task_number_is_read_on_the_names_own_line_and_in_ascii_digits():
    names = found("Answers are ranked on SemEval\nTask 3 asks for a ranking of the answers.", kind="Dataset")
    assert not any("\n" in n for n in names) and not any("Task 3" in n for n in names)
    names = found("We rank second on SemEval Task \u0663 with a small ensemble of sentence encoders.", kind="Dataset")
    assert not any("\u0663" in n for n in names)


def test_a_footnote_mark_after_a_dataset_is_no_edition():
    names = found("We build Zorbdata5M 1 , a new graph corpus, and rank first on SemanticKITTI 1 and Atari 3 ) here.",
                  kind="Dataset")
    assert not {"Zorbdata5M 1", "SemanticKITTI 1", "Atari 3"} & names


def test_a_lexicon_name_a_line_break_hyphenated_is_still_the_name():
    ms = mentions("Our classifier is pretrained on Ima-geNet and scored on Hu-man3.6M poses with Effi-cientNet "
                  "features, while Cross-task transfer is left for later.")
    canon = {(k, c) for k, t, c in ms}
    assert {("Dataset", "ImageNet"), ("Dataset", "Human3.6M"), ("Method", "EfficientNet")} <= canon
    assert not any(c == "CrossTask" for _, c in canon)  # a compound written with a hyphen is no broken word


def test_a_series_word_before_the_rest_of_a_lexicon_name_is_one_name():
    ms = mentions("Masks are scored on the PASCAL VOC-2012 segmentation task and on PAS-CAL VOC 2012 scenes.")
    names = {t: c for k, t, c in ms if k == "Dataset"}
    assert names.get("PASCAL VOC-2012") == "PASCAL VOC 2012" and names.get("PAS-CAL VOC 2012") == "PASCAL VOC 2012"
    assert "PASCAL" not in names and "PAS-CAL" not in names


def test_a_lexicon_dataset_the_text_spaces_otherwise_is_found_whole():
    ms = mentions("We estimate ages on MORPH Album 2, segment PAS-CAL Context scenes and ScanNet V2 rooms, and "
                  "estimate depth on KITTI depth estimation splits.")
    names = {t: c for k, t, c in ms if k == "Dataset"}
    assert names.get("MORPH Album 2") == "MORPH Album2" and names.get("ScanNet V2") == "ScanNetV2"
    assert names.get("PAS-CAL Context") == "PASCAL Context"
    assert "KITTI depth" not in names  # a lower-case word goes on the sentence, not the name


def test_a_lexicon_dataset_whose_first_half_is_written_before_a_slash_is_found_whole():
    ms = mentions("Trajectories are forecast on the ETH/Ucy dataset of walking people.")
    names = {t: c for k, t, c in ms if k == "Dataset"}
    assert names.get("ETH/Ucy") == "ETH/UCY"
    assert not {t for k, t, _ in ms if t in ("ETH", "Ucy")}
    names = found("Trajectories are forecast on the Zorb/Ucy dataset of walking people.", kind="Dataset")
    assert "Zorb/Ucy" not in names  # no lexicon name there


def test_a_year_after_an_apostrophe_is_the_edition_whatever_the_name_ends_in():
    names = found("We evaluate our recogniser on the Zorb5'00 benchmark, reaching a word error rate of 11.8%.",
                  kind="Dataset")
    assert "Zorb5'00" in names and "Zorb5" not in names


def test_two_datasets_named_together_are_two_names():
    names = found("We present two new aerial datasets called SAT-4 and SAT-6, and a classifier for them.")
    assert "SAT-4 and SAT-6" not in names
    assert {"SAT-4", "SAT-6"} <= names


def test_a_generated_lexicon_surname_cited_beside_another_is_no_dataset():
    text = ("Rotations were learned by Barmpoutis and Ritter [4], and a separate work by Ritter et al. [38] "
            "used other norms.")
    assert "Ritter" not in found(text)


# --- tasks ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, task, qualified", [
    ("A Sequential Network for Efficient Person Search", "Person Search", "Efficient Person Search"),
    ("Unprocessing Photographs for Learned Raw Denoising", "Raw Denoising", "Learned Raw Denoising"),
    ("Gated Heads for Neural Language Generation", "Language Generation", "Neural Language Generation"),
])
def test_a_title_task_loses_its_grading_or_means_qualifier(title, task, qualified):
    names = found("We study the problem in depth.", title=title, kind="Task")
    assert task in names
    assert qualified not in names


@pytest.mark.parametrize("text, task, led", [
    ("Our pruned detector brings real-time semantic segmentation to small drones.",
     "semantic segmentation", "real-time semantic segmentation"),
    ("The sampler scales to large-scale image classification with a thousand labels.",
     "image classification", "large-scale image classification"),
    ("Pocket cameras now afford Real-Time Object Detection at the edge.", "Object Detection", "Real-Time Object Detection"),
])
def test_a_setting_word_before_a_known_task_leaves_the_task(text, task, led):
    names = found(text, kind="Task")
    assert task in names
    assert led not in names


def test_a_setting_word_inside_a_name_of_another_kind_stays():
    got = mentions("Our tagger ranks first on the YouTube-8M Large-Scale Video Understanding dataset this year.")
    assert ("Dataset", "YouTube-8M", "YouTube-8M") in got
    assert not any(k == "Dataset" and "Large-Scale" in t for k, t, _ in got)


def test_a_direction_before_another_process_noun_names_that_task():
    names = found("The encoder serves text-to-video retrieval, and also text-to-video and video-to-text retrieval "
                  "on cooking clips.", kind="Task")
    assert "text-to-video retrieval" in names
    assert "video-to-text retrieval" in names
    assert "text-to-video" not in names and "text retrieval" not in names
    canon = {c for k, t, c in mentions("A gallery of text-to-video generation samples and text-to-video scores.")
             if k == "Task"}
    assert "text-to-video generation" in canon  # the lexicon's own task stays where nothing else follows
    got = mentions("Prompts for text-to-image synthesis and a text-to-SQL generation step.")
    assert ("Task", "text-to-image synthesis", "text-to-image generation") in got  # a longer lexicon name stands
    assert ("Task", "text-to-SQL", "text-to-SQL") in got  # a direction that is the task's whole name stays


def test_a_direction_whose_first_half_lost_its_hyphen_is_read_whole_where_the_text_writes_it_hyphenated():
    got = mentions("Our sampler speeds up text-to-image generation. Unlike prior textto-image generation systems, it "
                   "also serves sketchto-image retrieval and sketch-to-photo search.")
    assert ("Task", "textto-image generation", "text-to-image generation") in got
    assert ("Task", "sketchto-image retrieval", "sketch-to-image retrieval") in got
    assert not any(t in ("image generation", "image retrieval") for _, t, _ in got)
    got = mentions("Our Quokkato-image retrieval step is fast.")  # the text writes no "Quokka-to-": no direction
    assert not any("Quokka-to-" in c for _, _, c in got)


@pytest.mark.parametrize("text, whole, cut", [
    ("The decoder improves the Romanian to Swedish translation task by two points.",
     "Romanian to Swedish translation", "Swedish translation"),
    ("Gains hold on the Hungarian→Polish translation task as well.",
     "Hungarian→Polish translation", "Polish translation"),
    ("A Lexicon-Free Danish to Turkish Translation", "Danish to Turkish Translation", "Turkish Translation"),
])
def test_a_translation_task_takes_its_source_language(text, whole, cut):
    names = found(text, kind="Task")
    assert whole in names
    assert cut not in names


def test_a_pdf_question_mark_for_an_arrow_joins_a_language_pair():
    got = mentions("Our model wins on the Estonian ? Finnish translation task and the Spanish?Italian one.")
    assert ("Task", "Estonian ? Finnish translation", "Estonian→Finnish translation") in got


def test_a_word_before_to_that_is_no_language_stays_out_of_a_task():
    names = found("A Sound Approach to Hungarian Translation", kind="Task")
    assert "Hungarian Translation" in names and "Approach to Hungarian Translation" not in names


def test_a_list_noun_glued_to_a_task_by_a_dash_is_no_prefix():
    names = found("The encoder serves two tasks-audio-visual speech recognition and lip reading.", kind="Task")
    assert "audio-visual speech recognition" in names
    assert "tasks-audio-visual speech recognition" not in names
    names = found("We benchmark both problems-cause-effect relation classification and tagging.", kind="Task")
    assert "cause-effect relation classification" in names
    assert "Semi-Supervised Defect Detection" in found("We study Semi-Supervised Defect Detection on boards.")


def test_a_granularity_before_a_known_task_is_part_of_the_task():
    names = found("Message passing nets are pretrained for graph-level property prediction on small molecules, "
                  "and a second head handles document-level relation extraction.", kind="Task")
    assert {"graph-level property prediction", "document-level relation extraction"} <= names
    assert not {"property prediction", "relation extraction"} & names
    names = found("The filters recover high-level semantic segmentation cues.", kind="Task")
    assert "high-level semantic segmentation" not in names  # a grade, no granularity
    names = found("Our ensemble reaches expert-level skin lesion classification.", kind="Task")
    assert "expert-level skin lesion classification" not in names  # a person's skill, no granularity


def test_a_task_phrase_a_title_bases_its_work_on_or_an_abstract_implements_is_no_task():
    names = found("We study small glyphs in scanned ledgers.",
                  title="Small Glyph Detection Based on Stroke Skeleton Localization", kind="Task")
    assert "Stroke Skeleton Localization" not in names
    assert "Glyph Detection" in names or "Small Glyph Detection" in names
    names = found("The decoder implements a novel graph-based multi-scale estimation on a stroke lattice.", kind="Task")
    assert "graph-based multi-scale estimation" not in names


def test_a_line_break_glitch_in_a_qualifier_is_still_the_qualifier():
    names = found("We use coarse labels to boost endto-end semantic human matting without trimaps.", kind="Task")
    assert "endto-end semantic human matting" not in names
    assert "semantic human matting" in names


def test_a_grade_and_a_bare_process_word_name_no_task():
    names = found("A symmetric expanding path enables precise localization of the cells.", kind="Task")
    assert not {"precise localization", "localization"} & names


def test_a_joint_task_keeps_its_second_half():
    names = found("We study both parts together.", title="Triple Decoders for Joint Detection and Segmentation",
                  kind="Task")
    assert "Joint Detection" not in names
    assert "Joint Detection and Segmentation" in names


def test_what_a_title_does_its_work_with_is_no_task():
    names = found("We extract relations from noisy sentences.",
                  title="Relation Extraction with Sentence Reconstruction", kind="Task")
    assert "Sentence Reconstruction" not in names


def test_what_a_paper_proposes_with_an_article_is_no_task():
    text = "We propose a multi-scale pooling segmentation as the underlying model of our detector."
    ms = mentions(text)
    assert not any(k == "Task" and "pooling segmentation" in t for k, t, _ in ms)


def test_a_title_phrase_before_and_x_for_a_task_is_the_method():
    names = found("We match images and captions.", title="Similarity Reasoning and Filtration for Image-Text Matching",
                  kind="Task")
    assert "Similarity Reasoning" not in names


def test_a_system_the_paper_proposes_is_no_task():
    text = ("The proposed system, Knowledgeable Outside Memory for Commonsense Reasoning (KOMCR), answers "
            "the questions of the benchmark.")
    ms = mentions(text)
    assert not any(k == "Task" and "Commonsense Reasoning" in t for k, t, _ in ms)
    assert any(k == "Method" and t == "Knowledgeable Outside Memory for Commonsense Reasoning" for k, t, _ in ms)


def test_a_graded_measure_loses_its_grade_even_when_a_line_break_joined_it():
    names = found("Our restorer wins in terms of wellknown fidelity metrics and perceptual scores.", kind="Metric")
    assert "wellknown fidelity" not in names


def test_internal_data_is_no_named_dataset():
    names = found("The agent improves by 43% on a complex internal generalized QX dataset and on the KITTI dataset.",
                  kind="Dataset")
    assert "QX" not in names
    assert "KITTI" in names


# --- corpus level: a guessed measure never used as one ------------------------------------------------------------


def _linked(pid, text, phrase, rule="metric-role"):
    from kg.models import Extraction, Linked, Mention
    from kg.vocab import EntityType as T

    s = text.index(phrase)
    m = Mention(T.METRIC, phrase, s, s + len(phrase), rule=rule)
    return Linked(Extraction(Paper(pid, "", text), (m,)), ("metric:learning-speed",))


def test_a_measure_guessed_from_its_role_in_many_papers_is_still_no_node():
    from kg.graph.prune import WeakEvidence

    w = WeakEvidence()
    w.add(_linked("a", "Our scheme improves the learning speed of small agents.", "learning speed"))
    w.add(_linked("b", "A warm start helps the learning speed and stability.", "learning speed"))
    assert w.weak_ids() == {"metric:learning-speed"}
    w.add(_linked("c", "It reaches a learning speed of 3 epochs per hour.", "learning speed"))
    assert w.weak_ids() == set()  # used as a measure once: a node


def test_a_field_word_of_a_compound_stays():
    names = found("We parse sentences.", title="Transition Tricks for Efficient Architecture Search", kind="Task")
    assert "Architecture Search" in names
    names = found("We parse sentences.", title="Stack Tricks for Neural Network Transition-Based Parsing", kind="Task")
    assert "Network Transition-Based Parsing" not in names


def test_a_distance_the_paper_computes_is_a_method_and_one_it_scores_with_a_metric():
    text = ("Among its variants, Relaxed Page Mover's Distance (RPMD) is the most popular for its speed. "
            "We score shapes by the Blurred Chamfer Distance (BCD); our generator reaches a BCD of 0.31.")
    ms = mentions(text)
    kinds = {t: k for k, t, _ in ms}
    assert kinds.get("Relaxed Page Mover's Distance") == "Method"
    assert kinds.get("Blurred Chamfer Distance") == "Metric"


def test_a_task_phrase_led_by_a_verb_loses_the_verb():
    names = found("The reward shaping simplifies Q-value estimation to a running mean.", kind="Task")
    assert "simplifies Q-value estimation" not in names


def test_an_acronym_the_paper_proposes_is_a_method_unless_it_names_data():
    ms = mentions("We propose an Edge booster for Motif-aware community detection (EbMot). "
                  "We also introduce a new multi-person parsing (MPP) dataset.")
    kinds = {t: k for k, t, _ in ms}
    assert kinds.get("Edge booster for Motif-aware community detection") == "Method"
    assert kinds.get("multi-person parsing") != "Method"


def test_a_line_break_hyphen_inside_a_name_is_repaired_in_the_node_name():
    from kg.extract import extract_papers
    from kg.link import link

    papers = [Paper("a", "A Title", "We count crowds on the Shang-haiTech Part B benchmark and beat prior counts.")]
    linking = link(list(extract_papers(papers, nlp=build_nlp())))
    names = {e.name for e in linking.entities.values()}
    assert "ShanghaiTech Part B" in names
    assert "Shang-haiTech Part B" not in names


def test_automation_words_leave_a_task_and_an_output_is_no_task():
    names = found("We study it.", title="Towards Automatic Face-to-Face Translation", kind="Task")
    assert "Face-to-Face Translation" in names and "Automatic Face-to-Face Translation" not in names
    names = found("We show the generated segmentation maps help other segmenters.", kind="Task")
    assert "generated segmentation" not in names


def test_a_method_proposed_for_a_task_leaves_the_task_a_task():
    ms = mentions("We propose a single-stage Human-Object Interaction (HOI) detection method that wins.")
    assert not any(k == "Method" and "detection" in t and "method" not in t for k, t, _ in ms)


def test_a_dataset_word_after_a_named_edition_is_part_of_its_name():
    names = found("We rank first on the DAVIS 2017 Unsupervised dataset and report BLEU on WMT'14 English-German.",
                  kind="Dataset")
    assert "DAVIS 2017 Unsupervised" in names
    assert "Unsupervised" not in names


def test_a_dotted_version_stays_on_the_dataset():
    names = found("Our parser reaches new results on AMR 1.0 and on the LDC corpus.", kind="Dataset")
    assert "AMR 1.0" in names and "AMR" not in names


def test_long_forms_of_names_the_paper_proposes_are_methods():
    ms = mentions("We propose HyperQL (Hyperbolic Query Learning), a simple model. Our model, LRQL (Latent "
                  "Relational Query Learning) is a novel approach. We propose a novel discriminatively-trained "
                  "Cycle-Consistent Adversarial Scene Adaptation model.")
    tasks = {t for k, t, _ in ms if k == "Task"}
    assert not {"Hyperbolic Query Learning", "Latent Relational Query Learning",
                "Cycle-Consistent Adversarial Scene Adaptation"} & tasks


def test_outputs_of_a_process_and_spaced_end_to_end_are_handled():
    names = found("RRPN maps Radar detections to the image plane.", kind="Task")
    assert "Radar detection" not in names and "Radar detections" not in names
    names = found("We study it.", title="A Study of CLIP for End to End Video Clip Retrieval", kind="Task")
    assert "End to End Video Clip Retrieval" not in names


def test_a_title_acronym_spelt_out_with_its_and_is_the_method_not_a_task():
    names = found("We detect interactions in one stage.",
                  title="QPDM: Quick Point Detection and Matching for Real-time Interaction Detection", kind="Task")
    assert "Quick Point Detection" not in names


def test_a_generated_metric_inside_a_longer_name_is_no_metric():
    names = found("Our entry achieves a test set accuracy of 88.1% and a better closed-set accuracy.",
                  kind="Metric")
    assert "set accuracy" not in names


def test_a_name_with_a_system_noun_before_for_is_a_method():
    ms = mentions("We propose an LSTM based Encoder-Decoder scheme for Anomaly Spotting (EncDec-AS) that learns "
                  "to reconstruct normal behaviour.")
    assert not any(k == "Task" and "scheme for" in t for k, t, _ in ms)


def test_a_hyphen_prefix_stays_on_a_task_and_a_technique_named_after_metric_learning_is_no_metric():
    names = found("We study it.", title="Same But Different: Semi-Supervised Defect Detection with Flows", kind="Task")
    assert "Supervised Defect Detection" not in names
    from kg.extract import extract_papers
    from kg.link import link

    text = ("We propose a metric learning formulation called Weighted Approximate Rank Component Ordering (WARCO). "
            "WARCO optimizes the precision at top ranks.")
    linking = link(list(extract_papers([Paper("a", "A Title", text)], nlp=build_nlp())))
    kinds = {e.name: e.type.value for e in linking.entities.values()}
    assert kinds.get("Weighted Approximate Rank Component Ordering") == "Method"


@pytest.mark.parametrize("text, whole, piece, kind", [
    ("We train the classifier on CIFAR100-LT and report the tail accuracy of our loss.", "CIFAR100-LT", "CIFAR100",
     "Dataset"),
    ("Our grounding model reaches the best accuracy on CLEVR-Ref+ with fewer parameters.", "CLEVR-Ref+", "CLEVR",
     "Dataset"),
    ("Compared with DeepID2+ our face network reduces the error by half on LFW.", "DeepID2+", "DeepID2", "Method"),
    ("Our sampler draws sharper faces than the prior flows on CelebA-HQ-256 at half their cost.", "CelebA-HQ-256",
     "CelebA", "Dataset"),
])
def test_a_variant_written_onto_a_name_with_no_space_is_part_of_it(text, whole, piece, kind):
    got = found(text, kind=kind)
    assert whole in got and piece not in got


def test_a_plus_and_one_capital_close_the_name_they_follow():
    text = ("We evaluate the skeleton model on QMU-RGB+D and on WOMBATRGB+D120, and fuse HOG+LUV features "
            "for the detector.")
    got = {t for k, t, _ in mentions(text)}
    assert {"QMU-RGB+D", "WOMBATRGB+D120"} <= got and not {"QMU-RGB", "WOMBATRGB"} & got
    assert "HOG+LUV" not in got  # two names joined by a "+"


def test_a_hyphen_word_after_a_dataset_name_is_not_a_variant():
    got = found("We pretrain on ImageNet-based splits and evaluate segmentation on Cityscapes.", kind="Dataset")
    assert "ImageNet" in got and "ImageNet-based" not in got


def test_a_hyphen_piece_in_another_case_that_makes_a_lexicon_name_is_part_of_it():
    # the lexicon writes "COCO-Stuff"; this text writes it in lower case after the hyphen, and "COCO-like" is no name
    got = mentions("The parser labels COCO-stuff images and a few COCO-like street scenes with one decoder.")
    datasets = {(t, canon) for k, t, canon in got if k == "Dataset"}
    assert ("COCO-stuff", "COCO-Stuff") in datasets and ("COCO", "COCO") in datasets


@pytest.mark.parametrize("text, name, glued", [
    # a split's word after a hyphen is the data set's split, not a data set of its own
    ("We align CelebA-test faces to a template with one small network.", "CelebA", "CelebA-test"),
    # a lower-case piece makes no name that one imported list alone gives
    ("We defend the classifier against ImageNet-patch attacks with a cheap filter.", "ImageNet", "ImageNet-patch"),
])
def test_a_split_or_a_lone_listed_name_in_lower_case_is_no_hyphen_piece_of_a_dataset(text, name, glued):
    got = found(text, kind="Dataset")
    assert name in got and glued not in got


def test_a_hyphen_piece_that_reads_as_an_adjective_leaves_the_shorter_lexicon_name():
    # "EMNIST-balanced" spells a lexicon name but ends like a participle, which the entity-hood filters drop: the
    # text's "EMNIST-digits" takes the lexicon's name, and the other keeps EMNIST rather than vanish
    got = mentions("We classify EMNIST-digits and EMNIST-balanced characters with one small network.")
    datasets = {(t, canon) for k, t, canon in got if k == "Dataset"}
    assert ("EMNIST-digits", "EMNIST-Digits") in datasets and ("EMNIST", "EMNIST") in datasets


def test_capitalised_pieces_after_a_lower_case_one_are_no_variant():
    got = found("We fine-tune CIFAR-10-trained ResNet models and test them on SVHN digits.", kind="Dataset")
    assert "CIFAR-10" in got and not any(t.startswith("CIFAR-10-") for t in got)


@pytest.mark.parametrize("text, first, second, grown", [
    ("We probe ImageNet-ResNet-50 features with a linear layer.", "ImageNet", "ResNet-50", "ImageNet"),
    ("We attack CIFAR-10-ResNet-18 models with small noise.", "CIFAR-10", "ResNet-18", "CIFAR-10"),
    ("We load ImageNet-1K-ViT-B weights for the encoder.", "ImageNet", "ViT-B", "ImageNet-1K"),
])
def test_a_name_of_another_type_after_a_hyphen_ends_a_variant(text, first, second, grown):
    # the lexicon finds a data set and a model glued by a hyphen: the model is no variant of the data set, and
    # a variant piece before it ("-1K") is still the data set's
    at = lambda w, k: Candidate(text.index(w), text.index(w) + len(w), k, 60, "lexicon")  # noqa: E731
    cs = name_variants(text, [at(first, T.DATASET), at(second, T.METHOD)])
    assert [text[c.start:c.end] for c in cs] == [grown, second]


def test_a_variant_of_several_pieces_no_name_starts_in_stays_whole():
    text = "We train on COCO-Stuff-10K, CelebA-HQ-256, IMDB-WIKI-101 and CIFAR100-LT with one model."
    at = lambda w: Candidate(text.index(w), text.index(w) + len(w), T.DATASET, 60, "lexicon")  # noqa: E731
    cs = name_variants(text, [at(w) for w in ("COCO", "CelebA", "IMDB", "CIFAR100")])
    assert [text[c.start:c.end] for c in cs] == ["COCO-Stuff-10K", "CelebA-HQ-256", "IMDB-WIKI-101", "CIFAR100-LT"]


def test_a_line_break_hyphen_between_two_non_words_is_joined_in_the_node_name():
    from kg.extract import extract_papers
    from kg.link import link
    from kg.link.naming import unbroken

    papers = [Paper("a", "A Title", "Our tagger stacks neu-ral attention over a plain encoder. "
                                    "Each layer is a neu-ral attention model over a memory.")]
    linking = link(list(extract_papers(papers, nlp=build_nlp())))
    names = {e.name for e in linking.entities.values()}
    assert "neural attention" in names and "neu-ral attention" not in names
    # the whole must be a known word and neither part a common word or a bound prefix
    assert unbroken("Gen-eral-Purpose Hypernym Discovery") == "General-Purpose Hypernym Discovery"
    kept = ["Pre-training", "Auto-encoder", "Bi-directional LSTM", "MSR-VTT", "Mask-RCNN", "RGB-D",
            "Dogs-in-the-Wild", "Semi-Supervised", "self-attention", "co-training"]
    assert [unbroken(n) for n in kept] == kept


# --- compounds: a name joined after a name-like piece and a hyphen -------------------------------------------


@pytest.mark.parametrize("text, whole, piece, kind", [
    ("We adapt the Wave-U-Net to separate singing voice from accompaniment.", "Wave-U-Net", "U-Net", "Method"),
    ("Flow models such as Glow-TTS synthesise speech in parallel.", "Glow-TTS", "TTS", "Method"),
    ("Our agent beats the Robo-VLN agent on navigation in continuous spaces.", "Robo-VLN", "VLN", "Method"),
    ("Our reasoning model improves on the QA-GNN model on commonsense questions.", "QA-GNN", "GNN", "Method"),
])
def test_a_name_after_a_name_like_piece_and_a_hyphen_is_the_whole_compound(text, whole, piece, kind):
    got = mentions(text)
    assert whole in {t for k, t, _ in got if k == kind}
    assert piece not in {t for _, t, _ in got}


@pytest.mark.parametrize("text, whole, piece", [
    ("We score the tracks with a new Trajectory-IoU metric and reach 71.2% Trajectory-IoU on our clips.",
     "Trajectory-IoU", "IoU"),
    ("Our layout model lowers the Scene-FID by 4 points against the strongest baseline.", "Scene-FID", "FID"),
])
def test_a_metric_written_as_a_name_after_a_name_like_piece_is_the_whole_compound(text, whole, piece):
    names = found(text, kind="Metric")
    assert whole in names and piece not in names


def test_a_metric_compound_the_paper_names_as_a_method_is_that_method():
    text = ("We optimise a smoothed form of AP, coined Quokka-AP. Quokka-AP is an objective function that "
            "trains retrieval models end to end.")
    ex = extract_one(Paper("p", "Quokka-AP: Smoothing Ranking for Retrieval", text), nlp=build_nlp())
    at = text.index("Quokka-AP is")
    here = {(m.type.value, m.text) for m in ex.mentions if m.field == "abstract" and at <= m.start < at + 9}
    assert here == {("Method", "Quokka-AP")}  # not the measure "AP" it smooths, nor a metric of that name
    assert ("Metric", "AP") in {(m.type.value, m.text) for m in ex.mentions}  # the measure itself stays


def test_a_metric_word_after_a_hyphen_keeps_its_qualifier_out():
    names = found("The detector has the best Speed-Accuracy trade-off and 2 points more Macro-F1 than before.",
                  kind="Metric")
    assert "Speed-Accuracy" not in names and "Macro-F1" in names


def test_modifiers_and_pairs_before_a_hyphen_stay_apart():
    names = found("A pre-trained BERT, a Multi-Task U-Net and a CNN-LSTM tagger are compared.")
    assert "U-Net" in names and not any(n.endswith("Task U-Net") or n.startswith("Multi-") for n in names)


def test_a_hyphened_part_after_a_longer_dataset_name_takes_its_head():
    text = "Our small translator is trained on the WMT'14 English-German and English-French datasets, and we report BLEU."
    ms = {t: c for k, t, c in mentions(text) if k == "Dataset"}
    assert ms.get("English-French") == "WMT'14 English-French"  # read as the paper's WMT'14 pair
    text = "We pretrain on the Penn Treebank and WikiText-2 corpora before we report perplexity."
    ms = {t: c for k, t, c in mentions(text) if k == "Dataset"}
    assert ms.get("WikiText-2") == "WikiText-2"  # another shape: a name of its own


def test_a_level_before_a_task_that_opens_on_its_supervision_grades_the_labels():
    names = found("We tackle image-level weakly supervised semantic segmentation of street scenes.", kind="Task")
    assert "image-level weakly supervised semantic segmentation" not in names  # the labels are image-level
    assert "weakly supervised semantic segmentation" in names
    names = found("A baseline for instance-level few-shot learning on small crops.", kind="Task")
    assert "instance-level few-shot learning" not in names


def test_a_superscript_spaced_off_a_numbered_split_is_part_of_the_dataset():
    names = found("Our few-shot segmenter is tested on PASCAL-5 i and COCO-20 i in the one-shot setting.",
                  kind="Dataset")
    assert {"PASCAL-5 i", "COCO-20 i"} <= names
    assert not found("Our few-shot segmenter is tested on PASCAL-5 i and COCO-20 i in the one-shot setting.",
                     kind="Method") & {"COCO-20", "PASCAL-5"}


def test_a_method_name_the_text_goes_on_writing_with_a_version_takes_it():
    names = found("Our recogniser beats Deep Speech 2, the recurrent baseline, and runs beside BiSeNet V2 on phones.",
                  kind="Method")
    assert {"Deep Speech 2", "BiSeNet V2"} <= names
    assert not names & {"Deep Speech", "BiSeNet"}  # the first model is not the one compared


def test_a_count_a_footnote_mark_or_an_enumeration_after_a_method_is_no_version():
    names = found("We stack BERT 3 times over the input, and the LSTM 2 , a footnoted baseline, is slower.",
                  kind="Method")
    assert {"BERT", "LSTM"} <= names
    assert not names & {"BERT 3", "LSTM 2"}


def test_the_article_before_a_generated_lexicon_name_is_no_part_of_it():
    """A generated dataset list wrote "The BioScope Corpus"; the text's lower-case "the" is not the name's."""
    got = mentions("Hedge cues were marked by hand in the BioScope corpus of medical texts.")
    assert ("Dataset", "BioScope corpus", "BioScope Corpus") in got
    assert not any(n.lower().startswith("the ") for _, t, c in got for n in (t, c))


def test_a_language_word_before_a_name_shaped_dataset_is_no_part_of_it():
    """"the English QuokkaWeb12 corpus" is the English part of QuokkaWeb12; before a plain Title Case word the
    language may be the name's own ("the Vietnamese Numbat corpus" stays whole)."""
    assert "QuokkaWeb12" in found("We link the whole English QuokkaWeb12 corpus to a knowledge base.", kind="Dataset")
    assert "English QuokkaWeb12" not in found("We link the whole English QuokkaWeb12 corpus to a base.")
    assert "Vietnamese Numbat" in found("We train on the Vietnamese Numbat corpus of news texts.", kind="Dataset")


# --- coined names and the head noun after them ------------------------------------------------------------------


@pytest.mark.parametrize("text, title, whole, piece", [
    ("Text.", "Emotion Recognition via a WomBat-Attentive Structured Network", "WomBat-Attentive Structured Network",
     "WomBat-Attentive"),
    ("The LogFoo Transformer needs far less memory than the others.", "A Title", "LogFoo Transformer", "LogFoo"),
    ("We add a QuokkaCLIP score to rank the generated samples.", "A Title", "QuokkaCLIP score", "QuokkaCLIP"),
    ("We also define the QuokkaMover distance: a way to compare two road maps.", "A Title", "QuokkaMover distance",
     "QuokkaMover"),
])
def test_a_coined_name_takes_the_head_noun_written_after_it(text, title, whole, piece):
    got = found(text, title)
    assert whole in got and piece not in got


@pytest.mark.parametrize("text, whole, piece", [
    ("The encoder is trained by shrinking the QX divergence between the two posteriors.", "QX divergence", "QX"),
    ("Clusters are merged while the ZRT distance between their centres stays small.", "ZRT distance", "ZRT"),
    ("Both heads minimise a BQM discrepancy (a bound) on unlabelled frames.", "BQM discrepancy", "BQM"),
])
def test_a_capital_acronym_takes_the_measure_between_noun_after_it(text, whole, piece):
    got = found(text)  # a name in capitals before "divergence"/"distance" is that measure, not a headless name
    assert whole in got and piece not in got


@pytest.mark.parametrize("text, whole, piece", [
    ("Each detector crops its boxes with RoI pooling before the small head classifies them.", "RoI pooling", "RoI"),
    ("The decoder reads the map through a light QXR attention over the flattened patches.", "QXR attention", "QXR"),
    ("Points are thinned by WomBat sampling, which keeps far corners with a higher chance.", "WomBat sampling",
     "WomBat"),
])
def test_a_shape_name_takes_the_operation_noun_after_it(text, whole, piece):
    got = found(text, kind="Method")  # the operation on what the name names is the technique, not the bare name
    assert whole in got and piece not in got


def test_a_shape_name_the_text_writes_alone_keeps_the_operation_noun_out():
    got = found("We develop WomBat, a sampler for point clouds. Points are thinned by WomBat sampling at random.",
                kind="Method")  # WomBat names the sampler itself: no second name "WomBat sampling"
    assert "WomBat" in got and "WomBat sampling" not in got


def test_a_shape_name_keeps_its_role_noun_and_training_stage_out():
    got = found("We freeze the WomBat encoder and compare QXR pre-training with the plain recipe.", kind="Method")
    assert "WomBat encoder" not in got and "QXR pre-training" not in got


def test_a_described_measure_takes_no_between_noun():
    got = found("Decisions track the QXF-based distances of the input features closely.")
    assert not any(n.endswith("distances") for n in got)  # "-based" describes the distances; no name of them


def test_a_known_or_capital_acronym_or_a_kind_word_keeps_its_name_short():
    got = found("We pair an RNN Decoder with the WomBat Architecture for speech.")
    assert "RNN" in got and "RNN Decoder" not in got
    assert "WomBat" in got and "WomBat Architecture" not in got
    got = found("We pair the QuokkaMover distance Module with a WomBat Distance Network.")
    assert "QuokkaMover distance" not in got  # a lower-case measure noun only, before no capitalised head


def test_a_name_made_a_kind_with_type_is_the_name():
    assert "QuokkaM" in found("Samples look better when measured by a pairwise QuokkaM-type metric.", kind="Metric")


# --- names coordinated in one naming or list span (issue 18) ------------------------------------------------------


@pytest.mark.parametrize("text, title, names", [
    ("We design two lightweight detectors, named QuokkaNet-S and Wombat RCNN-L, for aerial imagery.", "A Title",
     ("QuokkaNet-S", "Wombat RCNN-L")),
    ("We learn stripes from video with two networks.", "ZebraNet and Zebra-Flow: Learning Stripes from Video",
     ("ZebraNet", "Zebra-Flow")),
    ("Our sampler avoids the wasteful rejection of earlier methods (QRS & GX-GAN). It is cheap.", "A Title",
     ("QRS", "GX-GAN")),
])
def test_names_coordinated_in_one_span_are_one_mention_each(text, title, names):
    ex = extract_one(Paper("p", title, text), nlp=build_nlp())
    got = {m.text: (m.start, m.end, m.field) for m in ex.mentions if m.type.value == "Method"}
    assert set(names) <= set(got) and not any(" and " in n or " & " in n for n in got)
    for name in names:  # each name keeps its own span in its own field
        start, end, field = got[name]
        assert (title if field == "title" else text)[start:end] == name


@pytest.mark.parametrize("text, name", [
    ("We propose a framework called Sketch and Refine that learns from few labels.", "Sketch and Refine"),
    ("We introduce the Glide and Merge Network (GM-Net), which merges features.", "Glide and Merge Network"),
    ("We propose two modules, called Tallow-A and Tallow-B (TAB), for fusion.", "Tallow-A and Tallow-B"),
])
def test_one_name_holding_and_stays_whole(text, name):
    assert name in found(text, kind="Method")  # a plain-word conjunct, or an acronym of the whole: one name


# --- a match right after a bound prefix and a hyphen (issue 18) ------------------------------------------------


@pytest.mark.parametrize("text, whole, piece", [
    ("We stack two bi-LSTMs over the word vectors of each sentence.", "bi-LSTMs", "LSTMs"),
    ("A semi-CRF layer labels whole segments at once instead of tokens.", "semi-CRF", "CRF"),
    ("The matcher reaches 91.2% sub-pixel accuracy on the held out split.", "sub-pixel accuracy", "pixel accuracy"),
    ("We find that k-GNNs separate more graphs than ordinary message passing.", "k-GNNs", "GNNs"),
])
def test_bound_prefix_takes_the_whole_word(text, whole, piece):
    got = found(text)
    assert whole in got and piece not in got


@pytest.mark.parametrize("text, piece", [
    ("Our non-CNN encoder reads the raw signal directly with a small recurrent stack.", "CNN"),
    ("We cluster the pre-CNN descriptors of every frame before pooling them.", "CNN"),
])
def test_negated_or_staged_name_names_nothing(text, piece):
    assert not any(piece in t for t in found(text))


def test_modifying_word_keeps_the_match():
    got = found("We study single-image super-resolution on natural photographs.", kind="Task")
    assert "single-image super-resolution" not in got and "image super-resolution" in got


def test_prefix_making_another_word_is_no_measure():
    got = found("Our loss needs fewer hyper-parameters than the margin loss and trains in two hours.", kind="Metric")
    assert "hyper-parameters" not in got and "parameters" not in got


def test_word_alternations_compile_the_same_under_any_hash_seed():
    """Patterns joined from word sets list equal-length words in one order, whatever the hash seed."""
    import os
    import subprocess
    import sys
    code = ("from kg.extract import name_bounds, ordinary_words; "
            "print(name_bounds._TITLE_HEAD_AFTER.pattern); print(ordinary_words._NEXT_KIND.pattern)")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1 and "Network" in next(iter(runs))


def test_a_shape_guess_grows_to_the_lexicon_dataset_it_opens():
    # "WOMBAT" alone looks like a model's acronym; with the version words after it, it is a lexicon's Dataset
    from kg.extract.dataset_bounds import lexicon_continuations
    from kg.extract.candidates import Candidate
    from kg.vocab import EntityType as T

    t = "Depth maps of WOMBAT Burrow-V3 and of QUOKKA Burrow-V3, trained with WOMBAT Loss."
    keys = {"wombatburrowv3": (T.DATASET, "WOMBAT Burrow V3", True)}
    at = lambda w, i=0: Candidate(t.index(w, i), t.index(w, i) + len(w), T.METHOD, 50, "name")  # noqa: E731
    got = lexicon_continuations(t, [at("WOMBAT"), at("QUOKKA"), at("WOMBAT", 40)], keys)
    assert [(t[c.start:c.end], c.type.value, c.canonical) for c in got] == [
        ("WOMBAT Burrow-V3", "Dataset", "WOMBAT Burrow V3"), ("QUOKKA", "Method", None), ("WOMBAT", "Method", None)]


def test_a_dataset_edition_reads_the_lexicon_keys_it_is_given():
    # kg.extract.dataset_bounds.dataset_editions: an edition spelt with other spaces is the lexicon's name, another
    # is a name of its own
    from kg.extract.dataset_bounds import dataset_editions

    t = "Scores on QUOLL 19 and on WOMBAT 2020 scans."
    cands = [Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 60, "lexicon", w) for w in ("QUOLL", "WOMBAT")]
    got = dataset_editions(t, cands, {"quoll19": (T.DATASET, "QUOLL19", True)})
    assert [(t[c.start:c.end], c.canonical, c.rule) for c in got] == [("QUOLL 19", "QUOLL19", "lexicon"),
                                                                       ("WOMBAT 2020", None, "grown")]


# --- a variant of a defined acronym ------------------------------------------------------------------------------


def test_a_lower_case_word_glued_to_a_defined_acronym_names_a_variant_method():
    # the paper defines QGS, then names a variant of it with a lower-case word and a hyphen: one Method, not QGS
    text = ("We train the tagger with Quokka Gradient Smoothing (QGS), an optimiser that averages updates. We then "
            "introduce slow-QGS, which smooths them over two windows, and compare it with plain QGS.")
    ms = extract_one(Paper("p", "A Title", text), nlp=build_nlp()).mentions
    variant = text.index("slow-QGS")
    assert [(m.type.value, m.text, m.canonical) for m in ms if m.start == variant] == [("Method", "slow-QGS", None)]
    assert not any(variant < m.start < variant + len("slow-QGS") for m in ms)  # no use of QGS inside the variant
    plain = text.rindex("QGS")  # (the bare acronym stays a use of its long form)
    assert [(m.text, m.canonical) for m in ms if m.start == plain] == [("QGS", "Quokka Gradient Smoothing")]


def test_a_negated_or_staged_acronym_is_no_variant():
    names = found("We train the tagger with Quokka Gradient Smoothing (QGS). Unlike non-QGS updates, the pre-QGS "
                  "steps cost little.", kind="Method")
    assert not {"non-QGS", "pre-QGS"} & names


def test_a_noun_of_a_name_before_a_lost_dash_is_no_variant_but_an_article_may_open_one():
    # "Zorb code-QGS": the dash between a clause about Zorb code and the acronym lost its spaces
    names = found("We define Quokka Gradient Smoothing (QGS). Written in ten lines of Zorb code-QGS runs fast. A "
                  "slow-QGS runs slower.", kind="Method")
    assert "code-QGS" not in names and "slow-QGS" in names


@pytest.mark.parametrize("text, acronym", [
    ("We plug the QA-Conv matcher into a person search pipeline and train it on street images.", "QA"),
    ("Our ReID-Lite branch learns clothing-invariant cues while a second branch reads gait.", "ReID"),
    ("Scores on VQA-CPv2 and on two other splits show that the language prior shrinks.", "VQA"),
])
def test_a_task_acronym_opening_a_hyphenated_name_is_no_task(text, acronym):
    assert acronym not in found(text, kind="Task")


def test_a_task_acronym_before_a_describing_piece_or_a_lost_dash_stays_a_task():
    assert "QA" in found("We compare several QA-based retrievers on long documents.", kind="Task")
    # a plain everyday word, thing noun or task head after the hyphen is the task's own: "QA-Systems", "POS-Tagging"
    got = found("Better QA-Systems via POS-Tagging and VQA-Datasets for old archives.", kind="Task")
    assert "QA" in got and "VQA" in got, got
    assert "VQA" in found("We study VQA-The model answers questions about images.", kind="Task")


@pytest.mark.parametrize("text, whole, pieces", [
    ("We report results on three segmentation sets (COCO ZVal, Cityscapes and ADE20K).", "COCO ZVal", {"ZVal"}),
    ("We gain 3% on the IARPA QJB face recognition benchmark.", "IARPA QJB", {"IARPA", "QJB"}),
    ("Experiments on the NTU RGB-Z-45 and NTU RGB+D 120 datasets show clear gains.", "NTU RGB-Z-45",
     {"NTU", "RGB-Z-45"}),
])
def test_a_shape_found_dataset_name_after_a_dataset_name_is_its_rest(text, whole, pieces):
    names = found(text, kind="Dataset")
    assert whole in names
    assert not names & pieces


def test_dataset_names_a_comma_parts_stay_two():
    names = found("We report results on the COCO, ZVal and Cityscapes datasets.", kind="Dataset")
    assert "COCO ZVal" not in names
    assert {"COCO", "Cityscapes"} <= names


# --- slashed variant lists ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, names", [
    ("Our classifier beats wider networks on CIFAR-10/100 and on SVHN.", {"CIFAR-10": "CIFAR-10", "100": "CIFAR-100"}),
    ("The separator is trained and tested on the WSJ0-2/3mix datasets.",
     {"WSJ0-2": "WSJ0-2mix", "3mix": "WSJ0-3mix"}),
    ("Our tracker is the best of all online trackers on the MOT15/16/17 benchmarks.",
     {"MOT15": "MOT15", "16": "MOT16", "17": "MOT17"}),
    ("We report J&F on DAVIS 2016/2017 and mAP on ActivityNet v1.2/v1.3.",
     {"DAVIS 2016": "DAVIS 2016", "2017": "DAVIS 2017", "ActivityNet v1.2": "ActivityNet v1.2",
      "v1.3": "ActivityNet v1.3"}),
])
def test_numbers_listed_after_a_dataset_by_slashes_name_its_variants(text, names):
    got = {t: c for k, t, c in mentions(text) if k == "Dataset"}
    assert {t: got.get(t) for t in names} == names


def test_numbers_listed_in_braces_after_a_dataset_stem_name_its_variants():
    # "CIFAR-{10, 100}": each number is a variant's mention, named by the stem with it; no text with a brace
    got = [(t, c) for k, t, c in mentions("Our learner is tested on several datasets (e.g., CIFAR-{10, 100}, SVHN).")
           if k == "Dataset"]
    assert ("10", "CIFAR-10") in got and ("100", "CIFAR-100") in got
    assert not any("{" in t or "}" in t for t, _ in got), got


def test_a_slashed_number_after_a_dataset_that_is_no_variant_stays_out():
    got = {t for k, t, _ in mentions("On CIFAR-10 we reach 96.1/95.8 accuracy with 3/4 of the weights.")
           if k == "Dataset"}
    assert got == {"CIFAR-10"}
    # a smaller number after the slash is the first set's own setting (its 20 coarse classes), no second set
    got = {(t, c) for k, t, c in mentions("We cluster the images of CIFAR-100/20 and of STL-10.") if k == "Dataset"}
    assert ("20", "CIFAR-20") not in got and ("CIFAR-100", "CIFAR-100") in got
    # a percent after the slashed number is a share ("20% labels"), no variant
    got = {(t, c) for k, t, c in mentions("On CIFAR-10/20% labels our learner beats the supervised one.")
           if k == "Dataset"}
    assert not any("20" in t or c == "CIFAR-20" for t, c in got) and ("CIFAR-10", "CIFAR-10") in got
