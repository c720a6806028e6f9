"""A result's dataset, metric, direction and whose figure it is (issue 13): sentences written for these tests."""
import pytest

from kg.extract import build_nlp
from kg.extract.text_spans import sentences
from kg.metrics import MetricKnowledge
from kg.vocab import EntityType as T

from helpers import results_of


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _rows(res):
    return {v: (m, d, b) for v, m, d, _meth, _k, b in res}


def test_a_bare_figure_the_text_calls_frames_per_second_is_no_latency(nlp):
    res = results_of(nlp, "We propose Quill, a fast detector. The smallest Quill reaches 61.2% accuracy and 3.1 ms latency "
                          "(310 frames per second) on a phone.")
    rows = _rows(res)
    assert rows["3.1 ms"][0] == "latency" and rows["310"][0] == "FPS"
    assert MetricKnowledge.load().higher_is_better(rows["310"][0]) is True


def test_a_quality_score_written_in_percent_keeps_its_metric(nlp):
    res = results_of(nlp, "We propose Glimmer, a captioning model. On the FooCap benchmark, Glimmer obtains a CIDEr "
                          "performance of 121.5% on the test split.")
    assert [(v, m, d, k) for v, m, d, _meth, k, _b in res] == [("121.5%", "CIDEr", "FooCap", "score")]


def test_an_earlier_systems_figure_is_a_baseline_not_a_result(nlp):
    res = results_of(nlp, "We propose Tern, a reader. Overall, Tern reaches 70.2 F1 on BarQA, a large improvement from the "
                          "51.3 F1 of the previous best system.")
    assert _rows(res) == {"70.2": ("F1", "BarQA", "51.3")}
    res = results_of(nlp, "We study segmentation of kidneys. We achieve a Dice similarity coefficient (DSC) of 83.1% in "
                          "validation, which outperforms both a previous method and a preliminary version of this work "
                          "that report DSCs of 72.5% and 79.4%, respectively, using the same data.")
    assert set(_rows(res)) == {"83.1%"}


def test_a_name_the_text_calls_a_data_set_is_the_figures_dataset(nlp):
    res = results_of(nlp, "We propose Wren, a language model. We set a new record on the newly released LongBook-7 "
                          "data-set, obtaining a test perplexity of 31.7 with a 20 layer Wren model.")
    assert _rows(res)["31.7"][:2] == ("perplexity", "LongBook-7")
    res = results_of(nlp, "We study bone fractures. We evaluate 12 models on the knee radiographs (KNEX) dataset, and "
                          "develop two ensembles (E1 and E2). For E1, the test accuracy was 0.8312.")
    assert _rows(res)["0.8312"][1] == "KNEX"


def test_a_measure_kg_does_not_know_takes_the_papers_dataset_too(nlp):
    res = results_of(nlp, "In this work, we introduce the Dutch Reading Dataset (DuRD). DuRD holds 20,000 questions. We "
                          "train a baseline model which achieves an F1 score of 90.2 and an exact match ratio of 80.1 on "
                          "the test set.", title="Zorp: A Dutch Reading Dataset")
    rows = _rows(res)
    assert rows["90.2"][1] == rows["80.1"][1] == "DuRD" and rows["80.1"][0] == "exact match ratio"


def test_a_figure_for_a_task_takes_the_dataset_the_paper_names_for_that_task(nlp):
    res = results_of(nlp, "We propose Kestrel, a tagger. We evaluate Kestrel on the GENIA corpus for part-of-speech (POS) "
                          "tagging and the OntoNotes corpus for named entity recognition (NER). Kestrel is fast. Kestrel "
                          "obtains 88.4% F1 for NER and 96.1% accuracy for POS tagging.")
    rows = _rows(res)
    assert rows["88.4%"][:2] == ("F1", "OntoNotes") and rows["96.1%"][:2] == ("accuracy", "GENIA")


def test_a_lost_multiplication_sign_ends_no_sentence(nlp):
    t = "It uses 64 ? 64 crops. Why? 3 reasons."
    assert [t[a:b] for a, b in sentences(t)] == ["It uses 64 ? 64 crops.", "Why?", "3 reasons."]
    res = results_of(nlp, "We propose Wren, an image generator. We show that Wren achieves FID scores of 31.5 and 3.05 on "
                          "unconditional ImageNet 128 ? 128 and FFHQ 256 ? 256, respectively.")
    assert {v: d for v, m, d, *_ in res} == {"31.5": "ImageNet", "3.05": "FFHQ"}


@pytest.mark.parametrize("name,better", [
    ("J &F measure", True), ("mean J & F", True), ("exact match ratio", True), ("human normalized score", True),
    ("failure rate", False), ("relative error count", False),
    ("error reduction", None), ("accuracy drop", None), ("accuracy and error ratio", None), ("zorblatt index", None)])
def test_direction_from_the_words_of_a_name_no_table_knows(name, better):
    assert MetricKnowledge.load().higher_is_better(name) is better


def test_a_cited_works_figure_is_no_result_of_the_paper(nlp):
    res = results_of(nlp, "We propose Vireo, a recognizer of handwritten Tamil letters. Vireo reaches 95.4% accuracy in 10 "
                          "epochs. A similar study was done before by Doe et al. [4] but they achieved 93.1% accuracy in "
                          "40 epochs.")
    assert set(_rows(res)) == {"95.4%"}


def test_a_bare_figure_in_a_parenthesis_takes_the_one_quality_metric_beside_costs(nlp):
    res = results_of(nlp, "We propose Pika, a video model. Pika sets new records on three benchmarks: BarVid (71.5%), "
                          "FooAct (94.2%) and QuxMotion (80.3%). A lighter Pika still reaches a competitive accuracy on "
                          "FooAct (91.2%) while running at 300 FPS.")
    rows = _rows(res)
    assert [rows[v][:2] for v in ("71.5%", "94.2%", "91.2%")] == [("accuracy", "BarVid"), ("accuracy", "FooAct"),
                                                                  ("accuracy", "FooAct")]
    assert rows["300 FPS"][0] == "FPS"


def test_a_bare_dataset_name_takes_the_one_version_the_paper_gives_it(nlp):
    res = results_of(nlp, "We improve question answering on the Stanford Question Answering Dataset (SQuAD 2.0). Our pooled "
                          "model ranks first on the class SQuAD leaderboard with F1 = 89.7.", title="Pooled ALBERT on SQuAD 2.0")
    assert _rows(res)["89.7"][:2] == ("F1", "SQuAD 2.0")
    res = results_of(nlp, "We train Wren on SQuAD 1.1 and 2.0. Wren reaches 88.1 F1 on SQuAD.")  # two versions: none
    assert _rows(res)["88.1"][1] == "SQuAD"
    res = results_of(nlp, "We test Wren on the SQuAD 2.0 and CoQA question answering tasks. Wren also improves the SQuAD "
                          "question generation BLEU-4 to 21.3.")  # another task's data: no version
    assert _rows(res)["21.3"][1] == "SQuAD"


def test_a_measure_averaged_by_a_statistic_keeps_the_statistic(nlp):
    # "mean error" is the mean of the errors, not one error; a lexicon name right there stays as it is
    res = results_of(nlp, "We propose Kite, a landmark locator. Kite obtains 2.71% mean error with 0.52% failure rate "
                          "on the FooFace dataset, and 1.08% median error on BarFace.")
    rows = _rows(res)
    assert rows["2.71%"][0] == "mean error" and rows["1.08%"][0] == "median error"
    assert rows["0.52%"][0] == "failure rate"


def test_a_capitalised_comparative_after_a_score_opens_a_name_not_a_change(nlp):
    res = results_of(nlp, "We propose Marlin, a detection backbone. Marlin reaches 47.3% AP with a Faster R-CNN head "
                          "on the FooDet benchmark, while the old backbone is 2.1% AP lower.")
    kinds = {v: k for v, _m, _d, _meth, k, _b in res}
    assert kinds["47.3%"] == "score"  # "Faster R-CNN" is a detector's name
    assert kinds["2.1%"] == "delta"  # a lower-case comparative still makes a change


def test_a_figure_on_a_domain_adaptation_names_the_pair_not_the_source(nlp):
    # an arrow joins source and target (the target need not be typed); the figure is measured on the target
    res = results_of(nlp, "Our adapter reaches 47.9% mIoU on the SYNTHIA → Mapillary Vistas benchmark and 50.2% mIoU on "
                          "CamVid → KITTI.")
    assert {v: d for v, _, d, *_ in res} == {"47.9%": "SYNTHIA to Mapillary Vistas", "50.2%": "CamVid to KITTI"}
    # "to" joins them only in a sentence about adaptation
    res = results_of(nlp, "For unsupervised domain adaptation, our model reaches an mIoU of 44.0% on GTA5 to Mapillary.")
    assert _rows(res)["44.0%"][1] == "GTA5 to Mapillary"
    res = results_of(nlp, "Accuracy ranges from 91.2% on MNIST to 70.3% on CIFAR-10. The searched cell transfers from "
                          "CIFAR-10 to ImageNet with 75.1% top-1 accuracy. We adapt DeepLab to Cityscapes and reach 71.0% mIoU.")
    assert [_rows(res)[v][1] for v in ("91.2%", "70.3%", "75.1%", "71.0%")] == ["MNIST", "CIFAR-10", "ImageNet", "Cityscapes"]


def test_respectively_pairs_figures_with_adaptations_not_with_their_targets(nlp):
    # a target an arrow leads to is no member of the list of datasets of its own
    res = results_of(nlp, "Our detector gains 3.1% and 2.2% in mAP (KITTI→BDD100K and BDD100K→KITTI), respectively.")
    assert {v: d for v, _, d, *_ in res} == {"3.1%": "KITTI to BDD100K", "2.2%": "BDD100K to KITTI"}
    res = results_of(nlp, "We test it on two benchmarks of domain shift, GTA5 → Cityscapes and SYNTHIA → Cityscapes, "
                          "with gains of +9.1% and +8.4% mIoU, respectively.")
    assert {v: d for v, _, d, *_ in res} == {"+9.1%": "GTA5 to Cityscapes", "+8.4%": "SYNTHIA to Cityscapes"}
    # one of a list of sources ("from A/B to C"): the target alone
    res = results_of(nlp, "When adapting from SYNTHIA/GTA5 to CamVid, FooSeg gets 61.2%/63.0% mIoU, respectively.")
    assert {_rows(res)[v][1] for v in ("61.2%", "63.0%")} == {"CamVid"}


def test_an_arrow_pair_kg_typed_method_by_default_is_data_and_each_figure_keeps_its_own(nlp):
    # "DREL" and "VAMP" are bare capitalised names the finder types Method: joined by an arrow in a paper on
    # adaptation they are a pair of data, and the figure on the first pair is not the next clause's pair
    res = results_of(nlp, "We propose QuoxNet for video domain adaptation. QuoxNet reaches 77.4% accuracy on \"DREL → VAMP\", "
                          "and a 6.2% gain on \"Kinetics → Lumo\".")
    assert {v: (d, meth) for v, _, d, meth, *_ in res} == {"77.4%": ("DREL to VAMP", "QuoxNet"),
                                                          "6.2%": ("Kinetics to Lumo", "QuoxNet")}
    # a name the paper types Dataset on one side makes the other data too; "V (pair)" is that figure's pair
    res = results_of(nlp, "We propose QuoxNet for person re-identification. QuoxNet beats prior work by 3.1% (Zorb→Market1501) "
                          "and 2.8% (Market1501→Zorb) in mAP, respectively.")
    assert {v: d for v, _, d, *_ in res} == {"3.1%": "Zorb to Market1501", "2.8%": "Market1501 to Zorb"}


def test_an_arrow_between_languages_or_spelled_out_acronyms_makes_no_data():
    from kg.extract.results.data_names import arrow_datasets
    from kg.extract.candidates import Candidate
    text = "Domain shift hurts. We train FOO→BAR losses and translate English→German."
    foo, bar = text.index("FOO"), text.index("BAR")
    ents = [Candidate(foo, foo + 3, T.METHOD, 0, "acronym-ref"), Candidate(bar, bar + 3, T.METHOD, 0, "acronym-ref")]
    assert arrow_datasets(text, ents) == []
    named = [Candidate(foo, foo + 3, T.METHOD, 0, "name")]
    assert [text[c.start:c.end] for c in arrow_datasets(text, named)] == ["FOO"]


def test_the_capitalised_word_that_tells_a_names_subsets_apart_stays(nlp):
    # a name written with two or more words after it in one list: each figure keeps its own subset
    res = results_of(nlp, "Our sampler reaches a precision of 0.71 on LSUN Bedroom, 0.66 on LSUN Tower and 0.58 on LSUN Kitchen. "
                          "It scores FID 3.9 (LSUN Bedroom: 3.9; LSUN Tower: 4.2).")
    assert [_rows(res)[v][1] for v in ("0.71", "0.66", "0.58", "4.2")] == ["LSUN Bedroom", "LSUN Tower", "LSUN Kitchen",
                                                                          "LSUN Tower"]
    res = results_of(nlp, "Our tagger reaches 93.1% on CUHK03 labeled and 91.0% on CUHK03 detected.")
    assert [_rows(res)[v][1] for v in ("93.1%", "91.0%")] == ["CUHK03 labeled", "CUHK03 detected"]
    # one word after the name, no list of subsets: the name alone
    res = results_of(nlp, "Our sampler reaches a precision of 0.52 on LSUN Tower. It also reaches 0.61 on MNIST, Adam being the solver.")
    assert [_rows(res)[v][1] for v in ("0.52", "0.61")] == ["LSUN", "MNIST"]


def test_a_list_of_language_pairs_after_one_translation_set_names_one_set_each(nlp):
    # "WMT 2014 English-German and English-French": the second pair is WMT 2014's too
    res = results_of(nlp, "Our system reaches 27.3 and 39.9 BLEU on WMT 2014 English-German and English-French, respectively.")
    assert [_rows(res)[v][1] for v in ("27.3", "39.9")] == ["WMT 2014 English-German", "WMT 2014 English-French"]
    res = results_of(nlp, "FooMT gets 33.4 BLEU on the WMT'16 English-Romanian task and beats the baseline.")
    assert _rows(res)["33.4"][1] == "WMT'16 English-Romanian"


def test_a_version_written_with_a_capital_v_or_ending_the_sentence_stays_with_its_name(nlp):
    res = results_of(nlp, "Our keyword spotter reaches 97.4% accuracy on the Speech Commands V2 dataset with 35 classes and 98.0% "
                          "on Speech Commands V1.")
    assert [_rows(res)[v][1] for v in ("97.4%", "98.0%")] == ["Speech Commands V2", "Speech Commands V1"]
    res = results_of(nlp, "Our model reaches 61.2 accuracy on Visual Genome V1.4. It needs 2.5 hours.")
    assert _rows(res)["61.2"][1] == "Visual Genome V1.4"


@pytest.mark.parametrize("name,better", [
    ("AP^{kp}", True), ("AP^kp_50", True), ("AP^{bb}_{75}", True),  # a qualifier set up or down
    ("AP@[.5:.95]", True), ("mAP@0.5:0.95", True), ("AP@OKS=0.5", True), ("AP[.5:.95]", True),  # read at a point
    ("top-1 error@224", False), ("zorblatt@5", None)])
def test_a_known_metric_with_a_qualifier_keeps_its_direction(name, better):
    assert MetricKnowledge.load().higher_is_better(name) is better


def test_a_figure_in_degrees_keeps_its_unit_and_is_lower_better(nlp):
    # "4.5°" is an angle: an angular error, lower-better even with no metric named and a claim of a record
    # (before: the value "4.5", and the graph read the claim as higher-better)
    from kg.extract import extract_papers
    from kg.graph import build_graph
    from kg.link import link
    from kg.models import Paper

    text = ("We propose Ocelot, a gaze estimator. Ocelot achieves 4.5° on the FooGaze-2 dataset, a new state of the art. "
            "Ocelot reaches 5.1 degrees on the BarGaze-3 dataset. It regresses all 6 degrees of freedom.")
    assert [(v, m) for v, m, *_ in results_of(nlp, text)] == [("4.5°", None), ("5.1 degrees", None)]
    g = build_graph(link(list(extract_papers([Paper("g1", "Ocelot", text)], nlp=nlp))))
    better = {d["value"]: d["higher_is_better"] for _, d in g.nodes(data=True) if d["type"] == "Result"}
    assert better == {"4.5°": False, "5.1 degrees": False}


def test_a_language_pair_written_with_a_hyphened_to_stays_with_its_set(nlp):
    # "English-to-German" (or "Englishto-German", a line break's hyphen lost) is the pair English-German
    res = results_of(nlp, "Our translator, Quill, reaches 27.9 BLEU on the WMT 2014 English-to-German task and 33.0 BLEU "
                          "on the IWSLT 2015 Englishto-Vietnamese task.")
    assert [_rows(res)[v][1] for v in ("27.9", "33.0")] == ["WMT 2014 English-German", "IWSLT 2015 English-Vietnamese"]
    res = results_of(nlp, "On the IWSLT 2015 English-to-Vietnamese and Vietnamese-to-English tasks, Quill gets 30.1 and "
                          "28.7 BLEU, respectively.")
    assert [_rows(res)[v][1] for v in ("30.1", "28.7")] == ["IWSLT 2015 English-Vietnamese", "IWSLT 2015 Vietnamese-English"]


def test_a_figure_on_a_language_pair_links_to_its_translation_set():
    # no entity is named with the pair: the result's ON_DATASET edge goes to the set the pair belongs to
    from kg.models import Paper

    from helpers import pruned_graph

    g, _weak, _dropped = pruned_graph([Paper("p1", "Quill: a translator", "We propose Quill, a translator. Quill reaches "
                                             "27.9 BLEU on the WMT 2014 Turkish-to-English task.")])
    (r,) = [n for n, d in g.nodes(data=True) if d["type"] == "Result"]
    assert g.nodes[r]["dataset"] == "WMT 2014 Turkish-English"
    on = [v for _, v, k in g.out_edges(r, keys=True) if k == "ON_DATASET"]
    assert len(on) == 1 and g.nodes[on[0]]["type"] == "Dataset"  # (the set's node, named as the lexicon names it)


def test_a_named_split_after_a_dataset_stays_with_it(nlp):
    # a split named in one word ("test-dev", "minival", "test-clean") tells which of a dataset's leaderboards
    # the figure is on; a plain "test set" and "test-time" name none, a list of splits one by place
    res = results_of(nlp, "Our detector, Wisp, reaches 51.2% AP on COCO test-dev and 50.8% AP on COCO minival. "
                          "On the LibriSpeech test-clean set, our recogniser gets a WER of 2.1%.")
    assert [_rows(res)[v][1] for v in ("51.2%", "50.8%", "2.1%")] == ["COCO test-dev", "COCO minival",
                                                                      "LibriSpeech test-clean"]
    res = results_of(nlp, "Wisp gets 48.0 and 48.4 AP on COCO minival and test-dev, respectively. It reaches 81.0% mIoU "
                          "on the Cityscapes test set. With augmentation, Wisp gets 47.1 AP on COCO test-time settings.")
    assert [_rows(res)[v][1] for v in ("48.0", "48.4", "81.0%", "47.1")] == ["COCO minival", "COCO test-dev",
                                                                      "Cityscapes", "COCO"]
    res = results_of(nlp, "Tilde gets 2.3%/5.0% WER on LibriSpeech test-clean/other.")  # (paired by place)
    assert [_rows(res)[v][1] for v in ("2.3%", "5.0%")] == ["LibriSpeech test-clean", "LibriSpeech test-other"]


def test_a_figure_on_a_named_split_links_to_the_dataset():
    # the result names the split; its ON_DATASET edge goes to the dataset's node, as the bare name's would
    from kg.extract.boundaries import without_split
    from kg.models import Paper

    from helpers import pruned_graph

    assert without_split("FooSet test-dev") == "FooSet" and without_split("FooSet test") == "FooSet test"
    g, _weak, _dropped = pruned_graph([Paper("p1", "Wisp: a detector", "We propose Wisp, a detector. Wisp reaches "
                                             "51.2% AP on COCO test-dev.")])
    (r,) = [n for n, d in g.nodes(data=True) if d["type"] == "Result"]
    assert g.nodes[r]["dataset"] == "COCO test-dev"
    assert [v for _, v, k in g.out_edges(r, keys=True) if k == "ON_DATASET"] == ["dataset:coco"]


def test_a_figure_on_the_val_split_links_to_the_dataset():
    # "ADE20K val": the result keeps the split, its ON_DATASET edge goes to the dataset's node; its type vote counts
    from kg.extract.boundaries import without_split
    from kg.models import Paper

    from helpers import pruned_graph

    assert without_split("FooSet val") == "FooSet" and without_split("FooSet Val") == "FooSet Val"
    g, _weak, _dropped = pruned_graph([Paper("p1", "Wisp: a segmenter", "We propose Wisp, a segmenter. Wisp reaches "
                                             "48.3% mIoU on the ADE20K val set.")])
    (r,) = [n for n, d in g.nodes(data=True) if d["type"] == "Result"]
    assert g.nodes[r]["dataset"] == "ADE20K val"
    assert [v for _, v, k in g.out_edges(r, keys=True) if k == "ON_DATASET"] == ["dataset:ade20k"]


def test_a_list_of_figures_takes_the_list_of_splits_after_it_by_position(nlp):
    # "and", not a slash, joins the figures: each still takes its split of the list after them
    res = results_of(nlp, "Our recognizer reaches 4.1% and 2.2% WER on the test-other and test-clean sets of "
                          "LibriSpeech, respectively.")
    assert [d for _, _, d, *_ in res] == ["LibriSpeech test-other", "LibriSpeech test-clean"]
    res = results_of(nlp, "On COCO, our detector reaches 45.1 and 46.0 AP on the minival and test-dev splits, respectively.")
    assert [d for _, _, d, *_ in res] == ["COCO minival", "COCO test-dev"]
    # datasets, not splits, after the figures: nothing to add
    res = results_of(nlp, "Our recognizer reaches 4.1% and 2.2% WER on LibriSpeech and WSJ, respectively.")
    assert [d for _, _, d, *_ in res] == ["LibriSpeech", "WSJ"]
